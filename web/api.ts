import { queryOptions } from "@tanstack/react-query";
import {
  type EndpointDefinition,
  type EndpointInput,
  type EndpointResponse,
  pathOf,
} from "../shared/endpoint.ts";
import type { ErrorResponse, FieldError } from "../shared/errors.ts";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

type Options = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  query?: Record<string, unknown>;
};

export function withQuery(path: string, query: Record<string, unknown> = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function request(path: string, { method = "GET", body, query }: Options) {
  return fetch(withQuery(path, query), {
    method,
    credentials: "same-origin",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function failure(response: Response) {
  const data = (await response.json().catch(() => null)) as ErrorResponse | null;
  return new ApiError(
    response.status,
    data?.error?.code ?? "unknown",
    data?.error?.message ?? "Er ging iets mis.",
    data?.error?.fields ?? [],
  );
}

/** Calls the Inzet API; throws ApiError with the server's Dutch message and field errors. */
export async function api<T>(path: string, options: Options = {}): Promise<T> {
  const response = await request(path, options);
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return undefined as T;
  return (await response.json().catch(() => null)) as T;
}

/** Calls an API route that answers with a file, and saves it under the name the server gives. */
export async function download(path: string, options: Options = {}) {
  const response = await request(path, options);
  if (!response.ok) throw await failure(response);
  const name =
    /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "download";
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { name, headers: response.headers };
}

type Args<E extends EndpointDefinition> =
  object extends EndpointInput<E> ? [input?: EndpointInput<E>] : [input: EndpointInput<E>];

/** Calls an endpoint declared in shared/ (ADR 0017): path, method and types come from the declaration. */
export function call<E extends EndpointDefinition>(e: E, ...[input]: Args<E>): Promise<EndpointResponse<E>> {
  const { params, query, body } = (input ?? {}) as { params?: object; query?: object; body?: unknown };
  return api<EndpointResponse<E>>(pathOf(e.path, params as Record<string, unknown>), {
    method: e.method,
    query: query as Record<string, unknown> | undefined,
    body,
  });
}

/** Downloads the file an endpoint answers with (CSV, PDF, iCal). */
export function downloadFrom<E extends EndpointDefinition>(e: E, ...[input]: Args<E>) {
  const { params, query, body } = (input ?? {}) as { params?: object; query?: object; body?: unknown };
  return download(pathOf(e.path, params as Record<string, unknown>), {
    method: e.method,
    query: query as Record<string, unknown> | undefined,
    body,
  });
}

/** The address of a GET endpoint, for a plain download link (`<a href download>`). */
export function hrefOf<E extends EndpointDefinition>(e: E, ...[input]: Args<E>) {
  const { params, query } = (input ?? {}) as { params?: object; query?: object };
  return withQuery(pathOf(e.path, params as Record<string, unknown>), query as Record<string, unknown>);
}

/** The query key of an endpoint: invalidate `keyOf(e)` to refetch every query of it. */
export const keyOf = (e: EndpointDefinition) => [e.path] as const;

/** TanStack Query options for a GET endpoint; the key is the path and the input, in one place. */
export function endpointQuery<E extends EndpointDefinition>(e: E, ...[input]: Args<E>) {
  return queryOptions({
    queryKey: [e.path, input ?? {}] as const,
    queryFn: () => call(e, ...([input] as Args<E>)),
  });
}
