import type { FunnelStage, MindMapNode } from "./mind-map.ts";

/** Colours by funnel stage (also used on screen), with enough contrast for black text. */
export const stageColours: Record<FunnelStage, string> = {
  raised: "#e8eef7",
  clustered: "#fdf1c7",
  checked: "#dcebf9",
  chosen: "#d4f0d4",
  notChosen: "#f4dada",
  merged: "#e6e6e6",
};
const kindColours = { need: "#ffffff", solution: "", condition: "#f3eefa" };

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** Depth-first order of the tree: each node after its parent, siblings in the given order. */
export function treeOrder(nodes: MindMapNode[]) {
  const children = new Map<string | null, MindMapNode[]>();
  for (const n of nodes) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  const out: { node: MindMapNode; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const node of children.get(parent) ?? []) {
      out.push({ node, depth });
      walk(node.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Where each box and line of the mind map goes: one column per level, a row per node in tree order. */
export function mindMapLayout(nodes: MindMapNode[]) {
  const rows = treeOrder(nodes.filter((n) => n.stage !== "merged"));
  const boxW = 260;
  const boxH = 48;
  const gapX = 60;
  const gapY = 14;
  const top = 50;
  const at = new Map<string, { x: number; y: number }>();
  rows.forEach(({ node, depth }, i) => {
    at.set(node.id, { x: 20 + depth * (boxW + gapX), y: top + i * (boxH + gapY) });
  });
  const lines = rows.flatMap(({ node }) => {
    const p = node.parentId ? at.get(node.parentId) : undefined;
    const c = at.get(node.id)!;
    return p ? [{ x1: p.x + boxW, y1: p.y + boxH / 2, x2: c.x, y2: c.y + boxH / 2 }] : [];
  });
  const boxes = rows.map(({ node }) => ({
    node,
    ...at.get(node.id)!,
    fill: node.kind === "solution" ? stageColours[node.stage] : kindColours[node.kind],
    label: node.title.length > 38 ? `${node.title.slice(0, 37)}…` : node.title,
  }));
  return {
    width: 20 + 3 * (boxW + gapX),
    height: top + rows.length * (boxH + gapY) + 20,
    boxW,
    boxH,
    lines,
    boxes,
  };
}

/**
 * The mind map as an SVG picture: one column per level (needs, solutions, conditions), a box per node
 * coloured by stage, a line to its parent. Stage names are given by the caller (Dutch or English).
 */
export function mindMapSvg(title: string, nodes: MindMapNode[], stageLabel: (stage: FunnelStage) => string) {
  const { width, height, boxW, boxH, lines, boxes } = mindMapLayout(nodes);
  const parts = lines.map(
    (l) => `<line x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}" stroke="#555" />`,
  );
  for (const { node, x, y, fill, label } of boxes)
    parts.push(
      `<g><rect x="${x}" y="${y}" width="${boxW}" height="${boxH}" rx="6" fill="${fill}" stroke="#333" />`,
      `<text x="${x + 8}" y="${y + 20}" font-size="13">${escapeXml(label)}</text>`,
      node.kind === "solution"
        ? `<text x="${x + 8}" y="${y + 38}" font-size="11" fill="#333">${escapeXml(stageLabel(node.stage))}</text></g>`
        : "</g>",
    );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff" />`,
    `<text x="20" y="30" font-size="18" font-weight="bold">${escapeXml(title)}</text>`,
    ...parts,
    "</svg>",
  ].join("\n");
}
