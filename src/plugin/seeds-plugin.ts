import { type FSWatcher, watch } from "node:fs";
import path from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { DATA_DIR } from "../model/data-files.ts";
import { EXPORTS_DIR } from "../model/export-files.ts";
import { DEFAULT_CACHE_DIR } from "./quote-reader-options.ts";
import { SERVER_DATA_KEY } from "./data-source.ts";
import { SeedData, openSeedStore } from "./seed-data.ts";
import type { SeedScan } from "./seed-store/seed-scan.ts";
import type { SiteData } from "./site-data.ts";
import type { SpeakerData } from "./speaker-data.ts";
import type { DevDataInit, DevDataRequest } from "./workers/dev-data-worker.ts";
import { WorkerPool, threadCount } from "./workers/pool.ts";

/** Options of {@link seedsPlugin} (see `QuoteReaderOptions` for each). */
export interface SeedsPluginOptions {
  /**
   * Folder of `.txt` articles, relative to the Vite root or absolute.
   * @default "seeds"
   */
  seedsDir?: string;
  /**
   * The extraction cache's folder, relative to the Vite root or absolute.
   * @default "node_modules/.cache/quote-reader"
   */
  cacheDir?: string;
  /**
   * Most threads extraction may use (`threadCount()` of workers/pool.ts).
   * @default one per core
   */
  threads?: number;
}

/** What the build (prerendering, the report) reads from the plugin. */
export interface SeedsApi {
  /** The last scan of the seeds folder. */
  scan(): Promise<SeedScan>;
  /** Throws `SeedsFolderError` when the seeds folder cannot be read. */
  checkFolder(): Promise<void>;
  /** Absolute path of the seeds folder. */
  dir(): string;
  /** Speaker profiles of the last scan; `few`: see `SpeakerData`. */
  speakers(few?: boolean): Promise<SpeakerData>;
  /** The list's pages and the speakers' totals of the last scan (`data/` modules). */
  siteData(): Promise<SiteData>;
  /** Skipped files and failed extractions of the last scan (the dev server's banner). */
  warnings(): Promise<string[]>;
}

const PUBLIC_PREFIX = "virtual:quote-reader/";
/** `\0` marks ids that no other plugin should try to load. */
const RESOLVED_PREFIX = "\0quote-reader:";

/** The virtual module the app imports. */
export const VIRTUAL_IDS = {
  /**
   * `loadData(path)`: a data module under `data/` (see src/model/data-files.ts). In the
   * browser, `import()` of the file the build writes (or the dev server serves); in the
   * server renderer, whatever the prerendering thread installed.
   */
  data: `${PUBLIC_PREFIX}data`,
} as const;

/**
 * Reads the seeds folder (every `.txt` file an article) for the build, which writes the
 * `data/` modules, and the dev server, which serves them at the same paths from a worker
 * thread that holds the seeds' data. In dev, editing, adding or deleting a seed
 * refreshes the open page.
 */
