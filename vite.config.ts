import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

export default defineConfig({
  root: "web",
  plugins: [
    react(),
    // Installable, and the app shell (all built files) cached by a service worker, so the doorstep
    // screen opens without a connection. API answers are not cached by the worker: the doorstep keeps
    // its own walk list and visit queue (web/features/outreach/visit-queue.ts).
    VitePWA({
      registerType: "autoUpdate",
      includeAssets: ["icon.svg"],
      manifest: {
        name: "Inzet – vrijwillige inzet",
        short_name: "Inzet",
        description: "Vrijwilligers, vacatures en huisbezoeken in het sociaal domein",
        lang: "nl",
        start_url: "/",
        display: "standalone",
        background_color: "#ffffff",
        theme_color: "#00689e",
        icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,woff2}"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//, /^\/docs/],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: { outDir: "../dist/web", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
