/**
 * Finding a speaker from a name typed in part or misspelt: each word typed must begin a
 * word of the name (`lav` -> Sergei Lavrov) or be a near miss of one (`Peskof`,
 * `Zelenski`, `Lavorv` -> a letter wrong, missing, extra or two swapped).
 */
import { wordsAt } from "./search.ts";

/** How a typed name matched: `begins` (every word begins a name's word) beats `near`. */
export type NameMatch = "begins" | "near" | null;

/** Letters a typed word may get wrong: none in a short word, one from 4, two from 8. */
function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** Letters typed before a near miss of a name's start counts (`zelenks`). */
const MIN_TYPED_START = 5;

/**
 * Edits (a letter replaced, added, dropped, or two neighbours swapped) between `a` and
 * `b`, or `limit + 1` once it is sure to be more than `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] as number) + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length] as number;
}

/** A name's words as search compares them: `Zelenskyy` -> `zelenskyy`. */
export function nameWords(name: string): string[] {
  return wordsAt(name).map(({ word }) => word);
}

/**
 * Whether the typed `query` names `name`: `begins` when each typed word begins one of
 * the name's words, `near` when some are near misses instead, else null. Words typed in
 * quotation marks (`exact`) must be one of the name's words exactly.
 */
export function matchName(
  query: string,
  name: string,
  exact: ReadonlySet<string> = new Set(),
): NameMatch {
  return matchWords(nameWords(query), nameWords(name), exact);
}

/** {@link matchName} of words already split (`nameWords`): for many names at once. */
export function matchWords(
  typed: readonly string[],
  name: readonly string[],
  exact: ReadonlySet<string> = new Set(),
): NameMatch {
  if (typed.length === 0) return null;
  let result: NameMatch = "begins";
  for (const word of typed) {
    if (exact.has(word)) {
      if (!name.includes(word)) return null;
      continue;
    }
    if (name.some((nameWord) => nameWord.startsWith(word))) continue;
    const limit = allowedEdits(word.length);
    if (limit === 0) return null;
    // A near miss of the whole word, or of its start while it is still being typed
    // (`peskof` for `peskov`, `zelenks` for the start of `zelenskyy`).
    const near = name.some(
      (nameWord) =>
        editDistance(word, nameWord, limit) <= limit ||
        (word.length >= MIN_TYPED_START &&
          editDistance(word, nameWord.slice(0, word.length), limit) <= limit),
    );
    if (!near) return null;
    result = "near";
  }
  return result;
}
