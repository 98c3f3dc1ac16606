import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Article } from "../model/article.ts";
import { articleDataPath, speakerDataPath } from "../model/data-files.ts";
import type { HydrationPayload, RenderResult } from "../model/page.ts";
import type { SpeakerProfile } from "../model/speaker.ts";
import { summarize } from "./articles.ts";
import { cspMetaTag } from "./csp.ts";
import { SiteData } from "./site-data.ts";
import { summarizeSpeaker } from "./speakers.ts";
import type {
  PrerenderInit,
  PrerenderJob,
} from "./workers/prerender-worker.ts";
import { WorkerPool, threadCount } from "./workers/pool.ts";

/** Options of {@link prerenderSite}. */
export interface PrerenderOptions {
  /** The client build's folder; its `index.html` is the page template. */
  outDir: string;
  /** The server build of `src/app/entry-server.tsx`. */
  serverEntry: string;
  /** Vite's `base`, e.g. `/` or `/news/`. */
  base: string;
  articles: readonly Article[];
  /** Every speaker, most quoted first: a page each, `/speakers/<slug>/`. */
  speakers: readonly SpeakerProfile[];
  /** Articles per page of the list, to know how many list pages exist. */
  pageSize: number;
  /** Called after each page, for progress on long builds. */
  onPage?: (done: number, total: number) => void;
}

const PAYLOAD_ID = "router-data";

/** Escapes text for HTML text and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** JSON safe inside `<script type="application/json">`: no `</script>` can close it. */
export function scriptJson(value: HydrationPayload): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * Fills the template with one rendered page. `base` is Vite's base without its trailing
 * slash (`` or `/news`), for the preload links of the data modules the page hydrates from.
 */
export function fillTemplate(
  template: string,
  result: RenderResult,
  base: string,
): string {
  const { title, description } = result.meta;
  const preloads = Object.values(result.payload.dataRefs ?? {}).map(
    (dataPath) =>
      `<link rel="modulepreload" href="${escapeHtml(`${base}/${dataPath}`)}" />`,
  );
  const head = [
    cspMetaTag(),
    ...preloads,
    `<meta name="description" content="${escapeHtml(description)}" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:type" content="website" />`,
  ].join("\n    ");
  const data = `<script type="application/json" id="${PAYLOAD_ID}">${scriptJson(result.payload)}</script>`;
  return template
    .replace(
      /<title>[^<]*<\/title>/,
      () => `<title>${escapeHtml(title)}</title>`,
    )
    .replace("<!--app-head-->", () => head)
    .replace("<!--app-html-->", () => result.html)
    .replace("<!--app-data-->", () => data);
}

/** Where a route's HTML goes: `/articles/x/` -> `articles/x/index.html`. */
function fileFor(route: string): string {
  return path.join(route, "index.html");
}

/**
 * Every route to prerender, in order: the list's pages, each article, the speakers index
 * and each speaker's page. (`404.html` is written apart.)
 */
export function siteRoutes(options: PrerenderOptions): string[] {
  const pageCount = Math.max(
    1,
    Math.ceil(options.articles.length / options.pageSize),
  );
  const routes: string[] = ["/"];
  for (let page = 2; page <= pageCount; page += 1)
    routes.push(`/page/${page}/`);
  for (const article of options.articles)
    routes.push(`/articles/${encodeURIComponent(article.slug)}/`);
  routes.push("/speakers/");
  for (const { slug } of options.speakers)
    routes.push(`/speakers/${encodeURIComponent(slug)}/`);
  return routes;
}

/** Routes per message to a prerendering thread. */
const ROUTES_PER_JOB = 50;

/**
 * Writes one HTML file per route (the list's pages, each article) and `404.html`, so a
 * plain static server answers every deep link with the right page; writes each article's
 * data module (`data/articles/<slug>.js`) on the way. Uses one thread per core for large
 * sites (see `QUOTE_READER_THREADS`).
 */
export async function prerenderSite(
  options: PrerenderOptions,
): Promise<number> {
  const template = await readFile(
    path.join(options.outDir, "index.html"),
    "utf8",
  );
  const summaries = options.articles.map(summarize);
  const init: PrerenderInit = {
    serverEntry: options.serverEntry,
    template,
    outDir: options.outDir,
    base: options.base.replace(/\/$/, ""),
    index: {
      summaries,
      speakers: new SiteData(options.articles, options.pageSize).speakers,
      speakerSummaries: options.speakers.map(summarizeSpeaker),
      pageSize: options.pageSize,
    },
  };
  const bySlug = new Map(
    options.articles.map((article) => [article.slug, article]),
  );
  const speakersBySlug = new Map(
    options.speakers.map((profile) => [profile.slug, profile]),
  );
  const jobs: PrerenderJob[] = [];
  let job: PrerenderJob = { routes: [], data: [] };
  for (const route of [...siteRoutes(options), "/404/"]) {
    const file =
      route === "/404/" ? "404.html" : fileFor(decodeURIComponent(route));
    job.routes.push({ route, file });
    // Each article's and speaker's data module is written with its page.
    const [, kind, slug] =
      /^\/(articles|speakers)\/([^/]+)\/$/.exec(route) ?? [];
    const article =
      kind === "articles" && slug
        ? bySlug.get(decodeURIComponent(slug))
        : undefined;
    if (article) job.data.push([articleDataPath(article.slug), article]);
    const speaker =
      kind === "speakers" && slug
        ? speakersBySlug.get(decodeURIComponent(slug))
        : undefined;
    if (speaker) job.data.push([speakerDataPath(speaker.slug), speaker]);
    if (job.routes.length >= ROUTES_PER_JOB) {
      jobs.push(job);
      job = { routes: [], data: [] };
    }
  }
  if (job.routes.length > 0) jobs.push(job);

  const total = jobs.reduce((sum, { routes }) => sum + routes.length, 0);
  let done = 0;
  const threads = total >= MIN_ROUTES_FOR_WORKERS ? threadCount() : 1;
  if (threads > 1) {
    const pool = new WorkerPool<PrerenderJob, number>(
      new URL("./workers/prerender-worker.ts", import.meta.url),
      threads,
      init,
    );
    try {
      await Promise.all(
        jobs.map(async (next) => {
          const rendered = await pool.run(next);
          done += rendered;
          options.onPage?.(done, total);
        }),
      );
    } finally {
      await pool.close();
    }
  } else {
    const worker = await import("./workers/prerender-worker.ts");
    await worker.init(init);
    for (const next of jobs) {
      const rendered = await worker.handle(next);
      done += rendered;
      options.onPage?.(done, total);
    }
  }
  return done;
}

/** Below this many pages, rendering on this thread beats starting workers (~0.5-1 s each). */
const MIN_ROUTES_FOR_WORKERS = 2000;
