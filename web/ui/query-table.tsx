import type { UseQueryResult } from "@tanstack/react-query";
import type { Page } from "../../shared/paging.ts";
import { type Column, DataTable, Pagination } from "./data-table.tsx";
import { ErrorMessage, Loading } from "./status.tsx";

export type QueryTableProps<T> = {
  /** A query of a paged endpoint (`useQuery({ ...feature.list(filters), placeholderData: keepPreviousData })`). */
  query: UseQueryResult<Page<T>>;
  caption: string;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  empty: string;
  /** The page shown (from the URL). */
  page: number;
  /** Go to another page (write it to the URL). */
  onPage: (page: number) => void;
};

/** A paged list: loading, error, the table and paging, the same on every list page. */
export function QueryTable<T>({ query, caption, columns, rowKey, empty, page, onPage }: QueryTableProps<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} />;
  const data = query.data;
  return (
    <>
      <DataTable caption={caption} rows={data.items} rowKey={rowKey} empty={empty} columns={columns} />
      {data.total > 0 && (
        <Pagination
          page={page}
          pageSize={data.pageSize}
          total={data.total}
          totalCapped={data.totalCapped}
          itemCount={data.items.length}
          onPage={onPage}
        />
      )}
    </>
  );
}
