import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Article } from "../model/article.ts";
import type { HydrationPayload, RenderResult } from "../model/page.ts";
import { cspMetaTag } from "./csp.ts";

/** Options of {@link prerenderSite}. */
export interface PrerenderOptions {
  /** The client build's folder; its `index.html` is the page template. */
  outDir: string;
  /** The server build of `src/app/entry-server.tsx`. */
  serverEntry: string;
  /** Vite's `base`, e.g. `/` or `/news/`. */
  base: string;
  articles: readonly Article[];
  /** Every speaker page to write: `/speakers/<slug>/`. */
  speakerSlugs: readonly string[];
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

/** Fills the template with one rendered page. */
export function fillTemplate(template: string, result: RenderResult): string {
  const { title, description } = result.meta;
  const head = [
    cspMetaTag(),
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
 * Writes one HTML file per route (the list's pages, each article) and `404.html`, so a
 * plain static server answers every deep link with the right page.
 */
export async function prerenderSite(
  options: PrerenderOptions,
): Promise<number> {
  const template = await readFile(
    path.join(options.outDir, "index.html"),
    "utf8",
  );
  const { render } = (await import(
    pathToFileURL(options.serverEntry).href
  )) as {
    render: (url: string) => Promise<RenderResult>;
  };
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
  for (const slug of options.speakerSlugs)
    routes.push(`/speakers/${encodeURIComponent(slug)}/`);

  const base = options.base.replace(/\/$/, "");
  const total = routes.length + 1;
  let done = 0;
  for (const route of routes) {
    const result = await render(base + route);
    if (result.status !== 200)
      throw new Error(`Prerendering ${route} answered ${result.status}`);
    const file = path.join(options.outDir, fileFor(decodeURIComponent(route)));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, fillTemplate(template, result));
    done += 1;
    options.onPage?.(done, total);
  }
  const notFound = await render(`${base}/404/`);
  await writeFile(
    path.join(options.outDir, "404.html"),
    fillTemplate(template, notFound),
  );
  done += 1;
  options.onPage?.(done, total);
  return done;
}
