import type { Role } from "../../shared/roles.ts";

/** Who is acting, in which tenant and role, for which request. Every service takes one. */
export type Actor = {
  traceId: string;
  /** The request's span (Logboek span_id); set by the policy hook. */
  spanId?: string;
  userId: string;
  name: string;
  email: string;
  twoFactorEnabled: boolean;
  membershipId: string;
  tenantId: string;
  organisationId: string | null;
  role: Role;
};

/** A signed-in user who may not (yet) have an active membership. */
export type SessionUser = {
  traceId: string;
  spanId?: string;
  userId: string;
  name: string;
  email: string;
  twoFactorEnabled: boolean;
  sessionId: string;
  activeMembershipId: string | null;
};
