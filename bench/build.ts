import { execFile, spawn } from "node:child_process";
import {
  appendFile,
  cp,
  mkdir,
  symlink,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../scripts/chromium.ts";
import { serveStatic } from "../tests/support/site.ts";
import { generateArticle, generateSeeds } from "./generate.ts";

/**
 * `npm run bench -- --n 4000 [--vs-eleventy [--runs 3]] [--seed 1] [--no-rebuild]
 * [--no-browser] [--no-dev] [--keep]`: generates N articles (bench/generate.ts) in a
 * temporary folder, builds them with a cold extraction cache, and prints per-phase wall
 * times, peak memory, the output's size, the home page's first-load bytes; then a
 * rebuild after changing one article, list interactions timed in Chromium, and the dev
 * server's first page and edit-to-screen time. `--vs-eleventy` also builds the same
 * articles as Markdown with Eleventy and prints our time divided by its: from the
 * medians of `--runs` cold builds each, ours and Eleventy's taking turns, since one
 * run of either can be 20% off on a disk whose speed varies. The cold build writes to a
 * fresh folder (deleting a large dist/ and rewriting it at once is slow on some disks);
 * the rebuild writes into the same folder, as running `npm run build` again does.
 */

const PROJECT = path.resolve(import.meta.dirname, "..");
/** The project as it was when the bench started (see {@link snapshot}). */
let ROOT = PROJECT;

/**
 * Copies the project's files (not node_modules, which is linked) into `dir` and builds
 * from there: edits made to the working tree while the bench runs (other people's, an
 * editor's) must not land between the cold build and the rebuild.
 */
async function snapshot(dir: string): Promise<string> {
  const skip = new Set([".git", "node_modules", "dist", "coverage"]);
  await cp(PROJECT, dir, {
    recursive: true,
    filter: (source) =>
      !skip.has(path.relative(PROJECT, source).split(path.sep)[0] ?? ""),
  });
  await symlink(
    path.join(PROJECT, "node_modules"),
    path.join(dir, "node_modules"),
    "dir",
  );
  return dir;
}
const execute = promisify(execFile);

interface Options {
  n: number;
  seed: number;
  eleventy: boolean;
  /** Cold builds of each, ours and Eleventy's, for the comparison. */
  runs: number;
  rebuild: boolean;
  browser: boolean;
  dev: boolean;
  keep: boolean;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string, fallback: number): number => {
    const index = argv.indexOf(name);
    return index >= 0 ? Number(argv[index + 1]) : fallback;
  };
  return {
    n: value("--n", 1000),
    seed: value("--seed", 1),
    eleventy: argv.includes("--vs-eleventy"),
    runs: Math.max(1, value("--runs", 3)),
    rebuild: !argv.includes("--no-rebuild"),
    browser: !argv.includes("--no-browser"),
    dev: !argv.includes("--no-dev"),
    keep: argv.includes("--keep"),
  };
}

interface BuildResult {
  wallMs: number;
  phases: Record<string, number>;
  peakRssBytes: number;
  outDir: string;
}

/**
 * What `npm run build` and `npm run dev` set (package.json): Vite skips checking the
 * config's modules for its future native loader, a JavaScript parse of each (0.2 s);
 * Rolldown's allocator commits memory as it is used instead of whole arenas at once,
 * which the kernel backs with 2 MB pages it must clear first (0.3-0.5 s of CPU).
 */
const AS_NPM_SCRIPTS = {
  VITE_CONFIG_NATIVE_IGNORE_WARNING: "true",
  MIMALLOC_ARENA_EAGER_COMMIT: "0",
};

/**
 * `vite build` in a child process, as a user runs it. The extraction cache is `cache/`
 * in `work` (the cold build fills it, the rebuild uses it) unless `cacheDir` is given.
 */
async function viteBuild(
  work: string,
  seedsDir: string,
  label: string,
  outDir = path.join(work, `out-${label}`),
  cacheDir = path.join(work, "cache"),
): Promise<BuildResult> {
  const timings = path.join(work, `timings-${label}.json`);
  const start = performance.now();
  await execute(
    path.join(ROOT, "node_modules/.bin/vite"),
    ["build", "--logLevel", "warn"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        SEEDS_DIR: seedsDir,
        OUT_DIR: outDir,
        QUOTE_READER_TIMINGS: timings,
        QUOTE_READER_CACHE: cacheDir,
        NODE_ENV: "production",
        ...AS_NPM_SCRIPTS,
      },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const wallMs = performance.now() - start;
  const { peakRssBytes, ...phases } = JSON.parse(
    await readFile(timings, "utf8"),
  ) as Record<string, number>;
  return { wallMs, phases, peakRssBytes: peakRssBytes ?? 0, outDir };
}

async function folderSize(
  dir: string,
): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, {
    withFileTypes: true,
    recursive: true,
  })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

