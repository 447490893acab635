import { endpoint } from "./endpoint.ts";
import { pageOf, pageQuerySchema } from "./paging.ts";
import { personal } from "./personal-data.ts";
import { roles } from "./roles.ts";
import { emailSchema } from "./validation.ts";
import { z } from "./zod.ts";

export const membershipSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  tenantName: z.string(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  role: z.enum(roles),
});
export type Membership = z.infer<typeof membershipSchema>;

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    name: personal(z.string()),
    email: personal(z.string()),
    twoFactorEnabled: z.boolean(),
    locale: z.string(),
    reminderMails: z.boolean(),
  }),
  personId: z.uuid().nullable(),
  memberships: z.array(membershipSchema),
  activeMembership: membershipSchema.nullable(),
  permissions: z.array(z.string()),
  twoFactorRequired: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

export const switchMembershipSchema = z.object({ membershipId: z.uuid() });

export const userListItemSchema = z.object({
  userId: z.string(),
  personId: z.uuid().nullable(),
  name: personal(z.string()),
  email: personal(z.string()),
  twoFactorEnabled: z.boolean(),
  memberships: z.array(membershipSchema),
});
export type UserListItem = z.infer<typeof userListItemSchema>;

export const userListQuerySchema = z.object({
  role: z.enum(roles).optional(),
  organisationId: z.uuid().optional(),
});

export const userCreateSchema = z.object({
  givenName: z.string().trim().min(1, { message: "Vul een voornaam in." }).max(100),
  familyName: z.string().trim().min(1, { message: "Vul een achternaam in." }).max(100),
  email: emailSchema,
  role: z.enum(roles, { message: "Kies een rol." }),
  organisationId: z.preprocess((v) => (v === "" ? null : v), z.uuid().nullable().default(null)),
});
export type UserCreate = z.input<typeof userCreateSchema>;

export const membershipCreateSchema = z.object({
  role: z.enum(roles, { message: "Kies een rol." }),
  organisationId: z.preprocess((v) => (v === "" ? null : v), z.uuid().nullable().default(null)),
});

export const demoAccountSchema = z.object({ email: z.string(), role: z.enum(roles), name: z.string() });
export const demoInfoSchema = z.object({
  demo: z.boolean(),
  password: z.string().nullable(),
  accounts: z.array(demoAccountSchema),
});

// --- Forms of sign-in and account security (sent to better-auth under /api/auth) ---

const newPassword = z
  .string()
  .min(10, { message: "Kies een wachtwoord van minstens 10 tekens." })
  .max(128, { message: "Een wachtwoord mag maximaal 128 tekens hebben." });

export const signInSchema = z.looseObject({
  email: emailSchema,
  password: z
    .string({ message: "Vul uw wachtwoord in." })
    .min(1, { message: "Vul uw wachtwoord in." })
    .max(128),
});
export const passwordResetRequestSchema = z.looseObject({ email: emailSchema });
export const passwordResetSchema = z.looseObject({
  newPassword,
  token: z.string().min(1, { message: "De link mist een code." }),
});
export const twoFactorEnableSchema = z.looseObject({
  password: z.string().min(1, { message: "Vul uw wachtwoord in." }),
});
export const totpCodeSchema = z.looseObject({
  code: z
    .string()
    .trim()
    .regex(/^[0-9]{6}$/, { message: "Vul de 6 cijfers uit uw app in." }),
});
export const changePasswordSchema = z.looseObject({
  currentPassword: z.string().min(1, { message: "Vul uw huidige wachtwoord in." }),
  newPassword,
});
export const localeSchema = z.object({ locale: z.enum(["nl", "en"]) });
export const mailPreferencesSchema = z.object({
  reminderMails: z.boolean({ message: "Kies of u herinneringen per e-mail wilt krijgen." }),
});

const self = {
  permission: "authenticated",
  allowWithoutTwoFactor: true,
  processing: "accounts.self",
  processingNotLogged: "self",
} as const;
export const accountEndpoints = {
  me: endpoint({
    method: "GET",
    path: "/api/me",
    tags: ["account"],
    summary: "De ingelogde gebruiker, rollen en rechten",
    ...self,
    response: meSchema,
  }),
  switchMembership: endpoint({
    method: "PUT",
    path: "/api/me/membership",
    tags: ["account"],
    summary: "Wisselen van rol of werkgebied",
    ...self,
    body: switchMembershipSchema,
    response: meSchema,
  }),
  setLocale: endpoint({
    method: "PUT",
    path: "/api/me/locale",
    tags: ["account"],
    summary: "Taal kiezen",
    permission: "authenticated",
    allowWithoutTwoFactor: true,
    personalData: false,
    body: localeSchema,
    status: 204,
  }),
  setMailPreferences: endpoint({
    method: "PUT",
    path: "/api/me/mail-preferences",
    tags: ["account"],
    summary: "Herinneringen per e-mail aan of uit",
    permission: "authenticated",
    allowWithoutTwoFactor: true,
    personalData: false,
    body: mailPreferencesSchema,
    status: 204,
  }),
  demo: endpoint({
    method: "GET",
    path: "/api/demo",
    tags: ["account"],
    summary: "Demo-accounts (alleen in demo-modus)",
    permission: "public",
    response: demoInfoSchema,
  }),
};

const userParams = z.object({ userId: z.string().min(1).max(64) });
const manage = { tags: ["gebruikers"], processing: "accounts.manage" } as const;
export const userEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/users",
    summary: "Gebruikers van het werkgebied",
    permission: "users.read",
    ...manage,
    query: pageQuerySchema.extend(userListQuerySchema.shape),
    response: pageOf(userListItemSchema),
  }),
  get: endpoint({
    method: "GET",
    path: "/api/users/:userId",
    summary: "Eén gebruiker",
    permission: "users.read",
    ...manage,
    params: userParams,
    response: userListItemSchema,
  }),
  create: endpoint({
    method: "POST",
    path: "/api/users",
    summary: "Gebruiker toevoegen; die krijgt een e-mail om een wachtwoord te kiezen",
    permission: "users.manage",
    ...manage,
    body: userCreateSchema,
    response: userListItemSchema,
    status: 201,
  }),
  addMembership: endpoint({
    method: "POST",
    path: "/api/users/:userId/memberships",
    summary: "Rol toevoegen",
    permission: "users.manage",
    ...manage,
    params: userParams,
    body: membershipCreateSchema,
    response: userListItemSchema,
  }),
  endMembership: endpoint({
    method: "DELETE",
    path: "/api/users/:userId/memberships/:membershipId",
    summary: "Rol beëindigen",
    permission: "users.manage",
    ...manage,
    params: userParams.extend({ membershipId: z.uuid() }),
    response: userListItemSchema,
  }),
};
