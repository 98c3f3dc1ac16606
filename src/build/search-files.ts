import { type SearchJob, handle } from "./workers/search-worker.ts";
import { WorkerPool, threadCount } from "./workers/pool.ts";

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
 * list pages (at 10,000 articles the index is 0.3-0.5 s of work). Else, this thread.
 */
export function startSearchThread(): SearchThread {
  // What the thread runs, here.
  if (threadCount() < 2)
    return { files: (slugs, terms) => handle({ slugs, terms }) };
  const pool = new WorkerPool<SearchJob, [string, string][]>(SEARCH_WORKER, 1);
  return {
    async files(slugs, terms) {
      try {
        return await pool.run({ slugs, terms });
      } finally {
        void pool.close();
      }
    },
  };
}