/**
 * What the home page fetches before it is interactive: its HTML, the scripts and
 * stylesheets it names, and the chunks the entry imports statically (its modulepreload
 * links), each gzipped.
 */
async function firstLoad(
  outDir: string,
): Promise<{ total: number; parts: [string, number][] }> {
  const html = await readFile(path.join(outDir, "index.html"), "utf8");
  const parts: [string, number][] = [["index.html", gzipSync(html).length]];
  const urls = new Set<string>();
  for (const match of html.matchAll(
    /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"[^>]*>/g,
  )) {
    const tag = match[0];
    if (
      tag.startsWith("<link") &&
      !/rel="(stylesheet|modulepreload)"/.test(tag)
    )
      continue;
    urls.add(match[1] as string);
  }
  for (const url of urls) {
    const file = path.join(
      outDir,
      url.replace(/^\/+/, "").split("?")[0] as string,
    );
    const body = await readFile(file).catch(() => null);
    if (body) parts.push([path.basename(file), gzipSync(body).length]);
  }
  return { total: parts.reduce((sum, [, bytes]) => sum + bytes, 0), parts };
}

/** Median of a few runs. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * In Chromium against the built site: opening the next page of the list and filtering it
 * by a speaker, each timed from the click (or change) to the list showing the new
 * articles; the first of each includes fetching its data module.
 */
