import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type {
  EndpointBody,
  EndpointDefinition,
  EndpointParams,
  EndpointQuery,
  EndpointResult,
} from "../../shared/endpoint.ts";
import type { Actor } from "./actor.ts";
import { actorOf } from "./policy.ts";

/** What a handler gets: validated input, and the actor when the endpoint needs a permission. */
export type EndpointRequest<E extends EndpointDefinition> = {
  params: EndpointParams<E>;
  query: EndpointQuery<E>;
  body: EndpointBody<E>;
  actor: E["permission"] extends "public" | "authenticated" ? Actor | null : Actor;
  request: FastifyRequest;
  reply: FastifyReply;
};

type Handler<E extends EndpointDefinition> = (
  input: EndpointRequest<E>,
) => EndpointResult<E> | Promise<EndpointResult<E>>;

/** Leaves out what an endpoint does not declare (Fastify warns about a schema key set to undefined). */
const defined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * Registers an endpoint declared in shared/ (ADR 0017): method, path, schemas, permission and
 * processing activity come from the declaration, so the route, the OpenAPI document and the web client
 * cannot drift apart. The handler stays thin: one service call.
 */
export function register<E extends EndpointDefinition>(app: FastifyInstance, e: E, handler: Handler<E>) {
  const status = e.status ?? 200;
  app.route({
    method: e.method,
    url: e.path,
    ...(e.bodyLimit ? { bodyLimit: e.bodyLimit } : {}),
    config: defined({
      permission: e.permission,
      processing: e.processing,
      processingNotLogged: e.processingNotLogged,
      personalData: e.personalData,
      allowWithoutTwoFactor: e.allowWithoutTwoFactor,
    }),
    schema: defined({
      tags: [...e.tags],
      summary: e.summary,
      params: e.params,
      querystring: e.query,
      body: e.body,
      response: e.response ? { [status]: e.response } : undefined,
    }),
    handler: async (request, reply) => {
      const needsActor = e.permission !== "public" && e.permission !== "authenticated";
      const result = await handler({
        params: request.params as EndpointParams<E>,
        query: request.query as EndpointQuery<E>,
        body: request.body as EndpointBody<E>,
        actor: (needsActor ? actorOf(request) : request.actor) as EndpointRequest<E>["actor"],
        request,
        reply,
      });
      if (reply.sent || result === reply) return reply;
      if (status === 204) return reply.status(204).send();
      reply.status(status);
      return result;
    },
  });
}
