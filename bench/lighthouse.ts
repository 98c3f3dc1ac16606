import { createReadStream, existsSync } from "node:fs";
import { mkdtemp, readdir, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { createGzip } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type Result from "lighthouse/types/lhr/lhr.js";
import { CHROMIUM_ARGS, chromiumPath } from "../scripts/chromium.ts";
import { buildSite } from "../tests/support/site.ts";
import { generateSeeds } from "./generate.ts";

/**
 * `npm run bench:lighthouse [-- --n 10000] [--dist DIR] [--only home] [--runs 3]`: builds the bundled
 * seeds (or N generated articles) into a temporary folder, serves it as a CDN would
 * (gzip for text, 404.html for anything missing), and runs Lighthouse's mobile audit on
 * the four kinds of page: the home page, an article, the speakers index and a speaker
 * page, `--runs` times each (Lighthouse's timings vary from run to run). Prints each
 * page's four category scores from its median run by performance, the range of its
 * performance scores, and the audits that cost points.
 * `--dist` audits a site already built at the root instead; `--only` one kind of page.
 */

const CATEGORIES = [
  "performance",
  "accessibility",
  "best-practices",
  "seo",
] as const;

/** Text types compressed on the way out, as a CDN does. */
const COMPRESSED = /\.(?:html|js|css|json|xml|svg|txt|webmanifest|map)$/;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** Serves `dir` at the root with gzip for text and long caching for hashed assets. */
async function serveGzip(
  dir: string,
): Promise<{ origin: string; close(): void }> {
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://localhost");
      let file = path.join(dir, decodeURIComponent(url.pathname));
      if (!file.startsWith(dir)) file = path.join(dir, "404.html");
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) file = path.join(file, "index.html");
      let status = 200;
      if (!existsSync(file)) {
        status = 404;
        file = path.join(dir, "404.html");
      }
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      response.statusCode = status;
      response.setHeader("content-type", type);
      response.setHeader(
        "cache-control",
        url.pathname.startsWith("/assets/")
          ? "public, max-age=31536000, immutable"
          : "no-cache",
      );
      const accepts = /\bgzip\b/.test(
        String(request.headers["accept-encoding"]),
      );
      if (accepts && COMPRESSED.test(file)) {
        response.setHeader("content-encoding", "gzip");
        createReadStream(file).pipe(createGzip()).pipe(response);
      } else {
        createReadStream(file).pipe(response);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => server.close(),
  };
}

/** The first entry of a folder of pages (`articles/`, `speakers/`). */
async function firstPage(dir: string, folder: string): Promise<string> {
  const entries = (await readdir(path.join(dir, folder))).sort();
  const page = entries.find((name) =>
    existsSync(path.join(dir, folder, name, "index.html")),
  );
  if (!page) throw new Error(`No page under ${folder}/ in ${dir}.`);
  return `/${folder}/${page}/`;
}

async function main(): Promise<void> {
  let dist = option("dist");
  if (!dist) {
    const count = Number(option("n") ?? 0);
    const work = await mkdtemp(path.join(tmpdir(), "quote-reader-lighthouse-"));
    let seedsDir: string | undefined;
    if (count > 0) {
      seedsDir = path.join(work, "seeds");
      console.log(`Generating ${count} articles...`);
      await generateSeeds(seedsDir, count);
    }
    console.log("Building...");
    dist = (
      await buildSite({
        seedsDir,
        outDir: path.join(work, "dist"),
        env: { QUOTE_READER_CACHE: path.join(work, "cache") },
      })
    ).outDir;
  }
  dist = path.resolve(dist);
  const only = option("only");
  const kinds: [string, () => Promise<string>][] = [
    ["home", () => Promise.resolve("/")],
    ["article", () => firstPage(dist, "articles")],
    ["speakers index", () => Promise.resolve("/speakers/")],
    ["speaker", () => firstPage(dist, "speakers")],
  ];
  const pages: [string, string][] = [];
  for (const [name, route] of kinds)
    if (!only || name === only) pages.push([name, await route()]);
  const server = await serveGzip(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  let failed = false;
  const runs = Math.max(1, Number(option("runs") ?? 3));
  try {
    console.log(
      `${runs} run(s) a page, the median by performance shown; machine load ${loadavg()[0]!.toFixed(1)} at the start (performance is timed, so load lowers it).`,
    );
    console.log(
      `${"page".padEnd(16)}${CATEGORIES.map((c) => c.padStart(16)).join("")}`,
    );
    for (const [name, route] of pages) {
      const results: Result[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(`${server.origin}${route}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${route}.`);
        results.push(result.lhr);
      }
      const performance = (lhr: Result): number =>
        lhr.categories.performance?.score ?? 0;
      results.sort((a, b) => performance(a) - performance(b));
      const { categories, audits } = results[Math.floor(runs / 2)]!;
      const scores = CATEGORIES.map((c) => {
        const score = categories[c]?.score;
        return score === null || score === undefined
          ? "-"
          : String(Math.round(score * 100));
      });
      const range =
        runs > 1
          ? ` (performance ${Math.round(performance(results[0]!) * 100)}-${Math.round(performance(results[runs - 1]!) * 100)})`
          : "";
      console.log(
        `${name.padEnd(16)}${scores.map((s) => s.padStart(16)).join("")}${range}`,
      );
      // What cost points: audits that count toward a category and did not pass.
      for (const c of CATEGORIES) {
        for (const ref of categories[c]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (!audit || ref.weight === 0) continue;
          if (audit.score === null || audit.score >= 0.9) continue;
          failed = true;
          const value = audit.displayValue ? ` (${audit.displayValue})` : "";
          console.log(`    ${c}: ${audit.title}${value}`);
        }
      }
      const metrics = [
        "first-contentful-paint",
        "largest-contentful-paint",
        "total-blocking-time",
        "cumulative-layout-shift",
      ]
        .map((id) => `${id} ${audits[id]?.displayValue ?? "-"}`)
        .join(", ");
      console.log(`    ${metrics}`);
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  if (!option("dist"))
    console.log(`Built site in ${dist} (reuse with --dist).`);
  if (failed) console.log("Some audits cost points (listed above).");
}

await main();
