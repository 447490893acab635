import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { type MotiveScores, motiveFunctions } from "../../../shared/motives.ts";

/** The six motive scores as a bar chart that is also a readable table (screen readers read the numbers). */
export function MotiveChart({ scores }: { scores: MotiveScores }) {
  const { t } = useTranslation();
  return (
    <Table className="inzet-motive-chart">
      <TableCaption>{t("volunteers.chart.caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("volunteers.fields.type")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("volunteers.chart.score")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {motiveFunctions.map((fn) => (
          <TableRow key={fn}>
            <TableHeaderCell scope="row">{t(`volunteers.functions.${fn}`)}</TableHeaderCell>
            <TableCell>
              <span className="inzet-bar">
                <span className="inzet-bar__track" aria-hidden="true">
                  <span
                    className="inzet-bar__fill"
                    style={{ width: `${((scores[fn] - 1) / 6) * 100}%`, display: "block" }}
                  />
                </span>
                <span>{scores[fn].toLocaleString("nl-NL")}</span>
              </span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
