import { type Fragment, parseExcerpt } from "../excerpt.ts";
import { plural } from "../format.ts";
import { paths } from "../paths.ts";
import { loadSpeakers } from "./speakers.ts";

/** What a search result points at, for its label: `Quote`, `Text`, `Speaker`, `Article`. */
export type SearchKind = "article" | "paragraph" | "quote" | "speaker";

export type { Fragment };

export interface SearchHit {
  kind: SearchKind;
  /** Router path to open, at the match: `/articles/<slug>/#q-2`. */
  path: string;
  title: string;
  /** Text around the match, matched words marked. */
  excerpt: Fragment[];
}

/** The parts of Pagefind's browser API used here (pagefind.app/docs/api). */
interface PagefindAnchor {
  id: string;
  location: number;
  text?: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
  locations: number[];
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(
    term: string,
  ): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

/** Article results shown as the reader types. */
const MAX_HITS = 10;

let loading: Promise<Pagefind> | undefined;

/**
 * Loads the search index the first time search is used, and only then. The index is
 * written by the build (`dist/pagefind/`); the dev server has none.
 */
function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Result URLs relative to the site root are router paths; the router adds the base.
    await pagefind.options({ baseUrl: "/", excerptLength: 24 });
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Starts loading the index ahead of the first query (on focus of the search box). */
export function prepareSearch(): void {
  loadPagefind().catch(() => {});
}

/** The element a match falls in: the innermost anchor (quote mark or paragraph) before it. */
function anchorAt(data: PagefindData): PagefindAnchor | undefined {
  const at = data.locations[0] ?? 0;
  const before = data.anchors.filter(
    (anchor) => anchor.location <= at && /^[pq]-\d+$/.test(anchor.id),
  );
  const paragraph = before
    .filter((anchor) => anchor.id.startsWith("p-"))
    .at(-1);
  const quote = before.filter((anchor) => anchor.id.startsWith("q-")).at(-1);
  if (quote && (!paragraph || quote.location >= paragraph.location)) {
    const words = quote.text ? quote.text.split(/\s+/).length : Infinity;
    if (at < quote.location + words) return quote;
  }
  return paragraph;
}

function toHit(data: PagefindData): SearchHit {
  const path = data.url;
  const title = data.meta.title ?? path;
  const excerpt = parseExcerpt(data.excerpt);
  if (path.startsWith("/speakers/"))
    return { kind: "speaker", path, title, excerpt };
  const anchor = anchorAt(data);
  if (!anchor) return { kind: "article", path, title, excerpt };
  return {
    kind: anchor.id.startsWith("q-") ? "quote" : "paragraph",
    path: `${path}#${anchor.id}`,
    title,
    excerpt,
  };
}

/** Speakers shown above the article results. */
const MAX_SPEAKER_HITS = 3;

/** Speakers whose name has a word starting with each word of the query: `lav` finds Lavrov. */
async function searchSpeakers(query: string): Promise<SearchHit[]> {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const speakers = await loadSpeakers();
  return speakers
    .filter((speaker) => {
      const nameWords = speaker.name.toLocaleLowerCase().split(/[\s-]+/);
      return words.every((word) =>
        nameWords.some((nameWord) => nameWord.startsWith(word)),
      );
    })
    .slice(0, MAX_SPEAKER_HITS)
    .map((speaker) => ({
      kind: "speaker",
      path: paths.speaker(speaker.slug),
      title: speaker.name,
      excerpt: [
        {
          text: `${plural(speaker.quotes, "quote")} in ${plural(speaker.articles, "article")}`,
          match: false,
        },
      ],
    }));
}

/** Speakers by name, then articles matching the query, each pointing at its match. */
export async function search(query: string): Promise<SearchHit[]> {
  if (query.trim() === "") return [];
  const [speakers, articles] = await Promise.all([
    searchSpeakers(query),
    searchArticles(query),
  ]);
  return [...speakers, ...articles];
}

/** The Pagefind search in progress; the next one starts when it ends. */
let running: Promise<unknown> = Promise.resolve();

/**
 * Articles matching the query, best first, each pointing at the paragraph or quote.
 * One search at a time: typing starts a search per keystroke, and overlapping Pagefind
 * searches sometimes gave a result the match positions of another query (a quote hit
 * came back as a whole-article hit, about one time in twelve).
 */
function searchArticles(query: string): Promise<SearchHit[]> {
  const next = running.then(async () => {
    const pagefind = await loadPagefind();
    const found = await pagefind.search(query);
    if (!found) return [];
    return Promise.all(
      found.results
        .slice(0, MAX_HITS)
        .map(async (result) => toHit(await result.data())),
    );
  });
  running = next.catch(() => {});
  return next;
}
