import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import {
  Button,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  funnelTransitions,
  type MindMapNode,
  nodeInputSchema,
  parentKindOf,
  performers,
  stageInputSchema,
} from "../../../shared/agreements/mind-map.ts";
import { stageColours } from "../../../shared/agreements/mind-map-svg.ts";
import { ErrorSummary, SelectField, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { agreementKeys, agreementQueries, agreementsApi } from "./api.ts";
import { downloadPng, MindMapGraph } from "./mind-map-graph.tsx";
import { MoveForm, moveNode } from "./mind-map-move.tsx";
import { TrajectoryNav } from "./timeline.tsx";

const route = getRouteApi("/app/wijkaanpak/$id/mindmap");
const childKind = { need: "solution", solution: "condition", condition: null } as const;

/**
 * The mind map as a tree of lists (needs → solutions → conditions): every action is a button or a form,
 * so it works with the keyboard alone. Colours follow the funnel stage; the SVG export draws the same tree.
 */
export function MindMapPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const map = useQuery(agreementQueries.mindMap(id));
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const queryClient = useQueryClient();
  if (map.isPending) return <Loading />;
  if (map.isError) return <ErrorMessage error={map.error} />;
  const nodes = map.data.nodes;
  const node = nodes.find((n) => n.id === selected) ?? null;
  const title = t("agreements.mindMap.fileTitle");
  return (
    <>
      <Heading1>{t("agreements.mindMap.title")}</Heading1>
      <TrajectoryNav id={id} />
      <Paragraph>{t("agreements.mindMap.intro")}</Paragraph>
      <MindMapExports id={id} title={title} nodes={nodes} onError={setMessage} />
      {message && <Notice>{message}</Notice>}
      <MindMapGraph
        title={title}
        nodes={nodes}
        selected={selected}
        onSelect={setSelected}
        onMove={(node, parent) =>
          void moveNode(node, parent.id)
            .then(() => {
              setMessage(t("agreements.mindMap.moved", { title: node.title, parent: parent.title }));
              return queryClient.invalidateQueries({ queryKey: agreementKeys.mindMap });
            })
            .catch((caught: unknown) => setMessage(caught instanceof Error ? caught.message : String(caught)))
        }
      />
      <Tree nodes={nodes} parentId={null} selected={selected} onSelect={setSelected} />
      {nodes.length === 0 && <Paragraph>{t("agreements.mindMap.empty")}</Paragraph>}
      {node && node.stage !== "merged" && (
        <NodePanel key={node.id} trajectoryId={id} node={node} nodes={nodes} onDone={setMessage} />
      )}
      <AddForm trajectoryId={id} parent={null} onDone={setMessage} />
    </>
  );
}

