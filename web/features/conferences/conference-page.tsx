import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Conference, ConferenceAction } from "../../../shared/conferences.ts";
import { countCell } from "../../../shared/small-counts.ts";
import { ApiError } from "../../api.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../../ui/form.tsx";
import { formatDateTime, formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { conferenceQueries, conferencesApi } from "./api.ts";
import { InvitationsSection } from "./invitations-section.tsx";

const route = getRouteApi("/app/conferenties/$id");

type Run = (action: () => Promise<unknown>, done: string) => Promise<void>;
type Errors = Record<string, string>;

/** One conference: what happened since last time first, the agenda, registrations, actions, minutes, overview. */
export function ConferencePage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const detail = useQuery(conferenceQueries.detail(id));
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = async (action: () => Promise<unknown>, done: string) => {
    setErrors({});
    try {
      await action();
      setMessage(done);
      await detail.refetch();
    } catch (caught) {
      if (caught instanceof ApiError)
        setErrors({
          form: caught.message,
          ...Object.fromEntries(caught.fields.map((f) => [f.path, f.message])),
        });
      else setErrors({ form: String(caught) });
    }
  };
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorMessage error={detail.error} />;
  const c: Conference = detail.data;
  const actionRows = (rows: ConferenceAction[]) => <ActionsTable rows={rows} run={run} />;
  return (
    <>
      <Heading1>{c.title}</Heading1>
      <Paragraph>
        {formatDateTime(c.startsAt, i18n.language)}
        {c.place && ` · ${c.place}`} · {t("conferences.deadline")}{" "}
        {formatDateTime(c.agendaDeadline, i18n.language)}
      </Paragraph>
      <Paragraph>
        <a className="utrecht-link" href={conferencesApi.reportHref(c.id)} download>
          {t("conferences.reportPdf")}
        </a>
      </Paragraph>
      {message && <Notice>{message}</Notice>}
      {errors.form && <ErrorMessage error={errors.form} />}
      <Heading2>{t("conferences.carried")}</Heading2>
      {c.carriedActions.length === 0 ? (
        <Paragraph>{t("conferences.carriedEmpty")}</Paragraph>
      ) : (
        actionRows(c.carriedActions)
      )}
      <InvitationsSection c={c} run={run} />
      <AgendaSection c={c} run={run} errors={errors} />
      <RegistrationsSection c={c} run={run} errors={errors} />
      <Heading2>{t("conferences.actions")}</Heading2>
      {actionRows(c.actions)}
      <ActionForm c={c} run={run} errors={errors} />
      <MinutesSection c={c} run={run} errors={errors} />
      <OverviewSection id={c.id} />
    </>
  );
}

function AgendaSection({ c, run, errors }: { c: Conference; run: Run; errors: Errors }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading2>{t("conferences.agenda")}</Heading2>
      {c.agenda.length === 0 ? (
        <Paragraph>{t("conferences.agendaEmpty")}</Paragraph>
      ) : (
        <ol>
          {c.agenda.map((item) => (
            <li key={item.id}>
              <strong>{item.title}</strong> ({item.organisationName}
              {item.presenter && `, ${item.presenter}`}) – {item.why}
            </li>
          ))}
        </ol>
      )}
      {c.can.propose && (
        <details className="inzet-details">
          <summary>{t("conferences.propose")}</summary>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const data = new FormData(event.currentTarget);
              void run(
                () =>
                  conferencesApi.propose(c.id, {
                    title: String(data.get("title")),
                    why: String(data.get("why")),
                    presenter: String(data.get("presenter")),
                  }),
                t("conferences.proposed"),
              );
            }}
          >
            <TextField name="title" label={t("conferences.itemTitle")} error={errors.title} />
            <TextAreaField name="why" label={t("conferences.why")} error={errors.why} />
            <TextField name="presenter" label={t("conferences.presenter")} error={errors.presenter} />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("conferences.propose")}
            </button>
          </form>
        </details>
      )}
    </>
  );
}

