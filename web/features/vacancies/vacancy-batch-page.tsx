import { useMutation } from "@tanstack/react-query";
import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { SelectField } from "../../ui/form.tsx";
import { ErrorMessage, Notice } from "../../ui/status.tsx";
import { type Proposal, vacanciesApi } from "./api.ts";

const key = (p: { vacancyId: string; volunteerId: string }) => `${p.vacancyId}:${p.volunteerId}`;

/** Batch assignment: an exact proposal the coordinator reviews, trims and confirms. */
export function VacancyBatchPage() {
  const { t } = useTranslation();
  const [maxPerVolunteer, setMax] = useState(1);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const propose = useMutation({
    mutationFn: () => vacanciesApi.proposal(maxPerVolunteer),
    onSuccess: (data) => {
      setProposal(data);
      setExcluded(new Set());
      send.reset();
    },
  });
  const send = useMutation({
    mutationFn: () => vacanciesApi.inviteBatch((proposal?.pairs ?? []).filter((p) => !excluded.has(key(p)))),
    onSuccess: () => setProposal(null),
  });
  return (
    <>
      <Heading1>{t("vacancies.batch.title")}</Heading1>
      <Paragraph>{t("vacancies.batch.intro")}</Paragraph>
      <form
        className="inzet-filters"
        onSubmit={(event) => {
          event.preventDefault();
          propose.mutate();
        }}
      >
        <SelectField
          name="maxPerVolunteer"
          label={t("vacancies.batch.maxPerVolunteer")}
          defaultValue={String(maxPerVolunteer)}
          options={["1", "2", "3"].map((n) => ({ value: n, label: n }))}
        />
        <div>
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            onClick={(event) =>
              setMax(Number(new FormData(event.currentTarget.form!).get("maxPerVolunteer")))
            }
          >
            {t("vacancies.batch.propose")}
          </button>
        </div>
      </form>
      {propose.isError && <ErrorMessage error={propose.error} />}
      {send.isError && <ErrorMessage error={send.error} />}
      {send.data && <Notice>{t("vacancies.batch.sent", { count: send.data.invited })}</Notice>}
      {proposal && (
        <>
          <Paragraph>
            {t("vacancies.batch.summary", {
              pairs: proposal.pairs.length,
              vacancies: proposal.vacancies,
              total: proposal.total,
            })}
          </Paragraph>
          <ProposalTable proposal={proposal} excluded={excluded} onExcluded={setExcluded} />
          {proposal.pairs.length > 0 && (
            <Button appearance="primary-action-button" busy={send.isPending} onClick={() => send.mutate()}>
              {t("vacancies.batch.send")}
            </Button>
          )}
        </>
      )}
      <Paragraph>
        <AppLink to="/vacaturebeheer">{t("vacancies.manage.back")}</AppLink>
      </Paragraph>
    </>
  );
}

/** The proposed pairs; the coordinator leaves out the ones they do not want. */
function ProposalTable({
  proposal,
  excluded,
  onExcluded,
}: {
  proposal: Proposal;
  excluded: Set<string>;
  onExcluded: (next: Set<string>) => void;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t("vacancies.batch.caption")}
      rows={proposal.pairs}
      rowKey={key}
      empty={t("vacancies.batch.empty")}
      columns={[
        {
          header: t("vacancies.batch.include"),
          cell: (row) => (
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input inzet-slot"
              checked={!excluded.has(key(row))}
              aria-label={`${t("vacancies.batch.include")}: ${row.volunteerName} – ${row.vacancyTitle}`}
              onChange={(event) => {
                const next = new Set(excluded);
                if (event.currentTarget.checked) next.delete(key(row));
                else next.add(key(row));
                onExcluded(next);
              }}
            />
          ),
        },
        { header: t("vacancies.form.title"), cell: (row) => row.vacancyTitle },
        { header: t("volunteers.fields.name"), cell: (row) => row.volunteerName },
        { header: t("vacancies.matching.score"), cell: (row) => Math.round(row.score) },
      ]}
    />
  );
}
