/**
 * Which words of the index a query word finds. A word typed in full finds its other
 * forms (`negotiations` finds `negotiate`, `negotiating`: the same Porter stem, from the
 * `stemmer` package) and every word it begins; a word typed halfway (`sanc`) finds the
 * words it begins (`sanctions`); a word inside a quoted phrase finds only itself.
 */
import { stemmer } from "stemmer";

/** How one word of a query is matched against the index's words. */
export interface QueryTerm {
  /** Normalised as the index keeps words (`normalizeWord`): `negotiations`. */
  word: string;
  /**
   * `forms`: itself, its forms and the words it begins; `exact`: itself only (a word
   * of a quoted phrase); `begins`: itself and the words it begins (the last word of a
   * phrase still being typed).
   */
  match: "forms" | "exact" | "begins";
}

/** Weight of a word found only as the start of a longer one (`sanction` in `sanctions`). */
export const PREFIX_WEIGHT = 0.7;
/** Weight of another form of the word (`negotiate` for `negotiations`). */
export const FORM_WEIGHT = 0.9;

/** Stems already computed: a term group's words are compared with every query. */
const stems = new Map<string, string>();
/** Stems kept before the memo starts again, so a long session's memory stays bounded. */
const MAX_STEMS = 100_000;

/** The Porter stem of a normalised word: `negotiations` -> `negoti`. */
export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/**
 * How well `term` finds the index's word `word`: 1 for the word itself, less for
 * another form or a longer word it begins, 0 when it does not find it.
 * `{ word: "negotiations", match: "forms" }` finds `negotiate` with {@link FORM_WEIGHT}.
 */
export function termWeight(term: QueryTerm, word: string): number {
  if (word === term.word) return 1;
  if (term.match === "exact") return 0;
  if (word.startsWith(term.word)) return PREFIX_WEIGHT;
  if (term.match === "begins") return 0;
  // Stemming changes only a word's ending (`happy` -> `happi`): a word of the same
  // stem starts with all of it but its last letter. Checked first, it spares stemming
  // the thousands of other words of a term group.
  const stem = stemOf(term.word);
  const start = stem.slice(0, Math.max(2, stem.length - 1));
  return word.startsWith(start) && stemOf(word) === stem ? FORM_WEIGHT : 0;
}
