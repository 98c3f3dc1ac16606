import {
  COURTESY,
  FUNCTION,
  HONORIFIC,
  NATIONALITY,
  PERSON_NOUN,
  ROLE,
  ROLE_HEAD,
} from "./word-sets.ts";
import { lowerCase, type Token } from "../tokens.ts";

/* A person's role as the text gives it: `ministry spokesperson`, `a Toronto nurse`. */

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

/** Longest role phrase kept before a name (words): `Chilean Deputy Foreign Minister`. */
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
  // `ministry spokesperson Ana Ruiz` -> `ministry spokesperson`.
  for (let k = index - 1; k >= 0 && words.length < MAX_ROLE_WORDS; k--) {
    const t = tokens[k]!;
    if (!t.joinsNext) break;
    const w = t.lower;
    if (FUNCTION.has(w) && !isRole(w)) break;
    if (!(isRole(w) || NATIONALITY.has(w) || t.capital)) break;
    words.unshift(t);
  }
  // Honorifics alone are not roles: `Mr. Haddad`; nor do they end one: `lead author Dr. Ek`.
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
  return (
    roleAfter(text, nameTokens[nameTokens.length - 1]!.end) ??
    roleOfPhrase(descriptionBefore(text, nameTokens[0]!.start))
  );
}

/** Words that end a role set after a name: the clause or place that follows it. */
const ROLE_ENDS = /\s(?:who|whose|which|that|since|until|when|where)\s.*$/u;

/** Prepositions after which a role's head noun has been given: `director of | X`. */
const AFTER_HEAD = new Set([
  "of",
  "at",
  "for",
  "in",
  "with",
  "from",
  "on",
  "to",
]);

/**
 * A role set after a name, between commas: `Jane Doe, a Toronto nurse, said`, `Jane Doe,
 * 44, a welder who works nights`, `Jane Doe, regional director of the union`.
 */
export function roleAfter(text: string, end: number): string | null {
  if (text.charCodeAt(end) !== 0x2c) return null;
  const after = text.slice(end, end + 140).replace(/^, \d{1,3},/, ",");
  const m =
    /^, ((?:a|an|the|\p{L}[\p{L}'’-]*) [^,.;:"“”()]{2,80}?)(?:,|\.| said| says)/u.exec(
      after,
    );
  if (!m) return null;
  return roleOfPhrase(m[1]!.replace(ROLE_ENDS, ""));
}

/**
 * The phrase as a role when its head names what a person is: `spokesperson for the
 * ministry`, `a welder`, `the brother of the victim` (not `a city in Brazil`).
 */
function roleOfPhrase(phrase: string | null): string | null {
  if (!phrase) return null;
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length > MAX_ROLE_WORDS + 2) return null;
  const stop = words.findIndex((w, k) => k > 0 && AFTER_HEAD.has(w));
  const head = words[(stop === -1 ? words.length : stop) - 1]!;
  return PERSON_NOUN.has(head) ||
    ROLE_HEAD.has(head) ||
    (head.includes("-") && isRole(head))
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
