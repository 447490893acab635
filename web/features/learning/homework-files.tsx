import { FormField, FormFieldDescription, FormLabel, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { acceptOf, type FileType } from "../../../shared/attachments.ts";
import {
  homeworkFileTypes,
  MAX_HOMEWORK_FILE_BYTES,
  MAX_HOMEWORK_FILES,
} from "../../../shared/learning/courses.ts";
import { ApiError } from "../../api.ts";
import { formatSize, readBase64 } from "../../ui/files.ts";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Notice } from "../../ui/status.tsx";
import { coursesApi } from "./api.ts";

type HomeworkFile = { id: string; name: string; size: number; addedAt: string; late: boolean };

/** Some systems give no type for an office file: then the name's extension tells it. */
const byExtension: Record<string, FileType> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
};
const typeOf = (file: File) =>
  (homeworkFileTypes as readonly string[]).includes(file.type)
    ? (file.type as FileType)
    : byExtension[file.name.split(".").pop()?.toLowerCase() ?? ""];

type Props = {
  editionId: string;
  code: string;
  title: string;
  files: HomeworkFile[] | null;
  onChanged: () => void;
};

/** The files beside a handed-in answer: download, remove, or add one (at most five, 2 MB each). */
export function HomeworkFiles({ editionId, code, title, files, onChanged }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>, done: string) => {
    setError(null);
    setMessage(null);
    try {
      await action();
      setMessage(done);
      onChanged();
    } catch (cause) {
      setError(cause instanceof ApiError ? (cause.fields[0]?.message ?? cause.message) : String(cause));
    }
  };
  const add = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = "";
    setMessage(null);
    const contentType = typeOf(file);
    if (!contentType) return setError(t("learning.courses.files.wrongType"));
    if (file.size > MAX_HOMEWORK_FILE_BYTES) return setError(t("learning.courses.files.tooBig"));
    await run(
      async () =>
        coursesApi.addFile(editionId, code, { name: file.name, contentType, data: await readBase64(file) }),
      t("learning.courses.files.added", { name: file.name }),
    );
  };
  if (!files) return <Paragraph>{t("learning.courses.files.first")}</Paragraph>;
  const inputId = `file-${code}`;
  return (
    <div className="inzet-homework-files">
      {message && <Notice>{message}</Notice>}
      {error && <ErrorMessage error={new Error(error)} />}
      {files.length > 0 && (
        <ul className="utrecht-unordered-list" aria-label={t("learning.courses.files.list", { title })}>
          {files.map((f) => (
            <FileLine
              key={f.id}
              file={f}
              href={coursesApi.fileHref(editionId, f.id)}
              onRemove={() =>
                void run(
                  () => coursesApi.removeFile(editionId, f.id),
                  t("learning.courses.files.removed", { name: f.name }),
                )
              }
            />
          ))}
        </ul>
      )}
      {files.length < MAX_HOMEWORK_FILES ? (
        <FormField type="text">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={inputId}>{t("learning.courses.files.add", { title })}</FormLabel>
          </div>
          <FormFieldDescription id={`${inputId}-description`}>
            {t("learning.courses.files.help", { max: MAX_HOMEWORK_FILES })}
          </FormFieldDescription>
          <div className="utrecht-form-field__input">
            <input
              id={inputId}
              type="file"
              accept={acceptOf(homeworkFileTypes)}
              aria-describedby={`${inputId}-description`}
              onChange={(event) => void add(event.currentTarget)}
            />
          </div>
        </FormField>
      ) : (
        <Paragraph>{t("learning.courses.files.full", { max: MAX_HOMEWORK_FILES })}</Paragraph>
      )}
    </div>
  );
}

function FileLine({ file, href, onRemove }: { file: HomeworkFile; href: string; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="utrecht-unordered-list__item">
      <a className="utrecht-link" href={href} download={file.name}>
        {file.name}
      </a>{" "}
      ({formatSize(file.size, i18n.language)}, {formatDay(file.addedAt, i18n.language)})
      {file.late && <strong className="inzet-flag"> {t("learning.courses.late")}</strong>}{" "}
      <button
        type="button"
        className="utrecht-button utrecht-button--subtle inzet-inline-button"
        aria-label={t("learning.courses.files.removeNamed", { name: file.name })}
        onClick={onRemove}
      >
        {t("learning.courses.files.remove")}
      </button>
    </li>
  );
}
