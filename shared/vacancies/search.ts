import { endpoint } from "../endpoint.ts";
import { pageOf } from "../paging.ts";
import { publicSearchQuerySchema, publicVacancySchema, vacancyFiltersSchema } from "../vacancies.ts";
import { idParamSchema } from "../validation.ts";
import { signupInputSchema } from "../volunteers.ts";
import { z } from "../zod.ts";

const tags = ["vacatures"];
const slugQuery = z.object({ slug: z.string().max(100).optional() });

/** The public vacancy search and reacting without an account (server/features/vacancies/search). */
export const vacancySearchEndpoints = {
  search: endpoint({
    method: "GET",
    path: "/api/public/vacancies",
    tags,
    summary: "Vacatures zoeken (openbaar, tolerant voor typefouten)",
    permission: "public",
    query: publicSearchQuerySchema,
    response: pageOf(publicVacancySchema),
  }),
  filters: endpoint({
    method: "GET",
    path: "/api/public/vacancy-filters",
    tags,
    summary: "Keuzes voor het zoekformulier (wijken, thema's, kanalen)",
    permission: "public",
    query: slugQuery,
    response: vacancyFiltersSchema,
  }),
  get: endpoint({
    method: "GET",
    path: "/api/public/vacancies/:id",
    tags,
    summary: "Een gepubliceerde vacature",
    permission: "public",
    params: idParamSchema,
    query: slugQuery,
    response: publicVacancySchema,
  }),
  react: endpoint({
    method: "POST",
    path: "/api/public/vacancies/:id/reactions",
    tags,
    summary:
      "Reageren zonder account: aanmelding met bevestigingsmail; na bevestiging staat de reactie klaar",
    permission: "public",
    params: idParamSchema,
    query: slugQuery,
    body: signupInputSchema,
    response: z.object({ status: z.literal("check_email") }),
    status: 202,
  }),
};
