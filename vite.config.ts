import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";

/**
 * Writes a .br and a .gz next to every text file of the build (after the service worker is made), so the
 * server sends them as they are (`preCompressed` in server/platform/web-assets.ts) without compressing
 * on each request. Files under 1 KB gain nothing and stay plain.
 */
function precompress(): Plugin {
  let outDir = "";
  return {
    name: "inzet-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: "post",
      sequential: true,
      handler() {
        const walk = (dir: string): string[] =>
          readdirSync(dir).flatMap((name) => {
            const path = join(dir, name);
            return statSync(path).isDirectory() ? walk(path) : [path];
          });
        for (const file of walk(outDir)) {
          if (!/\.(js|mjs|css|html|svg|json|webmanifest|txt)$/.test(file)) continue;
          const bytes = readFileSync(file);
          if (bytes.length < 1024) continue;
          writeFileSync(
            `${file}.br`,
            brotliCompressSync(bytes, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
              },
            }),
          );
          writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        }
      },
    },
  };
}

export default defineConfig({
  root: "web",
  plugins: [
    react(),
    // Installable, and the app shell (all built files) cached by a service worker, so the doorstep
    // screen opens without a connection. API answers are not cached by the worker: the doorstep keeps
    // its own walk list and visit queue (web/features/outreach/visit-queue.ts).
    VitePWA({
      registerType: "autoUpdate",
      // Registered after the page has been parsed: the worker is not needed for the first paint.
      injectRegister: "script-defer",
      includeAssets: ["icon.svg", "favicon.ico", "apple-touch-icon.png"],
      manifest: {
        name: "Inzet – vrijwillige inzet",
        short_name: "Inzet",
        description: "Vrijwilligers, vacatures en huisbezoeken in het sociaal domein",
        lang: "nl",
        start_url: "/",
        display: "standalone",
        background_color: "#ffffff",
        theme_color: "#00689e",
        // PNGs made once from icon.svg and icon-maskable.svg (full bleed, house in the safe zone) with
        // headless Chromium; see README "Icons".
        icons: [
          { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,woff2}"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//, /^\/docs/],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
    precompress(),
  ],
  build: { outDir: "../dist/web", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
