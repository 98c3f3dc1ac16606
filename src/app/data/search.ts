import MiniSearch from "minisearch";
import { SEARCH_OPTIONS, type SearchDocument } from "../../model/search.ts";

export interface SearchHit extends Omit<SearchDocument, "id"> {
  /** Words of the document that matched, lower-cased: what to highlight. */
  terms: string[];
}

/** Results shown as the reader types. */
const MAX_HITS = 20;

let loading: Promise<MiniSearch<SearchDocument>> | undefined;

/** Loads the search index the first time search is used, and only then. */
function loadIndex(): Promise<MiniSearch<SearchDocument>> {
  loading ??= import("virtual:quote-reader/search").then(({ default: json }) =>
    MiniSearch.loadJSON<SearchDocument>(json, {
      fields: [...SEARCH_OPTIONS.fields],
      storeFields: [...SEARCH_OPTIONS.storeFields],
    }),
  );
  return loading;
}

/** Starts loading the index ahead of the first query (on focus of the search box). */
export function prepareSearch(): void {
  void loadIndex();
}

/** Titles, paragraphs, quotes and speakers matching every word, best first. */
export async function search(query: string): Promise<SearchHit[]> {
  if (query.trim() === "") return [];
  const index = await loadIndex();
  return index
    .search(query, {
      prefix: true,
      fuzzy: 0.15,
      combineWith: "AND",
      boost: { title: 3, speaker: 2 },
    })
    .slice(0, MAX_HITS)
    .map((result) => ({
      kind: result.kind as SearchDocument["kind"],
      slug: result.slug as string,
      title: result.title as string,
      anchor: result.anchor as string,
      text: result.text as string,
      speaker: result.speaker as string,
      terms: result.terms,
    }));
}
