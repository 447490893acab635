import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type Idea,
  type IdeaStatus,
  ideaInputSchema,
  ideaKinds,
  ideaStatuses,
} from "../../../shared/agreements/dialogue.ts";
import { type Column, DataTable, Pagination } from "../../ui/data-table.tsx";
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { agreementKeys, agreementQueries, agreementsApi } from "./api.ts";
import { TrajectoryNav } from "./timeline.tsx";

const route = getRouteApi("/app/wijkaanpak/$id/ideeen");

/** The ideas board of a wijk for staff: the moderation queue, decisions, and posting as a professional. */
export function IdeasPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const page = search.pagina ?? 1;
  const ideas = useQuery({
    ...agreementQueries.ideas(id, { status: search.status, page }),
    placeholderData: keepPreviousData,
  });
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: agreementKeys.ideas });
  const decide = async (idea: Idea, decision: "publish" | "hide") => {
    setError(null);
    try {
      await agreementsApi.moderate(idea.id, decision);
      setMessage(t(`agreements.ideas.${decision}Done`, { title: idea.title }));
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <Heading1>{t("agreements.ideas.title")}</Heading1>
      <TrajectoryNav id={id} />
      <Paragraph>
        {t("agreements.ideas.intro")} <a href={`/wijken/${id}`}>{t("agreements.ideas.publicLink")}</a>
      </Paragraph>
      <IdeasFilter status={search.status} onFilter={(status) => void navigate({ search: { status } })} />
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {ideas.isPending ? (
        <Loading />
      ) : ideas.isError ? (
        <ErrorMessage error={ideas.error} />
      ) : (
        <>
          <DataTable
            caption={t("agreements.ideas.caption")}
            rows={ideas.data.items}
            rowKey={(i) => i.id}
            empty={t("agreements.ideas.empty")}
            columns={ideaColumns(t, i18n.language, decide)}
          />
          <Pagination
            page={page}
            pageSize={ideas.data.pageSize}
            total={ideas.data.total}
            onPage={(p) => void navigate({ search: { ...search, pagina: p } })}
          />
        </>
      )}
      <ProfessionalPost trajectoryId={id} onDone={setMessage} />
    </>
  );
}

function ProfessionalPost({ trajectoryId, onDone }: { trajectoryId: string; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm(ideaInputSchema, async (values) => {
    const made = await agreementsApi.addIdea(trajectoryId, values);
    onDone(made.status === "published" ? t("agreements.ideas.posted") : t("agreements.ideas.postedHeld"));
    await queryClient.invalidateQueries({ queryKey: agreementKeys.ideas });
  });
  return (
    <form className="inzet-form" noValidate onSubmit={form.onSubmit} aria-labelledby="idea-form">
      <Heading2 id="idea-form">{t("agreements.ideas.add")}</Heading2>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <SelectField
        name="kind"
        label={t("agreements.ideas.kind")}
        defaultValue="idea"
        error={form.errors.kind}
        options={ideaKinds.map((k) => ({ value: k, label: t(`agreements.ideaKinds.${k}`) }))}
      />
      <TextField name="title" label={t("agreements.ideas.titleField")} error={form.errors.title} />
      <TextAreaField name="body" label={t("agreements.ideas.body")} error={form.errors.body} />
      <SubmitButton busy={form.busy}>{t("agreements.ideas.submit")}</SubmitButton>
    </form>
  );
}

function ideaColumns(
  t: TFunction,
  language: string,
  decide: (idea: Idea, d: "publish" | "hide") => Promise<void>,
): Column<Idea>[] {
  const i18n = { language };
  return [
    {
      header: t("agreements.ideas.post"),
      cell: (i) => (
        <>
          <strong>{i.title}</strong> ({t(`agreements.ideaKinds.${i.kind}`)})
          {i.body && (
            <>
              <br />
              {i.body}
            </>
          )}
        </>
      ),
    },
    {
      header: t("agreements.ideas.from"),
      cell: (i) =>
        `${t(`agreements.authorKinds.${i.authorKind}`)} · ${formatDay(i.createdAt, i18n.language)}`,
    },
    {
      header: t("agreements.ideas.status"),
      cell: (i) => (
        <>
          {t(`agreements.ideaStatuses.${i.status}`)}
          {i.flags.map((f) => (
            <div key={f}>
              <strong className="inzet-flag">{t(`agreements.ideaFlags.${f}`)}</strong>
            </div>
          ))}
          {i.outcome && <div>{t(`agreements.stages.${i.outcome.stage}`)}</div>}
        </>
      ),
    },
    { header: t("agreements.ideas.support"), cell: (i) => i.supportCount },
    {
      header: t("agreements.ideas.decide"),
      cell: (i) => (
        <>
          {i.status !== "published" && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action inzet-inline-button"
              onClick={() => void decide(i, "publish")}
            >
              {t("agreements.ideas.publish")}
              <span className="inzet-visually-hidden"> {i.title}</span>
            </button>
          )}
          {i.status !== "hidden" && (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle inzet-inline-button"
              onClick={() => void decide(i, "hide")}
            >
              {t("agreements.ideas.hide")}
              <span className="inzet-visually-hidden"> {i.title}</span>
            </button>
          )}
        </>
      ),
    },
  ];
}

function IdeasFilter({
  status,
  onFilter,
}: {
  status?: IdeaStatus;
  onFilter: (s: IdeaStatus | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <search>
      <form
        className="inzet-filters"
        onSubmit={(event) => {
          event.preventDefault();
          const status = ideaStatuses.find((s) => s === new FormData(event.currentTarget).get("status"));
          onFilter(status);
        }}
      >
        <SelectField
          name="status"
          label={t("agreements.ideas.status")}
          emptyLabel={t("common.all")}
          defaultValue={status ?? ""}
          options={ideaStatuses.map((s) => ({ value: s, label: t(`agreements.ideaStatuses.${s}`) }))}
        />
        <div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("common.filter")}
          </button>
        </div>
      </form>
    </search>
  );
}
