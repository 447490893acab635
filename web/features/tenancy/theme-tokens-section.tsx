import { useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../shared/errors.ts";
import {
  parseThemeTokens,
  type ThemeParseResult,
  type ThemeTokens,
  themeTokensCss,
} from "../../../shared/theme-tokens.ts";
import { ApiError } from "../../api.ts";
import { Notice } from "../../ui/status.tsx";
import "./theme-strings.ts";
import { SsoSettingsSection } from "../sso/index.ts";
import { tenancyApi, tenancyKeys, tenantQuery } from "./api.ts";

export type ThemeTokensSectionProps = { tokens: ThemeTokens };

/**
 * The municipality's own NL Design System theme: paste or choose a CSS or JSON tokens file, see it on a
 * few components (the same parser as the server: shared/theme-tokens.ts), then save it for everyone.
 */
export function ThemeTokensSection({ tokens }: ThemeTokensSectionProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [source, setSource] = useState(() =>
    Object.keys(tokens).length > 0 ? themeTokensCss(tokens, ".mijn-thema") : "",
  );
  const [preview, setPreview] = useState<ThemeParseResult | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const problems = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLElement>(null);

  const show = (result: ThemeParseResult) => {
    setSaved(null);
    setErrors(result.errors);
    setPreview(result.errors.length === 0 ? result : null);
    requestAnimationFrame(() => (result.errors.length > 0 ? problems : previewRef).current?.focus());
  };
  const save = async () => {
    setBusy(true);
    try {
      const result = await tenancyApi.saveThemeTokens(source);
      setErrors([]);
      setSaved(result.tokens === 0 ? t("themeTokens.cleared") : t("themeTokens.saved"));
      await queryClient.invalidateQueries({ queryKey: tenantQuery.queryKey });
      await queryClient.invalidateQueries({ queryKey: tenancyKeys.publicTenant });
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0)
        show({ tokens: {}, skipped: 0, errors: error.fields });
      else throw error;
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="theme-tokens-title">
      <Heading2 id="theme-tokens-title">{t("themeTokens.title")}</Heading2>
      <Paragraph>{t("themeTokens.intro")}</Paragraph>
      {saved && <Notice>{saved}</Notice>}
      <div ref={problems} tabIndex={-1}>
        {errors.length > 0 && (
          <Alert type="error" role="alert">
            <Heading3>{t("form.problems")}</Heading3>
            <UnorderedList>
              {errors.map((error) => (
                <UnorderedListItem key={`${error.code}:${error.message}`}>{error.message}</UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        )}
      </div>
      <div className="inzet-form">
        <ThemeSourceFields source={source} onChange={setSource} />
        <div className="inzet-buttons">
          <Button appearance="secondary-action-button" onClick={() => show(parseThemeTokens(source))}>
            {t("themeTokens.preview")}
          </Button>
          <Button appearance="primary-action-button" busy={busy} onClick={() => void save()}>
            {t("themeTokens.save")}
          </Button>
        </div>
      </div>
      {preview && (
        <section ref={previewRef} tabIndex={-1} aria-labelledby="theme-preview-title">
          <Heading3 id="theme-preview-title">{t("themeTokens.previewTitle")}</Heading3>
          <Paragraph>
            {t("themeTokens.previewCount", { count: Object.keys(preview.tokens).length })}{" "}
            {preview.skipped > 0 ? t("themeTokens.skipped", { count: preview.skipped }) : null}
          </Paragraph>
          <ThemePreview tokens={preview.tokens} />
        </section>
      )}
    </section>
  );
}

/** A few components under the Voorbeeld class with the draft tokens on the same element, so they win. */
function ThemePreview({ tokens }: { tokens: ThemeTokens }) {
  const { t } = useTranslation();
  return (
    <div
      className="voorbeeld-theme inzet-main inzet-theme-preview"
      data-testid="theme-preview"
      style={tokens as React.CSSProperties}
    >
      <Heading2>{t("themeTokens.sampleHeading")}</Heading2>
      <Paragraph>
        {t("themeTokens.sampleText")}{" "}
        <a className="utrecht-link" href="#theme-tokens-title">
          {t("themeTokens.sampleLink")}
        </a>
      </Paragraph>
      <FormField type="text">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="theme-sample-field">{t("themeTokens.sampleField")}</FormLabel>
        </div>
        <div className="utrecht-form-field__input">
          <Textbox id="theme-sample-field" />
        </div>
      </FormField>
      <div className="inzet-buttons">
        <Button appearance="primary-action-button" type="button">
          {t("themeTokens.samplePrimary")}
        </Button>
        <Button appearance="secondary-action-button" type="button">
          {t("themeTokens.sampleSecondary")}
        </Button>
      </div>
      <Alert type="info">
        <Paragraph>{t("themeTokens.sampleAlert")}</Paragraph>
      </Alert>
    </div>
  );
}

/** The settings page's last sections: the own theme, then single sign-on. */
export function ThemeAndSsoSections({ tokens }: ThemeTokensSectionProps) {
  return (
    <>
      <ThemeTokensSection tokens={tokens} />
      <SsoSettingsSection />
    </>
  );
}

function ThemeSourceFields({ source, onChange }: { source: string; onChange: (source: string) => void }) {
  const { t } = useTranslation();
  const setSource = onChange;
  return (
    <>
      <FormField type="text">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="theme-file">{t("themeTokens.file")}</FormLabel>
        </div>
        <div className="utrecht-form-field__input inzet-file">
          <input
            id="theme-file"
            type="file"
            accept=".css,.json,text/css,application/json"
            onChange={async (event: React.ChangeEvent<HTMLInputElement>) => {
              const file = event.currentTarget.files?.[0];
              if (file) setSource(await file.text());
            }}
          />
        </div>
      </FormField>
      <FormField type="text">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="theme-source">{t("themeTokens.source")}</FormLabel>
        </div>
        <FormFieldDescription id="theme-source-description">
          {t("themeTokens.sourceHint")}
        </FormFieldDescription>
        <div className="utrecht-form-field__input">
          <Textarea
            id="theme-source"
            className="inzet-mono"
            rows={10}
            spellCheck={false}
            aria-describedby="theme-source-description"
            value={source}
            onChange={(event) => setSource(event.currentTarget.value)}
          />
        </div>
      </FormField>
    </>
  );
}
