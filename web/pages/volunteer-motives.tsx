import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { Heading1 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { volunteersApi } from "../features/volunteers/api.ts";
import { Questionnaire } from "../features/volunteers/questionnaire.tsx";
import { ErrorMessage, Loading } from "../ui/status.tsx";

/** The coordinator fills in the questionnaire together with the volunteer (assisted; logged as such). */
export function VolunteerMotivesPage() {
  const { t } = useTranslation();
  const { id } = useParams({ strict: false }) as { id: string };
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const volunteer = useQuery({ queryKey: ["volunteers", id], queryFn: () => volunteersApi.get(id) });
  if (volunteer.isError) return <ErrorMessage error={volunteer.error} />;
  if (volunteer.isPending) return <Loading />;
  return (
    <>
      <Heading1>{t("volunteers.questionnaire.titleFor", { name: volunteer.data.name })}</Heading1>
      <Questionnaire
        intro={t("volunteers.questionnaire.assistedIntro")}
        onSubmit={async (answers) => {
          queryClient.setQueryData(["volunteers", id], await volunteersApi.answer(id, answers));
          await navigate({ to: "/vrijwilligers/$id", params: { id } });
        }}
      />
    </>
  );
}
