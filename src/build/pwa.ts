import type { PluginOption } from "vite";
import { VitePWA } from "vite-plugin-pwa";

/**
 * The site as an installable Progressive Web App under its base path. Workbox precaches
 * the app shell (home page, 404 page, app code, icons); every page and data module the
 * reader opens is cached as it is fetched, so opened articles read offline. Thousands of
 * article pages are not precached: installing must stay small.
 */
export function pwaPlugin(): PluginOption {
  return VitePWA({
    registerType: "autoUpdate",
    // A file, not an inline script: the Content-Security-Policy forbids inline scripts.
    injectRegister: "script",
    manifest: {
      name: "Quote Reader",
      short_name: "Quotes",
      description:
        "News articles with every quote marked and attributed to its speaker.",
      theme_color: "#b45309",
      background_color: "#fafaf9",
      display: "standalone",
      icons: [
        { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
        {
          src: "icons/icon-512.png",
          sizes: "512x512",
          type: "image/png",
          purpose: "maskable",
        },
      ],
    },
    workbox: {
      // The manifest and its icons are added by the plugin; prerendered pages come later.
      globPatterns: ["index.html", "assets/index-*.{js,css}", "*.{js,svg}"],
      navigateFallback: null,
      runtimeCaching: [
        {
          // Pages: fresh from the network when online; the last copy, else the shell, offline.
          urlPattern: ({ request }) => request.mode === "navigate",
          handler: "NetworkFirst",
          options: {
            cacheName: "pages",
            networkTimeoutSeconds: 4,
            precacheFallback: { fallbackURL: "index.html" },
          },
        },
        {
          // Article chunks, data modules, the search index: whatever the reader has used.
          urlPattern: ({ request, sameOrigin }) =>
            sameOrigin && request.method === "GET",
          handler: "StaleWhileRevalidate",
          options: { cacheName: "data", expiration: { maxEntries: 5000 } },
        },
      ],
    },
  });
}
