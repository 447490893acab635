import { useQuery } from "@tanstack/react-query";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CourseEdition } from "../../../shared/learning/courses.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { useMe } from "../accounts/api.ts";
import { courseQueries, coursesApi } from "./api.ts";
import { CourseAdmin } from "./course-admin.tsx";
import { CourseIntakes, PlansToSignOff } from "./course-plans.tsx";

/** Editions of the Drijfveren course: sign up (waitlist when full), then the homework per meeting. */
export function CoursesPage() {
  const { t, i18n } = useTranslation();
  const list = useQuery(courseQueries.list());
  const me = useMe();
  const may = (permission: string) => me.data?.permissions.includes(permission) ?? false;
  const [intakes, setIntakes] = useState<string | null>(null);
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
            { header: t("learning.titleField"), cell: (row) => <EditionTitle edition={row} /> },
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
              cell: (row) => <YourPlace edition={row} onEnrol={() => void enrol(row.id)} />,
            },
            ...(may("courses.manage") ? [intakeColumn(t("learning.courses.participants"), setIntakes)] : []),
          ]}
        />
      )}
      {intakes && <CourseIntakes key={intakes} editionId={intakes} />}
      {may("courses.manage") && (
        <CourseAdmin
          editions={list.data ?? []}
          onDone={(text) => {
            setMessage(text);
            void list.refetch();
          }}
        />
      )}
      {may("courses.signOff") && <PlansToSignOff />}
    </>
  );
}

/** The beheerder's column: open an edition's participants to plan or record their intake calls. */
function intakeColumn(label: string, open: (id: string) => void) {
  return {
    header: label,
    cell: (row: CourseEdition) => (
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action inzet-inline-button"
        onClick={() => open(row.id)}
      >
        {label}
        <span className="inzet-visually-hidden"> {row.title}</span>
      </button>
    ),
  };
}

/** The signed-in user's place in an edition, or the button to sign up. */
function YourPlace({ edition, onEnrol }: { edition: CourseEdition; onEnrol: () => void }) {
  const { t } = useTranslation();
  if (edition.myStatus) return t(`learning.courses.status.${edition.myStatus}`);
  if (!edition.can.enrol) return "–";
  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--secondary-action inzet-inline-button"
      onClick={onEnrol}
    >
      {t("learning.courses.enrol")}
      <span className="inzet-visually-hidden"> {edition.title}</span>
    </button>
  );
}

/** The edition's name; a link to the homework once the user has a place. */
function EditionTitle({ edition }: { edition: CourseEdition }) {
  if (edition.myStatus !== "enrolled") return edition.title;
  return (
    <AppLink to="/leergang/$id" params={{ id: edition.id }}>
      {edition.title}
    </AppLink>
  );
}
