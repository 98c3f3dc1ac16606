import { createHash } from "node:crypto";
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { type BuiltArticle, hashText } from "../articles.ts";
import type { SeedIndex } from "../seed-store/seed-records.ts";
import { timed } from "../timings.ts";
import {
  type ExtractJob,
  type TextJob,
  canExtract,
} from "../workers/extract-worker.ts";
import { bundledEntry, threadCount } from "../workers/pool.ts";
import { codeVersion } from "./code-version.ts";
import { EXTRACT_WORKER, extractOnThreads } from "./extraction-threads.ts";
import {
  PackWriter,
  type Stored,
  appendToJournal,
  readStored,
} from "./pack.ts";
import { seedIndexFile } from "./seed-index.ts";
import { readLine } from "./stored-line.ts";
import { ArticleFile } from "./article-file.ts";
import { articleSpan, storedArticle } from "./stored-article.ts";

/**
 * Share of a build's seeds that must be new results or leftovers for the pack to be
 * written anew; below it, new results are appended to the journal.
 */
const REWRITE_SHARE = 0.1;
/** Lines copied to a new pack between waits for its writes: a few megabytes held. */
const DRAIN_EVERY = 256;

/**
 * A newly extracted result as the build keeps it: its article's JSON (from `json`, its
 * stored result) appended to `spill`, the article read back from there when asked for.
 */
function keepStored(
  built: BuiltArticle,
  json: string,
  spill: ArticleFile,
): BuiltArticle {
  const bytes = Buffer.from(json, "latin1");
  const span = articleSpan(bytes);
  if (!span) return built;
  const offset = spill.append(bytes.subarray(span.start, span.end));
  return {
    ...built,
    article: storedArticle(built.article, spill, offset, { bytes, ...span }),
  };
}

/**
 * Extraction results on disk, keyed by the extractor's code and the seed's file name,
 * slug and text: a rebuild extracts only the seeds that changed. Lives in
 * `<cacheDir>/extract/<version>/` (the plugin's `cacheDir`, by default
 * `node_modules/.cache/quote-reader`); results of an older extractor are deleted on
 * first use.
 *
 * One packed file holds every result (`pack.ts`), read in one go: the first
 * {@link extractAll} of a build reads it, and writes it anew with exactly that build's
 * seeds when many changed, so results of deleted or edited seeds go. A few new results,
 * and later calls' (a dev server's edits), are appended to a journal that the next
 * build folds in. Files are replaced by renaming a finished temporary file, so two
 * builds at once each leave a whole pack; a damaged line is a miss, never an error. An
 * article's text is parsed from its line when first read (`stored-line.ts`; a rebuild
 * reads few): damage inside a text alone, which the rest of the line cannot show, is an
 * error then, naming the cache folder to delete.
 */
export class ExtractionCache {
  private readonly root: string;
  private readonly threads: number;
  private folder: Promise<string> | undefined;
  /** Where this process keeps the articles it extracts (see `ArticleFile.spill`). */
  private spill: ArticleFile | undefined;
  private firstCall = true;

  /**
   * @param cacheDir the build's cache folder, absolute (the plugin's `cacheDir`)
   * @param threads threads extraction may use, this one included ({@link threadCount})
   */
  constructor(cacheDir: string, threads = threadCount()) {
    this.root = path.join(cacheDir, "extract");
    this.threads = threads;
  }

  /** This extractor's folder; removes the folders of other versions. */
  private dir(): Promise<string> {
    this.folder ??= (async () => {
      const version = await codeVersion();
      const dir = path.join(this.root, version);
      await mkdir(dir, { recursive: true });
      for (const old of await readdir(this.root))
        if (old !== version)
          void rm(path.join(this.root, old), { recursive: true, force: true });
      return dir;
    })();
    return this.folder;
  }

  /**
   * The version of the code that turns a seed into its article and its data module: an
   * article's module is the same whenever this, the seed's file name, slug and text are.
   */
  async version(): Promise<string> {
    return path.basename(await this.dir());
  }

  /** The stored results, being read ahead of the first {@link extractAll}. */
  private preloaded: Promise<Stored> | undefined;

