import { handle } from "./workers/search-worker.ts";
import { startOneCall, threadCount } from "./workers/pool.ts";

const SEARCH_WORKER = new URL("./workers/search-worker.ts", import.meta.url);

/** Makes a build's search index, once: see {@link startSearchThread}. */
export interface SearchThread {
  /**
   * The index's modules (path, source), from the articles' slugs and terms in list
   * order. The thread stops once they are made.
   */
  files(slugs: string[], terms: string[]): Promise<[string, string][]>;
}

/**
 * A worker thread for the build's search index when there is a second core, started
 * now so that it is ready when the scan ends: the build's thread meanwhile makes the
 * speakers' and the list's data, renders a rebuild's few pages and writes the speakers'
 * list pages (at 10,000 articles the index is 0.3-0.5 s of work). Else (`threads` is 1),
 * this thread.
 */
export function startSearchThread(threads = threadCount()): SearchThread {
  const run = startOneCall(SEARCH_WORKER, handle, threads);
  return { files: (slugs, terms) => run({ slugs, terms }) };
}
