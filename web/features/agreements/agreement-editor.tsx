import { useQuery } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AgreementContent,
  agreementProblems,
  draftInputSchema,
  partyKinds,
} from "../../../shared/agreements/agreement.ts";
import type { FieldError } from "../../../shared/errors.ts";
import { ApiError } from "../../api.ts";
import { ActivityFieldset } from "./activity-fieldset.tsx";
import { agreementQueries } from "./api.ts";
import { Choice, Input } from "./editor-fields.tsx";

type Content = AgreementContent;
type ActivityDraft = Content["activities"][number];

const newActivity = (n: number, firstParty: string): ActivityDraft => ({
  key: `activiteit-${n}`,
  title: "",
  solutionNodeId: "",
  supplierPartyKey: firstParty,
  ownerPartyKey: firstParty,
  cost: 0,
  budget: [{ partyKey: firstParty, amount: 0 }],
  volunteerHoursPerMonth: 0,
  professionalHoursPerMonth: 0,
  vacancyIds: [],
  indicators: [{ key: "indicator-1", name: "", source: "volunteerHours", target: 0 }],
  professionalSupport: "",
});

export const emptyContent = (today: string): Content => ({
  title: "",
  validFrom: today,
  validUntil: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`,
  parties: [
    { key: "gemeente", kind: "municipality", organisationId: null, name: "Gemeente" },
    { key: "partij-2", kind: "organisation", organisationId: null, name: "" },
  ],
  activities: [newActivity(1, "gemeente")],
  reviewDates: [],
});

/**
 * Edits the content of an agreement version: parties, activities with their budget holders, the
 * volunteer/professional mix and indicators. Checked with the same rules as the server before sending.
 */
export function AgreementEditor(props: {
  trajectoryId: string;
  initial: Content;
  needsNote: boolean;
  onSave: (body: { content: Content; changeNote: string }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [c, setC] = useState<Content>(props.initial);
  const [note, setNote] = useState("");
  const [problems, setProblems] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const map = useQuery(agreementQueries.mindMap(props.trajectoryId));
  const chosen = (map.data?.nodes ?? []).filter((n) => n.kind === "solution" && n.stage === "chosen");
  const err = (path: string) =>
    problems.find((p) => p.path === path || p.path === `content.${path}`)?.message;

  const save = async () => {
    const parsed = draftInputSchema.safeParse({ content: c, changeNote: note });
    const local = parsed.success
      ? agreementProblems(parsed.data.content)
      : parsed.error.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message }));
    if (local.length) return setProblems(local);
    setBusy(true);
    try {
      await props.onSave({ content: c, changeNote: note });
      setProblems([]);
    } catch (error) {
      setProblems(
        error instanceof ApiError
          ? [...error.fields, { path: "form", code: error.code, message: error.message }]
          : [],
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="inzet-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-labelledby="editor-title"
    >
      <Heading2 id="editor-title">{t("agreements.editor.title")}</Heading2>
      <Problems problems={problems} />
      <GeneralFields c={c} setC={setC} err={err} />
      <PartiesFieldset c={c} setC={setC} err={err} />
      <ActivitiesFieldset
        c={c}
        setC={setC}
        err={err}
        chosen={chosen.map((n) => ({ value: n.id, label: n.title }))}
      />
      {props.needsNote && (
        <Input
          id="a-note"
          label={t("agreements.editor.changeNote")}
          value={note}
          error={err("changeNote")}
          onChange={setNote}
        />
      )}
      <div>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t("agreements.editor.save")}
        </Button>
      </div>
    </form>
  );
}

function Problems({ problems }: { problems: FieldError[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t("form.problems")}</Paragraph>
      <UnorderedList>
        {problems.map((p) => (
          <UnorderedListItem key={`${p.path}-${p.code}`}>{p.message}</UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}

/** The parties of the agreement: municipality, organisations, residents' groups. */
function PartiesFieldset({
  c,
  setC,
  err,
}: {
  c: Content;
  setC: (c: Content) => void;
  err: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const organisations = useQuery(agreementQueries.organisations);
  return (
    <>
      <Heading3>{t("agreements.editor.parties")}</Heading3>
      {c.parties.map((p, i) => (
        <fieldset key={p.key} className="inzet-card">
          <legend>{t("agreements.editor.party", { n: i + 1 })}</legend>
          <Choice
            id={`p-${i}-kind`}
            label={t("agreements.editor.partyKind")}
            value={p.kind}
            options={partyKinds.map((k) => ({ value: k, label: t(`agreements.partyKinds.${k}`) }))}
            onChange={(kind) =>
              setC({
                ...c,
                parties: c.parties.map((x, j) => (j === i ? { ...x, kind: kind as typeof p.kind } : x)),
              })
            }
          />
          {p.kind === "organisation" && (
            <Choice
              id={`p-${i}-org`}
              label={t("agreements.editor.organisation")}
              value={p.organisationId ?? ""}
              error={err(`parties.${i}.organisationId`)}
              options={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
              onChange={(v) => {
                const org = organisations.data?.items.find((o) => o.id === v);
                setC({
                  ...c,
                  parties: c.parties.map((x, j) =>
                    j === i ? { ...x, organisationId: v || null, name: x.name || org?.name || "" } : x,
                  ),
                });
              }}
            />
          )}
          <Input
            id={`p-${i}-name`}
            label={t("agreements.editor.partyName")}
            value={p.name}
            error={err(`parties.${i}.name`)}
            onChange={(name) =>
              setC({ ...c, parties: c.parties.map((x, j) => (j === i ? { ...x, name } : x)) })
            }
          />
        </fieldset>
      ))}
      <Button
        appearance="secondary-action-button"
        onClick={() =>
          setC({
            ...c,
            parties: [
              ...c.parties,
              {
                key: `partij-${c.parties.length + 1}-${Date.now() % 1000}`,
                kind: "residents",
                organisationId: null,
                name: "",
              },
            ],
          })
        }
      >
        {t("agreements.editor.addParty")}
      </Button>
    </>
  );
}

type Sub = { c: Content; setC: (c: Content) => void; err: (path: string) => string | undefined };

function GeneralFields({ c, setC, err }: Sub) {
  const { t } = useTranslation();
  return (
    <>
      <Input
        id="a-title"
        label={t("agreements.editor.name")}
        value={c.title}
        error={err("title")}
        onChange={(title) => setC({ ...c, title })}
      />
      <Input
        id="a-from"
        type="date"
        label={t("agreements.editor.validFrom")}
        value={c.validFrom}
        error={err("validFrom")}
        onChange={(validFrom) => setC({ ...c, validFrom })}
      />
      <Input
        id="a-until"
        type="date"
        label={t("agreements.editor.validUntil")}
        value={c.validUntil}
        error={err("validUntil")}
        onChange={(validUntil) => setC({ ...c, validUntil })}
      />
      <Input
        id="a-review"
        label={t("agreements.editor.reviewDates")}
        value={c.reviewDates.join(", ")}
        error={err("reviewDates")}
        onChange={(v) => setC({ ...c, reviewDates: v.split(/[,\s]+/).filter(Boolean) })}
      />
    </>
  );
}

function ActivitiesFieldset({ c, setC, err, chosen }: Sub & { chosen: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const parties = c.parties.map((p) => ({ value: p.key, label: p.name || p.key }));
  const setActivity = (i: number, patch: Partial<ActivityDraft>) =>
    setC({ ...c, activities: c.activities.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  return (
    <>
      <Heading3>{t("agreements.editor.activities")}</Heading3>
      {c.activities.map((a, i) => (
        <ActivityFieldset
          key={a.key}
          a={a}
          i={i}
          parties={parties}
          chosen={chosen}
          err={err}
          firstParty={c.parties[0]?.key ?? ""}
          setActivity={(patch) => setActivity(i, patch)}
        />
      ))}
      <Button
        appearance="secondary-action-button"
        onClick={() =>
          setC({
            ...c,
            activities: [...c.activities, newActivity(c.activities.length + 1, c.parties[0]?.key ?? "")],
          })
        }
      >
        {t("agreements.editor.addActivity")}
      </Button>
    </>
  );
}
