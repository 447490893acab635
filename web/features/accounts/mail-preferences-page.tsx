import { useQueryClient } from "@tanstack/react-query";
import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
} from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { authApi, meQuery, useMe } from "./api.ts";

/** The page every periodic reminder links to (List-Unsubscribe): reminders by e-mail on or off. */
export function MailPreferencesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const notice = useRef<HTMLDivElement>(null);
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} />;
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reminderMails = new FormData(event.currentTarget).get("reminderMails") === "on";
    setBusy(true);
    setError(null);
    try {
      await authApi.setMailPreferences(reminderMails);
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
      setSaved(true);
      requestAnimationFrame(() => notice.current?.focus());
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Heading1>{t("mailPreferences.title")}</Heading1>
      <p className="utrecht-paragraph">{t("mailPreferences.intro", { email: me.data.user.email })}</p>
      <div ref={notice} tabIndex={-1}>
        {saved && <Notice>{t("mailPreferences.saved")}</Notice>}
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <form className="inzet-form" noValidate onSubmit={onSubmit}>
        <FormField type="checkbox">
          <Checkbox
            id="reminderMails"
            name="reminderMails"
            defaultChecked={me.data.user.reminderMails}
            aria-describedby="reminderMails-description"
          />
          <FormLabel htmlFor="reminderMails" type="checkbox">
            {t("mailPreferences.reminders")}
          </FormLabel>
          <FormFieldDescription id="reminderMails-description">
            {t("mailPreferences.remindersHint")}
          </FormFieldDescription>
        </FormField>
        <div>
          <SubmitButton busy={busy}>{t("common.save")}</SubmitButton>
        </div>
      </form>
    </>
  );
}
