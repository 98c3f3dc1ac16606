import { type FSWatcher, watch } from "node:fs";
import path from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { type SeedScan, SeedStore } from "./seed-store.ts";
import { DATA_DIR, articleDataPath } from "../model/data-files.ts";
import { SERVER_DATA_KEY } from "./data-source.ts";
import { ExtractionCache } from "./extraction-cache.ts";
import { SiteData, toModule } from "./site-data.ts";
import { warningsOf } from "./seed-warnings-plugin.ts";
import { PAGE_SIZE } from "../app/paths.ts";
import { SpeakerData } from "./speaker-data.ts";
import { SearchIndex } from "./search-index.ts";

/** Options of {@link seedsPlugin}. */
export interface SeedsPluginOptions {
  /**
   * Folder of `.txt` articles, relative to the Vite root or absolute.
   * @default process.env.SEEDS_DIR ?? "seeds"
   */
  seedsDir?: string;
}

/** What the build (prerendering, the report) reads from the plugin. */
export interface SeedsApi {
  /** The last scan of the seeds folder. */
  scan(): Promise<SeedScan>;
  /** Throws `SeedsFolderError` when the seeds folder cannot be read. */
  checkFolder(): Promise<void>;
  /** Absolute path of the seeds folder. */
  dir(): string;
  /** Speaker profiles of the last scan. */
  speakers(): Promise<SpeakerData>;
  /** The list's pages and the speakers' totals of the last scan (`data/` modules). */
  siteData(): Promise<SiteData>;
  /** The search index of the last scan (`data/search/` modules). */
  searchIndex(): Promise<SearchIndex>;
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
 * `data/` modules, and the dev server, which serves them from memory at the same paths.
 * In dev, editing, adding or deleting a seed refreshes the open page.
 */
export function seedsPlugin(
  options: SeedsPluginOptions = {},
): Plugin<SeedsApi> & { api: SeedsApi } {
  let store: SeedStore | undefined;
  let current: Promise<SeedScan> | undefined;
  const requested = options.seedsDir ?? process.env.SEEDS_DIR ?? "seeds";

  const getStore = (): SeedStore => {
    if (!store)
      throw new Error("seedsPlugin used before Vite resolved its config");
    return store;
  };
  /** Seeds the dev server's watcher saw change since the last scan; null: reread all. */
  let changed: Set<string> | null = null;
  /** The warnings the dev page's banner shows, to know when it must be rebuilt. */
  let shownWarnings: string | undefined;
  const scan = (): Promise<SeedScan> => {
    if (!current) {
      current = getStore()
        .scan(changed ?? undefined)
        .then((next) => {
          shownWarnings ??= JSON.stringify(warningsOf(next));
          return next;
        });
      changed = new Set();
    }
    return current;
  };
  let speakerData: Promise<SpeakerData> | undefined;
  const speakers = (): Promise<SpeakerData> =>
    (speakerData ??= scan().then(({ articles }) => new SpeakerData(articles)));

  let siteData: Promise<SiteData> | undefined;
  let searchIndex: Promise<SearchIndex> | undefined;
  const getSearchIndex = (): Promise<SearchIndex> =>
    (searchIndex ??= scan().then(({ articles, terms }) =>
      SearchIndex.build(articles, terms),
    ));
  let seedsWatcher: FSWatcher | undefined;
  const getSiteData = (): Promise<SiteData> =>
    (siteData ??= scan().then(
      ({ articles }) => new SiteData(articles, PAGE_SIZE),
    ));
  let base = "/";

  const api: SeedsApi = {
    scan,
    checkFolder: async () => {
      await getStore().list();
    },
    dir: () => getStore().dir,
    speakers,
    siteData: getSiteData,
    searchIndex: getSearchIndex,
  };

  return {
    name: "quote-reader:seeds",
    api,

    configResolved(config) {
      const cache = new ExtractionCache(config.root);
      const dir = path.resolve(config.root, requested);
      store = new SeedStore(dir, {
        version: () => cache.version(),
        extract: (jobs) => cache.extractAll(jobs),
        index: cache.seedIndex(dir),
        prepare: () => cache.preload(),
      });
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
    },

    configureServer(server) {
      const dir = getStore().dir;
      /** Rereads the seeds that changed and refreshes the open page. */
      const rescan = (): void => {
        current = undefined;
        speakerData = undefined;
        searchIndex = undefined;
        siteData = undefined;
        const before = shownWarnings;
        void scan().then(
          (next) => {
            shownWarnings = JSON.stringify(warningsOf(next));
            reloadSeeds(server, shownWarnings !== before);
          },
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
            // rescan started, so that what they read is the new scan.
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
      // `data/` modules, from memory, at the paths the build writes them to.
      const prefix = `${base}${DATA_DIR}/`;
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split("?")[0] ?? "";
        if (!url.startsWith(prefix)) return next();
        const dataPath = decodeURIComponent(url.slice(base.length));
        void dataModule(dataPath).then(
          (source) => {
            // Not the app's page: a missing module is a 404 the caller can tell apart.
            if (source === undefined) {
              response.statusCode = 404;
              response.end();
              return;
            }
            response.setHeader("content-type", "text/javascript");
            response.setHeader("cache-control", "no-cache");
            response.end(source);
          },
          (error: unknown) => next(error),
        );
      });
      const dataModule = async (
        dataPath: string,
      ): Promise<string | undefined> => {
        const { articles } = await scan();
        const article = articles.find(
          (candidate) => articleDataPath(candidate.slug) === dataPath,
        );
        if (article) return toModule(article);
        return (
          (await getSiteData()).file(dataPath) ??
          (await speakers()).file(dataPath) ??
          (await getSearchIndex()).file(dataPath)
        );
      };
    },
  };
}

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
