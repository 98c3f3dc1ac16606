import { loadData } from "virtual:quote-reader/data";
import type { Article } from "../../model/article.ts";
import {
  DOCS_PER_MODULE,
  type Fragment,
  type TermGroup,
  coverage,
  docsDataPath,
  excerpt,
  queryWords,
  rank,
  termGroup,
  termsDataPath,
} from "../../model/search.ts";
import { plural } from "../../model/format.ts";
import { paths } from "../../model/paths.ts";
import { loadArticle } from "./articles.ts";
import { loadSpeakers } from "./speakers.ts";

/** What a search result points at, for its label: `Quote`, `Text`, `Speaker`, `Article`. */
export type SearchKind = "article" | "paragraph" | "quote" | "speaker";

export type { Fragment };

export interface SearchHit {
  kind: SearchKind;
  /** Router path to open, at the match: `/articles/<slug>/#q-2`. */
  path: string;
  title: string;
  /** An article's date (`Article.date`); absent for a speaker. */
  date?: string | null;
  /** Text around the match, matched words marked. */
  excerpt: Fragment[];
}

/** Article results shown as the reader types. */
const MAX_HITS = 10;

/** Term groups and article tables already fetched (modules are cached by the browser too). */
const groups = new Map<string, Promise<TermGroup | null>>();
const docTables = new Map<number, Promise<string[]>>();

function loadGroup(key: string): Promise<TermGroup | null> {
  let group = groups.get(key);
  if (!group) {
    // No module: no indexed word starts with these letters.
    group = loadData<TermGroup>(termsDataPath(key)).catch(() => null);
    groups.set(key, group);
  }
  return group;
}

async function slugOf(doc: number): Promise<string | undefined> {
  const shard = Math.floor(doc / DOCS_PER_MODULE);
  let table = docTables.get(shard);
  if (!table) {
    table = loadData<string[]>(docsDataPath(shard));
    docTables.set(shard, table);
    table.catch(() => docTables.delete(shard));
  }
  return (await table)[doc % DOCS_PER_MODULE];
}

/**
 * Where in the article the query's words are: the quote holding most of them (a quote
 * wins a tie with its paragraph), else the paragraph, else the title and standfirst.
 */
function toHit(article: Article, words: readonly string[]): SearchHit {
  const path = paths.article(article.slug);
  const { title, date } = article;
  let best: { kind: SearchKind; id: string; text: string } | undefined;
  let bestCover = 0;
  const consider = (kind: SearchKind, id: string, text: string): void => {
    const cover = coverage(text, words);
    if (cover > bestCover) {
      best = { kind, id, text };
      bestCover = cover;
    }
  };
  for (const quote of article.quotes) consider("quote", quote.id, quote.text);
  article.paragraphs.forEach((span, index) =>
    consider(
      "paragraph",
      `p-${index}`,
      article.text.slice(span.start, span.end),
    ),
  );
  if (!best) {
    const lead = [article.title, article.standfirst ?? ""].join(" — ");
    return {
      kind: "article",
      path,
      title,
      date,
      excerpt: excerpt(lead, words),
    };
  }
  return {
    kind: best.kind,
    path: `${path}#${best.id}`,
    title,
    date,
    excerpt: excerpt(best.text, words),
  };
}

/** Articles matching the query, best first, each pointing at the quote or paragraph. */
async function searchArticles(query: string): Promise<SearchHit[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const keys = [...new Set(words.map(termGroup))];
  const loaded = new Map<string, TermGroup>();
  await Promise.all(
    keys.map(async (key) => {
      const group = await loadGroup(key);
      if (group) loaded.set(key, group);
    }),
  );
  const docs = rank(words, loaded).slice(0, MAX_HITS);
  const hits = await Promise.all(
    docs.map(async (doc) => {
      const slug = await slugOf(doc);
      const article = slug ? await loadArticle(slug) : null;
      return article ? toHit(article, words) : null;
    }),
  );
  return hits.filter((hit): hit is SearchHit => hit !== null);
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
