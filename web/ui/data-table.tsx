import {
  Button,
  ButtonGroup,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export type Column<T> = { header: string; cell: (row: T) => ReactNode };

export type DataTableProps<T> = {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty: string;
  /** A total row, rendered with the same columns in the table's footer. */
  footer?: T;
};

/**
 * A row's cells. On a phone (below ~600px, see styles.css) every row becomes a card and each cell shows
 * its column name (`data-label`) in front of it, as CSS content with empty alternative text: screen
 * readers read the column header instead.
 */
function RowCells<T>({ columns, row }: { columns: Column<T>[]; row: T }) {
  return columns.map((column) => (
    <TableCell key={column.header} role="cell" data-label={column.header}>
      <div className="inzet-cell">{column.cell(row)}</div>
    </TableCell>
  ));
}

/**
 * A table of rows, the same on every page. Below ~600px it is a stack of cards, so that actions in a row
 * ("Ja, graag", "Goedkeuren") stay on the screen instead of in a sideways scroll. The explicit roles keep
 * the table semantics for screen readers when the cards change the CSS display of the table elements.
 */
export function DataTable<T>({ caption, columns, rows, rowKey, empty, footer }: DataTableProps<T>) {
  if (rows.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    // A table wider than the screen scrolls sideways: the region is focusable, so keyboard users can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="inzet-table-scroll" aria-label={caption} tabIndex={0}>
      <Table className="inzet-stack-table" role="table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader role="rowgroup">
          <TableRow role="row">
            {columns.map((column) => (
              <TableHeaderCell key={column.header} scope="col" role="columnheader">
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody role="rowgroup">
          {rows.map((row) => (
            <TableRow key={rowKey(row)} role="row">
              <RowCells columns={columns} row={row} />
            </TableRow>
          ))}
        </TableBody>
        {footer !== undefined && (
          <TableFooter role="rowgroup">
            <TableRow role="row">
              <RowCells columns={columns} row={footer} />
            </TableRow>
          </TableFooter>
        )}
      </Table>
    </section>
  );
}

export type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  /** The count stopped at `total`: there may be more pages. */
  totalCapped?: boolean;
  /** Items on this page (to know whether a next page can exist when the count is capped). */
  itemCount?: number;
  onPage: (page: number) => void;
};

export function Pagination({ page, pageSize, total, totalCapped, itemCount = 0, onPage }: PaginationProps) {
  const { t, i18n } = useTranslation();
  const pages = totalCapped
    ? Math.max(page + (itemCount === pageSize ? 1 : 0), 1)
    : Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label={t("paging.label")}>
      <Paragraph>
        {totalCapped
          ? t("paging.summaryCapped", { page, total: total.toLocaleString(i18n.language) })
          : t("paging.summary", { page, pages, total })}
      </Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t("paging.previous")}
        </Button>
        <Button
          appearance="secondary-action-button"
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
        >
          {t("paging.next")}
        </Button>
      </ButtonGroup>
    </nav>
  );
}