async function browserTimings(outDir: string): Promise<Record<string, number>> {
  const server = await serveStatic(outDir, "/");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`, { waitUntil: "networkidle" });
    const firstSlug = async (): Promise<string> =>
      (await page
        .locator('ul[aria-label="Articles"] a')
        .first()
        .getAttribute("href")) ?? "";
    const nextPage: number[] = [];
    for (let turn = 0; turn < 5; turn += 1) {
      const before = await firstSlug();
      // In-page code as a string: the bundler's helpers (`__name`) do not exist there.
      const ms = (await page.evaluate(`(async () => {
        const start = performance.now();
        document.querySelector('a[rel="next"]').click();
        await new Promise((resolve) => {
          const check = () => {
            const link = document.querySelector('ul[aria-label="Articles"] a');
            if (link && link.getAttribute("href") !== ${JSON.stringify(before)}) resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - start;
      })()`)) as number;
      nextPage.push(ms);
    }
    await page.goto(`${server.origin}/`, { waitUntil: "networkidle" });
    const names = (await page.evaluate(
      `[...document.querySelectorAll("select option")].map((option) => option.value).filter(Boolean)`,
    )) as string[];
    const filter: number[] = [];
    // The top speaker, then speakers from the middle and the tail of the list.
    for (const name of [
      names[0],
      names[1],
      names[Math.floor(names.length / 2)],
      names[names.length - 1],
      names[5],
    ]) {
      if (!name) continue;
      const ms = (await page.evaluate(`(async () => {
        const speaker = ${JSON.stringify(name)};
        const select = document.querySelector("select");
        const start = performance.now();
        select.value = speaker;
        select.dispatchEvent(new Event("change", { bubbles: true }));
        await new Promise((resolve) => {
          const check = () => {
            const status = document.querySelector('[aria-live="polite"]')?.textContent ?? "";
            if (status.includes("quoting " + speaker)) resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - start;
      })()`)) as number;
      filter.push(ms);
    }
    return {
      speakerOptions: names.length,
      nextPageFirst: nextPage[0] ?? NaN,
      nextPageMedian: median(nextPage),
      filterFirst: filter[0] ?? NaN,
      filterMedian: median(filter),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** `vite` dev server on the seeds: time to its first page, then from a seed edit to the page showing it. */
async function devTimings(
  seedsDir: string,
  cacheDir: string,
  n: number,
  seed: number,
): Promise<Record<string, number>> {
  const port = 5300 + Math.floor(Math.random() * 500);
  const start = performance.now();
  const child = spawn(
    path.join(ROOT, "node_modules/.bin/vite"),
    ["--port", String(port), "--strictPort"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        SEEDS_DIR: seedsDir,
        QUOTE_READER_CACHE: cacheDir,
        ...AS_NPM_SCRIPTS,
      },
      stdio: "ignore",
    },
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (;;) {
      const ok = await page.goto(`http://127.0.0.1:${port}/`).then(
        () => true,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await page
      .locator('ul[aria-label="Articles"] li')
      .first()
      .waitFor({ timeout: 120_000 });
    const firstPage = performance.now() - start;
    // Edit the first article's title: it is on the open page.
    const { name, text } = generateArticle(0, seed);
    const marker = `Edited ${Date.now()}`;
    const edited = performance.now();
    await writeFile(path.join(seedsDir, name), text.replace(/^[^\n]*/, marker));
    // Checked in the page every frame: a locator's wait polls at up to 500 ms.
    await page.waitForFunction(
      `document.body.textContent.includes(${JSON.stringify(marker)})`,
      undefined,
      { polling: "raf", timeout: 60_000 },
    );
    const edit = performance.now() - edited;
    return { devFirstPage: firstPage, devEdit: edit, articles: n };
  } finally {
    await browser.close();
    child.kill();
  }
}

/** The same articles as Markdown with a minimal layout, for Eleventy: the site's folder. */
async function eleventySite(
  work: string,
  n: number,
  seed: number,
): Promise<string> {
  const site = path.join(work, "eleventy");
  const input = path.join(site, "articles");
  // Eleventy looks for layouts in `<input>/_includes/`.
  await mkdir(path.join(input, "_includes"), { recursive: true });
  await writeFile(
    path.join(input, "_includes", "article.njk"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n`,
  );
  for (let index = 0; index < n; index += 1) {
    const { name, text } = generateArticle(index, seed);
    const [title = "", ...paragraphs] = text.trim().split("\n\n");
    const markdown = `---\ntitle: ${JSON.stringify(title)}\nlayout: article.njk\n---\n\n# ${title}\n\n${paragraphs.join("\n\n")}\n`;
    await writeFile(path.join(input, name.replace(/\.txt$/, ".md")), markdown);
  }
  return site;
}

/** Eleventy builds the site into a new folder: its wall time. */
async function eleventy(site: string, run: number): Promise<number> {
  await settleDisk();
  const start = performance.now();
  await execute(
    path.join(ROOT, "node_modules/.bin/eleventy"),
    ["--input=articles", `--output=_site-${run}`, "--quiet"],
    {
      cwd: site,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return performance.now() - start;
}

/**
 * Before each timed step (a build, the browser's, the dev server's): writes still in the
 * kernel's cache (the seeds just generated, the last build's pages) go to disk first, so
 * that one step's writeback does not slow the next step's clock, ours or Eleventy's.
 */
async function settleDisk(): Promise<void> {
  await execute("sync").catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 2000));
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const work = await mkdtemp(path.join(tmpdir(), "quote-reader-bench-"));
  const seedsDir = path.join(work, "seeds");
  const rows: [string, string][] = [];
  ROOT = await snapshot(path.join(work, "project"));
  const note = (label: string, value: string): void => {
    rows.push([label, value]);
    console.log(`${label}: ${value}`);
  };
  try {
    await generateSeeds(seedsDir, options.n, options.seed);
    note("articles", `${options.n} (seed ${options.seed})`);
    // Other work on the machine slows every figure: say how busy it was.
    note("load average at start (1 min)", loadavg()[0]?.toFixed(1) ?? "?");

    await settleDisk();
    const cold = await viteBuild(work, seedsDir, "cold");
    for (const phase of ["read", "extract", "bundle", "write", "prerender"])
      note(`  ${phase}`, s(cold.phases[phase] ?? 0));
    // Other timed steps (the search index runs beside prerendering), and memory peaks.
    const main = [
      "read",
      "extract",
      "bundle",
      "write",
      "prerender",
      "total",
      "cpu",
      "cpuKernel",
    ];
    for (const [phase, value] of Object.entries(cold.phases))
      if (!main.includes(phase) && !phase.startsWith("peakRssBytes"))
        note(`    also timed: ${phase}`, s(value));
    note("build, cold cache (wall)", s(cold.wallMs));
    note(
      "  CPU time, all threads",
      `${s(cold.phases.cpu ?? 0)} (in the kernel: ${s(cold.phases.cpuKernel ?? 0)})`,
    );
    note("peak memory", mb(cold.peakRssBytes));
    for (const [phase, value] of Object.entries(cold.phases))
      if (phase.startsWith("peakRssBytes "))
        note(`  peak during ${phase.slice("peakRssBytes ".length)}`, mb(value));
    const size = await folderSize(cold.outDir);
    note("output", `${mb(size.bytes)} in ${size.files} files`);
    const load = await firstLoad(cold.outDir);
    note(
      "home first load (gzip)",
      `${kb(load.total)} (${load.parts.map(([file, bytes]) => `${file} ${kb(bytes)}`).join(", ")})`,
    );

    if (options.rebuild) {
      const { name } = generateArticle(1, options.seed);
      await appendFile(
        path.join(seedsDir, name),
        "\nOne more sentence, added for the rebuild.\n",
      );
      // Into the same folder, as `npm run build` run again: what did not change is kept.
      await settleDisk();
      const warm = await viteBuild(work, seedsDir, "rebuild", cold.outDir);
      note(
        "rebuild, one article changed (wall)",
        `${s(warm.wallMs)} = ${((100 * warm.wallMs) / cold.wallMs).toFixed(0)}% of cold`,
      );
      note(
        "  phases",
        Object.entries(warm.phases)
          .filter(([phase]) => !phase.startsWith("peakRssBytes"))
          .map(([phase, ms]) => `${phase} ${s(ms)}`)
          .join(", "),
      );
    }

    if (options.eleventy) {
      const site = await eleventySite(work, options.n, options.seed);
      // Taking turns, each into new folders (deleting hundreds of megabytes slows this
      // disk for a minute): the first of ours is the cold build above.
      const ours = [cold.wallMs];
      const cpu = [cold.phases];
      const theirs: number[] = [];
      for (let turn = 1; turn <= options.runs; turn += 1) {
        theirs.push(await eleventy(site, turn));
        if (turn === options.runs) break;
        await settleDisk();
        const again = await viteBuild(
          work,
          seedsDir,
          `cold-${turn + 1}`,
          undefined,
          path.join(work, `cache-${turn + 1}`),
        );
        ours.push(again.wallMs);
        cpu.push(again.phases);
      }
      const list = (values: number[]): string => values.map(s).join(", ");
      note(`cold builds of ours (wall), ${ours.length} runs`, list(ours));
      note(
        "  their CPU time (in the kernel)",
        cpu
          .map(
            (phases) => `${s(phases.cpu ?? 0)} (${s(phases.cpuKernel ?? 0)})`,
          )
          .join(", "),
      );
      note(
        `Eleventy, same articles as Markdown (wall), ${theirs.length} runs`,
        list(theirs),
      );
      note(
        "ours / Eleventy (medians)",
        `${s(median(ours))} / ${s(median(theirs))} = ${(median(ours) / median(theirs)).toFixed(2)}x`,
      );
    }

    if (options.browser) {
      // The builds' files reach the disk first, as before each timed build: Chromium
      // writes its caches (and the service worker's) as the list is used.
      await settleDisk();
      const timings = await browserTimings(cold.outDir);
      note("speaker options on the list", String(timings.speakerOptions));
      note(
        "next page of the list (first, median of 5)",
        `${timings.nextPageFirst?.toFixed(0)} ms, ${timings.nextPageMedian?.toFixed(0)} ms`,
      );
      note(
        "filter by speaker (first, median of 5)",
        `${timings.filterFirst?.toFixed(0)} ms, ${timings.filterMedian?.toFixed(0)} ms`,
      );
    }

    if (options.dev) {
      await settleDisk();
      const dev = await devTimings(
        seedsDir,
        path.join(work, "cache"),
        options.n,
        options.seed,
      );
      note("dev: first page (warm cache)", s(dev.devFirstPage ?? 0));
      note("dev: seed edit shown", `${dev.devEdit?.toFixed(0)} ms`);
    }

    note("load average at end (1 min)", loadavg()[0]?.toFixed(1) ?? "?");
    console.log("\n| measure | value |\n| --- | --- |");
    for (const [label, value] of rows)
      console.log(`| ${label.trim()} | ${value} |`);
  } finally {
    if (options.keep) console.log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

await main();
