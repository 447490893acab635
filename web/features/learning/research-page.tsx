import { useQuery } from "@tanstack/react-query";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { projectInputSchema } from "../../../shared/learning/research.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorSummary, SubmitButton, TextAreaField, TextField, useSchemaForm } from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { researchApi, researchQueries } from "./api.ts";

const code = (label: string) =>
  label
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);

/** The client council's research projects (behind the wall: only the council gets here). */
export function ResearchPage() {
  const { t, i18n } = useTranslation();
  const list = useQuery(researchQueries.list());
  return (
    <>
      <Heading1>{t("learning.research.title")}</Heading1>
      <Paragraph>{t("learning.research.intro")}</Paragraph>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <DataTable
          caption={t("learning.research.projects")}
          rows={list.data}
          rowKey={(row) => row.id}
          empty={t("learning.research.none")}
          columns={[
            {
              header: t("learning.titleField"),
              cell: (row) => (
                <AppLink to="/ervaringsonderzoek/$id" params={{ id: row.id }}>
                  {row.title}
                </AppLink>
              ),
            },
            {
              header: t("learning.research.channels"),
              cell: (row) => row.channels.map((c) => c.label).join(", "),
            },
            {
              header: t("learning.research.started"),
              cell: (row) => formatDay(row.createdAt, i18n.language),
            },
          ]}
        />
      )}
      <ProjectForm onSaved={() => void list.refetch()} />
    </>
  );
}

/** A new project: the question, up to three channels at once, and the topic list. */
function ProjectForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [made, setMade] = useState<string | null>(null);
  const form = useSchemaForm(
    projectInputSchema,
    async (values) => {
      setMade((await researchApi.create(values)).title);
      onSaved();
    },
    (data) => ({
      title: data.get("title"),
      question: data.get("question"),
      channels: ["channel1", "channel2", "channel3"]
        .map((name) => String(data.get(name) ?? "").trim())
        .filter(Boolean)
        .map((label) => ({ code: code(label), label })),
      topics: String(data.get("topics") ?? "")
        .split("\n")
        .map((s) => s.trim())
        .filter(Boolean),
    }),
  );
  return (
    <>
      <Heading2>{t("learning.research.new")}</Heading2>
      <form onSubmit={(event) => void form.onSubmit(event)} noValidate>
        <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
        {made && <Notice>{t("learning.saved", { title: made })}</Notice>}
        <TextField name="title" label={t("learning.titleField")} error={form.errors.title} required />
        <TextAreaField name="question" label={t("learning.research.question")} error={form.errors.question} />
        <Paragraph>{t("learning.research.parallel")}</Paragraph>
        <TextField
          name="channel1"
          label={t("learning.research.channel", { n: 1 })}
          error={form.errors.channels}
        />
        <TextField name="channel2" label={t("learning.research.channel", { n: 2 })} />
        <TextField name="channel3" label={t("learning.research.channel", { n: 3 })} />
        <TextAreaField
          name="topics"
          label={t("learning.research.topics")}
          description={t("learning.research.topicsHelp")}
          error={form.errors.topics}
        />
        <SubmitButton busy={form.busy}>{t("learning.research.create")}</SubmitButton>
      </form>
    </>
  );
}