function Tree(props: {
  nodes: MindMapNode[];
  parentId: string | null;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const children = props.nodes.filter((n) => n.parentId === props.parentId && n.stage !== "merged");
  if (children.length === 0) return null;
  return (
    <ul className="inzet-tree">
      {children.map((n) => (
        <li key={n.id}>
          <button
            type="button"
            className="inzet-tree__node"
            aria-pressed={props.selected === n.id}
            style={{ background: n.kind === "solution" ? stageColours[n.stage] : undefined }}
            onClick={() => props.onSelect(n.id)}
          >
            <span className="inzet-tree__kind">{t(`agreements.nodeKinds.${n.kind}`)}</span> {n.title}
            {n.kind === "solution" && <span> · {t(`agreements.stages.${n.stage}`)}</span>}
            {n.ideaIds.length > 0 && (
              <span> · {t("agreements.mindMap.ideas", { count: n.ideaIds.length })}</span>
            )}
          </button>
          <Tree {...props} parentId={n.id} />
        </li>
      ))}
    </ul>
  );
}

function NodePanel(props: {
  trajectoryId: string;
  node: MindMapNode;
  nodes: MindMapNode[];
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const { node } = props;
  const child = childKind[node.kind];
  return (
    <section className="inzet-card" aria-labelledby="node-panel">
      <Heading2 id="node-panel">
        {t(`agreements.nodeKinds.${node.kind}`)}: {node.title}
      </Heading2>
      {node.note && <Paragraph>{node.note}</Paragraph>}
      {node.feasibility && (
        <Paragraph>
          {t("agreements.mindMap.feasibility", {
            cost: node.feasibility.cost ?? "–",
            who: node.feasibility.who,
            performer: node.feasibility.performer
              ? t(`agreements.performers.${node.feasibility.performer}`)
              : "–",
          })}
        </Paragraph>
      )}
      {node.reason && <Paragraph>{t("agreements.mindMap.reason", { reason: node.reason })}</Paragraph>}
      {node.kind === "solution" && <StageForm {...props} />}
      {node.kind === "solution" && node.stage !== "chosen" && <MergeForm {...props} />}
      {node.kind !== "need" && <MoveForm {...props} />}
      {child && <AddForm trajectoryId={props.trajectoryId} parent={node} onDone={props.onDone} />}
      <History id={node.id} />
    </section>
  );
}

function StageForm({ node, onDone }: { node: MindMapNode; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const next = funnelTransitions[node.stage];
  const form = useSchemaForm(
    stageInputSchema,
    async (values) => {
      await agreementsApi.stage(node.id, values);
      onDone(
        t("agreements.mindMap.staged", { title: node.title, stage: t(`agreements.stages.${values.stage}`) }),
      );
      await queryClient.invalidateQueries({ queryKey: agreementKeys.mindMap });
    },
    (data) => Object.fromEntries([...data.entries()].filter(([, v]) => v !== "")),
  );
  if (next.length === 0) return null;
  return (
    <form className="inzet-form" noValidate onSubmit={form.onSubmit} aria-labelledby="stage-form">
      <Heading3 id="stage-form">{t("agreements.mindMap.stageTitle")}</Heading3>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <SelectField
        name="stage"
        label={t("agreements.mindMap.stage")}
        defaultValue={next[0]}
        error={form.errors.stage}
        options={next.map((s) => ({ value: s, label: t(`agreements.stages.${s}`) }))}
      />
      <TextField
        name="cost"
        inputMode="numeric"
        label={t("agreements.mindMap.cost")}
        error={form.errors.cost}
      />
      <TextField name="who" label={t("agreements.mindMap.who")} error={form.errors.who} />
      <SelectField
        name="performer"
        label={t("agreements.mindMap.performer")}
        emptyLabel={t("common.choose")}
        error={form.errors.performer}
        options={performers.map((p) => ({ value: p, label: t(`agreements.performers.${p}`) }))}
      />
      <TextField name="reason" label={t("agreements.mindMap.reasonField")} error={form.errors.reason} />
      <SubmitButton busy={form.busy}>{t("agreements.mindMap.stageSubmit")}</SubmitButton>
    </form>
  );
}

function MergeForm({
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
  const others = nodes.filter((n) => n.kind === "solution" && n.id !== node.id && n.stage !== "merged");
  const form = useSchemaForm(
    stageInputSchema.pick({ reason: true }).extend({ intoId: nodeInputSchema.shape.ideaId.unwrap() }),
    async (values) => {
      await agreementsApi.merge(node.id, values);
      onDone(t("agreements.mindMap.merged", { title: node.title }));
      await queryClient.invalidateQueries({ queryKey: agreementKeys.mindMap });
    },
  );
  if (others.length === 0) return null;
  return (
    <form className="inzet-form" noValidate onSubmit={form.onSubmit} aria-labelledby="merge-form">
      <Heading3 id="merge-form">{t("agreements.mindMap.mergeTitle")}</Heading3>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <SelectField
        name="intoId"
        label={t("agreements.mindMap.mergeInto")}
        emptyLabel={t("common.choose")}
        error={form.errors.intoId}
        options={others.map((o) => ({ value: o.id, label: o.title }))}
      />
      <TextField name="mergeReason" label={t("agreements.mindMap.reasonField")} error={form.errors.reason} />
      <SubmitButton busy={form.busy}>{t("agreements.mindMap.mergeSubmit")}</SubmitButton>
    </form>
  );
}

function AddForm({
  trajectoryId,
  parent,
  onDone,
}: {
  trajectoryId: string;
  parent: MindMapNode | null;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const kind = parent ? childKind[parent.kind]! : "need";
  const ideas = useQuery(agreementQueries.ideas(trajectoryId, { status: "published" }));
  const free = (ideas.data?.items ?? []).filter((i) => !i.nodeId);
  const prefix = parent ? "child" : "root";
  const form = useSchemaForm(
    nodeInputSchema,
    async (values) => {
      await agreementsApi.addNode(trajectoryId, values);
      onDone(t("agreements.mindMap.added", { title: values.title }));
      await queryClient.invalidateQueries({ queryKey: agreementKeys.mindMap });
      await queryClient.invalidateQueries({ queryKey: agreementKeys.ideas });
    },
    (data) => ({
      kind,
      parentId: parent?.id ?? null,
      title: data.get(`${prefix}Title`),
      ideaId: data.get(`${prefix}Idea`) || undefined,
    }),
  );
  if (parentKindOf[kind] !== (parent?.kind ?? null)) return null;
  return (
    <form className="inzet-form" noValidate onSubmit={form.onSubmit} aria-labelledby={`${prefix}-add`}>
      <Heading3 id={`${prefix}-add`}>{t(`agreements.mindMap.add.${kind}`)}</Heading3>
      <ErrorSummary
        errors={Object.fromEntries(
          Object.entries(form.errors).map(([k, v]) => [k === "title" ? `${prefix}Title` : k, v]),
        )}
        formError={form.formError}
        summaryRef={form.summaryRef}
      />
      <TextField
        name={`${prefix}Title`}
        label={t("agreements.mindMap.nodeTitle")}
        error={form.errors.title}
      />
      {free.length > 0 && (
        <SelectField
          name={`${prefix}Idea`}
          label={t("agreements.mindMap.fromIdea")}
          emptyLabel={t("agreements.mindMap.noIdea")}
          options={free.map((i) => ({ value: i.id, label: i.title }))}
        />
      )}
      <SubmitButton busy={form.busy}>{t("agreements.mindMap.addSubmit")}</SubmitButton>
    </form>
  );
}

function History({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const history = useQuery(agreementQueries.history(id));
  if (!history.data) return null;
  return (
    <>
      <Heading3>{t("agreements.mindMap.history")}</Heading3>
      <UnorderedList>
        {history.data.items.map((e) => (
          <UnorderedListItem key={e.id}>
            {formatDateTime(e.at, i18n.language)}: {t(`agreements.events.${e.kind}`)}
            {e.toStage && e.kind === "stage" && ` → ${t(`agreements.stages.${e.toStage}`)}`}
            {e.otherNodeTitle && ` (${e.otherNodeTitle})`}
            {e.reason && ` · ${e.reason}`}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}

/** The drawing as SVG or PDF (from the server) and PNG (drawn here from the same SVG). */
function MindMapExports(props: {
  id: string;
  title: string;
  nodes: MindMapNode[];
  onError: (m: string) => void;
}) {
  const { t } = useTranslation();
  const fail = (caught: unknown) => props.onError(caught instanceof Error ? caught.message : String(caught));
  return (
    <div className="inzet-buttons">
      <Button
        appearance="secondary-action-button"
        onClick={() => void agreementsApi.exportSvg(props.id).catch(fail)}
      >
        {t("agreements.mindMap.exportSvg")}
      </Button>
      <Button
        appearance="secondary-action-button"
        onClick={() => void agreementsApi.exportPdf(props.id).catch(fail)}
      >
        {t("agreements.mindMap.exportPdf")}
      </Button>
      <Button
        appearance="secondary-action-button"
        onClick={() =>
          void downloadPng(props.title, props.nodes, (s) => t(`agreements.stages.${s}`)).catch(fail)
        }
      >
        {t("agreements.mindMap.exportPng")}
      </Button>
    </div>
  );
}
