import path from "node:path";
import { pathToFileURL } from "node:url";
import { paths } from "../model/paths.ts";
import type { Article } from "../model/article.ts";
import {
  ALL_ARTICLES,
  articleDataPath,
  listDataPath,
  speakerDataPath,
} from "../model/data-files.ts";
import {
  ARTICLE_MODULES,
  LIST_PAGE_MODULES,
  SPEAKER_MODULES,
  everyPageValues,
} from "./data-modules.ts";
import { articleJson } from "./extraction-cache/stored-article.ts";
import type { SiteData } from "./site-data.ts";
import type { SiteOutput } from "./site-output.ts";
import type { SpeakerData } from "./speaker-data.ts";
import type {
  PrerenderInit,
  PrerenderJob,
  RenderedJob,
} from "./workers/prerender-worker.ts";
import { WorkerPool } from "./workers/pool.ts";

/** Options of {@link prerenderSite}. */
export interface PrerenderOptions {
  /** The output folder, written incrementally. */
  output: SiteOutput;
  /** The server build of `src/server/entry-server.tsx`. */
  serverEntry: string;
  /** The client build's `index.html`, which every page fills. */
  template: string;
  /**
   * `rendererHash` of the server build and the template: a page rendered by another
   * renderer is rendered again.
   */
  renderer: string;
  /** Vite's `base`, e.g. `/` or `/news/`. */
  base: string;
  /** The site's address without the base (`https://news.example`), if given. */
  origin: string | undefined;
  articles: readonly Article[];
  /**
   * Per article, a string that changes whenever its data module does (SeedScan's
   * fingerprints): spares making and hashing every module to find the changed ones.
   */
  fingerprints?: readonly (string | undefined)[];
  /** Every speaker, most quoted first: a page each, `/speakers/<slug>/`. */
  speakers: SpeakerData;
  /** The list's pages and the speakers' totals of these articles. */
  siteData: SiteData;
  /** Called after each page, for progress on long builds. */
  onPage?: (done: number, total: number) => void;
  /** Rendering threads started earlier ({@link startPrerenderThreads}); closed here. */
  threads?: PrerenderThreads;
  /** Most threads to render on (`threadCount()` of the plugin's `threads`). */
  threadCount: number;
  /**
   * Below this many pages, render on this thread: starting workers (each loads React
   * and the renderer, ~0.3 s) costs more. The plugin's `threadedFrom`.
   */
  threadedFrom: number;
}

/** Prerendering threads, one per core. */
export type PrerenderThreads = WorkerPool<PrerenderJob, RenderedJob>;

/**
 * Starts the prerendering threads before their data is ready: each loads the server
 * renderer meanwhile (about 0.7 s), on a core the build's own thread leaves free while
 * it makes the list's pages and the speakers' profiles. For builds that will render
 * every page (a new bundle): the threads are wasted when almost every page is kept.
 */
export function startPrerenderThreads(
  serverEntry: string,
  threads: number,
): PrerenderThreads {
  return new WorkerPool<PrerenderJob, RenderedJob>(
    new URL("./workers/prerender-worker.ts", import.meta.url),
    threads,
    undefined,
    {
      // Each page is thousands of short-lived strings and elements.
      youngGenerationMb: 128,
      lateInit: true,
      warm: [pathToFileURL(serverEntry).href],
    },
  );
}

