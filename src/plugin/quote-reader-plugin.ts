import { createHash } from "node:crypto";
import path from "node:path";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import type { Plugin, UserConfig } from "vite";
import { APP_ROOT, appFile, appPagePlugin } from "./app-page.ts";
import { buildApp } from "./build-app.ts";
import { pwaPlugin } from "./pwa.ts";
import {
  type QuoteReaderOptions,
  type ResolvedQuoteReaderOptions,
  resolveOptions,
} from "./quote-reader-options.ts";
import { seedWarningsPlugin } from "./seed-warnings-plugin.ts";
import { type SeedsApi, seedsPlugin } from "./seeds-plugin.ts";

export type { QuoteReaderOptions } from "./quote-reader-options.ts";

/**
 * The quote reader's plugins: what the app's code needs (`react()`, `tailwindcss()`, its
 * page when the Vite root is another project's), the seeds (`data/` modules, dev
 * server), the dev server's banner of skipped seeds, the service worker, and the build
 * itself (`vite build`: bundle, prerender every route, write the data, the search index
 * and the report). A project needs only this plugin and a seeds folder.
 *
 * @example
 * export default defineConfig({
 *   plugins: [quoteReader({ seedsDir: "archive" })],
 * });
 */
export function quoteReader(options: QuoteReaderOptions = {}): Plugin[] {
  const resolved = resolveOptions(options);
  const seeds = seedsPlugin({
    seedsDir: resolved.seedsDir,
    cacheDir: resolved.cacheDir,
    threads: resolved.threads,
  });
  return [
    ...react(),
    ...tailwindcss(),
    appPagePlugin(),
    seeds,
    seedWarningsPlugin(seeds.api),
    pwaPlugin(),
    buildPlugin(resolved, seeds.api),
  ];
}

/**
 * The server renderer is only needed while building: keep it out of `outDir`, in the
 * app's folder, where it finds the packages it imports (React, React Router).
 */
function serverOutDir(outDir: string): string {
  return path.join(
    APP_ROOT,
    "node_modules/.cache/quote-reader/server",
    createHash("sha256").update(path.resolve(outDir)).digest("hex").slice(0, 8),
  );
}

/**
 * React Router's package always resolves to its development build (remix-run/react-router
 * issues 12532, 14102): dev warnings on every render, and a slower renderer. Builds use
 * its production files; the dev server keeps the development ones.
 */
function productionRouter(): { find: RegExp; replacement: string }[] {
  const dist = appFile("node_modules/react-router/dist/production");
  return [
    { find: /^react-router$/, replacement: `${dist}/index.mjs` },
    { find: /^react-router\/dom$/, replacement: `${dist}/dom-export.mjs` },
  ];
}

/** Vite's config for the site, and `vite build` ({@link buildApp}). */
function buildPlugin(
  options: ResolvedQuoteReaderOptions,
  seeds: SeedsApi,
): Plugin {
  const server = serverOutDir(options.outDir);
  return {
    name: "quote-reader:build",

    // Defaults: what the Vite config or the command line sets (`--base`, `--outDir`,
    // `--emptyOutDir`) wins, as it did over these settings in vite.config.ts.
    config(config, { command }): UserConfig {
      return {
        base: config.base ?? options.base,
        resolve: { alias: command === "build" ? productionRouter() : [] },
        // Not emptied by Vite: buildApp keeps the pages and data files that did not change.
        build: {
          outDir: config.build?.outDir ?? options.outDir,
          emptyOutDir: config.build?.emptyOutDir ?? false,
        },
        environments: {
          ssr: {
            build: {
              outDir: server,
              emptyOutDir: true,
              rollupOptions: { input: appFile("src/server/entry-server.tsx") },
            },
          },
        },
        builder: {
          // One config and one set of plugins for every environment (each plugin keeps
          // to its own with `applyToEnvironment`): otherwise Vite loads the config again
          // for each, 0.15-0.2 s apiece.
          sharedConfigBuild: true,
        },
      };
    },

    /** `vite build`: the browser bundle, the server renderer, then one HTML file per route. */
    async buildApp(builder) {
      await buildApp(builder, seeds, options, server);
    },
  };
}
