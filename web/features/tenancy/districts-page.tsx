import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { districtsQuery, postcodeCountQuery, tenancyApi, tenancyKeys } from "./api.ts";
import { CsvImportForm } from "./csv-import-form.tsx";

export function DistrictsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const districts = useQuery(districtsQuery);
  const postcodes = useQuery(postcodeCountQuery);
  return (
    <>
      <Heading1>{t("districts.title")}</Heading1>
      {districts.isPending ? (
        <Loading />
      ) : districts.isError ? (
        <ErrorMessage error={districts.error} />
      ) : (
        <DataTable
          caption={t("districts.caption")}
          rows={districts.data}
          rowKey={(d) => d.id}
          empty={t("districts.empty")}
          columns={[
            { header: t("districts.code"), cell: (d) => d.code },
            { header: t("fields.name"), cell: (d) => d.name },
            {
              header: t("districts.neighbourhoods"),
              cell: (d) => d.neighbourhoods.map((n) => `${n.name} (${n.code})`).join(", ") || "–",
            },
          ]}
        />
      )}
      <Paragraph>{t("districts.postcodeCount", { count: postcodes.data?.postcodes ?? 0 })}</Paragraph>
      {hasPermission(me, "districts.manage") && (
        <>
          <CsvImportForm
            name="file"
            title={t("districts.importTitle")}
            intro={t("districts.importIntro")}
            submitLabel={t("districts.import")}
            onImport={async (csv) => {
              const result = await tenancyApi.importDistricts(csv);
              await queryClient.invalidateQueries({ queryKey: tenancyKeys.districts });
              await queryClient.invalidateQueries({ queryKey: tenancyKeys.postcodeCount });
              return t("districts.imported", result);
            }}
          />
          <CsvImportForm
            name="postcodes"
            title={t("districts.postcodesTitle")}
            intro={t("districts.postcodesIntro")}
            submitLabel={t("districts.import")}
            onImport={async (csv) => {
              const result = await tenancyApi.importPostcodes(csv);
              await postcodes.refetch();
              return t("districts.postcodesImported", { count: result.postcodes });
            }}
          />
        </>
      )}
    </>
  );
}