/** Where a route's HTML goes: `/articles/x/` -> `articles/x/index.html`. */
function fileFor(route: string): string {
  return path.posix.join(route, "index.html").replace(/^\//, "");
}

/**
 * Every route to prerender, in order: the list's pages, each article, the speakers index
 * and each speaker's page. (`404.html` is written apart.)
 */
export function siteRoutes(options: PrerenderOptions): string[] {
  const pageCount = options.siteData.pageCount(ALL_ARTICLES);
  const routes: string[] = [paths.home()];
  for (let page = 2; page <= pageCount; page += 1)
    routes.push(paths.home(page));
  for (const article of options.articles)
    routes.push(paths.article(article.slug));
  routes.push(paths.speakers());
  for (const { slug } of options.speakers.profiles)
    routes.push(paths.speaker(slug));
  return routes;
}

/** Routes per message to a prerendering thread. */
const ROUTES_PER_JOB = 50;

/**
 * Writes each article's and speaker's data module, and one HTML file per route (the
 * list's pages, each article, the speakers) plus `404.html`, so a plain static server
 * answers every deep link with the right page. A page whose renderer and data are those
 * of the last build into the same folder is kept as it is (see SiteOutput). Renders on
 * up to `threadCount` threads for large sites (from `threadedFrom` pages); returns the number
 * of pages rendered.
 */
export async function prerenderSite(
  options: PrerenderOptions,
): Promise<number> {
  const { output } = options;
  const { template, renderer } = options;
  const base = options.base.replace(/\/$/, "");
  // The data modules' hashes first: they decide which pages must be rendered again. A
  // changed module is written by the thread rendering its page (which reads it), so
  // that thousands of module sources are not held here waiting to be written.
  const changed = new Set<string>();
  /** Records a module by its fingerprint when there is one, else by its contents. */
  const recordModule = (
    dataPath: string,
    make: () => string,
    fingerprint: string | undefined,
  ): void => {
    const write =
      fingerprint === undefined
        ? output.recordFile(dataPath, make())
        : output.recordVersioned(dataPath, fingerprint, make);
    if (write) changed.add(dataPath);
  };
  // Route -> the data module its page reads: path, value, and whether it is an
  // article's (written in ASCII, see articleModule). An article's JSON is read when its
  // job is made, not held for every article at once.
  const routeData = new Map<string, [string, unknown, true?]>();
  const articleFingerprints = new Map<string, string>();
  options.articles.forEach((article, index) => {
    const fingerprint = options.fingerprints?.[index];
    if (fingerprint !== undefined)
      articleFingerprints.set(article.slug, fingerprint);
    const dataPath = articleDataPath(article.slug);
    recordModule(dataPath, () => ARTICLE_MODULES.encode(article), fingerprint);
    routeData.set(paths.article(article.slug), [dataPath, article, true]);
  });
  // A profile is made from the articles quoting the speaker and the slugs of those
  // quoted beside them: with the articles' fingerprints, so is its fingerprint.
  for (const profile of options.speakers.profiles) {
    const sources = profile.appearances.map(({ slug }) =>
      articleFingerprints.get(slug),
    );
    const alongside = profile.quotedAlongside.map(
      ({ slug, name, articles }) => `${slug}\0${name}\0${articles}`,
    );
    const dataPath = speakerDataPath(profile.slug);
    recordModule(
      dataPath,
      () => SPEAKER_MODULES.encode(profile),
      sources.includes(undefined)
        ? undefined
        : [profile.slug, ...sources, "", ...alongside].join("\n"),
    );
    routeData.set(paths.speaker(profile.slug), [dataPath, profile]);
  }

  const init: PrerenderInit = {
    serverEntry: options.serverEntry,
    template,
    outDir: output.dir,
    base,
    origin: options.origin,
    shared: everyPageValues({
      site: options.siteData,
      speakers: options.speakers,
    }),
  };
  // The routes to render, then their jobs made one at a time as threads take them:
  // each job holds its pages' data, which for the whole site would not fit.
  const routes: PrerenderJob["routes"] = [];
  for (const route of [...siteRoutes(options), "/404/"]) {
    if (output.keepPage(route, renderer)) continue;
    const file =
      route === "/404/" ? "404.html" : fileFor(decodeURIComponent(route));
    routes.push({ route, file, previous: output.previousHash(file) });
  }
  const total = routes.length;
  const listPages = new Map<string, number>();
  for (
    let page = 1;
    page <= options.siteData.pageCount(ALL_ARTICLES);
    page += 1
  )
    listPages.set(paths.home(page), page);
  const jobs = function* (): Generator<PrerenderJob> {
    for (let from = 0; from < routes.length; from += ROUTES_PER_JOB) {
      const job: PrerenderJob = {
        routes: routes.slice(from, from + ROUTES_PER_JOB),
        data: [],
      };
      // An article's or speaker's page reads its data module, a list's page its page
      // of summaries (written with the list's other modules, see build-app.ts).
      for (const { route } of job.routes) {
        const listPage = listPages.get(route);
        if (listPage !== undefined) {
          const dataPath = listDataPath(ALL_ARTICLES, listPage);
          job.data.push([
            dataPath,
            LIST_PAGE_MODULES.value(options.siteData, dataPath),
            false,
          ]);
        }
        const data = routeData.get(route);
        if (!data) continue;
        const [dataPath, value, article] = data;
        // An article's JSON rather than the value when there is one: a string is
        // copied to the thread as one block, an object node by node (and made into a
        // module again).
        const json = article && articleJson(value as Article);
        const given = json === undefined ? value : undefined;
        job.data.push([dataPath, given, changed.has(dataPath), json]);
      }
      yield job;
    }
  };

  let done = 0;
  const record = ({ pages, modules }: RenderedJob): void => {
    // The modules first: a page's record holds the hashes of the modules it read.
    for (const [dataPath, hash] of modules) output.recordHash(dataPath, hash);
    for (const page of pages)
      output.recordPage(page.route, page.file, page.hash, {
        renderer,
        read: page.read,
      });
    done += pages.length;
    options.onPage?.(done, total);
  };
  const threads = total >= options.threadedFrom ? options.threadCount : 1;
  if (threads > 1) {
    const pool =
      options.threads ??
      startPrerenderThreads(options.serverEntry, options.threadCount);
    await pool.initAll(init);
    // Two jobs in flight per thread: one rendering, one waiting. Posting every job at
    // once would copy the whole archive into the threads' queues (gigabytes at 10,000).
    const queue = jobs();
    const lane = async (): Promise<void> => {
      for (let job = queue.next(); !job.done; job = queue.next())
        record(await pool.run(job.value));
    };
    try {
      await Promise.all(Array.from({ length: threads * 2 }, lane));
    } finally {
      await pool.close();
    }
  } else {
    // Few pages to render: quicker here than on threads, even started ones.
    void options.threads?.close();
    if (total > 0) {
      const worker = await import("./workers/prerender-worker.ts");
      await worker.init(init);
      for (const next of jobs()) record(await worker.handle(next));
    }
  }
  return done;
}
