import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { Heading1 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { volunteerQuery, volunteersApi } from "./api.ts";
import { Questionnaire } from "./questionnaire.tsx";

const route = getRouteApi("/app/vrijwilligers/$id/drijfveren");

/** The coordinator fills in the questionnaire together with the volunteer (assisted; logged as such). */
export function VolunteerMotivesPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const volunteer = useQuery(volunteerQuery(id));
  if (volunteer.isError) return <ErrorMessage error={volunteer.error} />;
  if (volunteer.isPending) return <Loading />;
  return (
    <>
      <Heading1>{t("volunteers.questionnaire.titleFor", { name: volunteer.data.name })}</Heading1>
      <Questionnaire
        intro={t("volunteers.questionnaire.assistedIntro")}
        onSubmit={async (answers) => {
          queryClient.setQueryData(volunteerQuery(id).queryKey, await volunteersApi.answer(id, answers));
          await navigate({ to: "/vrijwilligers/$id", params: { id } });
        }}
      />
    </>
  );
}
