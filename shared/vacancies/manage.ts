import { endpoint } from "../endpoint.ts";
import { pageOf, pageQuerySchema } from "../paging.ts";
import { vacancyInputSchema, vacancyListQuerySchema, vacancySchema } from "../vacancies.ts";
import { idParamSchema } from "../validation.ts";

const tags = ["vacatures"];

/** Vacancies as coordinators manage them (server/features/vacancies/manage). */
export const vacancyManageEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/vacancies",
    tags,
    summary: "Vacatures van de organisatie (of het hele werkgebied)",
    permission: "vacancies.read",
    query: pageQuerySchema.extend(vacancyListQuerySchema.shape),
    response: pageOf(vacancySchema),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/vacancies",
    tags,
    summary: "Vacature plaatsen",
    permission: "vacancies.manage",
    body: vacancyInputSchema,
    response: vacancySchema,
    status: 201,
  }),
  get: endpoint({
    method: "GET",
    path: "/api/vacancies/:id",
    tags,
    summary: "Eén vacature",
    permission: "vacancies.read",
    params: idParamSchema,
    response: vacancySchema,
  }),
  update: endpoint({
    method: "PUT",
    path: "/api/vacancies/:id",
    tags,
    summary: "Vacature wijzigen",
    permission: "vacancies.manage",
    params: idParamSchema,
    body: vacancyInputSchema,
    response: vacancySchema,
  }),
};
