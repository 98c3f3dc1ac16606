import { setImmediate as nextTurn } from "node:timers/promises";
import { type BuiltArticle, buildArticle } from "../articles.ts";
import {
  type ExtractInit,
  type TextJob,
  jobText,
  parseStoredResult,
  storedResult,
} from "../workers/extract-worker.ts";
import { WorkerPool } from "../workers/pool.ts";

export const EXTRACT_WORKER = new URL(
  "../workers/extract-worker.ts",
  import.meta.url,
);

/**
 * Most seeds a worker extracts per call, before it sends their results: enough that its
 * messages are few, few enough that this thread takes results in as they come. Calls end
 * sooner when no seed is left, so a large one costs nothing at the end.
 */
const CALL_SEEDS = 250;
/** Seeds this thread extracts between looking at the workers' messages. */
const MAIN_BATCH = 10;
/**
 * Calls in flight per worker: one working, three waiting, so that a worker goes on
 * while this thread is busy elsewhere (Vite loading a plugin's modules holds it for a
 * while at once). A waiting call takes its seeds when it starts: none left, it ends.
 */
const IN_FLIGHT = 4;
/** Below this many jobs, extracting on this thread beats starting workers and copying the texts to them. */
const MIN_FOR_WORKERS = 300;

/**
 * Extracts the jobs: when there are many, on this thread and `threads - 1` worker
 * threads, else here. Results are in the jobs' order; each one goes to `store` with its
 * {@link storedResult} JSON as it comes (`store(3, built, '{"article":{…},…}')`), which
 * gives back the result to keep (one that holds less: see `storedArticle`).
 *
 * This thread extracts too rather than only waiting: it would otherwise sit idle while
 * the workers start, and a worker per core on top of it would leave the cores
 * shared three ways while it takes in their results. Every thread takes the next seed
 * off one shared counter, so a thread never waits for work while another has some.
 */
export async function extractOnThreads(
  jobs: readonly TextJob[],
  threads: number,
  store: (index: number, built: BuiltArticle, json: string) => BuiltArticle,
): Promise<(BuiltArticle | undefined)[]> {
  const results: (BuiltArticle | undefined)[] = new Array(jobs.length);
  /** Seeds whose file changed since it was hashed: no result. */
  const gone = new Set<number>();
  const here = (index: number): void => {
    const job = jobs[index] as TextJob;
    const text = jobText(job);
    if (text === undefined) {
      gone.add(index);
      return;
    }
    const built = buildArticle(job.file, job.slug, text);
    const json = storedResult(built);
    // Kept as parsed from its JSON, as a worker's result is: the extractor's strings
    // are slices of the seed's text, and would keep all of it.
    results[index] = store(index, parseStoredResult(json) ?? built, json);
  };
  const workers = threads - 1;
  if (jobs.length < MIN_FOR_WORKERS || workers < 1) {
    for (let index = 0; index < jobs.length; index += 1) here(index);
    return results;
  }
  const next = new Int32Array(new SharedArrayBuffer(4));
  const init: ExtractInit = { jobs, next };
  const pool = new WorkerPool<number, [number, string | null][]>(
    EXTRACT_WORKER,
    workers,
    init,
  );
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed) {
      const done = await pool.run(CALL_SEEDS).catch(() => undefined);
      // A worker that failed costs time, never articles: what it had taken is
      // extracted here at the end.
      if (!done) failed = true;
      else
        for (const [index, json] of done) {
          if (json === null) {
            gone.add(index);
            continue;
          }
          const built = parseStoredResult(json);
          if (!built) {
            here(index);
            continue;
          }
          results[index] = store(index, built, json);
        }
      if (!done || done.length < CALL_SEEDS) return;
    }
  };
  try {
    const lanes = Array.from({ length: workers * IN_FLIGHT }, lane);
    // Small turns here: the workers' results wait while this thread extracts.
    for (let taken = 0; ; taken += 1) {
      const index = Atomics.add(next, 0, 1);
      if (index >= jobs.length) break;
      here(index);
      if (taken % MAIN_BATCH === MAIN_BATCH - 1) await nextTurn();
    }
    await Promise.all(lanes);
    for (let index = 0; index < jobs.length; index += 1)
      if (!results[index] && !gone.has(index)) here(index);
  } finally {
    void pool.close();
  }
  return results;
}