export function seedsPlugin(
  options: SeedsPluginOptions = {},
): Plugin<SeedsApi> & { api: SeedsApi } {
  let local: SeedData | undefined;
  const requested = options.seedsDir ?? "seeds";
  const requestedCache = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const threads = threadCount(options.threads);
  /** Absolute, once Vite resolved its root. */
  let cacheDir = "";
  const getData = (): SeedData => {
    if (!local)
      throw new Error("seedsPlugin used before Vite resolved its config");
    return local;
  };
  /**
   * The dev server's thread holding the seeds' data: it reads and extracts them, and
   * makes the `data/` modules, while this thread serves the app's own modules.
   */
  let thread: WorkerPool<DevDataRequest, string | string[] | null> | undefined;
  let seedsWatcher: FSWatcher | undefined;
  let base = "/";

  const api: SeedsApi = {
    scan: () => getData().scan(),
    checkFolder: async () => {
      await getData().store.list();
    },
    dir: () => getData().store.dir,
    speakers: (few) => getData().speakers(few),
    siteData: () => getData().site(),
    warnings: async () =>
      thread
        ? ((await thread.run({ kind: "warnings" })) as string[])
        : getData().warnings(),
  };

  return {
    name: "quote-reader:seeds",
    api,

    configResolved(config) {
      cacheDir = path.resolve(config.root, requestedCache);
      // Speakers' quotes kept on disk in the cache folder (in a build: the dev server
      // makes its data on a thread of its own, which keeps them in memory).
      local = new SeedData(
        openSeedStore(path.resolve(config.root, requested), cacheDir, threads),
        cacheDir,
      );
      base = config.base;
    },

    resolveId: {
      filter: { id: /^virtual:quote-reader\// },
      handler(id) {
        // The server renderer reads data from memory, the browser imports files.
        if (
          id === VIRTUAL_IDS.data &&
          this.environment.config.consumer === "server"
        )
          return `${RESOLVED_PREFIX}data-server`;
        return RESOLVED_PREFIX + id.slice(PUBLIC_PREFIX.length);
      },
    },

    load: {
      filter: { id: /^\0quote-reader:/ },
      handler(id) {
        const name = id.slice(RESOLVED_PREFIX.length);
        if (name === "data") return clientDataModule(base);
        if (name === "data-server") return SERVER_DATA_MODULE;
        return undefined;
      },
    },

    config(config) {
      // Vite's watcher (chokidar) lists the whole folder again, an lstat per file, on any
      // change in it: half a second per edit with 10,000 seeds. configureServer watches
      // the seeds with the kernel's watcher instead, which names the file.
      const root = path.resolve(config.root ?? process.cwd());
      const dir = path.resolve(root, requested);
      // Seeds in the project's own folder (`SEEDS_DIR=.`): keep watching the code.
      const outside = path.relative(dir, root);
      if (outside === "" || !outside.startsWith("..")) return;
      return { server: { watch: { ignored: [`${dir}/**`] } } };
    },

    closeBundle() {
      seedsWatcher?.close();
      void thread?.close();
      thread = undefined;
    },

    configureServer(server) {
      const dir = getData().store.dir;
      const init: DevDataInit = { dir, cacheDir, threads };
      const data = new WorkerPool<DevDataRequest, string | string[] | null>(
        DEV_DATA_WORKER,
        1,
        init,
      );
      thread = data;
      /** The warnings the page's banner shows, to know when it must be rebuilt. */
      let shownWarnings: Promise<string> = api
        .warnings()
        .then(JSON.stringify, () => "");
      /** Seeds the watcher saw change since the last rescan; null: reread all. */
      let changed: Set<string> | null = new Set();
      /** Rereads the seeds that changed and refreshes the open page. */
      const rescan = (): void => {
        const names = changed === null ? null : [...changed];
        changed = new Set();
        const before = shownWarnings;
        const after = data
          .run({ kind: "rescan", changed: names })
          .then((warnings) => JSON.stringify(warnings));
        shownWarnings = after.catch(() => "");
        void Promise.all([before, after]).then(
          ([shown, next]) => reloadSeeds(server, next !== shown),
          () => reloadSeeds(server, true),
        );
      };
      const isSeed = (file: string): boolean => {
        const resolved = path.resolve(file);
        return resolved === dir || path.dirname(resolved) === dir;
      };
      try {
        // A save is often two events (truncate, write): one rescan, 20 ms after the last.
        let settle: ReturnType<typeof setTimeout> | undefined;
        let last = dir;
        seedsWatcher = watch(dir, (_event, name) => {
          // Without a name (rare), reread every seed.
          if (name) changed?.add(String(name));
          else changed = null;
          last = path.join(dir, name ? String(name) : ".");
          clearTimeout(settle);
          settle = setTimeout(() => {
            rescan();
            // Other plugins (the warnings banner) listen to Vite's watcher; after the
            // rescan was asked for, so that what they read is the new scan.
            server.watcher.emit("all", "change", last);
          }, 20);
        });
        seedsWatcher.unref();
      } catch {
        // A folder that cannot be watched (missing): Vite's watcher reports it appearing.
        server.watcher.add(dir);
        server.watcher.on("all", (_event, file) => {
          if (!isSeed(file)) return;
          changed?.add(path.basename(file));
          rescan();
        });
      }
      // `data/` modules and the quote exports, from the data thread, at the paths the
      // build writes them to.
      const prefixes = [`${base}${DATA_DIR}/`, `${base}${EXPORTS_DIR}/`];
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split("?")[0] ?? "";
        if (!prefixes.some((prefix) => url.startsWith(prefix))) return next();
        let relative: string;
        try {
          relative = decodeURIComponent(url.slice(base.length));
        } catch {
          // `data/%`: no module's path, whatever was meant.
          response.statusCode = 404;
          response.end();
          return;
        }
        const exported = relative.startsWith(`${EXPORTS_DIR}/`);
        void data
          .run(
            exported
              ? { kind: "export", path: relative, base }
              : { kind: "module", path: relative },
          )
          .then(
            (source) => {
              // Not the app's page: a missing file is a 404 the caller can tell apart.
              if (typeof source !== "string") {
                response.statusCode = 404;
                response.end();
                return;
              }
              response.setHeader("content-type", contentType(relative));
              response.setHeader("cache-control", "no-cache");
              response.end(source);
            },
            (error: unknown) => next(error),
          );
      });
    },
  };
}

