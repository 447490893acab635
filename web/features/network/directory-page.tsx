import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import type { PublicOffering } from "../../../shared/network.ts";
import { Pagination } from "../../ui/data-table.tsx";
import { useDocumentHead } from "../../ui/document-head.ts";
import { TextField } from "../../ui/form.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { networkQueries } from "./api.ts";

const route = getRouteApi("/sociale-kaart");

/** The public directory of a werkgebied: phone-first cards, a search box, paging in the URL. */
export function DirectoryPage() {
  const { t } = useTranslation();
  useDocumentHead(`${t("network.public.title")} – Inzet`, t("network.public.intro"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useQuery({
    ...networkQueries.directory({
      slug: search.werkgebied,
      q: search.q,
      districtId: search.wijk,
      page: search.pagina ?? 1,
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Heading1>{t("network.public.title")}</Heading1>
      <Paragraph>{t("network.public.intro")}</Paragraph>
      <search>
        <form
          className="inzet-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const q = String(new FormData(event.currentTarget).get("q") ?? "").trim() || undefined;
            void navigate({ search: { ...search, q, pagina: undefined } });
          }}
        >
          <TextField name="q" type="search" label={t("network.public.searchLabel")} defaultValue={search.q} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("network.public.searchButton")}
            </button>
          </div>
        </form>
      </search>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <>
          <p aria-live="polite">{t("network.public.found", { count: list.data.total })}</p>
          {list.data.items.length === 0 && <Paragraph>{t("network.public.empty")}</Paragraph>}
          <ul className="inzet-cards">
            {list.data.items.map((o) => (
              <OfferingCard key={o.id} offering={o} />
            ))}
          </ul>
          <Pagination
            page={search.pagina ?? 1}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(p) => void navigate({ search: { ...search, pagina: p } })}
          />
        </>
      )}
    </>
  );
}

function OfferingCard({ offering: o }: { offering: PublicOffering }) {
  const { t } = useTranslation();
  return (
    <li className="inzet-card">
      <Heading2>{o.name}</Heading2>
      <Paragraph>
        <strong>{o.organisationName}</strong>
      </Paragraph>
      {o.description && <Paragraph>{o.description}</Paragraph>}
      {o.forWhom && (
        <Paragraph>
          {t("network.forWhom")}: {o.forWhom}
        </Paragraph>
      )}
      {o.openingHours && (
        <Paragraph>
          {t("network.public.open")}: {o.openingHours}
        </Paragraph>
      )}
      {o.phone && (
        <Paragraph>
          <a
            className="utrecht-button utrecht-button--primary-action"
            href={`tel:${o.phone.replace(/[^0-9+]/g, "")}`}
          >
            {t("network.public.call", { phone: o.phone })}
          </a>
        </Paragraph>
      )}
      {o.website && (
        <Paragraph>
          <a className="utrecht-link" href={o.website}>
            {o.website}
          </a>
        </Paragraph>
      )}
    </li>
  );
}
