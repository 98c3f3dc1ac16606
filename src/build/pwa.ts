import type { Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";

/**
 * The site as an installable Progressive Web App under its base path. The service worker
 * (`src/sw.ts`) precaches the app shell (home page, app code, icons); every page and data
 * module the reader opens is cached as it is fetched, so opened articles read offline.
 * Thousands of article pages are not precached: installing must stay small.
 */
export function pwaPlugin(): Plugin[] {
  const plugins = VitePWA({
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
    // Our own service worker, built by Vite: generateSW's Workbox build (Rollup, Babel,
    // Terser) cost about 2 s of CPU on every build.
    strategies: "injectManifest",
    srcDir: "src",
    filename: "sw.ts",
    injectManifest: {
      // A classic script, as `registerSW.js` registers it, with nothing leaking into the
      // worker's global scope.
      rollupFormat: "iife",
      // The manifest and its icons are added by the plugin; prerendered pages come later.
      globPatterns: ["index.html", "assets/index-*.{js,css}", "*.{js,svg}"],
    },
  });
  // The browser bundle only: the server renderer's build needs no manifest, no
  // registration script and no service worker in its output.
  return plugins.map((plugin) => ({
    ...plugin,
    applyToEnvironment: (environment) => environment.name === "client",
  }));
}
