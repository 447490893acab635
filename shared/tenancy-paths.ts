// The public tenant's address, in a module without zod: the web app fetches it (and index.html preloads
// it) before any schema has loaded. The endpoint itself is declared in tenancy.ts.
export const publicTenantPath = "/api/public/tenant";
