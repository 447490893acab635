import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { calendarLinkQuery, volunteersApi } from "./api.ts";

/** The volunteer's private iCalendar link, to add their planned activities to any calendar app. */
export function CalendarLink() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const link = useQuery(calendarLinkQuery);
  return (
    <section aria-labelledby="calendar-title">
      <Heading2 id="calendar-title">{t("volunteers.calendar.title")}</Heading2>
      <Paragraph>{t("volunteers.calendar.intro")}</Paragraph>
      {link.data?.url && (
        <Paragraph>
          <code className="inzet-break">{link.data.url}</code>
        </Paragraph>
      )}
      <Button
        appearance="secondary-action-button"
        onClick={async () => {
          queryClient.setQueryData(calendarLinkQuery.queryKey, await volunteersApi.renewCalendarUrl());
        }}
      >
        {link.data?.url ? t("volunteers.calendar.renew") : t("volunteers.calendar.make")}
      </Button>
    </section>
  );
}
