import { type PointerEvent, type SVGProps, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type MindMapNode, parentKindOf } from "../../../shared/agreements/mind-map.ts";
import { mindMapLayout, mindMapSvg } from "../../../shared/agreements/mind-map-svg.ts";

type Drag = { id: string; startX: number; startY: number; dx: number; dy: number };

/** A point of the pointer in the drawing's own coordinates. */
function pointIn(svg: SVGSVGElement, event: PointerEvent) {
  const matrix = svg.getScreenCTM();
  if (!matrix) return { x: 0, y: 0 };
  const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  return { x: p.x, y: p.y };
}

type Props = {
  title: string;
  nodes: MindMapNode[];
  selected: string | null;
  onSelect: (id: string) => void;
  /** A node dropped on a box of the kind it belongs under. */
  onMove: (node: MindMapNode, parent: MindMapNode) => void;
};

/**
 * The mind map as a drawing: boxes coloured by stage, a line to each parent. Click a box to open it;
 * drag a solution onto another need (or a condition onto another solution) to move it there. The list
 * below holds the same tree and every action, for the keyboard and screen readers.
 */
export function MindMapGraph({ title, nodes, selected, onSelect, onMove }: Props) {
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const { width, height, boxW, boxH, lines, boxes } = mindMapLayout(nodes);
  const targetAt = (x: number, y: number, node: MindMapNode) =>
    boxes.find(
      (b) =>
        b.node.id !== node.id &&
        b.node.kind === parentKindOf[node.kind] &&
        x >= b.x &&
        x <= b.x + boxW &&
        y >= b.y &&
        y <= b.y + boxH,
    )?.node;
  const down = (event: PointerEvent<SVGGElement>, id: string) => {
    event.preventDefault(); // no text selection while dragging
    const p = pointIn(svgRef.current!, event);
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ id, startX: p.x, startY: p.y, dx: 0, dy: 0 });
  };
  const move = (event: PointerEvent<SVGGElement>) => {
    if (!drag) return;
    const p = pointIn(svgRef.current!, event);
    setDrag({ ...drag, dx: p.x - drag.startX, dy: p.y - drag.startY });
  };
  const up = (event: PointerEvent<SVGGElement>, node: MindMapNode) => {
    if (!drag) return;
    setDrag(null);
    if (Math.abs(drag.dx) + Math.abs(drag.dy) < 4) return onSelect(node.id);
    const p = pointIn(svgRef.current!, event);
    const parent = targetAt(p.x, p.y, node);
    if (parent && parent.id !== node.parentId) onMove(node, parent);
  };
  return (
    // Focusable, so the drawing can be scrolled with the keyboard on a narrow screen (axe: scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="inzet-mindmap" tabIndex={0} aria-label={t("agreements.mindMap.graphRegion")}>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={t("agreements.mindMap.graphLabel", { title })}
      >
        {lines.map((l) => (
          <line key={`${l.x1}-${l.y1}-${l.x2}-${l.y2}`} {...l} stroke="#555" />
        ))}
        {boxes.map((box) => (
          <NodeBox
            key={box.node.id}
            box={box}
            size={{ w: boxW, h: boxH }}
            selected={selected === box.node.id}
            offset={drag?.id === box.node.id ? drag : null}
            handlers={{
              onPointerDown: (event) => down(event, box.node.id),
              onPointerMove: move,
              onPointerUp: (event) => up(event, box.node),
              onPointerCancel: () => setDrag(null),
            }}
          />
        ))}
      </svg>
    </section>
  );
}

type Box = ReturnType<typeof mindMapLayout>["boxes"][number];
type BoxProps = {
  box: Box;
  size: { w: number; h: number };
  selected: boolean;
  offset: { dx: number; dy: number } | null;
  handlers: Pick<
    SVGProps<SVGGElement>,
    "onPointerDown" | "onPointerMove" | "onPointerUp" | "onPointerCancel"
  >;
};

/** One box of the drawing, coloured by stage, following the pointer while it is dragged. */
function NodeBox({ box: { node, x, y, fill, label }, size, selected, offset, handlers }: BoxProps) {
  const { t } = useTranslation();
  return (
    <g
      data-node={node.id}
      transform={offset ? `translate(${offset.dx} ${offset.dy})` : undefined}
      className={node.kind === "need" ? undefined : "inzet-mindmap__movable"}
      {...handlers}
    >
      <rect
        x={x}
        y={y}
        width={size.w}
        height={size.h}
        rx={6}
        fill={fill}
        stroke={selected ? "#000" : "#333"}
        strokeWidth={selected ? 3 : 1}
      />
      <text x={x + 8} y={y + 20} fontSize={13}>
        {label}
      </text>
      {node.kind === "solution" && (
        <text x={x + 8} y={y + 38} fontSize={11} fill="#333">
          {t(`agreements.stages.${node.stage}`)}
        </text>
      )}
    </g>
  );
}

/** Draws the same SVG as the download onto a canvas at twice the size and saves it as a PNG. */
export async function downloadPng(
  title: string,
  nodes: MindMapNode[],
  stageLabel: (stage: string) => string,
) {
  const svg = mindMapSvg(title, nodes, stageLabel);
  const { width, height } = mindMapLayout(nodes);
  // A data: address, as the content security policy allows for images (not blob:).
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext("2d")!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0, width, height);
  const png = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG"))), "image/png"),
  );
  const link = document.createElement("a");
  link.href = URL.createObjectURL(png);
  link.download = "mindmap.png";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
