import { SearchIndex } from "./search-index.ts";
import type { SearchJob } from "./workers/search-worker.ts";
import { WorkerPool, threadCount } from "./workers/pool.ts";

const SEARCH_WORKER = new URL("./workers/search-worker.ts", import.meta.url);

/**
 * The search index's modules (path, source) for a build, from the articles' slugs and
 * terms in list order. Made on a worker thread when there is a second core: the build's
 * thread meanwhile renders a rebuild's few pages and writes the speakers' list pages
 * (at 10,000 articles the index is 0.3-0.5 s of work).
 */
export async function searchIndexFiles(
  slugs: string[],
  terms: string[],
): Promise<Iterable<[string, string]>> {
  const here = async () => (await SearchIndex.fromTerms(slugs, terms)).files();
  if (threadCount() < 2) return here();
  const pool = new WorkerPool<SearchJob, [string, string][]>(SEARCH_WORKER, 1);
  try {
    return await pool.run({ slugs, terms });
  } finally {
    void pool.close();
  }
}
