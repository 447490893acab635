import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { howToRefer, type Offering, offeringInputSchema, type PactMember } from "../../../shared/network.ts";
import { DataTable, Pagination } from "../../ui/data-table.tsx";
import {
  CheckboxField,
  CheckboxGroupField,
  ErrorSummary,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { useMe } from "../accounts/api.ts";
import { networkApi, networkQueries } from "./api.ts";

const route = getRouteApi("/app/netwerk");

/** Staff view of the directory: every partner's offerings with internal notes and the stale flag, and the pact. */
export function NetworkPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const page = search.pagina ?? 1;
  const list = useQuery({
    ...networkQueries.offerings({ q: search.q, stale: search.verouderd ? "true" : undefined, page }),
    placeholderData: keepPreviousData,
  });
  const members = useQuery(networkQueries.members());
  const check = async (id: string, name: string) => {
    setError(null);
    try {
      await networkApi.checkOffering(id);
      setMessage(t("network.checked", { name }));
      await queryClient.invalidateQueries({ queryKey: networkQueries.offeringsAll });
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <Heading1>{t("network.title")}</Heading1>
      <Paragraph>{t("network.intro")}</Paragraph>
      <Paragraph>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => void networkApi.downloadHsds().catch(setError)}
        >
          {t("network.hsds")}
        </button>
      </Paragraph>
      <Heading2>{t("network.offerings")}</Heading2>
      <OfferingFilters />
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <>
          <OfferingsTable items={list.data.items} onCheck={(id, name) => void check(id, name)} />
          <Pagination
            page={page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(p) => void navigate({ search: { ...search, pagina: p } })}
          />
        </>
      )}
      <NewOffering
        onAdded={() => void queryClient.invalidateQueries({ queryKey: networkQueries.offeringsAll })}
      />
      <Heading2>{t("network.members")}</Heading2>
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <ErrorMessage error={members.error} />
      ) : (
        <MembersTable members={members.data} />
      )}
    </>
  );
}

/** Adds an offering of the user's own organisation. */
function NewOffering({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [done, setDone] = useState(false);
  const organisationId = me.data?.activeMembership?.organisationId ?? "";
  const form = useSchemaForm(
    offeringInputSchema,
    async (values) => {
      await networkApi.createOffering(values);
      setDone(true);
      onAdded();
    },
    (data) => ({
      ...Object.fromEntries(data),
      organisationId,
      howToRefer: data.getAll("howToRefer"),
      languages: String(data.get("languages") ?? "")
        .split(",")
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean),
    }),
  );
  if (!organisationId) return null;
  return (
    <details className="inzet-details">
      <summary>{t("network.add")}</summary>
      {done && <Notice>{t("network.added")}</Notice>}
      <form onSubmit={form.onSubmit} noValidate>
        <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
        <TextField name="name" label={t("network.name")} error={form.errors.name} required />
        <TextAreaField name="description" label={t("network.description")} error={form.errors.description} />
        <TextField name="forWhom" label={t("network.forWhom")} error={form.errors.forWhom} />
        <TextField name="conditions" label={t("network.conditions")} error={form.errors.conditions} />
        <CheckboxGroupField
          name="howToRefer"
          legend={t("network.howToRefer")}
          error={form.errors.howToRefer}
          options={howToRefer.map((w) => ({ value: w, label: t(`network.ways.${w}`) }))}
        />
        <TextField
          name="languages"
          label={t("network.languages")}
          defaultValue="nl"
          error={form.errors["languages.0"]}
        />
        <TextField name="openingHours" label={t("network.openingHours")} error={form.errors.openingHours} />
        <TextField name="phone" type="tel" label={t("network.phone")} error={form.errors.phone} />
        <TextField name="email" type="email" label={t("network.email")} error={form.errors.email} />
        <TextAreaField
          name="referralNotes"
          label={t("network.referralNotes")}
          error={form.errors.referralNotes}
        />
        <SubmitButton busy={form.busy}>{t("network.add")}</SubmitButton>
      </form>
    </details>
  );
}

function OfferingsTable({
  items,
  onCheck,
}: {
  items: Offering[];
  onCheck: (id: string, name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t("network.caption")}
      rows={items}
      rowKey={(row) => row.id}
      empty={t("network.empty")}
      columns={[
        {
          header: t("network.name"),
          cell: (row) => (
            <>
              <strong>{row.name}</strong>
              <br />
              {row.organisationName}
              {row.forWhom && (
                <>
                  <br />
                  {t("network.forWhom")}: {row.forWhom}
                </>
              )}
            </>
          ),
        },
        {
          header: t("network.howToRefer"),
          cell: (row) => (
            <>
              {row.howToRefer.map((w) => t(`network.ways.${w}`)).join(", ")}
              {row.phone && (
                <>
                  <br />
                  <a href={`tel:${row.phone.replace(/[^0-9+]/g, "")}`}>{row.phone}</a>
                </>
              )}
              {row.referralNotes && (
                <>
                  <br />
                  <em>{row.referralNotes}</em>
                </>
              )}
            </>
          ),
        },
        {
          header: t("network.lastChecked", { day: "" }).trim(),
          cell: (row) => <CheckedCell row={row} onCheck={onCheck} />,
        },
      ]}
    />
  );
}

function MembersTable({ members }: { members: PactMember[] }) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      caption={t("network.membersCaption")}
      rows={members}
      rowKey={(row) => row.id}
      empty={t("network.empty")}
      columns={[
        { header: t("network.organisation"), cell: (row) => row.organisationName },
        {
          header: t("network.since"),
          cell: (row) =>
            row.endedOn
              ? t("network.ended", { day: formatDay(row.endedOn, i18n.language) })
              : formatDay(row.signedOn, i18n.language),
        },
        {
          header: t("network.contact"),
          cell: (row) => [row.contactName, row.contactPhone, row.contactEmail].filter(Boolean).join(" · "),
        },
        {
          header: t("network.serviceLevel"),
          cell: (row) => t("network.workingDays", { count: row.serviceLevelDays }),
        },
      ]}
    />
  );
}

function OfferingFilters() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <search>
      <form
        className="inzet-filters"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          void navigate({
            search: {
              q: String(data.get("q") ?? "").trim() || undefined,
              verouderd: data.get("stale") === "on" ? "ja" : undefined,
            },
          });
        }}
      >
        <TextField name="q" type="search" label={t("network.search")} defaultValue={search.q} />
        <CheckboxField
          name="stale"
          label={t("network.onlyStale")}
          defaultChecked={search.verouderd === "ja"}
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

function CheckedCell({ row, onCheck }: { row: Offering; onCheck: (id: string, name: string) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {t("network.lastChecked", { day: formatDay(row.lastCheckedAt, i18n.language) })}
      {row.stale && (
        <>
          <br />
          <strong className="inzet-flag">{t("network.stale")}</strong>
        </>
      )}
      {row.can.edit && (
        <>
          <br />
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle inzet-inline-button"
            onClick={() => onCheck(row.id, row.name)}
          >
            {t("network.stillRight")}
            <span className="inzet-visually-hidden"> {row.name}</span>
          </button>
        </>
      )}
    </>
  );
}
