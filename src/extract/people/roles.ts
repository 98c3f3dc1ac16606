import {
  COURTESY,
  FUNCTION,
  HONORIFIC,
  NATIONALITY,
  ROLE,
} from "./word-sets.ts";
import { lowerCase, type Token } from "../tokens.ts";

/* A person's role as the text gives it: `Kremlin spokesperson`, `a Toronto nurse`. */

/** Parts that join a role word with a hyphen: `co-founder`, `ex-minister`, `editor-in-chief`. */
const ROLE_JOINERS = new Set(["co", "ex", "vice", "in", "of", "elect"]);

/**
 * A title or role word, hyphenated ones included when every part is a role word or a
 * joiner: `Attorney-General`, `Vice-Chair`, `co-founder` (not `Smith-Jones`).
 */
export function isRole(lower: string): boolean {
  if (ROLE.has(lower)) return true;
  // Hot path (every lower-case word): most words have no hyphen, or no role after it.
  const hyphen = lower.lastIndexOf("-");
  if (hyphen === -1) return false;
  const tail = lower.slice(hyphen + 1);
  if (!ROLE.has(tail) && !ROLE_JOINERS.has(tail)) return false;
  const parts = lower.split("-");
  return (
    parts.some((p) => ROLE.has(p)) &&
    parts.every((p) => ROLE.has(p) || ROLE_JOINERS.has(p))
  );
}

/** Longest role phrase kept before a name (words): `Russian Deputy Foreign Minister`. */
const MAX_ROLE_WORDS = 6;

/** The role given with a name: capitalised titles in its run plus role words just before. */
export function roleFor(
  text: string,
  tokens: readonly Token[],
  index: number,
  nameTokens: readonly Token[],
): string | null {
  const words: Token[] = [];
  // Walk back over role words, nationalities and capitalised words joined by spaces:
  // `Kremlin spokesperson Dmitry Peskov` -> `Kremlin spokesperson`.
  for (let k = index - 1; k >= 0 && words.length < MAX_ROLE_WORDS; k--) {
    const t = tokens[k]!;
    if (!t.joinsNext) break;
    const w = t.lower;
    if (FUNCTION.has(w) && !isRole(w)) break;
    if (!(isRole(w) || NATIONALITY.has(w) || t.capital)) break;
    words.unshift(t);
  }
  // Honorifics alone are not roles: `Mr. Lavrov`; nor do they end one: `lead author Dr. Ek`.
  while (
    words.length > 0 &&
    HONORIFIC.has(words[words.length - 1]!.lower) &&
    (!isRole(words[words.length - 1]!.lower) ||
      COURTESY.has(words[words.length - 1]!.lower.replace(/\.$/, "")))
  )
    words.pop();
  // `Minister of Economic Development Ana Ruiz`: the title before `of` heads the role.
  const titleOf = titleOfBefore(text, words[0]?.start ?? nameTokens[0]!.start);
  if (titleOf !== null && words.length > 0)
    return text.slice(titleOf, words[words.length - 1]!.end);
  if (!words.some((t) => isRole(t.lower) && !NATIONALITY.has(t.lower)))
    return appositiveRole(text, nameTokens);
  const phrase = text.slice(words[0]!.start, words[words.length - 1]!.end);
  if (/^(?:mr|mrs|ms|dr)\.?$/i.test(phrase)) return null;
  return phrase;
}

/**
 * Where a title and `of` start just before `start`: `Secretary of | State`,
 * `Minister of | Foreign Affairs`; else null.
 */
export function titleOfBefore(text: string, start: number): number | null {
  // Asked for every run of capitals: the plain test first.
  if (!text.startsWith(" of ", start - 4)) return null;
  const before = /(\p{L}+) of $/u.exec(
    text.slice(Math.max(0, start - 30), start),
  );
  if (!before || !isRole(lowerCase(before[1]!))) return null;
  return start - before[0].length;
}

/** `Jane Doe, a Toronto nurse, said` -> `a Toronto nurse`. */
function appositiveRole(
  text: string,
  nameTokens: readonly Token[],
): string | null {
  const end = nameTokens[nameTokens.length - 1]!.end;
  const after = text.slice(end, end + 120);
  const m =
    /^, ((?:a|an|the|\p{Lu}[\p{L}'’]*) [^,.;:"“”()]{2,80}?)(?:,|\.| said| says)/u.exec(
      after,
    );
  const phrase = m?.[1] ?? descriptionBefore(text, nameTokens[0]!.start);
  if (!phrase) return null;
  const words = phrase.toLowerCase().split(/\s+/);
  return words.some((w) => isRole(w)) && words.length <= MAX_ROLE_WORDS + 2
    ? phrase
    : null;
}

/**
 * A description set before the name, between commas: `A second prosecutor, Ana Ruiz,
 * said` -> `A second prosecutor`; `the panel's chair, Ana Ruiz` -> `the panel's chair`.
 */
function descriptionBefore(text: string, start: number): string | null {
  if (
    text.charCodeAt(start - 2) !== 0x2c ||
    text.charCodeAt(start - 1) !== 0x20
  )
    return null;
  const before = text.slice(Math.max(0, start - 90), start - 2);
  const m = /(?:^|[\s"“])((?:[Aa]n?|[Tt]he) [^,.;:"“”()]{2,70})$/u.exec(before);
  return m?.[1] ?? null;
}
