import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { outboxQueries } from "./api.ts";

const route = getRouteApi("/app/beheer/outbox");

import { Pagination } from "../../ui/data-table.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";

export function OutboxPage() {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.pagina ?? 1;
  const mail = useQuery({ ...outboxQueries.list(page), placeholderData: keepPreviousData });
  const format = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <>
      <Heading1>{t("outbox.title")}</Heading1>
      <Paragraph>{t("outbox.intro")}</Paragraph>
      {mail.isPending ? (
        <Loading />
      ) : mail.isError ? (
        <ErrorMessage error={mail.error} />
      ) : mail.data.items.length === 0 ? (
        <Paragraph>{t("outbox.empty")}</Paragraph>
      ) : (
        <>
          {mail.data.items.map((m) => (
            <details key={m.id} className="inzet-card">
              <summary>
                {format.format(new Date(m.createdAt))} – {m.to} – {m.subject}
                {m.error ? ` (${t("outbox.failed")})` : ""}
              </summary>
              <pre style={{ whiteSpace: "pre-wrap" }}>{m.text}</pre>
            </details>
          ))}
          <Pagination
            page={page}
            pageSize={mail.data.pageSize}
            total={mail.data.total}
            onPage={(next) => void navigate({ search: { pagina: next } })}
          />
        </>
      )}
    </>
  );
}
