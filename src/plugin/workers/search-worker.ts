import { modulesOf } from "../data-modules.ts";
import { SearchIndex } from "../search-index.ts";

/** What the search index is made from: the articles' slugs and terms, in list order. */
export interface SearchJob {
  slugs: string[];
  terms: string[];
}

/** The search index's modules (path, source), made on this thread (see data-modules.ts). */
export async function handle({
  slugs,
  terms,
}: SearchJob): Promise<[string, string][]> {
  const search = await SearchIndex.fromTerms(slugs, terms);
  return modulesOf({ search });
}
