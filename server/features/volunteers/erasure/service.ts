import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { tenantWide } from "../../../platform/scope.ts";
import { removeAccountFromTenant } from "../../accounts/service.ts";
import { eraseCircleData } from "../../circles/service.ts";
import * as motiveQueries from "../motives/queries.ts";
import * as core from "../queries.ts";
import { findInScope, getOwnVolunteer, isoDay, ownVolunteerId } from "../record/service.ts";
import { getSettings } from "../settings/service.ts";
import * as signupQueries from "../signup/queries.ts";
import * as queries from "./queries.ts";

// --- Own data and erasure ---

export async function exportOwnData(db: DbOrTx, actor: Actor) {
  const volunteer = await getOwnVolunteer(db, actor);
  const settings = await getSettings(db, actor.tenantId);
  const id = await ownVolunteerId(db, actor);
  const motives = await motiveQueries.listMotiveResponses(db, actor.tenantId, id);
  return {
    exportedAt: new Date().toISOString(),
    volunteer,
    motiveAnswers: motives.map((m) => ({ takenAt: m.takenAt.toISOString(), answers: m.answers })),
    labels: {
      skills: settings.skills,
      interests: settings.interests,
      languages: settings.languages,
      trainings: settings.trainings,
    },
  };
}

const escapeHtml = (value: unknown) =>
  String(value ?? "–").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** The same data as a readable, printable HTML page (save as PDF from the browser). */
export function renderOwnDataHtml(data: Awaited<ReturnType<typeof exportOwnData>>) {
  const v = data.volunteer;
  const row = (label: string, value: unknown) =>
    `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(Array.isArray(value) ? value.join(", ") : value)}</td></tr>`;
  const table = (caption: string, rows: string[]) =>
    `<table><caption>${escapeHtml(caption)}</caption>${rows.join("")}</table>`;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Mijn gegevens als vrijwilliger</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;line-height:1.5}table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{border-bottom:1px solid #ccc;text-align:left;padding:.25rem .5rem;vertical-align:top}caption{text-align:left;font-weight:bold;font-size:1.2rem}</style></head><body>
<h1>Mijn gegevens als vrijwilliger</h1><p>Gemaakt op ${escapeHtml(data.exportedAt)}.</p>
${table("Persoonsgegevens", [row("Naam", v.name), row("E-mail", v.email), row("Telefoon", v.phone), row("Adres", [v.street, v.houseNumber, v.postcode, v.city].filter(Boolean).join(" ")), row("Geboortedatum", v.birthDate), row("Noodcontact", [v.emergencyName, v.emergencyPhone].filter(Boolean).join(", "))])}
${table("Vrijwilligerswerk", [row("Organisatie", v.organisationName), row("Status", v.status), row("Aangemeld op", v.signedUpAt), row("Vaardigheden", v.skills), row("Interesses", v.interests), row("Talen", v.languages), row("Beschikbaar", v.availability), row("Uren per week", v.hoursPerWeek), row("Motivatie", v.motivation)])}
${table(
  "Drijfveren",
  v.motives.map((m) =>
    row(
      m.takenAt,
      Object.entries(m.scores)
        .map(([k, s]) => `${k}: ${s}`)
        .join(", "),
    ),
  ),
)}
${table(
  "VOG",
  v.vogs.map((x) =>
    row(
      x.issuedOn ?? x.requestedOn ?? "",
      `profielen ${x.profileCodes.join(", ")}; vernieuwen voor ${x.renewalDue ?? "–"}`,
    ),
  ),
)}
${table(
  "Trainingen",
  v.trainings.map((x) => row(x.training, `${x.completedOn}${x.expiresOn ? ` tot ${x.expiresOn}` : ""}`)),
)}
${table(
  "Gesprekken",
  v.checkIns.map((x) =>
    row(x.heldOn, `tevredenheid ${x.satisfaction}, steun ${x.support}, werkdruk ${x.workload}. ${x.note}`),
  ),
)}
${table(
  "Statusgeschiedenis",
  v.statusHistory.map((x) => row(x.on, `${x.from ?? ""} → ${x.to} ${x.note}`)),
)}
</body></html>`;
}

export async function requestErasure(db: Db, actor: Actor) {
  return db.transaction(async (tx) => {
    const id = await ownVolunteerId(tx, actor);
    const row = await core.findVolunteer(tx, tenantWide(actor), id);
    await core.updateVolunteer(tx, id, { erasureRequestedAt: new Date() });
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "update",
      subjectType: "person",
      subjectIds: [row!.person.id],
    });
    return { requested: true };
  });
}

/**
 * Erases a volunteer's personal data: names, contact details, profile, answers, screening and notes.
 * What stays is anonymous: status history dates, organisation, channel, campaign, motive type and
 * stop reason, for dropout and funnel counts. Their account loses its roles here (and is deleted
 * when it has none left anywhere).
 */
export async function eraseVolunteer(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    if (row.volunteer.status !== "stopped") {
      await core.updateVolunteer(tx, id, {
        status: "stopped",
        stoppedOn: isoDay(new Date()),
        stopReason: row.volunteer.stopReason ?? "gewist",
      });
    }
    if (row.person.userId) await removeAccountFromTenant(tx, actor.tenantId, row.person.userId);
    if (row.person.email) await signupQueries.deleteSignupRequests(tx, actor.tenantId, row.person.email);
    await queries.eraseVolunteer(tx, actor.tenantId, id, row.person.id);
    // One person: their goals and words from circles they took part in go too (ADR 0019).
    await eraseCircleData(tx, actor.tenantId, row.person.id);
    await logProcessing(tx, actor, {
      activity: "volunteers.erasure",
      action: "delete",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return { erased: true };
  });
}
