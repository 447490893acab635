import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { amsterdamDay } from "../../../shared/dates.ts";
import type { OutreachCampaign } from "../../../shared/outreach.ts";
import { ApiError } from "../../api.ts";
import { RadioGroupField, TextField } from "../../ui/form.tsx";
import { ErrorMessage, Notice } from "../../ui/status.tsx";
import { outreachApi } from "./api.ts";

const today = () => amsterdamDay();

/** Announcement letters: one PDF to print, with a letter per address; the addresses are marked sent. */
export function LettersSection({ campaign, onMade }: { campaign: OutreachCampaign; onMade: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const toVisit = campaign.addresses - campaign.excluded;
  return (
    <section aria-labelledby="letters-title">
      <Heading2 id="letters-title">{t("outreach.letters.title")}</Heading2>
      <Paragraph>
        {t("outreach.letters.intro", { days: campaign.letterLeadDays })}{" "}
        {t("outreach.letters.status", { sent: campaign.lettersSent, total: toVisit })}
      </Paragraph>
      <form
        className="inzet-form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          setBusy(true);
          setError(null);
          setFieldError(undefined);
          try {
            const { headers } = await outreachApi.letters(campaign.id, {
              letterDate: String(data.get("letterDate") ?? ""),
              which: data.get("which") === "all" ? "all" : "unsent",
            });
            setMessage(t("outreach.letters.made", { count: Number(headers.get("x-letter-count") ?? 0) }));
            onMade();
          } catch (caught) {
            if (caught instanceof ApiError && caught.fields[0]?.path === "letterDate")
              setFieldError(caught.fields[0].message);
            else setError(caught);
          } finally {
            setBusy(false);
          }
        }}
      >
        <TextField
          name="letterDate"
          type="date"
          label={t("outreach.letters.date")}
          defaultValue={today()}
          error={fieldError}
          required
        />
        <RadioGroupField
          name="which"
          legend={t("outreach.letters.which")}
          defaultValue="unsent"
          options={[
            { value: "unsent", label: t("outreach.letters.unsent") },
            { value: "all", label: t("outreach.letters.all") },
          ]}
        />
        <div>
          <Button type="submit" appearance="primary-action-button" disabled={busy || toVisit === 0}>
            {t("outreach.letters.make")}
          </Button>
        </div>
      </form>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
