import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Offering, PactMember } from "../../../shared/network.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable, Pagination } from "../../ui/data-table.tsx";
import { CheckboxField, TextField } from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { hasPermission, useMe } from "../accounts/api.ts";
import { networkApi, networkQueries } from "./api.ts";
import { HsdsImport } from "./hsds-import.tsx";
import { EditOffering, OfferingForm } from "./offering-form.tsx";

const route = getRouteApi("/app/netwerk");

/** Staff view of the directory: every partner's offerings with internal notes and the stale flag, and the pact. */
export function NetworkPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Offering | null>(null);
  const page = search.pagina ?? 1;
  const list = useQuery({
    ...networkQueries.offerings({ q: search.q, stale: search.verouderd ? "true" : undefined, page }),
    placeholderData: keepPreviousData,
  });
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
      <NetworkLinks onError={setError} />
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
          <OfferingsTable
            items={list.data.items}
            onCheck={(id, name) => void check(id, name)}
            onEdit={(offering) => {
              setMessage(null);
              setEditing(offering);
            }}
          />
          <Pagination
            page={page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(p) => void navigate({ search: { ...search, pagina: p } })}
          />
        </>
      )}
      {editing ? (
        <EditOffering
          offering={editing}
          onCancel={() => setEditing(null)}
          onSave={async (values) => {
            await networkApi.updateOffering(editing.id, values);
            setEditing(null);
            setMessage(t("networkStaff.saved", { name: values.name }));
            await queryClient.invalidateQueries({ queryKey: networkQueries.offeringsAll });
          }}
        />
      ) : (
        <NewOffering
          onAdded={() => void queryClient.invalidateQueries({ queryKey: networkQueries.offeringsAll })}
        />
      )}
      <Members />
      <ManagerOnly />
    </>
  );
}

/** What only the network manager (municipality) does here: import a directory file. */
function ManagerOnly() {
  const me = useMe();
  return hasPermission(me.data, "network.manage") ? <HsdsImport /> : null;
}

/** The organisations that signed the pact. */
function Members() {
  const { t } = useTranslation();
  const members = useQuery(networkQueries.members());
  return (
    <>
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

/** The HSDS download and, for the policy officer, the referral matrix. */
function NetworkLinks({ onError }: { onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <Paragraph>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => void networkApi.downloadHsds().catch(onError)}
        >
          {t("network.hsds")}
        </button>
      </Paragraph>
      {hasPermission(me.data, "network.figures") && (
        <Paragraph>
          <AppLink to="/netwerk/verwijzingen">{t("networkStaff.matrixNav")}</AppLink>
        </Paragraph>
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
  if (!organisationId) return null;
  return (
    <details className="inzet-details">
      <summary>{t("network.add")}</summary>
      {done && <Notice>{t("network.added")}</Notice>}
      <OfferingForm
        organisationId={organisationId}
        submitLabel={t("network.add")}
        onSubmit={async (values) => {
          await networkApi.createOffering(values);
          setDone(true);
          onAdded();
        }}
      />
    </details>
  );
}

type Actions = { onCheck: (id: string, name: string) => void; onEdit: (offering: Offering) => void };

function OfferingsTable({ items, onCheck, onEdit }: { items: Offering[] } & Actions) {
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
          cell: (row) => <CheckedCell row={row} onCheck={onCheck} onEdit={onEdit} />,
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

function CheckedCell({ row, onCheck, onEdit }: { row: Offering } & Actions) {
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
          <br />
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle inzet-inline-button"
            onClick={() => onEdit(row)}
          >
            {t("networkStaff.edit")}
            <span className="inzet-visually-hidden"> {row.name}</span>
          </button>
        </>
      )}
    </>
  );
}
