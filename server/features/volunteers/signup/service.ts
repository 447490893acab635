import { createHash, randomBytes } from "node:crypto";
import type { FieldError } from "../../../../shared/errors.ts";
import type {
  assistedSignupSchema,
  signupInputSchema,
  VolunteerSettings,
} from "../../../../shared/volunteers.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, validationFailed } from "../../../platform/errors.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { type LogActor, logProcessing } from "../../../platform/processing-log.ts";
import { ensureAccountWithRole, findPersonOfUser } from "../../accounts/service.ts";
import { listOrganisationOptions, organisationExists } from "../../organisations/service.ts";
import { findTenantById, getPublicTenant, neighbourhoodOfPostcode } from "../../tenancy/service.ts";
import * as core from "../queries.ts";
import { DAY, getVolunteerIn, isoDay, nameKeys, scopeOf } from "../record/service.ts";
import { getSettings, unknownCodes } from "../settings/service.ts";
import * as queries from "./queries.ts";

const SIGNUP_TOKEN_DAYS = 7;

// --- Public sign-up ---

export async function getSignupOptions(db: DbOrTx, slug: string | undefined) {
  const tenant = await getPublicTenant(db, slug);
  const settings = await getSettings(db, tenant.id);
  return {
    tenant: { slug: tenant.slug, name: tenant.name },
    organisations: await listOrganisationOptions(db, tenant.id),
    channels: settings.channels,
  };
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

async function checkSignupReferences(
  db: DbOrTx,
  tenantId: string,
  settings: VolunteerSettings,
  input: { organisationId?: string; channel?: string; campaignId?: string },
) {
  const errors: FieldError[] = [];
  if (input.organisationId && !(await organisationExists(db, tenantId, input.organisationId))) {
    errors.push({
      path: "organisationId",
      code: "unknown_organisation",
      message: "Deze organisatie bestaat niet.",
    });
  }
  if (input.channel)
    errors.push(...unknownCodes("channel", [input.channel], settings.channels, "Kies hoe u van ons hoorde."));
  if (input.campaignId && !(await queries.campaignInTenant(db, tenantId, input.campaignId))) {
    errors.push({ path: "campaignId", code: "unknown_campaign", message: "Deze campagne bestaat niet." });
  }
  if (errors.length > 0) throw validationFailed(errors);
}

/**
 * Stores the sign-up and mails a confirmation link. The answer is the same whether or not the email
 * is known (no account enumeration); duplicates are merged when the link is used.
 */
export async function submitSignup(
  db: Db,
  mailer: Mailer,
  options: { slug?: string; traceId: string; publicUrl: string },
  input: z.output<typeof signupInputSchema>,
  /** Stored with the sign-up and handed to `onConfirmed` (e.g. the vacancy someone reacted to). */
  extra: Record<string, string> = {},
) {
  const tenant = await getPublicTenant(db, options.slug);
  const settings = await getSettings(db, tenant.id);
  await checkSignupReferences(db, tenant.id, settings, input);
  // Against mail bombing: at most 3 confirmation mails per address per hour; the answer stays the same.
  if (
    (await queries.countRecentSignupRequests(db, tenant.id, input.email, new Date(Date.now() - 3_600_000))) >=
    3
  )
    return;
  const token = randomBytes(32).toString("base64url");
  await queries.insertSignupRequest(db, {
    tenantId: tenant.id,
    tokenHash: hashToken(token),
    email: input.email,
    data: { ...input, ...extra },
    expiresAt: new Date(Date.now() + SIGNUP_TOKEN_DAYS * DAY),
  });
  await mailer.send({
    tenantId: tenant.id,
    to: input.email,
    secret: true,
    subject: `Bevestig uw aanmelding als vrijwilliger bij ${tenant.name}`,
    text: [
      // The address is not confirmed yet: nothing the visitor typed goes into this mail (no name).
      "Hallo,",
      "",
      `Bedankt voor uw aanmelding als vrijwilliger bij ${tenant.name}.`,
      "Klik op de link hieronder om uw aanmelding te bevestigen. De link werkt 7 dagen.",
      "",
      `${options.publicUrl}/aanmelden/bevestigen?token=${token}`,
      "",
      "Heeft u zich niet aangemeld? Dan hoeft u niets te doen.",
    ].join("\n"),
  });
}

/** Runs inside the confirmation's transaction, for features that attach something to a sign-up. */
export type OnSignupConfirmed = (
  tx: DbOrTx,
  signup: { tenantId: string; volunteerId: string; traceId: string; data: Record<string, unknown> },
) => Promise<void>;

/**
 * Confirms a sign-up: creates the volunteer (or merges into the existing one with the same email in
 * the tenant), gives them an account with the volunteer role, and mails a password link for a new account.
 */
export async function confirmSignup(
  db: Db,
  token: string,
  traceId: string,
  sendWelcome: (email: string, tenantId: string) => Promise<void>,
  onConfirmed: OnSignupConfirmed = async () => {},
) {
  const result = await db.transaction(async (tx) => {
    const request = await queries.findSignupRequest(tx, hashToken(token));
    if (!request || request.confirmedAt || request.expiresAt < new Date()) {
      throw new AppError(400, "invalid_token", "Deze link is ongeldig of verlopen. Meld u opnieuw aan.");
    }
    if (!(await queries.confirmSignupRequest(tx, request.id))) {
      throw new AppError(400, "invalid_token", "Deze link is al gebruikt.");
    }
    const input = request.data as z.output<typeof signupInputSchema>;
    const system: LogActor = { tenantId: request.tenantId, traceId, userId: null, role: null };
    const account = await ensureAccountWithRole(tx, {
      tenantId: request.tenantId,
      email: input.email,
      name: `${input.givenName} ${input.familyName}`,
      role: "volunteer",
      organisationId: input.organisationId ?? null,
    });
    const existing = await core.findVolunteerByEmail(tx, request.tenantId, input.email);
    let personId: string;
    let volunteerId: string;
    if (existing) {
      personId = existing.personId;
      volunteerId = existing.id;
      await mergeSignup(tx, existing, input, account.userId);
    } else {
      ({ personId, volunteerId } = await createFromSignup(tx, request, input, account.userId));
    }
    await logProcessing(tx, system, {
      activity: "volunteers.signup",
      action: existing ? "update" : "create",
      subjectType: "person",
      subjectIds: [personId],
    });
    await onConfirmed(tx, { tenantId: request.tenantId, volunteerId, traceId, data: request.data });
    const tenant = await findTenantById(tx, request.tenantId);
    return {
      merged: Boolean(existing),
      tenantName: tenant?.name ?? "",
      created: account.created,
      email: input.email,
      tenantId: request.tenantId,
    };
  });
  if (result.created) await sendWelcome(result.email, result.tenantId);
  return { merged: result.merged, tenantName: result.tenantName, passwordMailSent: result.created };
}

/** A first sign-up with this email: the person (or the one the account already has) and the volunteer. */
async function createFromSignup(
  tx: DbOrTx,
  request: { tenantId: string; createdAt: Date },
  input: z.output<typeof signupInputSchema>,
  userId: string,
) {
  const neighbourhood = await neighbourhoodOfPostcode(tx, request.tenantId, input.postcode);
  const known = await findPersonOfUser(tx, request.tenantId, userId);
  const personRow =
    known ??
    (await core.insertPerson(tx, {
      tenantId: request.tenantId,
      userId,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email,
      phone: input.phone ?? null,
    }));
  const personId = personRow.id;
  const row = await core.insertVolunteer(tx, {
    tenantId: request.tenantId,
    personId,
    organisationId: input.organisationId ?? null,
    channel: input.channel ?? null,
    campaignId: input.campaignId ?? null,
    postcode: input.postcode ?? null,
    birthDate: input.birthDate ?? null,
    neighbourhoodId: neighbourhood?.id ?? null,
    districtId: neighbourhood?.districtId ?? null,
    lat: neighbourhood?.lat ?? null,
    lon: neighbourhood?.lon ?? null,
    ...nameKeys(personRow.givenName, personRow.familyName, personRow.email),
    motivation: input.motivation,
    signedUpAt: request.createdAt,
  });
  await core.insertStatusChange(tx, {
    tenantId: request.tenantId,
    volunteerId: row.id,
    fromStatus: null,
    toStatus: "signedUp",
    effectiveOn: isoDay(request.createdAt),
    note: "Aangemeld via de website",
  });
  return { personId, volunteerId: row.id };
}

/** A second sign-up with a known email fills in what was missing; a stopped volunteer signs up again. */
async function mergeSignup(
  tx: DbOrTx,
  existing: NonNullable<Awaited<ReturnType<typeof core.findVolunteerByEmail>>>,
  input: z.output<typeof signupInputSchema>,
  userId: string,
) {
  await core.updatePerson(tx, existing.personId, {
    userId,
    ...(input.phone ? { phone: input.phone } : {}),
  });
  await queries.mergeVolunteerFields(tx, existing.id, {
    postcode: input.postcode ?? null,
    birthDate: input.birthDate ?? null,
    organisationId: input.organisationId ?? null,
    channel: input.channel ?? null,
    motivation: input.motivation,
  });
  const today = isoDay(new Date());
  if (existing.status === "stopped") {
    await core.updateVolunteer(tx, existing.id, {
      status: "signedUp",
      statusChangedAt: new Date(),
      signedUpAt: new Date(),
      firstContactAt: null,
      stoppedOn: null,
      stopReason: null,
    });
  }
  await core.insertStatusChange(tx, {
    tenantId: existing.tenantId,
    volunteerId: existing.id,
    fromStatus: existing.status,
    toStatus: existing.status === "stopped" ? "signedUp" : existing.status,
    effectiveOn: today,
    note: "Nieuwe aanmelding met hetzelfde e-mailadres: samengevoegd",
  });
}

/** A coordinator enters a sign-up for someone who came in person (assisted access); logged. */
export async function createAssisted(db: Db, actor: Actor, input: z.output<typeof assistedSignupSchema>) {
  const settings = await getSettings(db, actor.tenantId);
  const organisationId =
    actor.role === "coordinator" && actor.organisationId
      ? actor.organisationId
      : (input.organisationId ?? null);
  return db.transaction(async (tx) => {
    await checkSignupReferences(tx, actor.tenantId, settings, input);
    if (input.email) {
      const existing = await core.findVolunteerByEmail(tx, actor.tenantId, input.email);
      if (existing) {
        // The id only when the actor may open that volunteer (organisation scope).
        const visible = await core.findVolunteer(tx, scopeOf(actor), existing.id);
        throw new AppError(409, "duplicate_volunteer", "Er is al een vrijwilliger met dit e-mailadres.", [
          {
            path: "email",
            code: "duplicate_volunteer",
            message: visible
              ? `Deze persoon staat al in Inzet (id ${existing.id}).`
              : "Deze persoon staat al in Inzet, bij een andere organisatie.",
          },
        ]);
      }
    }
    const neighbourhood = await neighbourhoodOfPostcode(tx, actor.tenantId, input.postcode);
    const personRow = await core.insertPerson(tx, {
      tenantId: actor.tenantId,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email ?? null,
      phone: input.phone ?? null,
    });
    const now = new Date();
    const row = await core.insertVolunteer(tx, {
      tenantId: actor.tenantId,
      personId: personRow.id,
      organisationId,
      channel: input.channel ?? null,
      campaignId: input.campaignId ?? null,
      postcode: input.postcode ?? null,
      birthDate: input.birthDate ?? null,
      neighbourhoodId: neighbourhood?.id ?? null,
      districtId: neighbourhood?.districtId ?? null,
      lat: neighbourhood?.lat ?? null,
      lon: neighbourhood?.lon ?? null,
      ...nameKeys(input.givenName, input.familyName, input.email),
      motivation: input.motivation,
      assisted: true,
      firstContactAt: now,
    });
    await core.insertStatusChange(tx, {
      tenantId: actor.tenantId,
      volunteerId: row.id,
      fromStatus: null,
      toStatus: "signedUp",
      effectiveOn: isoDay(now),
      changedByUserId: actor.userId,
      note: "Aangemeld door een coördinator (persoonlijk contact)",
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "create",
      subjectType: "person",
      subjectIds: [personRow.id],
    });
    return getVolunteerIn(tx, actor, row.id, { log: false });
  });
}