  /**
   * Starts reading the stored results if the first {@link extractAll} has not come yet,
   * so that they load while the seeds are looked at. The worker threads' code gets
   * ready too (bundled, if it changed), for a scan with many misses.
   */
  preload(): void {
    if (!this.firstCall) return;
    this.preloaded ??= this.dir().then(readStored, () => new Map());
    bundledEntry(EXTRACT_WORKER).catch(() => undefined);
  }

  /**
   * Where a seed store keeps what it knew of each file of `seedsDir` (see `SeedIndex`):
   * one file per seeds folder, beside the results, so a new extractor version starts
   * from no records as from no results.
   */
  seedIndex(seedsDir: string): SeedIndex {
    return seedIndexFile(async () =>
      path.join(
        await this.dir(),
        `seeds-${createHash("sha256").update(path.resolve(seedsDir)).digest("hex").slice(0, 16)}.json`,
      ),
    );
  }

  private static key(job: ExtractJob): string {
    const hash = job.hash ?? hashText(job.text ?? "");
    return createHash("sha256")
      .update(`${job.file}\0${job.slug}\0${hash}`)
      .digest("hex");
  }

  /**
   * Extracts every job, from the cache where it can, the rest on worker threads (or on
   * this thread for a few), and stores the new results. Results are in the jobs' order;
   * a job without its text that the cache does not hold gets `undefined`.
   */
  async extractAll(
    jobs: readonly ExtractJob[],
  ): Promise<(BuiltArticle | undefined)[]> {
    return timed("extract", () => this.extractOrLoad(jobs));
  }

  private async extractOrLoad(
    jobs: readonly ExtractJob[],
  ): Promise<(BuiltArticle | undefined)[]> {
    const dir = await this.dir();
    const first = this.firstCall;
    this.firstCall = false;
    const keys = jobs.map((job) => ExtractionCache.key(job));
    // After the first call only edits come (a dev server's): one seed is quicker to
    // extract than a pack of thousands to read.
    const stored: Stored = first
      ? await (this.preloaded ?? readStored(dir))
      : new Map();
    this.preloaded = undefined;
    const results: (BuiltArticle | undefined)[] = new Array(jobs.length);
    // One stored line at a time: read, and kept as where it is (see `storedArticle`);
    // in the order of the files, which are read ahead (see `ArticleFile.bytes`).
    const lines = keys.flatMap((key, index) => {
      const line = stored.get(key);
      return line ? [{ index, line }] : [];
    });
    lines.sort((a, b) => a.line.offset - b.line.offset);
    let found = 0;
    for (const { index, line } of lines) {
      const built = readLine(line)?.built;
      if (!built) continue;
      results[index] = built;
      found += 1;
    }
    const misses = jobs.flatMap((job, index) =>
      results[index] || !canExtract(job) ? [] : [index],
    );
    // The pack is written anew (without the results no seed uses any more: edited or
    // deleted ones) when a build changes much; a few new results go to the journal,
    // as a dev server's do: one line rather than the whole pack.
    const unused = stored.size - found;
    const rewrite =
      first && unused + misses.length > jobs.length * REWRITE_SHARE;
    // Written as results come, not held until the last.
    const pack = rewrite ? await PackWriter.open(dir) : undefined;
    // In the order of the files too: the new pack keeps the old one's order.
    if (pack)
      for (const [position, { index, line }] of lines.entries()) {
        if (!results[index]) continue;
        pack.add(line.file.bytes(line.offset, line.length));
        if (position % DRAIN_EVERY === DRAIN_EVERY - 1) await pack.drain();
      }
    stored.clear();
    const journal: string[] = [];
    const spill = (): ArticleFile => (this.spill ??= ArticleFile.spill(dir));
    const extracted = await extractOnThreads(
      misses.map((index) => jobs[index] as TextJob),
      this.threads,
      (position, built, json) => {
        const line = `${keys[misses[position] as number]}\t${json}\n`;
        if (pack) pack.add(line);
        else journal.push(line);
        return keepStored(built, json, spill());
      },
    );
    misses.forEach((index, position) => {
      results[index] = extracted[position];
    });
    await pack?.finish();
    await appendToJournal(dir, journal);
    return results;
  }
}
