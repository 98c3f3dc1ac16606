/**
 * `npm run bench:search -- --n 10000`: generates N articles (bench/generate.ts), builds the
 * site, and times search in Chromium as a reader meets it: the first query (which loads
 * the index), then queries typed after it, and how many bytes the index cost. Figures,
 * not a pass/fail test.
 */
import { mkdtemp, readdir, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../scripts/chromium.ts";
import { buildSite, serveStatic } from "../tests/support/site.ts";
import { generateSeeds } from "./generate.ts";

const argv = process.argv.slice(2);
const n = Number(argv[argv.indexOf("--n") + 1] ?? 1000) || 1000;
const QUERIES = [
  "minister",
  "housing plan",
  "warned budget",
  "transit",
  "hospital staff",
  "said",
  "zzzz",
  // Other forms of a word (`warned`, `warns`), a quoted phrase, a misspelt speaker.
  "warnings",
  '"waiting lists"',
  "Okafr",
];

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, {
    withFileTypes: true,
    recursive: true,
  })) {
    if (entry.isFile())
      total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const seeds = await mkdtemp(path.join(tmpdir(), "bench-search-"));
await generateSeeds(seeds, n);
const started = performance.now();
const site = await buildSite({ seedsDir: seeds });
const buildSeconds = (performance.now() - started) / 1000;
const server = await serveStatic(site.outDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  let indexBytes = 0;
  /** Everything fetched once the page is up: the index, speakers' list, search's code. */
  let allBytes = 0;
  let loaded = false;
  /** Responses whose bodies are still being counted: waited for before a figure is read. */
  const counting = new Set<Promise<void>>();
  page.on("response", (response) => {
    if (!loaded) return;
    const count = (async () => {
      // Gzipped as a static host would serve them.
      const size = gzipSync(
        await response.body().catch(() => Buffer.alloc(0)),
      ).length;
      allBytes += size;
      // The index's modules and the articles whose matches are shown.
      if (/\/data\/(search|articles)\//.test(response.url()))
        indexBytes += size;
    })();
    counting.add(count);
    void count.finally(() => counting.delete(count));
  });
  const counted = async (): Promise<void> => {
    await page.waitForLoadState("networkidle");
    while (counting.size > 0) await Promise.all(counting);
  };
  await page.goto(`${server.origin}/`);
  await page.waitForSelector("button[aria-pressed]");
  await page.waitForLoadState("networkidle");
  loaded = true;
  // Plain JavaScript run in the page (a string, so no bundler helpers leak into it): types
  // the query the way a reader's keystroke does and waits until results are on screen.
  const TYPE_AND_WAIT = `async (text) => {
    const input = document.querySelector('input[type="search"]');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    const status = () => document.querySelector('section[aria-label="Search results"] p[aria-live]');
    const begin = performance.now();
    setter.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    if (text === "") return 0;
    await new Promise((resolve) => {
      const check = () => {
        const now = status();
        if (now && now.textContent !== "" && now.textContent !== "Searching…") resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - begin;
  }`;
  const timeQuery = (query: string): Promise<number> =>
    page.evaluate(
      `(${TYPE_AND_WAIT})(${JSON.stringify(query)})`,
    ) as Promise<number>;
  const first = await timeQuery("minister");
  await counted();
  const firstBytes = indexBytes;
  const firstAllBytes = allBytes;
  const times: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    for (const query of QUERIES) {
      await timeQuery("");
      times.push(await timeQuery(query));
    }
  }
  await counted();
  times.sort((a, b) => a - b);
  const at = (p: number): string =>
    (times[Math.floor(p * (times.length - 1))] ?? 0).toFixed(0);
  console.table({
    articles: n,
    "build (s)": buildSeconds.toFixed(1),
    "index on disk (MB)": (
      (await folderBytes(path.join(site.outDir, "data/search"))) / 1e6
    ).toFixed(1),
    "first query, index loading (ms)": first.toFixed(0),
    "fetched by first query (KB)": (firstBytes / 1024).toFixed(0),
    "first query, with speakers and code (KB)": (firstAllBytes / 1024).toFixed(
      0,
    ),
    "query median (ms)": at(0.5),
    "query p95 (ms)": at(0.95),
    "fetched after all queries (KB)": (indexBytes / 1024).toFixed(0),
  });
} finally {
  await browser.close();
  await server.close();
}
