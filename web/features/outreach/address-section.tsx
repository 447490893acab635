import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Button, Heading2 } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { addressLine, type OutreachAddress, type WalkList } from "../../../shared/outreach.ts";
import { ApiError } from "../../api.ts";
import { DataTable, Pagination } from "../../ui/data-table.tsx";
import { SelectField, TextField } from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { outreachApi, outreachQueries } from "./api.ts";

type AddressState = "all" | "excluded" | "unassigned";
const addressStateOf = (value: FormDataEntryValue | null): AddressState =>
  value === "excluded" || value === "unassigned" ? value : "all";

/** The campaign's addresses: search, filter, page; exclude with a reason, or move to another list. */
export function AddressSection({
  campaignId,
  lists,
  canManage,
  onChanged,
}: {
  campaignId: string;
  lists: WalkList[];
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState({ q: "", state: "all" as AddressState, page: 1 });
  const [excluding, setExcluding] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const addresses = useQuery({
    ...outreachQueries.addresses(campaignId, { ...filter, pageSize: 50 }),
    placeholderData: keepPreviousData,
  });
  const numberOf = (listId: string | null) => lists.find((l) => l.id === listId)?.number;
  const refresh = async () => {
    await addresses.refetch();
    onChanged();
  };

  const exclude = async (address: OutreachAddress, reason: string) => {
    setError(null);
    try {
      await outreachApi.setExclusion(address.id, { excluded: true, reason });
      setExcluding(null);
      setReasonError(undefined);
      setMessage(t("outreach.addresses.excludedBecause", { reason }));
      await refresh();
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields[0]) setReasonError(caught.fields[0].message);
      else setError(caught);
    }
  };
  const include = async (address: OutreachAddress) => {
    setError(null);
    try {
      await outreachApi.setExclusion(address.id, { excluded: false });
      setMessage(null);
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  };
  const move = async (address: OutreachAddress, walkListId: string) => {
    setError(null);
    try {
      const updated = await outreachApi.move(address.id, walkListId);
      setMessage(
        t("outreach.addresses.moved", {
          address: addressLine(address),
          number: updated.find((l) => l.id === walkListId)?.number,
        }),
      );
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section aria-labelledby="addresses-title">
      <Heading2 id="addresses-title">{t("outreach.addresses.title")}</Heading2>
      <search>
        <form
          className="inzet-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            setFilter({ q: String(data.get("q") ?? ""), state: addressStateOf(data.get("state")), page: 1 });
          }}
        >
          <TextField name="q" type="search" label={t("outreach.addresses.search")} defaultValue={filter.q} />
          <SelectField
            name="state"
            label={t("outreach.addresses.state")}
            defaultValue={filter.state}
            options={[
              { value: "all", label: t("outreach.addresses.all") },
              { value: "excluded", label: t("outreach.addresses.excluded") },
              { value: "unassigned", label: t("outreach.addresses.unassigned") },
            ]}
          />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("common.filter")}
            </button>
          </div>
        </form>
      </search>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {addresses.isPending ? (
        <Loading />
      ) : addresses.isError ? (
        <ErrorMessage error={addresses.error} />
      ) : (
        <>
          <DataTable
            caption={t("outreach.addresses.caption")}
            rows={addresses.data.items}
            rowKey={(row) => row.id}
            empty={t("outreach.addresses.empty")}
            columns={[
              {
                header: t("outreach.addresses.address"),
                cell: (row) => `${addressLine(row)}, ${row.postcode} ${row.city}`,
              },
              {
                header: t("outreach.addresses.list"),
                cell: (row) =>
                  row.excludedReason !== null
                    ? t("outreach.addresses.excludedBecause", { reason: row.excludedReason })
                    : (numberOf(row.walkListId) ?? t("outreach.addresses.noList")),
              },
              ...(canManage
                ? [
                    {
                      header: t("common.actions"),
                      cell: (row: OutreachAddress) =>
                        row.excludedReason !== null ? (
                          <Button
                            appearance="secondary-action-button"
                            aria-label={t("outreach.addresses.includeFor", { address: addressLine(row) })}
                            onClick={() => void include(row)}
                          >
                            {t("outreach.addresses.include")}
                          </Button>
                        ) : excluding === row.id ? (
                          <form
                            className="inzet-inline-form"
                            onSubmit={(event) => {
                              event.preventDefault();
                              void exclude(
                                row,
                                String(new FormData(event.currentTarget).get("reason") ?? ""),
                              );
                            }}
                          >
                            <TextField
                              name="reason"
                              label={t("outreach.addresses.reason")}
                              description={t("outreach.addresses.reasonHelp")}
                              error={reasonError}
                            />
                            <Button type="submit" appearance="primary-action-button">
                              {t("outreach.addresses.confirmExclude")}
                            </Button>{" "}
                            <Button appearance="subtle-button" onClick={() => setExcluding(null)}>
                              {t("outreach.addresses.cancel")}
                            </Button>
                          </form>
                        ) : (
                          <div className="inzet-row-actions">
                            <Button
                              appearance="secondary-action-button"
                              aria-label={t("outreach.addresses.excludeFor", { address: addressLine(row) })}
                              onClick={() => {
                                setReasonError(undefined);
                                setExcluding(row.id);
                              }}
                            >
                              {t("outreach.addresses.exclude")}
                            </Button>
                            {lists.length > 1 && (
                              <form
                                className="inzet-inline-form"
                                onSubmit={(event) => {
                                  event.preventDefault();
                                  const to = String(
                                    new FormData(event.currentTarget).get("walkListId") ?? "",
                                  );
                                  if (to) void move(row, to);
                                }}
                              >
                                <label
                                  className="utrecht-form-label inzet-visually-hidden"
                                  htmlFor={`move-${row.id}`}
                                >
                                  {t("outreach.addresses.moveFor", { address: addressLine(row) })}
                                </label>
                                <select id={`move-${row.id}`} name="walkListId" className="utrecht-select">
                                  {lists
                                    .filter((l) => l.id !== row.walkListId)
                                    .map((l) => (
                                      <option key={l.id} value={l.id}>
                                        {t("outreach.walkLists.name")} {l.number}
                                      </option>
                                    ))}
                                </select>{" "}
                                <Button type="submit" appearance="secondary-action-button">
                                  {t("outreach.addresses.moveButton")}
                                </Button>
                              </form>
                            )}
                          </div>
                        ),
                    },
                  ]
                : []),
            ]}
          />
          <Pagination
            page={filter.page}
            pageSize={addresses.data.pageSize}
            total={addresses.data.total}
            onPage={(page) => setFilter({ ...filter, page })}
          />
        </>
      )}
    </section>
  );
}
