import { loadData } from "virtual:quote-reader/data";
import type { Article } from "../../model/article.ts";
import {
  DOCS_PER_MODULE,
  type TermGroup,
  docsDataPath,
  termGroup,
  termsDataPath,
} from "../../model/search.ts";
import {
  rank,
  type Fragment,
  type SearchQuery,
  coverage,
  excerpt,
  holdsPhrases,
  parseQuery,
} from "../../model/search-query.ts";
import { matchWords, nameWords } from "../../model/name-match.ts";
import type { SpeakerSummary } from "../../model/speaker.ts";
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
function toHit(article: Article, words: SearchQuery): SearchHit {
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

/** Whether the article holds each quoted phrase, within its title, standfirst or a paragraph. */
function holdsAllPhrases(article: Article, query: SearchQuery): boolean {
  const blocks = [
    article.title,
    article.standfirst ?? "",
    ...article.paragraphs.map((span) =>
      article.text.slice(span.start, span.end),
    ),
  ];
  return query.phrases.every((phrase) =>
    blocks.some((block) =>
      holdsPhrases(block, { terms: [], phrases: [phrase] }),
    ),
  );
}

/**
 * Articles ranked for a query with phrases hold their words, not always in order:
 * at most this many are read to find the ones that hold the phrases.
 */
const MAX_PHRASE_CANDIDATES = 40;

/** Articles matching the query, best first, each pointing at the quote or paragraph. */
async function searchArticles(query: string): Promise<SearchHit[]> {
  const words = parseQuery(query);
  if (words.terms.length === 0) return [];
  const keys = [...new Set(words.terms.map((term) => termGroup(term.word)))];
  const loaded = new Map<string, TermGroup>();
  await Promise.all(
    keys.map(async (key) => {
      const group = await loadGroup(key);
      if (group) loaded.set(key, group);
    }),
  );
  const ranked = rank(words.terms, loaded);
  const candidates =
    words.phrases.length === 0
      ? ranked.slice(0, MAX_HITS)
      : ranked.slice(0, MAX_PHRASE_CANDIDATES);
  const hits: SearchHit[] = [];
  // In batches of a page of results: a phrase query reads more only while it must.
  for (
    let from = 0;
    from < candidates.length && hits.length < MAX_HITS;
    from += MAX_HITS
  ) {
    const articles = await Promise.all(
      candidates.slice(from, from + MAX_HITS).map(async (doc) => {
        const slug = await slugOf(doc);
        return slug ? loadArticle(slug) : null;
      }),
    );
    for (const article of articles)
      if (article && holdsAllPhrases(article, words))
        hits.push(toHit(article, words));
  }
  return hits.slice(0, MAX_HITS);
}

/** Each speaker's name split into words once, not at every keystroke. */
const speakerNameWords = new WeakMap<SpeakerSummary, string[]>();

function speakerWords(speaker: SpeakerSummary): string[] {
  let words = speakerNameWords.get(speaker);
  if (!words) {
    words = nameWords(speaker.name);
    speakerNameWords.set(speaker, words);
  }
  return words;
}

/** Speakers shown above the article results. */
const MAX_SPEAKER_HITS = 3;

/**
 * Speakers named by the query, most quoted first: `lav` finds Lavrov, and so does the
 * misspelt `Lavorv`, after any whose name the query begins.
 */
async function searchSpeakers(query: string): Promise<SearchHit[]> {
  const { phrases } = parseQuery(query);
  const exact = new Set(phrases.flatMap((phrase) => phrase.words));
  const typed = nameWords(query);
  const speakers = await loadSpeakers();
  const begins = [];
  const near = [];
  for (const speaker of speakers) {
    const match = matchWords(typed, speakerWords(speaker), exact);
    if (match === "begins") begins.push(speaker);
    else if (match === "near") near.push(speaker);
  }
  return [...begins, ...near].slice(0, MAX_SPEAKER_HITS).map((speaker) => ({
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
