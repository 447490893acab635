import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exerciseCodes } from "../../../../shared/learning/courses.ts";
import type { Role } from "../../../../shared/roles.ts";
import { createMailer } from "../../../platform/mail.ts";
import {
  as,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  testApp,
  testConfig,
} from "../../../test/harness.ts";
import { startSmtp } from "../../../test/smtp.ts";
import { sendFollowUps } from "./service.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await testApp();
});
afterAll(async () => {
  await ctx.app.close();
  await smtp.close();
});

const user = async (tenantId: string, role: Role, organisationId: string | null = null) => {
  const made = await createUser(tenantId, role, { organisationId });
  return { ...made, name: `Test ${role}`, call: as(ctx.app, await signIn(ctx.app, made.email)) };
};

const plan = {
  actions: [
    {
      level: "approach",
      title: "Studenten benaderen via de hogeschool",
      owner: "Sanne",
      dueOn: "2027-05-01",
    },
    { level: "conditions", title: "Vaste begeleider per vrijwilliger", owner: "Teamleider" },
  ],
};

/** An edition with its dates set, a professional of "Welzijn Noord" enrolled, and that organisation's coordinator. */
async function setUp() {
  const tenant = await createTenant();
  const org = await createOrganisation(tenant.id, { name: "Welzijn Noord" });
  const other = await createOrganisation(tenant.id, { name: "Sport Zuid" });
  const admin = await user(tenant.id, "admin");
  const pro = await user(tenant.id, "professional", org.id);
  const colleague = await user(tenant.id, "professional", org.id);
  const manager = await user(tenant.id, "coordinator", org.id);
  const otherManager = await user(tenant.id, "coordinator", other.id);
  const made = await admin.call({
    method: "POST",
    url: "/api/learning/courses",
    payload: { title: "Drijfveren voorjaar", minParticipants: 2, maxParticipants: 4 },
  });
  const id = made.json().id as string;
  for (const who of [pro, colleague])
    await who.call({ method: "POST", url: `/api/learning/courses/${id}/enrol` });
  await admin.call({
    method: "PUT",
    url: `/api/learning/courses/${id}/meetings`,
    payload: { days: ["2027-02-01", "2027-03-01", "2027-03-29"] },
  });
  const enrolmentId = (await pro.call({ method: "GET", url: `/api/learning/courses/${id}/progress` })).json()
    .enrolmentId as string;
  return { tenant, org, admin, pro, manager, otherManager, id, enrolmentId };
}

const pdfText = (pdf: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), "inzet-certificate-")), "certificaat.pdf");
  writeFileSync(file, pdf);
  return {
    text: execFileSync("pdftotext", [file, "-"]).toString().replace(/\s+/g, " "),
    fonts: execFileSync("pdffonts", [file]).toString().trim().split("\n").slice(2),
  };
};

