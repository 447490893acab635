import { existsSync } from "node:fs";
import { resolve } from "node:path";
import fastifyCompress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * Compression of answers made at run time (JSON from the API, above 1 KB). Registered before the
 * routes: the plugin adds its hook per route. The built web files are compressed at build time
 * (vite.config.ts) and already carry a content-encoding, so this hook leaves them alone. Request
 * bodies are not decompressed: the body limit applies to what the client sends.
 */
export async function registerCompression(app: FastifyInstance) {
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ["br", "gzip"],
    globalDecompression: false,
  });
}

/**
 * Serves the built web app from `webRoot` with the .br/.gz files next to each asset
 * (`preCompressed`). Returns false when there is no build.
 */
export async function registerWebAssets(app: FastifyInstance, webRoot: string) {
  if (!existsSync(resolve(webRoot, "index.html"))) return false;
  await app.register(fastifyStatic, {
    root: webRoot,
    index: ["index.html"],
    preCompressed: true,
    // The cache header is ours (setHeaders); without this, send overwrites it with max-age=0.
    cacheControl: false,
    setHeaders: (res, path) => {
      // Hashed assets may be cached long; the HTML shell (and the unhashed files from web/public,
      // such as robots.txt and the service worker) must stay fresh.
      // @fastify/static 9 hands over the raw response (setHeader, not reply.header).
      res.setHeader(
        "cache-control",
        isHashedAsset(path) ? "public, max-age=31536000, immutable" : "no-cache",
      );
      // The same URL answers br, gzip or plain bytes depending on accept-encoding.
      res.setHeader("vary", "accept-encoding");
    },
  });
  return true;
}

/** Vite puts content-hashed files in assets/ (name-<hash>.js). */
function isHashedAsset(path: string) {
  return /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.br|\.gz)?$/.test(path);
}
