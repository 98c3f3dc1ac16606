import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { type BuiltArticle, buildArticle } from "./articles.ts";
import type { ExtractJob } from "./workers/extract-worker.ts";
import { timed } from "./timings.ts";
import { WorkerPool, threadCount } from "./workers/pool.ts";

const SRC = new URL("../", import.meta.url);

/** Seeds per message to a worker: large enough that messaging costs little, small enough to balance. */
const BATCH = 40;
/** Below this many misses, extracting on the main thread beats starting workers (~0.4 s). */
const MIN_FOR_WORKERS = 300;

/** The build's cache folder: `QUOTE_READER_CACHE`, else `node_modules/.cache/quote-reader`. */
export function cacheRoot(projectRoot: string): string {
  return process.env.QUOTE_READER_CACHE
    ? path.resolve(process.env.QUOTE_READER_CACHE)
    : path.join(projectRoot, "node_modules/.cache/quote-reader");
}

/**
 * Hash of the code whose output is cached (the extractor, `buildArticle`, the model), so
 * changing the extractor empties the cache instead of serving stale results.
 */
async function codeVersion(): Promise<string> {
  const hash = createHash("sha256");
  const files: string[] = [];
  const walk = async (dir: URL): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const url = new URL(entry.name + (entry.isDirectory() ? "/" : ""), dir);
      if (entry.isDirectory()) await walk(url);
      else files.push(url.pathname);
    }
  };
  await walk(new URL("extract/", SRC));
  files.push(
    new URL("build/articles.ts", SRC).pathname,
    new URL("model/article.ts", SRC).pathname,
  );
  for (const file of files.sort())
    hash.update(file).update(await readFile(file));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Extraction results on disk, one JSON file per seed, keyed by the extractor's code and
 * the seed's file name, slug and text: a rebuild extracts only the seeds that changed.
 * Lives in `node_modules/.cache/quote-reader/extract/` (`QUOTE_READER_CACHE` moves the
 * cache folder); results of an older extractor are deleted on first use.
 */
export class ExtractionCache {
  private readonly root: string;
  private folder: Promise<string> | undefined;

  constructor(projectRoot: string) {
    this.root = path.join(cacheRoot(projectRoot), "extract");
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

  private static key(job: ExtractJob): string {
    return createHash("sha256")
      .update(`${job.file}\0${job.slug}\0`)
      .update(job.text)
      .digest("hex");
  }

  /**
   * Extracts every job, from the cache where it can, the rest on worker threads (or on
   * this thread for a few), and stores the new results. Results are in the jobs' order.
   */
  async extractAll(jobs: readonly ExtractJob[]): Promise<BuiltArticle[]> {
    return timed("extract", () => this.extractOrLoad(jobs));
  }

  private async extractOrLoad(
    jobs: readonly ExtractJob[],
  ): Promise<BuiltArticle[]> {
    const dir = await this.dir();
    const files = jobs.map((job) =>
      path.join(dir, `${ExtractionCache.key(job)}.json`),
    );
    const results: (BuiltArticle | undefined)[] = new Array(jobs.length);
    await inBatches(jobs.length, 64, async (index) => {
      const cached = await readFile(files[index] as string, "utf8").catch(
        () => undefined,
      );
      if (cached !== undefined)
        results[index] = JSON.parse(cached) as BuiltArticle;
    });
    const misses = jobs.flatMap((_, index) => (results[index] ? [] : [index]));
    const threads = threadCount();
    if (misses.length >= MIN_FOR_WORKERS && threads > 1) {
      const pool = new WorkerPool<ExtractJob[], BuiltArticle[]>(
        new URL("./workers/extract-worker.ts", import.meta.url),
        threads,
      );
      try {
        const batches: number[][] = [];
        for (let from = 0; from < misses.length; from += BATCH)
          batches.push(misses.slice(from, from + BATCH));
        await Promise.all(
          batches.map(async (batch) => {
            const built = await pool.run(
              batch.map((index) => jobs[index] as ExtractJob),
            );
            batch.forEach(
              (index, position) => (results[index] = built[position]),
            );
          }),
        );
      } finally {
        void pool.close();
      }
    } else {
      for (const index of misses) {
        const job = jobs[index] as ExtractJob;
        results[index] = buildArticle(job.file, job.slug, job.text);
      }
    }
    await inBatches(misses.length, 64, (position) => {
      const index = misses[position] as number;
      return writeFile(
        files[index] as string,
        JSON.stringify(results[index]),
      ).catch(() => undefined);
    });
    return results as BuiltArticle[];
  }
}

/** Runs `task(0..count-1)`, `parallel` at a time. */
async function inBatches(
  count: number,
  parallel: number,
  task: (index: number) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, lane));
}
