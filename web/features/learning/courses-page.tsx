import { useQuery } from "@tanstack/react-query";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { courseQueries, coursesApi } from "./api.ts";

/** Editions of the Drijfveren course: sign up (waitlist when full), then the homework per meeting. */
export function CoursesPage() {
  const { t, i18n } = useTranslation();
  const list = useQuery(courseQueries.list());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const enrol = async (id: string) => {
    setError(null);
    try {
      const edition = await coursesApi.enrol(id);
      setMessage(
        edition.myStatus === "waitlisted" ? t("learning.courses.waitlisted") : t("learning.courses.enrolled"),
      );
      await list.refetch();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <Heading1>{t("learning.courses.title")}</Heading1>
      <Paragraph>{t("learning.courses.intro")}</Paragraph>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <DataTable
          caption={t("learning.courses.editions")}
          rows={list.data}
          rowKey={(row) => row.id}
          empty={t("learning.courses.none")}
          columns={[
            {
              header: t("learning.titleField"),
              cell: (row) =>
                row.myStatus === "enrolled" ? (
                  <AppLink to="/leergang/$id" params={{ id: row.id }}>
                    {row.title}
                  </AppLink>
                ) : (
                  row.title
                ),
            },
            {
              header: t("learning.courses.places"),
              cell: (row) =>
                `${t("learning.courses.placesText", { enrolled: row.enrolled, max: row.maxParticipants, waitlisted: row.waitlisted })} · ${t(`learning.courses.states.${row.state}`)}`,
            },
            {
              header: t("learning.courses.meetings"),
              cell: (row) =>
                row.meetingDays?.map((d) => formatDay(d, i18n.language)).join(", ") ??
                t("learning.courses.noDates"),
            },
            {
              header: t("learning.courses.you"),
              cell: (row) =>
                row.myStatus ? (
                  t(`learning.courses.status.${row.myStatus}`)
                ) : row.can.enrol ? (
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action inzet-inline-button"
                    onClick={() => void enrol(row.id)}
                  >
                    {t("learning.courses.enrol")}
                    <span className="inzet-visually-hidden"> {row.title}</span>
                  </button>
                ) : (
                  "–"
                ),
            },
          ]}
        />
      )}
    </>
  );
}
