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
  method?: "GET" | "POST" | "PUT" | "DELETE";
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
