import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PHOTO_MAX_BYTES, photoInputSchema } from "../../../shared/volunteers.ts";
import { ApiError } from "../../api.ts";
import { ErrorMessage } from "../../ui/status.tsx";
import { volunteersApi } from "./api.ts";

function readAsDataUrl(file: File) {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The volunteer's own optional photo: choose, replace or remove. */
export function OwnPhotoSection({ hasPhoto, onChanged }: { hasPhoto: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const upload = async (file: File | undefined) => {
    setError(null);
    if (!file) return;
    if (file.size > PHOTO_MAX_BYTES) return setError(t("volunteers.photo.tooBig"));
    const parsed = photoInputSchema.safeParse({ dataUrl: await readAsDataUrl(file) });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? t("common.error"));
    try {
      await volunteersApi.savePhoto(parsed.data);
      setVersion((v) => v + 1);
      onChanged();
    } catch (cause) {
      setError(cause instanceof ApiError ? (cause.fields[0]?.message ?? cause.message) : String(cause));
    }
  };
  return (
    <section aria-labelledby="photo-title">
      <Heading2 id="photo-title">{t("volunteers.photo.title")}</Heading2>
      {hasPhoto ? (
        <img
          className="inzet-photo"
          src={`/api/me/volunteer/photo?v=${version}`}
          alt={t("volunteers.photo.yours")}
        />
      ) : (
        <Paragraph>{t("volunteers.photo.none")}</Paragraph>
      )}
      {error && <ErrorMessage error={new Error(error)} />}
      <FormField type="text">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="field-photo">
            {hasPhoto ? t("volunteers.photo.replace") : t("volunteers.photo.choose")}
          </FormLabel>
        </div>
        <FormFieldDescription id="field-photo-description">{t("volunteers.photo.help")}</FormFieldDescription>
        <div className="utrecht-form-field__input">
          <input
            id="field-photo"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby="field-photo-description"
            onChange={(event) => void upload(event.currentTarget.files?.[0])}
          />
        </div>
      </FormField>
      {hasPhoto && (
        <Button
          appearance="secondary-action-button"
          onClick={async () => {
            await volunteersApi.deletePhoto();
            onChanged();
          }}
        >
          {t("volunteers.photo.remove")}
        </Button>
      )}
    </section>
  );
}