/** The type the dev server gives a `data/` module (`.js`) or an export (`.csv`, `.json`). */
function contentType(relative: string): string {
  if (relative.endsWith(".csv")) return "text/csv; charset=utf-8";
  if (relative.endsWith(".json")) return "application/json";
  return "text/javascript";
}

const DEV_DATA_WORKER = new URL(
  "./workers/dev-data-worker.ts",
  import.meta.url,
);

/** Custom HMR event: seeds changed, `data/` modules are new. */
const SEEDS_EVENT = "quote-reader:seeds";

/**
 * The browser's `loadData`: the data module's default export, fetched on first use. In
 * dev, a seed edit bumps a version that the next fetch carries (`?v=3`) and tells the
 * app (`onDataChange`), which reloads its data in place: no page reload.
 */
function clientDataModule(base: string): string {
  return `const base = ${JSON.stringify(base)};
let version = 0;
const listeners = new Set();
export function loadData(path) {
  const url = base + path + (version ? "?v=" + version : "");
  return import(/* @vite-ignore */ url).then((module) => module.default);
}
export function onDataChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
if (import.meta.hot) {
  import.meta.hot.on(${JSON.stringify(SEEDS_EVENT)}, (data) => {
    version = data.version;
    if (listeners.size === 0) location.reload();
    else for (const listener of listeners) listener();
  });
}`;
}

/** The server renderer's `loadData`: installed by the prerendering thread. */
const SERVER_DATA_MODULE = `export function loadData(path) {
  const load = globalThis[Symbol.for(${JSON.stringify(SERVER_DATA_KEY)})];
  if (!load) throw new Error("No data source installed for the server renderer");
  return load(path);
}
export function onDataChange() {
  return () => {};
}`;

let dataVersion = 0;

/**
 * Refreshes the open page after seeds changed: in place (new `data/` modules, see
 * {@link clientDataModule}) unless the warnings banner changed, which takes a reload.
 * No module holds seed data (it is all in `data/` modules), so none is invalidated.
 */
function reloadSeeds(server: ViteDevServer, reload: boolean): void {
  dataVersion += 1;
  if (reload) server.environments.client.hot.send({ type: "full-reload" });
  else
    server.environments.client.hot.send({
      type: "custom",
      event: SEEDS_EVENT,
      data: { version: dataVersion },
    });
}
