import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { trajectoryFields, trajectoryQuestions } from "../../../shared/learning/trajectories.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { trajectoriesApi, trajectoryQueries } from "./api.ts";

const route = getRouteApi("/app/leren/$id");

/** One trajectory in the template; its own werkgebied shares it with the library (or takes it back). */
export function TrajectoryPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const one = useQuery(trajectoryQueries.one(id));
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (one.isPending) return <Loading />;
  if (one.isError) return <ErrorMessage error={one.error} />;
  const tr = one.data;
  const share = async (shared: boolean) => {
    setError(null);
    try {
      await trajectoriesApi.share(id, shared);
      setMessage(shared ? t("learning.nowShared") : t("learning.nowPrivate"));
      await one.refetch();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <Heading1>{tr.title}</Heading1>
      <Paragraph>
        {tr.tenantName}
        {tr.themes.length > 0 && ` · ${tr.themes.join(", ")}`}
      </Paragraph>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {tr.can.share && (
        <Paragraph>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => void share(!tr.sharedAt)}
          >
            {tr.sharedAt ? t("learning.unshare") : t("learning.share")}
          </button>
        </Paragraph>
      )}
      {trajectoryFields.map((field) => (
        <section key={field}>
          <Heading2>{trajectoryQuestions[field]}</Heading2>
          <Paragraph>{tr[field] || "–"}</Paragraph>
        </section>
      ))}
      {tr.links.length > 0 && (
        <section>
          <Heading2>{t("learning.moreInfo")}</Heading2>
          {tr.links.map((link) => (
            <Paragraph key={link.url}>
              <Link href={link.url}>{link.label}</Link>
            </Paragraph>
          ))}
        </section>
      )}
    </>
  );
}
