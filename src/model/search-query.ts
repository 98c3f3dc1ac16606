/**
 * A reader's query and how a text matches it: words that forgive (their other forms,
 * words typed halfway: `word-forms.ts`) and phrases in quotation marks that match
 * exactly, word for word (`"energy security"` is not `security of energy`).
 */
import {
  type TermGroup,
  type WordAt,
  decodePostings,
  isSearchable,
  termGroup,
  wordsAt,
} from "./search.ts";
import { type QueryTerm, termWeight } from "./word-forms.ts";

/** A quoted phrase: its words in order (stop words too). */
export interface Phrase {
  words: string[];
  /** No closing quotation mark yet: its last word may still be typed halfway. */
  open: boolean;
}

export interface SearchQuery {
  /** What to look up in the index: every searchable word, phrases' words as `exact`. */
  terms: QueryTerm[];
  phrases: Phrase[];
}

/** Quotation marks that open or close a phrase: straight, curly and guillemets. */
const QUOTE_MARK = /["“”„«»]/;

/**
 * The query's terms and phrases. `"energy security" talks` -> the phrase `energy
 * security` (its words `exact`) and `talks` (`forms`); words without repeats.
 */
export function parseQuery(query: string): SearchQuery {
  const parts = query.split(QUOTE_MARK);
  const terms = new Map<string, QueryTerm>();
  const phrases: Phrase[] = [];
  parts.forEach((part, index) => {
    const words = wordsAt(part).map(({ word }) => word);
    const quoted = index % 2 === 1;
    if (!quoted) {
      for (const word of words)
        if (isSearchable(word) && !terms.has(word))
          terms.set(word, { word, match: "forms" });
      return;
    }
    if (words.length === 0) return;
    // An unclosed phrase is the last part; its last word is being typed unless a
    // space follows it.
    const open = index === parts.length - 1 && !/\s$/.test(part);
    phrases.push({ words, open });
    words.forEach((word, at) => {
      if (!isSearchable(word)) return;
      const match = open && at === words.length - 1 ? "begins" : "exact";
      // A phrase's word stays exact even when also typed outside it.
      if (terms.get(word)?.match !== "exact") terms.set(word, { word, match });
    });
  });
  return { terms: [...terms.values()], phrases };
}

/** Where `phrase` starts in `words` (a text's words, in order), or -1. */
export function findPhrase(words: readonly string[], phrase: Phrase): number {
  const last = phrase.words.length - 1;
  for (let start = 0; start + last < words.length; start += 1) {
    let at = 0;
    for (; at <= last; at += 1) {
      const word = words[start + at] as string;
      const wanted = phrase.words[at] as string;
      const same =
        word === wanted ||
        (phrase.open && at === last && word.startsWith(wanted));
      if (!same) break;
    }
    if (at > last) return start;
  }
  return -1;
}

/** Whether a text holds every phrase of the query (any text does when there are none). */
export function holdsPhrases(text: string, query: SearchQuery): boolean {
  if (query.phrases.length === 0) return true;
  const words = wordsAt(text).map(({ word }) => word);
  return query.phrases.every((phrase) => findPhrase(words, phrase) >= 0);
}

/** Indexes of the words of `words` the query matches: its terms' and its phrases'. */
function matchedWords(
  words: readonly WordAt[],
  query: SearchQuery,
): Set<number> {
  const matched = new Set<number>();
  const plain = words.map(({ word }) => word);
  for (const phrase of query.phrases) {
    const start = findPhrase(plain, phrase);
    if (start >= 0)
      for (let at = 0; at < phrase.words.length; at += 1)
        matched.add(start + at);
  }
  const loose = query.terms.filter((term) => term.match === "forms");
  words.forEach(({ word }, index) => {
    if (loose.some((term) => termWeight(term, word) > 0)) matched.add(index);
  });
  return matched;
}

/** How much of the query a text holds: each term it holds, and each phrase. */
export function coverage(text: string, query: SearchQuery): number {
  const words = wordsAt(text).map(({ word }) => word);
  const terms = query.terms.filter(
    (term) =>
      term.match === "forms" &&
      words.some((word) => termWeight(term, word) > 0),
  ).length;
  const phrases = query.phrases.filter(
    (phrase) => findPhrase(words, phrase) >= 0,
  ).length;
  return terms + phrases;
}

/** A piece of an excerpt, marked when the query matched it. */
export interface Fragment {
  text: string;
  match: boolean;
}

/** Words shown in an excerpt. */
const EXCERPT_WORDS = 24;
/** Words shown before the first match. */
const LEAD_WORDS = 6;

/**
 * About two dozen words of `text` around its first match, the matched words marked:
 * `…the minister said she was <mark>extremely</mark> <mark>concerned</mark> about…`.
 */
export function excerpt(text: string, query: SearchQuery): Fragment[] {
  const words = wordsAt(text);
  const matched = matchedWords(words, query);
  const first = matched.size > 0 ? Math.min(...matched) : 0;
  const from = Math.max(0, first - LEAD_WORDS);
  const to = Math.min(words.length, from + EXCERPT_WORDS);
  const fragments: Fragment[] = [];
  const push = (piece: string, match: boolean): void => {
    if (piece === "") return;
    const last = fragments.at(-1);
    if (last && last.match === match && !match) last.text += piece;
    else fragments.push({ text: piece, match });
  };
  let cursor = from > 0 ? (words[from]?.start ?? 0) : 0;
  if (from > 0) push("…", false);
  for (let index = from; index < to; index += 1) {
    const { start, end } = words[index] as WordAt;
    push(text.slice(cursor, start), false);
    push(text.slice(start, end), matched.has(index));
    cursor = end;
  }
  push(to < words.length ? "…" : text.slice(cursor), false);
  return fragments;
}

/**
 * Ranks articles for the query's terms, best first: an article must hold every term (a
 * word it finds, see `termWeight`); each adds its rarity (inverse document frequency)
 * times a damped count, times how well it matched. `groups` holds the term group of
 * each term's word.
 */
export function rank(
  terms: readonly QueryTerm[],
  groups: ReadonlyMap<string, TermGroup>,
): number[] {
  if (terms.length === 0) return [];
  let scores: Map<number, number> | undefined;
  for (const term of terms) {
    const group = groups.get(termGroup(term.word));
    if (!group) return [];
    // Each article's best score for this term, over the words it finds.
    const best = new Map<number, number>();
    for (const [word, encoded] of Object.entries(group.terms)) {
      const weight = termWeight(term, word);
      if (weight === 0) continue;
      const postings = decodePostings(encoded);
      const rarity = Math.log(1 + group.documents / postings.size);
      for (const [doc, count] of postings) {
        if (scores && !scores.has(doc)) continue;
        const score = weight * rarity * (1 + Math.log(count));
        if (score > (best.get(doc) ?? 0)) best.set(doc, score);
      }
    }
    if (scores)
      for (const [doc, score] of best)
        best.set(doc, score + (scores.get(doc) ?? 0));
    scores = best;
    if (scores.size === 0) return [];
  }
  return [...(scores ?? [])]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([doc]) => doc);
}
