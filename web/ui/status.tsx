import { Alert, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";

export function Loading() {
  const { t } = useTranslation();
  return <Paragraph aria-live="polite">{t("common.loading")}</Paragraph>;
}

export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert type="error" role="alert">
      <Paragraph>{error instanceof Error ? error.message : t("common.error")}</Paragraph>
    </Alert>
  );
}

export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <Alert type="ok" role="status">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