function RegistrationsSection({ c, run, errors }: { c: Conference; run: Run; errors: Errors }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading2>{t("conferences.registrations")}</Heading2>
      <ul>
        {c.registrations.map((r) => (
          <li key={r.organisationId}>
            {r.organisationName}:{" "}
            {r.attendees.length > 0
              ? r.attendees.join(", ")
              : t("conferences.people", { count: r.attendeeCount })}
            {r.attended && ` · ${t("conferences.attended")}`}
            {c.can.manage && !r.attended && (
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle inzet-inline-button"
                onClick={() =>
                  void run(
                    () =>
                      conferencesApi.attendance(c.id, { organisationId: r.organisationId, attended: true }),
                    t("conferences.saved"),
                  )
                }
              >
                {t("conferences.markAttended")}
                <span className="inzet-visually-hidden"> {r.organisationName}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {c.can.register && (
        <details className="inzet-details">
          <summary>{t("conferences.register")}</summary>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const data = new FormData(event.currentTarget);
              const attendees = String(data.get("attendees") ?? "")
                .split("\n")
                .map((n) => n.trim())
                .filter(Boolean);
              void run(
                () => conferencesApi.register(c.id, { attendees, showNames: data.get("showNames") === "on" }),
                t("conferences.registered"),
              );
            }}
          >
            <TextAreaField name="attendees" label={t("conferences.attendees")} error={errors.attendees} />
            <CheckboxField name="showNames" label={t("conferences.showNames")} />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("conferences.register")}
            </button>
          </form>
        </details>
      )}
    </>
  );
}

function ActionForm({ c, run, errors }: { c: Conference; run: Run; errors: Errors }) {
  const { t } = useTranslation();
  const organisations = c.registrations.map((r) => ({ value: r.organisationId, label: r.organisationName }));
  return (
    <>
      {c.can.manage && (
        <details className="inzet-details">
          <summary>{t("conferences.addAction")}</summary>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const data = new FormData(event.currentTarget);
              void run(
                () =>
                  conferencesApi.addAction(c.id, {
                    title: String(data.get("title")),
                    ownerOrganisationId: String(data.get("ownerOrganisationId")),
                    dueOn: String(data.get("dueOn")),
                  }),
                t("conferences.saved"),
              );
            }}
          >
            <TextField name="title" label={t("conferences.action")} error={errors.title} />
            <SelectField
              name="ownerOrganisationId"
              label={t("conferences.owner")}
              emptyLabel=""
              options={organisations}
              error={errors.ownerOrganisationId}
            />
            <TextField name="dueOn" type="date" label={t("conferences.dueOn")} error={errors.dueOn} />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("conferences.addAction")}
            </button>
          </form>
        </details>
      )}
    </>
  );
}

function MinutesSection({ c, run, errors }: { c: Conference; run: Run; errors: Errors }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading2>{t("conferences.minutes")}</Heading2>
      {c.can.manage ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const minutes = String(new FormData(event.currentTarget).get("minutes") ?? "");
            void run(() => conferencesApi.update(c.id, { minutes, status: "held" }), t("conferences.saved"));
          }}
        >
          <TextAreaField
            name="minutes"
            label={t("conferences.minutes")}
            defaultValue={c.minutes}
            error={errors.minutes}
          />
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t("conferences.saveMinutes")}
          </button>
        </form>
      ) : (
        <Paragraph>{c.minutes || t("conferences.none")}</Paragraph>
      )}
    </>
  );
}

function OverviewSection({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const overview = useQuery(conferenceQueries.overview(id));
  return (
    <>
      <Heading2>{t("conferences.overview")}</Heading2>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <ErrorMessage error={overview.error} />
      ) : (
        <>
          <Paragraph>
            {formatDay(overview.data.since, i18n.language)} – {formatDay(overview.data.until, i18n.language)}
          </Paragraph>
          <DataTable
            caption={t("conferences.referrals")}
            rows={[
              ...overview.data.referrals,
              ...(overview.data.otherReferrals
                ? [
                    {
                      ...overview.data.otherReferrals,
                      fromOrganisationName: t("conferences.otherPairs", {
                        count: overview.data.otherReferrals.pairs,
                      }),
                      toOrganisationName: "",
                      medianPickUpDays: null,
                    },
                  ]
                : []),
            ]}
            rowKey={(r) => `${r.fromOrganisationName}>${r.toOrganisationName}`}
            empty={t("conferences.none")}
            columns={[
              {
                header: t("conferences.fromTo"),
                cell: (r) =>
                  r.toOrganisationName
                    ? `${r.fromOrganisationName} → ${r.toOrganisationName}`
                    : r.fromOrganisationName,
              },
              { header: t("conferences.total"), cell: (r) => countCell(r.total) },
              { header: t("conferences.helped"), cell: (r) => countCell(r.outcomes[1]!) },
              { header: t("conferences.medianPickUp"), cell: (r) => r.medianPickUpDays ?? "–" },
            ]}
          />
          <Paragraph>
            {t("conferences.newPartners")}:{" "}
            {overview.data.newPartners.map((p) => p.organisationName).join(", ") || t("conferences.none")}
          </Paragraph>
          <Paragraph>{t("conferences.staleOfferings", { count: overview.data.staleOfferings })}</Paragraph>
        </>
      )}
    </>
  );
}

function ActionsTable({ rows, run }: { rows: ConferenceAction[]; run: Run }) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      caption={t("conferences.actions")}
      rows={rows}
      rowKey={(a) => a.id}
      empty={t("conferences.actionsEmpty")}
      columns={[
        { header: t("conferences.action"), cell: (a) => a.title },
        { header: t("conferences.owner"), cell: (a) => a.ownerName },
        {
          header: t("conferences.dueOn"),
          cell: (a) => (
            <>
              {formatDay(a.dueOn, i18n.language)}
              {a.overdue && <strong className="inzet-flag"> {t("conferences.overdue")}</strong>}
            </>
          ),
        },
        {
          header: t("conferences.status"),
          cell: (a) =>
            a.can.update && a.status === "open" ? (
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action inzet-inline-button"
                onClick={() =>
                  void run(
                    () => conferencesApi.updateAction(a.id, { status: "done" }),
                    t("conferences.saved"),
                  )
                }
              >
                {t("conferences.markDone")}
                <span className="inzet-visually-hidden"> {a.title}</span>
              </button>
            ) : (
              t(`conferences.actionStatuses.${a.status}`)
            ),
        },
      ]}
    />
  );
}
