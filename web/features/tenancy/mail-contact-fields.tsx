import { Heading2 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import type { TenantSettings } from "../../../shared/tenancy.ts";
import { TextField } from "../../ui/form.tsx";

/** The contact person every mail names under its text (and replies go to). */
export function MailContactFields({
  contact,
  errors,
}: {
  contact: TenantSettings["mailContact"];
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Heading2>{t("settings.mail")}</Heading2>
      <p className="utrecht-paragraph">{t("settings.mailHint")}</p>
      <TextField
        name="mailContactName"
        label={t("settings.mailContactName")}
        defaultValue={contact.name}
        error={errors["settings.mailContact.name"]}
      />
      <TextField
        name="mailContactEmail"
        type="email"
        label={t("settings.mailContactEmail")}
        defaultValue={contact.email}
        error={errors["settings.mailContact.email"]}
      />
      <TextField
        name="mailContactPhone"
        type="tel"
        label={t("settings.mailContactPhone")}
        defaultValue={contact.phone}
        error={errors["settings.mailContact.phone"]}
      />
    </>
  );
}
