/**
 * The search index's shape and the pure parts of searching it, shared by the build (which
 * writes the index as `data/` modules) and the browser (which loads the few modules a
 * query needs). Words are compared lowercased, without accents: `Zelenskyy's` -> `zelenskyy`.
 *
 * The index is inverted: each word points at the articles holding it and how often. Words
 * are grouped by their first two letters into one module per group
 * (`data/search/terms/<key>.js`), so a query fetches one small module per word, and a
 * word typed halfway (`sanc`) finds every word it begins (`sanctions`, `sanctioned`).
 */

import type { Article } from "./article.ts";
import { DATA_DIR } from "./data-files.ts";

/** Words too common to tell articles apart; not indexed, ignored in queries. */
const STOP_WORDS = new Set(
  (
    "a an and are as at be been but by for from had has have he her hers him his i if in " +
    "into is it its me my no not of on or our she so than that the their them then there " +
    "these they this those to too us was we were what when which who will with would you your"
  ).split(" "),
);

/** What is left out of a word after Unicode normalisation: accents, and the spaces some compatibility forms expand to (`ﱞ` -> ` ٌّ`). */
const NOT_WORD = /[^\p{L}\p{N}]/gu;

/** A word as the index keeps it: lowercased, accents dropped. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: skip Unicode normalisation for them.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(lower)
    ? lower
    : lower.normalize("NFKD").replace(NOT_WORD, "");
}

/** Whether a normalised word is worth indexing or searching for. */
export function isSearchable(word: string): boolean {
  return word.length >= 2 && !STOP_WORDS.has(word);
}

/** A title word counts as this many words of the text: titles say what an article is about. */
const TITLE_WEIGHT = 3;

/**
 * The searchable words of an article and how often each occurs, as one compact string
 * (`"ferry 4 fares 5"`): what the index keeps of it, computed with the extraction and
 * cached with it.
 */
export function articleTerms(
  article: Pick<Article, "title" | "standfirst" | "text" | "paragraphs">,
): string {
  const counts = new Map<string, number>();
  const count = (text: string, weight: number): void => {
    forEachWord(text, (word) => {
      if (isSearchable(word))
        counts.set(word, (counts.get(word) ?? 0) + weight);
    });
  };
  count(article.title, TITLE_WEIGHT);
  if (article.standfirst) count(article.standfirst, 1);
  for (const span of article.paragraphs)
    count(article.text.slice(span.start, span.end), 1);
  let terms = "";
  for (const [word, times] of counts)
    terms += `${terms ? " " : ""}${word} ${times}`;
  return terms;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Non-ASCII code points seen, and whether each is a letter or digit. */
const wordCodePoints = new Map<number, boolean>();

/** Length (1 or 2 units) of the letter or digit at `at`, or 0: `[\p{L}\p{N}]` by hand. */
function wordCharAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit < 128)
    return (unit >= 97 && unit <= 122) ||
      (unit >= 65 && unit <= 90) ||
      (unit >= 48 && unit <= 57)
      ? 1
      : 0;
  const point = text.codePointAt(at) as number;
  let word = wordCodePoints.get(point);
  if (word === undefined) {
    word = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
    wordCodePoints.set(point, word);
  }
  return word ? (point > 0xffff ? 2 : 1) : 0;
}

/**
 * Calls `visit` with each word of `text` (a run of `[\p{L}\p{N}]`), normalised, and its
 * offsets; reads characters rather than running a Unicode regex: the build reads every
 * word of every article with it.
 */
export function forEachWord(
  text: string,
  visit: (word: string, start: number, end: number) => void,
): void {
  let at = 0;
  while (at < text.length) {
    let size = wordCharAt(text, at);
    if (size === 0) {
      at += 1;
      continue;
    }
    const start = at;
    // Lower-case ASCII words, most of them, need no normalising.
    let plain = true;
    while (size > 0) {
      const unit = text.charCodeAt(at);
      if (unit < 97 || unit > 122) plain = false;
      at += size;
      size = at < text.length ? wordCharAt(text, at) : 0;
    }
    const word = text.slice(start, at);
    visit(plain ? word : normalizeWord(word), start, at);
  }
}

/** A word of a text with where it is: for marking matches in an excerpt. */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** Every word of `text` with its offsets, normalised (stop words included). */
export function wordsAt(text: string): WordAt[] {
  const words: WordAt[] = [];
  forEachWord(text, (word, start, end) => words.push({ word, start, end }));
  return words;
}

/** The group a word's postings are in: its first two letters, as hex (file-name safe). */
export function termGroup(word: string): string {
  return [...word.slice(0, 2)]
    .map((char) => (char.codePointAt(0) ?? 0).toString(16).padStart(4, "0"))
    .join("");
}

/** The module of one group of words: `data/search/terms/<group>.js`. */
export function termsDataPath(group: string): string {
  return `${DATA_DIR}/search/terms/${group}.js`;
}

/** Articles per module of the article table: `data/search/docs/<n>.js`. */
export const DOCS_PER_MODULE = 500;

/** The module listing the slugs of articles `n * DOCS_PER_MODULE` onwards. */
export function docsDataPath(shard: number): string {
  return `${DATA_DIR}/search/docs/${shard}.js`;
}

/** One group of words: each word's postings, plus the number of articles indexed. */
export interface TermGroup {
  documents: number;
  /**
   * word -> `[article, count, article, count, ...]`, article numbers given as the
   * difference from the previous one (smaller numbers, a smaller module).
   */
  terms: Record<string, number[]>;
}

/** Decodes a word's postings: article number -> how often the word is in it. */
export function decodePostings(
  encoded: readonly number[],
): Map<number, number> {
  const postings = new Map<number, number>();
  let doc = 0;
  for (let index = 0; index + 1 < encoded.length; index += 2) {
    doc += encoded[index] as number;
    postings.set(doc, encoded[index + 1] as number);
  }
  return postings;
}
