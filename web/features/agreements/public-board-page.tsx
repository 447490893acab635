import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import {
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ideaInputSchema, ideaKinds } from "../../../shared/agreements/dialogue.ts";
import { AppLink } from "../../ui/app-link.tsx";
import {
  ErrorSummary,
  RadioGroupField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { agreementKeys, agreementQueries, agreementsApi } from "./api.ts";

const listRoute = getRouteApi("/wijken");
const boardRoute = getRouteApi("/wijken/$id");

/** Which wijken have an ideas board (public, no account needed). */
export function PublicTrajectoriesPage() {
  const { t } = useTranslation();
  const { werkgebied } = listRoute.useSearch();
  const list = useQuery(agreementQueries.publicTrajectories(werkgebied));
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  return (
    <>
      <Heading1>{t("agreements.public.title", { tenant: list.data.tenantName })}</Heading1>
      <Paragraph>{t("agreements.public.intro")}</Paragraph>
      {list.data.items.length === 0 ? (
        <Paragraph>{t("agreements.public.none")}</Paragraph>
      ) : (
        <UnorderedList>
          {list.data.items.map((x) => (
            <UnorderedListItem key={x.id}>
              <AppLink to="/wijken/$id" params={{ id: x.id }}>
                {x.districtName}
              </AppLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}

/** The browser's own key, so it supports an idea once (no account, nothing personal). */
function supporterKey() {
  const stored = localStorage.getItem("inzet-supporter");
  if (stored) return stored;
  const key = crypto.randomUUID();
  localStorage.setItem("inzet-supporter", key);
  return key;
}

/** The ideas board of one wijk, for residents: read, support, report, and share a need or idea. */
export function PublicBoardPage() {
  const { t } = useTranslation();
  const { id } = boardRoute.useParams();
  const queryClient = useQueryClient();
  const board = useQuery(agreementQueries.publicIdeas(id));
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: agreementKeys.publicIdeas });
  const act = async (fn: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await fn();
      setMessage(done);
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  };
  if (board.isPending) return <Loading />;
  if (board.isError) return <ErrorMessage error={board.error} />;
  return (
    <div className="inzet-phone">
      <Heading1>
        {t("agreements.public.boardTitle", { district: board.data.trajectory.districtName })}
      </Heading1>
      {board.data.trajectory.goal && <Paragraph>{board.data.trajectory.goal}</Paragraph>}
      <Paragraph>{t("agreements.public.boardIntro")}</Paragraph>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {board.data.items.length === 0 && <Paragraph>{t("agreements.public.empty")}</Paragraph>}
      {board.data.items.map((i) => (
        <article key={i.id} className="inzet-card" aria-labelledby={`idea-${i.id}`}>
          <Heading2 id={`idea-${i.id}`}>{i.title}</Heading2>
          <Paragraph>
            {t(`agreements.ideaKinds.${i.kind}`)} · {t(`agreements.authorKinds.${i.authorKind}`)}
          </Paragraph>
          {i.body && <Paragraph>{i.body}</Paragraph>}
          {i.outcome && (
            <Paragraph>
              <strong>{t("agreements.public.outcome")}</strong>{" "}
              {t(`agreements.publicStages.${i.outcome.stage}`, { solution: i.outcome.solution })}
              {i.outcome.reason && ` ${t("agreements.public.because", { reason: i.outcome.reason })}`}
            </Paragraph>
          )}
          <Paragraph>{t("agreements.public.supporters", { count: i.supportCount })}</Paragraph>
          <div className="inzet-buttons">
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() =>
                void act(() => agreementsApi.support(i.id, supporterKey()), t("agreements.public.supported"))
              }
            >
              {t("agreements.public.support")}
              <span className="inzet-visually-hidden"> {i.title}</span>
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              onClick={() => void act(() => agreementsApi.report(i.id), t("agreements.public.reported"))}
            >
              {t("agreements.public.report")}
              <span className="inzet-visually-hidden"> {i.title}</span>
            </button>
          </div>
        </article>
      ))}
      <PublicPostForm trajectoryId={id} onDone={setMessage} />
    </div>
  );
}

function PublicPostForm({ trajectoryId, onDone }: { trajectoryId: string; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(ideaInputSchema, async (values) => {
    const answer = await agreementsApi.postPublic(trajectoryId, values);
    onDone(answer.hints.length ? t("agreements.public.postedWithHints") : t("agreements.public.posted"));
  });
  return (
    <form className="inzet-form" noValidate onSubmit={form.onSubmit} aria-labelledby="post-form">
      <Heading2 id="post-form">{t("agreements.public.postTitle")}</Heading2>
      <Paragraph>{t("agreements.public.postHelp")}</Paragraph>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <RadioGroupField
        name="kind"
        legend={t("agreements.public.kind")}
        defaultValue="idea"
        error={form.errors.kind}
        options={ideaKinds.map((k) => ({ value: k, label: t(`agreements.ideaKinds.${k}`) }))}
      />
      <TextField name="title" label={t("agreements.public.titleField")} error={form.errors.title} />
      <TextAreaField name="body" label={t("agreements.public.body")} error={form.errors.body} />
      <SubmitButton busy={form.busy}>{t("agreements.public.submit")}</SubmitButton>
    </form>
  );
}
