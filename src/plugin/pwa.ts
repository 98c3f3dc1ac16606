import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "rolldown";
import type { Plugin, ResolvedConfig } from "vite";
import { appFile } from "./app-page.ts";

/**
 * The site as an installable Progressive Web App under its base path: a web app
 * manifest, a script that registers the service worker (and offers a reload when a new
 * version is deployed), and the service worker itself (`src/sw.ts`), which precaches
 * the app shell (home page, app code, icons); every page and data module the reader
 * opens is kept as it is fetched, so opened articles read offline. Thousands of article
 * pages are not precached: installing must stay small. The shell's list is written at
 * the end of each build ({@link precacheScript}), from the pages actually shipped.
 *
 * This was vite-plugin-pwa with Workbox's `injectManifest`. For a shell of nine files it
 * loaded all of workbox-build (Rollup, Babel) and ran a second Vite build for the worker:
 * 0.85 s of CPU on the build's thread, in every build. Here Rolldown bundles the worker.
 * The worker still uses Workbox's runtime libraries.
 */
export function pwaPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  /** Whether this build wrote its bundle (closeBundle comes after a failure as well). */
  let written = false;
  return {
    name: "quote-reader:pwa",
    apply: "build",
    // The browser bundle only: the server renderer needs none of it.
    applyToEnvironment: (environment) => environment.name === "client",
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "link",
          attrs: { rel: "manifest", href: `${base()}${MANIFEST_FILE}` },
          injectTo: "head",
        },
        // A file, not an inline script: the Content-Security-Policy allows only the
        // template's own. Deferred: the page shows without waiting for it.
        {
          tag: "script",
          attrs: {
            id: "register-sw",
            src: `${base()}${REGISTER_FILE}`,
            defer: true,
          },
          injectTo: "head",
        },
      ],
    },
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: MANIFEST_FILE,
        source: `${JSON.stringify(webManifest(base()))}\n`,
      });
      this.emitFile({
        type: "asset",
        fileName: REGISTER_FILE,
        source: registerScript(base()),
      });
    },
    writeBundle() {
      written = true;
    },
    // After Vite has written the bundle and copied `public/`: the shell is all there.
    closeBundle: {
      sequential: true,
      async handler() {
        // Called after a failed bundle too: its own error says what went wrong, not a
        // missing shell file.
        if (!written) return;
        written = false;
        const { root, build } = resolved();
        const outDir = path.resolve(root, build.outDir);
        const worker = await bundleServiceWorker(appFile(SW_SOURCE));
        writeFileSync(path.join(outDir, SW_FILE), worker);
      },
    },
  };

  function resolved(): ResolvedConfig {
    if (!config)
      throw new Error("pwaPlugin used before Vite resolved its config");
    return config;
  }
  function base(): string {
    return resolved().base;
  }
}

const SW_SOURCE = "src/sw.ts";
const SW_FILE = "sw.js";
/** What the worker imports: the shell's precache list and the site's version. */
export const PRECACHE_FILE = "sw-precache.js";
const MANIFEST_FILE = "manifest.webmanifest";
const REGISTER_FILE = "registerSW.js";

const ICONS = [
  { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
  { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
  {
    src: "icons/icon-512.png",
    sizes: "512x512",
    type: "image/png",
    purpose: "maskable",
  },
];

/** The web app manifest for a site under `base` (`/` or `/news/`). */
export function webManifest(base: string): Record<string, unknown> {
  return {
    name: "Quote Reader",
    short_name: "Quotes",
    description:
      "News articles with every quote marked and attributed to its speaker.",
    start_url: base,
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#b45309",
    lang: "en",
    scope: base,
    icons: ICONS,
  };
}

/** How often an open tab asks whether a new version was deployed. */
const UPDATE_CHECK_MS = 30 * 60 * 1000;

/**
 * Registers the service worker once the page has loaded, scoped to the site. When a new
 * version has installed while this tab runs an older one, a bar says so and offers to
 * reload; the click lets the new worker take over, and the page reloads into it. Open
 * tabs look for a new version when shown again and every half hour.
 */
export function registerScript(base: string): string {
  const sw = JSON.stringify(`${base}${SW_FILE}`);
  const scope = JSON.stringify(base);
  return `if ("serviceWorker" in navigator) window.addEventListener("load", () => {
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading) location.reload();
  });
  const offer = (worker) => {
    if (!navigator.serviceWorker.controller || document.getElementById("update-bar")) return;
    const bar = document.createElement("div");
    bar.id = "update-bar";
    bar.className = "update-bar";
    bar.setAttribute("role", "status");
    const text = document.createElement("span");
    text.textContent = "A new version of this site is available.";
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Reload";
    button.addEventListener("click", () => {
      reloading = true;
      worker.postMessage({ type: "SKIP_WAITING" });
    });
    bar.append(text, button);
    document.body.append(bar);
  };
  navigator.serviceWorker.register(${sw}, { scope: ${scope} }).then((registration) => {
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener("statechange", () => {
        if (worker.state === "installed") offer(worker);
      });
    });
    const check = () => registration.update().catch(() => undefined);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") check();
    });
    setInterval(check, ${UPDATE_CHECK_MS});
  });
});
`;
}

/** The service worker as one classic script (`registerSW.js` registers it so), minified. */
async function bundleServiceWorker(source: string): Promise<string> {
  const { output } = await build({
    input: source,
    platform: "browser",
    // Workbox's development logging is left out, as in any production build.
    transform: { define: { "process.env.NODE_ENV": '"production"' } },
    write: false,
    logLevel: "silent",
    output: { format: "iife", minify: true },
  });
  const [chunk] = output;
  if (!chunk || chunk.type !== "chunk")
    throw new Error(`Bundling ${SW_SOURCE} gave no script`);
  return chunk.code;
}

/** One file the service worker precaches; `revision` null when the name is versioned. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/**
 * The app shell in a built folder: the home page, the app's entry script and styles,
 * the scripts and icons at the top (theme, registration, favicon), the manifest and its
 * icons. Vite's hashed assets are versioned by name; every other file by its MD5, as
 * Workbox revisions them, so an update replaces exactly what changed.
 */
export function precacheEntries(
  outDir: string,
  assetsDir: string,
): PrecacheEntry[] {
  const top = readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|svg)$/.test(entry.name))
    .map((entry) => entry.name)
    .filter((name) => name !== SW_FILE && name !== PRECACHE_FILE);
  const assets = readdirSync(path.join(outDir, assetsDir))
    .filter((name) => /^index-.*\.(js|css)$/.test(name))
    .map((name) => `${assetsDir}/${name}`);
  const icons = [...new Set(ICONS.map((icon) => icon.src))];
  const files = ["index.html", ...assets, ...top, ...icons, MANIFEST_FILE];
  return [...new Set(files)].map((url) => ({
    url,
    revision: url.startsWith(`${assetsDir}/`)
      ? null
      : createHash("md5")
          .update(readFileSync(path.join(outDir, url)))
          .digest("hex"),
  }));
}

/**
 * `sw-precache.js`: the app shell's precache list (from the built folder, the home page
 * as shipped) and the site's `version`, a hash of every page and data module written.
 * Written last in each build: when it changes, browsers install a new service worker.
 */
export function precacheScript(
  entries: readonly PrecacheEntry[],
  version: string,
): string {
  return `self.__PRECACHE__ = ${JSON.stringify(entries)};\nself.__SITE_VERSION__ = ${JSON.stringify(version)};\n`;
}
