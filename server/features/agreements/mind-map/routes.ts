import type { FastifyPluginAsync } from "fastify";
import { mindMapEndpoints as endpoints } from "../../../../shared/agreements/mind-map.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

const stageNames: Record<string, string> = {
  raised: "Ingebracht",
  clustered: "Geclusterd",
  checked: "Getoetst",
  chosen: "Gekozen",
  notChosen: "Niet gekozen",
  merged: "Samengevoegd",
};

export const mindMapRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.get, ({ actor, params }) => service.getMindMap(db, actor, params.trajectoryId));
  register(app, endpoints.svg, async ({ actor, params, reply }) => {
    const svg = await service.mindMapFile(db, actor, params.trajectoryId, (s) => stageNames[s] ?? s);
    return reply
      .type("image/svg+xml; charset=utf-8")
      .header("content-disposition", 'attachment; filename="mindmap.svg"')
      .send(svg);
  });
  register(app, endpoints.pdf, async ({ actor, params, reply }) => {
    const pdf = await service.mindMapFile(db, actor, params.trajectoryId, (s) => stageNames[s] ?? s, "pdf");
    return reply
      .type("application/pdf")
      .header("content-disposition", 'attachment; filename="mindmap.pdf"')
      .send(pdf);
  });
  register(app, endpoints.add, ({ actor, params, body }) =>
    service.addNode(db, actor, params.trajectoryId, body),
  );
  register(app, endpoints.update, ({ actor, params, body }) =>
    service.updateNode(db, actor, params.id, body),
  );
  register(app, endpoints.stage, ({ actor, params, body }) =>
    service.changeStage(db, actor, params.id, body),
  );
  register(app, endpoints.merge, ({ actor, params, body }) => service.mergeNode(db, actor, params.id, body));
  register(app, endpoints.history, ({ actor, params }) => service.nodeHistory(db, actor, params.id));
};
