import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { amsterdamDay } from "../../../shared/dates.ts";
import type { WalkList } from "../../../shared/outreach.ts";
import { ApiError } from "../../api.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { TextField } from "../../ui/form.tsx";
import { ErrorMessage, Notice } from "../../ui/status.tsx";
import { outreachApi } from "./api.ts";
import { listColour, WalkListMap } from "./walk-list-map.tsx";

/** Cut the campaign into walk lists, see them on the map and in a table, and re-optimise a list. */
export function WalkListsSection({
  campaignId,
  defaultSize,
  lists,
  canManage,
  onChanged,
}: {
  campaignId: string;
  defaultSize: number;
  lists: WalkList[];
  canManage: boolean;
  onChanged: (lists: WalkList[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [sizeError, setSizeError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const km = (metres: number) =>
    t("outreach.walkLists.km", {
      km: (metres / 1000).toLocaleString(i18n.language, {
        maximumFractionDigits: 1,
        minimumFractionDigits: 1,
      }),
    });

  const run = async (action: () => Promise<WalkList[]>, done: (lists: WalkList[]) => string) => {
    setBusy(true);
    setError(null);
    setSizeError(undefined);
    try {
      const updated = await action();
      onChanged(updated);
      setMessage(done(updated));
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields[0]?.path === "targetSize")
        setSizeError(caught.fields[0].message);
      else setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="walk-lists-title">
      <Heading2 id="walk-lists-title">{t("outreach.walkLists.title")}</Heading2>
      <Paragraph>{t("outreach.walkLists.intro")}</Paragraph>
      {canManage && (
        <form
          className="inzet-filters"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const size = String(new FormData(event.currentTarget).get("targetSize") ?? "");
            void run(
              () => outreachApi.cut(campaignId, size ? Number(size) : undefined),
              (updated) => t("outreach.walkLists.made", { count: updated.length }),
            );
          }}
        >
          <TextField
            name="targetSize"
            inputMode="numeric"
            label={t("outreach.walkLists.targetSize")}
            description={lists.length > 0 ? t("outreach.walkLists.recutWarning") : undefined}
            defaultValue={String(defaultSize)}
            error={sizeError}
          />
          <div>
            <Button type="submit" appearance="primary-action-button" disabled={busy}>
              {lists.length > 0 ? t("outreach.walkLists.recut") : t("outreach.walkLists.cut")}
            </Button>
          </div>
        </form>
      )}
      {canManage && lists.length > 0 && (
        <form
          className="inzet-filters"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const dueBy = String(new FormData(event.currentTarget).get("dueBy") ?? "") || undefined;
            void run(
              () => outreachApi.followUps(campaignId, { dueBy }),
              (updated) =>
                t("outreach.walkLists.followUpsMade", {
                  count: updated.filter((l) => l.kind === "followUp").length,
                }),
            );
          }}
        >
          <TextField
            name="dueBy"
            type="date"
            label={t("outreach.walkLists.dueBy")}
            description={t("outreach.walkLists.dueByHelp")}
            defaultValue={amsterdamDay(new Date(Date.now() + 14 * 86_400_000))}
          />
          <div>
            <Button type="submit" appearance="secondary-action-button" disabled={busy}>
              {t("outreach.walkLists.makeFollowUps")}
            </Button>
          </div>
        </form>
      )}
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {lists.length > 0 && <WalkListMap lists={lists} />}
      <DataTable
        caption={t("outreach.walkLists.caption")}
        rows={lists}
        rowKey={(row) => row.id}
        empty={t("outreach.walkLists.empty")}
        columns={[
          {
            header: t("outreach.walkLists.name"),
            cell: (row) => (
              <>
                <span
                  className="inzet-swatch"
                  style={{ background: listColour(row.number) }}
                  aria-hidden="true"
                />
                {row.name}
              </>
            ),
          },
          { header: t("outreach.walkLists.doors"), cell: (row) => row.doors },
          { header: t("outreach.walkLists.route"), cell: (row) => km(row.routeMetres) },
          { header: t("outreach.walkLists.first"), cell: (row) => row.addresses[0]?.line ?? "" },
          ...(canManage
            ? [
                {
                  header: t("common.actions"),
                  cell: (row: WalkList) => (
                    <Button
                      appearance="secondary-action-button"
                      disabled={busy}
                      aria-label={t("outreach.walkLists.optimiseFor", { name: row.name })}
                      onClick={() =>
                        void run(
                          () => outreachApi.optimise(row.id),
                          () => t("outreach.walkLists.optimised", { name: row.name }),
                        )
                      }
                    >
                      {t("outreach.walkLists.optimise")}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}
