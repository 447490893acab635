import { useQueryClient } from "@tanstack/react-query";
import { Heading3 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { type MindMapNode, parentKindOf } from "../../../shared/agreements/mind-map.ts";
import { z } from "../../../shared/zod.ts";
import { ErrorSummary, SelectField, SubmitButton, useSchemaForm } from "../../ui/form.tsx";
import { agreementKeys, agreementsApi } from "./api.ts";

const moveSchema = z.object({ parentId: z.uuid({ message: "Kies waar het onder komt." }) });

/** Moves a solution under another need (or a condition under another solution): the drag in the drawing, by keyboard. */
export function MoveForm({
  node,
  nodes,
  onDone,
}: {
  node: MindMapNode;
  nodes: MindMapNode[];
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const options = nodes.filter(
    (n) => n.kind === parentKindOf[node.kind] && n.id !== node.parentId && n.stage !== "merged",
  );
  const form = useSchemaForm(moveSchema, async ({ parentId }) => {
    await moveNode(node, parentId);
    onDone(
      t("agreements.mindMap.moved", {
        title: node.title,
        parent: nodes.find((n) => n.id === parentId)?.title,
      }),
    );
    await queryClient.invalidateQueries({ queryKey: agreementKeys.mindMap });
  });
  if (options.length === 0) return null;
  return (
    <form className="inzet-form" noValidate onSubmit={form.onSubmit} aria-labelledby="move-form">
      <Heading3 id="move-form">{t("agreements.mindMap.moveTitle")}</Heading3>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <SelectField
        name="parentId"
        label={t("agreements.mindMap.moveUnder")}
        emptyLabel={t("common.choose")}
        error={form.errors.parentId}
        options={options.map((o) => ({ value: o.id, label: o.title }))}
      />
      <SubmitButton busy={form.busy}>{t("agreements.mindMap.moveSubmit")}</SubmitButton>
    </form>
  );
}

export const moveNode = (node: MindMapNode, parentId: string) =>
  agreementsApi.updateNode(node.id, { parentId });
