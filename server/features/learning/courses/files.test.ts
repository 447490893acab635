import { strToU8, zipSync } from "fflate";
import PDFDocument from "pdfkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../../shared/roles.ts";
import { sniff } from "../../../platform/attachments.ts";
import { exportTable } from "../../../platform/table-export.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../../test/harness.ts";
import { addFile } from "./service.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const user = async (tenantId: string, role: Role, organisationId: string | null = null) => {
  const made = await createUser(tenantId, role, { organisationId });
  return { ...made, call: as(ctx.app, await signIn(ctx.app, made.email)) };
};

/** A real PDF from pdfkit, a real spreadsheet from write-excel-file, OpenDocument and Word as zips. */
const pdf = () =>
  new Promise<Buffer>((resolve) => {
    const doc = new PDFDocument();
    const parts: Buffer[] = [];
    doc.on("data", (part: Buffer) => parts.push(part));
    doc.on("end", () => resolve(Buffer.concat(parts)));
    doc.text("Huiswerk bijeenkomst 1");
    doc.end();
  });
const xlsx = () => exportTable([["Kanaal"], ["Via via"]], "xlsx");
const odt = () =>
  Buffer.from(
    zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }],
      "content.xml": strToU8("<office:document-content/>"),
    }),
  );
const docx = () =>
  Buffer.from(
    zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") }),
  );

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ODT = "application/vnd.oasis.opendocument.text";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function setUp() {
  const tenant = await createTenant();
  const org = await createOrganisation(tenant.id);
  const admin = await user(tenant.id, "admin");
  const id = (
    await admin.call({
      method: "POST",
      url: "/api/learning/courses",
      payload: { title: "Leergang", minParticipants: 2 },
    })
  ).json().id as string;
  const a = await user(tenant.id, "professional", org.id);
  const b = await user(tenant.id, "professional", org.id);
  for (const p of [a, b]) await p.call({ method: "POST", url: `/api/learning/courses/${id}/enrol` });
  await admin.call({
    method: "PUT",
    url: `/api/learning/courses/${id}/meetings`,
    payload: { days: ["2027-02-01", "2027-03-01", "2027-03-29"] },
  });
  return { tenant, org, admin, a, b, id };
}

describe("homework files", () => {
  it("tells the real type of a file by its bytes", async () => {
    expect(sniff(await pdf())).toBe("application/pdf");
    expect(sniff(await xlsx())).toBe(XLSX);
    expect(sniff(odt())).toBe(ODT);
    expect(sniff(docx())).toBe(DOCX);
    expect(sniff(Buffer.from(zipSync({ "a.txt": strToU8("x") })))).toBeNull();
    expect(sniff(Buffer.from("MZ\u0090\u0000 not a document"))).toBeNull();
  });

  it("keeps files beside the answer, only for their owner, at most five, late after the deadline", async () => {
    const { a, b, id, tenant, org } = await setUp();
    const url = `/api/learning/courses/${id}/homework/m1-drijfveren/files`;
    const file = await pdf();
    const before = await a.call({
      method: "POST",
      url,
      payload: { name: "verslag.pdf", contentType: "application/pdf", data: file.toString("base64") },
    });
    expect(before.statusCode).toBe(409);
    expect(before.json().error).toMatchObject({ code: "no_submission" });

    await a.call({
      method: "PUT",
      url: `/api/learning/courses/${id}/homework/m1-drijfveren`,
      payload: { text: "Onze vrijwilligers zijn vooral actieve senioren." },
    });
    const added = await a.call({
      method: "POST",
      url,
      payload: { name: "verslag één.pdf", contentType: "application/pdf", data: file.toString("base64") },
    });
    expect(added.statusCode, added.body).toBe(201);
    const [meta] = added.json().modules[0].exercises[1].submission.files;
    expect(meta).toMatchObject({ name: "verslag één.pdf", size: file.length, late: false });

    const download = await a.call({ method: "GET", url: `/api/learning/courses/${id}/files/${meta.id}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toContain(encodeURIComponent("verslag één.pdf"));
    expect(download.rawPayload.equals(file)).toBe(true);
    // Another participant, even of the same organisation, does not find it.
    expect(
      (await b.call({ method: "GET", url: `/api/learning/courses/${id}/files/${meta.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await b.call({ method: "DELETE", url: `/api/learning/courses/${id}/files/${meta.id}` })).statusCode,
    ).toBe(404);

    // A Word file called a PDF, a file over 2 MB, and a broken one: field errors, nothing stored.
    const wrong = await a.call({
      method: "POST",
      url,
      payload: { name: "x.pdf", contentType: "application/pdf", data: docx().toString("base64") },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0]).toMatchObject({ path: "data", code: "wrong_type" });
    const big = Buffer.concat([file, Buffer.alloc(2_000_001 - file.length)]);
    const tooBig = await a.call({
      method: "POST",
      url,
      payload: { name: "groot.pdf", contentType: "application/pdf", data: big.toString("base64") },
    });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.fields[0].path).toBe("data");
    const garbage = await a.call({
      method: "POST",
      url,
      payload: { name: "x.pdf", contentType: "application/pdf", data: "%%%\u0000" },
    });
    expect(garbage.statusCode).toBe(400);
    const exe = await a.call({
      method: "POST",
      url,
      payload: { name: "x.exe", contentType: "application/x-msdownload", data: "TVo=" },
    });
    expect(exe.json().error.fields[0]).toMatchObject({ path: "contentType" });
    expect(exe.json().error.fields[0].message).toMatch(/OpenDocument/);

    for (const [name, contentType, data] of [
      ["plan.docx", DOCX, docx()],
      ["plan.odt", ODT, odt()],
      ["cijfers.xlsx", XLSX, await xlsx()],
    ] as const) {
      const r = await a.call({
        method: "POST",
        url,
        payload: { name, contentType, data: data.toString("base64") },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    // The fifth file is added after the deadline (1 March 2027, Amsterdam): accepted and flagged late.
    const actor = {
      traceId: "t",
      userId: a.userId,
      name: "A",
      email: a.email,
      twoFactorEnabled: false,
      membershipId: a.membershipId,
      tenantId: tenant.id,
      organisationId: org.id,
      role: "professional" as const,
    };
    const late = await addFile(
      ctx.db,
      actor,
      id,
      "m1-drijfveren",
      { name: "laat.pdf", contentType: "application/pdf", data: file.toString("base64") },
      new Date("2027-03-02T09:00:00Z"),
    );
    const files = late.modules[0]!.exercises[1]!.submission!.files;
    expect(files.map((f) => [f.name, f.late])).toEqual([
      ["verslag één.pdf", false],
      ["plan.docx", false],
      ["plan.odt", false],
      ["cijfers.xlsx", false],
      ["laat.pdf", true],
    ]);
    const sixth = await a.call({
      method: "POST",
      url,
      payload: { name: "zes.pdf", contentType: "application/pdf", data: file.toString("base64") },
    });
    expect(sixth.statusCode).toBe(409);
    expect(sixth.json().error.code).toBe("too_many_files");

    const removed = await a.call({ method: "DELETE", url: `/api/learning/courses/${id}/files/${meta.id}` });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().modules[0].exercises[1].submission.files).toHaveLength(4);
    expect(
      (await a.call({ method: "GET", url: `/api/learning/courses/${id}/files/${meta.id}` })).statusCode,
    ).toBe(404);
  });
});