describe("the course's intake, action plan, sign-off and certificate", () => {
  it("runs from intake to a signed-off plan in the recruitment plan, then gives a certificate", async () => {
    const { admin, pro, manager, otherManager, id, enrolmentId } = await setUp();
    const progressUrl = `/api/learning/courses/${id}/progress`;
    const first = (await pro.call({ method: "GET", url: progressUrl })).json();
    expect(first).toMatchObject({
      intake: null,
      plan: null,
      completed: false,
      homeworkTotal: exerciseCodes.length,
    });
    const early = await pro.call({ method: "GET", url: `/api/learning/courses/${id}/certificate` });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/intakegesprek is nog niet gehouden/);

    const intakeUrl = `/api/learning/courses/enrolments/${enrolmentId}/intake`;
    expect(
      (await pro.call({ method: "PUT", url: intakeUrl, payload: { day: "2027-01-15" } })).statusCode,
    ).toBe(403);
    const intake = await admin.call({
      method: "PUT",
      url: intakeUrl,
      payload: { day: "2027-01-15", held: true, notes: "Wil vooral jongeren bereiken." },
    });
    expect(intake.statusCode, intake.body).toBe(200);
    expect(intake.json().intake).toEqual({
      day: "2027-01-15",
      held: true,
      notes: "Wil vooral jongeren bereiken.",
    });

    // One level only is refused with a plain message.
    const oneLevel = await pro.call({
      method: "PUT",
      url: `/api/learning/courses/${id}/plan`,
      payload: { actions: [plan.actions[0], plan.actions[0]] },
    });
    expect(oneLevel.statusCode).toBe(400);
    expect(JSON.stringify(oneLevel.json())).toContain("twee niveaus");
    const submitted = await pro.call({
      method: "PUT",
      url: `/api/learning/courses/${id}/plan`,
      payload: plan,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().plan.actions.map((a: { title: string }) => a.title)).toEqual([
      "Studenten benaderen via de hogeschool",
      "Vaste begeleider per vrijwilliger",
    ]);
    // Handed in again before the sign-off: replaced, not doubled.
    await pro.call({ method: "PUT", url: `/api/learning/courses/${id}/plan`, payload: plan });

    // The plan lives in the organisation's recruitment action plan, with owners and due dates.
    const actions = (await manager.call({ method: "GET", url: "/api/recruitment/actions" })).json();
    expect(
      actions.filter((a: { title: string }) => a.title === "Studenten benaderen via de hogeschool"),
    ).toEqual([expect.objectContaining({ level: "approach", owner: "Sanne", dueOn: "2027-05-01" })]);
    expect(actions.some((a: { level: string }) => a.level === "conditions")).toBe(true);

    // Another organisation's coordinator sees nothing and cannot sign off; the participant cannot either.
    expect((await otherManager.call({ method: "GET", url: "/api/learning/courses/plans" })).json()).toEqual(
      [],
    );
    const signUrl = `/api/learning/courses/enrolments/${enrolmentId}/sign-off`;
    expect((await otherManager.call({ method: "POST", url: signUrl })).statusCode).toBe(404);
    expect((await pro.call({ method: "POST", url: signUrl })).statusCode).toBe(403);
    const toSign = (await manager.call({ method: "GET", url: "/api/learning/courses/plans" })).json();
    expect(toSign).toEqual([expect.objectContaining({ enrolmentId, signedOff: null, name: pro.name })]);
    const signed = await manager.call({ method: "POST", url: signUrl });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().signedOff.byName).toBe(manager.name);
    const late = await pro.call({ method: "PUT", url: `/api/learning/courses/${id}/plan`, payload: plan });
    expect(late.json().error.code).toBe("plan_signed_off");

    // Homework still missing: no certificate yet.
    const missing = (await pro.call({ method: "GET", url: progressUrl })).json();
    expect(missing.completed).toBe(false);
    expect(missing.missing).toEqual([
      `Nog ${exerciseCodes.length} van de ${exerciseCodes.length} opdrachten inleveren.`,
    ]);
    for (const code of exerciseCodes)
      await pro.call({
        method: "PUT",
        url: `/api/learning/courses/${id}/homework/${code}`,
        payload: { text: "Mijn uitwerking van deze opdracht." },
      });
    const done = (await pro.call({ method: "GET", url: progressUrl })).json();
    expect(done).toMatchObject({ completed: true, missing: [], homeworkDone: exerciseCodes.length });
    expect(done.followUp.sent).toBe(false);

    const certificate = await pro.call({ method: "GET", url: `/api/learning/courses/${id}/certificate` });
    expect(certificate.statusCode).toBe(200);
    expect(certificate.headers["content-type"]).toBe("application/pdf");
    const { text, fonts } = pdfText(certificate.rawPayload);
    expect(text).toContain("Certificaat");
    expect(text).toContain(`${pro.name}, Welzijn Noord`);
    expect(text).toContain(`afgetekend door ${manager.name}`);
    expect(text).toContain("1 februari 2027");
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/DejaVuSans/);
      expect(line.split(/\s+/).at(-5)).toBe("yes");
    }
  });

  it("mails 'how is the plan going?' once, three months after the sign-off, as an automatic mail", async () => {
    const { pro, manager, id, enrolmentId } = await setUp();
    await pro.call({ method: "PUT", url: `/api/learning/courses/${id}/plan`, payload: plan });
    await manager.call({ method: "POST", url: `/api/learning/courses/enrolments/${enrolmentId}/sign-off` });
    const { followUp } = (
      await pro.call({ method: "GET", url: `/api/learning/courses/${id}/progress` })
    ).json();
    const mailer = createMailer({ db: ctx.db, smtpUrl: smtp.url, from: testConfig().MAIL_FROM });
    const dayBefore = new Date(`${followUp.on}T12:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    const before = smtp.received.length;
    await sendFollowUps(ctx.db, mailer, "https://inzet.test", dayBefore);
    expect(smtp.received.filter((m) => m.to === pro.email)).toHaveLength(0);

    const due = new Date(`${followUp.on}T08:00:00Z`);
    await sendFollowUps(ctx.db, mailer, "https://inzet.test", due);
    await sendFollowUps(ctx.db, mailer, "https://inzet.test", due); // a rerun sends nothing twice
    const mails = smtp.received.slice(before).filter((m) => m.to === pro.email);
    expect(mails).toHaveLength(1);
    const mail = await simpleParser(mails[0]!.raw);
    expect(mail.subject).toBe("Hoe gaat het met uw actieplan?");
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    expect(mail.text).toContain(
      "Studenten benaderen via de hogeschool (Sanne, uiterlijk 1 mei 2027): nog niet begonnen",
    );
    expect(mail.text).toContain("https://inzet.test/werving/actieplan");
    const after = (await pro.call({ method: "GET", url: `/api/learning/courses/${id}/progress` })).json();
    expect(after.followUp).toEqual({ on: followUp.on, sent: true });
  });
});
