import { MAX_LOOKS_PER_NAME } from "./evidence.ts";
import { FEMALE, MALE } from "./word-sets.ts";
import type { Span } from "../../model/article.ts";

/* The gender a reader would assume for a person: from a title, a given name, pronouns. */

const MALE_TITLES = new Set([
  "mr",
  "sir",
  "lord",
  "king",
  "prince",
  "father",
  "fr",
  "congressman",
  "spokesman",
  "chairman",
]);

const FEMALE_TITLES = new Set([
  "mrs",
  "ms",
  "miss",
  "dame",
  "lady",
  "queen",
  "princess",
  "congresswoman",
  "spokeswoman",
  "chairwoman",
]);

/** How far after a mention to look for `he`/`she` as a hint of gender (characters). */
const PRONOUN_WINDOW = 160;

export function isGivenName(w: string): boolean {
  return MALE.has(w) || FEMALE.has(w);
}

/** Gender a reader would assume from a title (`Mrs.`) or a given name, else null. */
export function genderOf(
  given: string,
  title: string | null,
): "m" | "f" | null {
  if (title && MALE_TITLES.has(title)) return "m";
  if (title && FEMALE_TITLES.has(title)) return "f";
  const m = MALE.has(given);
  const f = FEMALE.has(given);
  return m && !f ? "m" : f && !m ? "f" : null;
}

/** Votes of the first `he`/`his` or `she`/`her` after each mention. */
export function genderFromPronouns(
  text: string,
  mentions: readonly Span[],
): "m" | "f" | null {
  let male = 0;
  let female = 0;
  for (const m of mentions.slice(0, MAX_LOOKS_PER_NAME)) {
    const pronoun = /\b(he|his|him|she|her|hers)\b/i.exec(
      text.slice(m.end, m.end + PRONOUN_WINDOW),
    )?.[1];
    if (!pronoun) continue;
    if (/^(?:he|his|him)$/i.test(pronoun)) male++;
    else female++;
  }
  return male > female ? "m" : female > male ? "f" : null;
}
