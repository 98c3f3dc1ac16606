import { appendFile, mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { generateArticle, generateSeeds } from "./generate.ts";
import { browserTimings } from "./site-bench/browser.ts";
import { devTimings } from "./site-bench/dev-server.ts";
import { eleventy, eleventySite } from "./site-bench/eleventy.ts";
import { kb, mb, median, s, settleDisk } from "./site-bench/measure.ts";
import { parseOptions } from "./site-bench/options.ts";
import { folderSize, firstLoad } from "./site-bench/output.ts";
import { snapshot, viteBuild } from "./site-bench/project.ts";

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

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const work = await mkdtemp(path.join(tmpdir(), "quote-reader-bench-"));
  const seedsDir = path.join(work, "seeds");
  const rows: [string, string][] = [];
  const root = await snapshot(path.join(work, "project"));
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
    const cold = await viteBuild(root, work, seedsDir, "cold");
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
      const warm = await viteBuild(
        root,
        work,
        seedsDir,
        "rebuild",
        cold.outDir,
      );
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
        theirs.push(await eleventy(root, site, turn));
        if (turn === options.runs) break;
        await settleDisk();
        const again = await viteBuild(
          root,
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
      const dev = await devTimings(root, seedsDir, path.join(work, "cache"));
      note("dev: first page (warm cache)", s(dev.devFirstPage));
      note("dev: seed edit shown", `${dev.devEdit.toFixed(0)} ms`);
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
