import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  organisationInputSchema,
  organisationListQuerySchema,
  organisationSchema,
} from "../../../shared/organisations.ts";
import { pageOf, pageQuerySchema } from "../../../shared/paging.ts";
import { idParamSchema } from "../../../shared/validation.ts";
import type { Db } from "../../db/client.ts";
import { actorOf } from "../../platform/policy.ts";
import * as service from "./service.ts";

export const organisationsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/organisations",
    {
      config: { permission: "organisations.read" },
      schema: {
        tags: ["organisaties"],
        summary: "Organisaties zoeken (met paginering)",
        querystring: pageQuerySchema.extend(organisationListQuerySchema.shape),
        response: { 200: pageOf(organisationSchema) },
      },
    },
    (request) => service.listOrganisations(db, actorOf(request), request.query),
  );

  app.get(
    "/api/organisations/:id",
    {
      config: { permission: "organisations.read" },
      schema: {
        tags: ["organisaties"],
        summary: "Eén organisatie",
        params: idParamSchema,
        response: { 200: organisationSchema },
      },
    },
    (request) => service.getOrganisation(db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/organisations",
    {
      config: { permission: "organisations.manage" },
      schema: {
        tags: ["organisaties"],
        summary: "Organisatie toevoegen",
        body: organisationInputSchema,
        response: { 201: organisationSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createOrganisation(db, actorOf(request), request.body)),
  );

  app.put(
    "/api/organisations/:id",
    {
      config: { permission: "organisations.manage" },
      schema: {
        tags: ["organisaties"],
        summary: "Organisatie wijzigen",
        params: idParamSchema,
        body: organisationInputSchema,
        response: { 200: organisationSchema },
      },
    },
    (request) => service.updateOrganisation(db, actorOf(request), request.params.id, request.body),
  );
};
