import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { addDays, amsterdamDay } from "../../../shared/dates.ts";
import { type ReferralMatrix, referralOutcomes } from "../../../shared/network.ts";
import { type Count, countCell } from "../../../shared/small-counts.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { TextField } from "../../ui/form.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { networkQueries } from "./api.ts";
import "./staff-strings.ts";

const route = getRouteApi("/app/netwerk/verwijzingen");

/** Who refers to whom in a period, with outcomes and pick-up times; small counts hidden (ADR 0014). */
export function MatrixPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const today = amsterdamDay();
  const period = { from: search.van ?? addDays(today, -365), to: search.tot ?? today };
  const matrix = useQuery({ ...networkQueries.matrix(period), placeholderData: keepPreviousData });
  return (
    <>
      <Heading1>{t("networkStaff.matrixTitle")}</Heading1>
      <Paragraph>{t("networkStaff.matrixIntro")}</Paragraph>
      <search>
        <form
          className="inzet-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            void navigate({
              search: {
                van: String(data.get("from") || "") || undefined,
                tot: String(data.get("to") || "") || undefined,
              },
            });
          }}
        >
          <TextField name="from" type="date" label={t("networkStaff.from")} defaultValue={period.from} />
          <TextField name="to" type="date" label={t("networkStaff.to")} defaultValue={period.to} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("networkStaff.show")}
            </button>
          </div>
        </form>
      </search>
      {matrix.isPending ? (
        <Loading />
      ) : matrix.isError ? (
        <ErrorMessage error={matrix.error} />
      ) : (
        <MatrixTable matrix={matrix.data} />
      )}
    </>
  );
}

function MatrixTable({ matrix }: { matrix: ReferralMatrix }) {
  const { t } = useTranslation();
  const count = (c: Count) => {
    const shown = countCell(c);
    return typeof shown === "number" ? shown : t("networkStaff.small");
  };
  return (
    <>
      <DataTable
        caption={t("networkStaff.matrixCaption")}
        rows={[
          ...matrix.pairs,
          ...(matrix.others
            ? [
                {
                  ...matrix.others,
                  fromOrganisationId: "others",
                  fromOrganisationName: t("networkStaff.others", { count: matrix.others.pairs }),
                  toOrganisationId: "",
                  toOrganisationName: "",
                },
              ]
            : []),
        ]}
        rowKey={(r) => `${r.fromOrganisationId}>${r.toOrganisationId}`}
        empty={t("networkStaff.matrixEmpty")}
        columns={[
          {
            header: t("networkStaff.pair"),
            cell: (r) =>
              r.toOrganisationName
                ? `${r.fromOrganisationName} → ${r.toOrganisationName}`
                : r.fromOrganisationName,
          },
          { header: t("networkStaff.total"), cell: (r) => count(r.total) },
          ...referralOutcomes.map((o, i) => ({
            header: t(`networkStaff.outcomes.${o}`),
            cell: (r: (typeof matrix.pairs)[number]) => count(r.outcomes[i]!),
          })),
          {
            header: t("networkStaff.pickUp"),
            cell: (r) =>
              r.medianPickUpDays === null
                ? t("networkStaff.unknown")
                : t("networkStaff.pickUpDays", { days: r.medianPickUpDays }),
          },
        ]}
      />
      <Paragraph>
        {t("networkStaff.allTogether")}: {count(matrix.total)} (
        {referralOutcomes
          .map((o, i) => `${t(`networkStaff.outcomes.${o}`)}: ${count(matrix.outcomes[i]!)}`)
          .join(", ")}
        )
      </Paragraph>
    </>
  );
}
