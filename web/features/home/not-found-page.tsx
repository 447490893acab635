import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <Heading1>{t("notFound.title")}</Heading1>
      <Paragraph>{t("notFound.text")}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t("nav.home")}</AppLink>
      </Paragraph>
    </>
  );
}
