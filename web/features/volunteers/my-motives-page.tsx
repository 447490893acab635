import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { Heading1 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { ownVolunteerQuery, volunteersApi } from "./api.ts";
import { Questionnaire } from "./questionnaire.tsx";

export function MyMotivesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <>
      <Heading1>{t("volunteers.questionnaire.title")}</Heading1>
      <Questionnaire
        intro={t("volunteers.questionnaire.intro")}
        onSubmit={async (answers) => {
          queryClient.setQueryData(ownVolunteerQuery.queryKey, await volunteersApi.answerOwn(answers));
          await navigate({ to: "/mijn-profiel" });
        }}
      />
    </>
  );
}
