import type { OrganisationMention } from "../people.ts";
import { isGivenName } from "./gender.ts";
import { isRole } from "./roles.ts";
import {
  FUNCTION,
  HONORIFIC,
  NATIONALITY,
  ORGANISATION,
  ORGANISATION_KIND,
  PERSON_NOUN,
  PLACE,
  ROLE_HEAD,
} from "./word-sets.ts";
import type { Token } from "../tokens.ts";

/* Organisations among the capitalised runs: `Lumen Hydro`, `the aid group Lumen`. */

export function isPlaceOrOrganisation(word: string): boolean {
  const w = word.toLowerCase();
  return PLACE.has(w) || ORGANISATION.has(w) || NATIONALITY.has(w);
}

/**
 * Whether an appositive after `end` says what kind of organisation the name is:
 * `Tessera, the union representing nurses`, `Lumen Relief, a Norwegian charity`.
 */
export function kindAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2c) return false;
  const m = /^, (?:the|a|an) ((?:[\p{L}'’-]+ ){0,2}[\p{L}'’-]+)/u.exec(
    text.slice(end, end + 60),
  );
  if (m === null) return false;
  // `Ana Ruiz, a charity worker`: a person who works for one. `Ana Ruiz, the group's
  // director`: what follows an owner is what the person is, so only it counts.
  const all = m[1]!.toLowerCase().split(" ");
  const owner = all.findLastIndex((w) => /['’]s?$/.test(w));
  const words = all.slice(owner + 1);
  return (
    words.some((w) => ORGANISATION_KIND.has(w)) &&
    !words.some((w) => isRole(w) || PERSON_NOUN.has(w))
  );
}

/** Whether a kind of organisation stands just before `start`: `the aid group | Lumen`. */
export function organisationKindBefore(text: string, start: number): boolean {
  // Read by hand, backwards over `a`-`z` and `-`: this runs for every capitalised run.
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return false;
  let i = start - 1;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x2d)) break;
    i--;
  }
  return i < start - 1 && ORGANISATION_KIND.has(text.slice(i, start - 1));
}

/** The whole run as an organisation's name: `the aid group | Lumen Relief`. */
export function runAsOrganisation(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): OrganisationMention {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, name: text.slice(start, end).replace(/['’]s?$/, "") };
}

/** `Lumen Hydro`, `the U.S. State Department`, `LRA`: a run ending in an organisation word, or an acronym. */
export function organisationInRun(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): OrganisationMention | null {
  let start = from;
  while (start < to && FUNCTION.has(tokens[start]!.lower)) start++;
  if (start >= to) return null;
  const last = tokens[to - 1]!;
  const acronym =
    to - start === 1 &&
    last.text.length >= 2 &&
    last.text.length <= 6 &&
    last.text === last.text.toUpperCase() &&
    /^\p{Lu}+$/u.test(last.text) &&
    !PLACE.has(last.lower);
  if (
    !acronym &&
    !(ORGANISATION.has(last.lower) && to - start >= 2) &&
    !(
      to - start === 1 &&
      ORGANISATION.has(last.lower) &&
      /^\p{Lu}/u.test(last.text) &&
      !FUNCTION.has(last.lower)
    )
  ) {
    return null;
  }
  // `the Harbour Board of Port Ellis`, `Ministry of Health`: the name runs on past `of`.
  // Plain string tests first: this runs for every organisation in every article.
  const of =
    acronym || !text.startsWith(" of ", last.end)
      ? null
      : /^ of (?:the )?\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,3}/u.exec(
          text.slice(last.end, last.end + 60),
        );
  // It stops before a title or a given name: `the Bank of Canada | Governor Ana Ruiz`.
  let extra = 0;
  if (of) {
    const parts = of[0].replace(/[.’']+$/, "").split(" ");
    let keep = 2; // ` of`
    if (parts[keep] === "the") keep++;
    while (
      keep < parts.length &&
      !ROLE_HEAD.has(parts[keep]!.toLowerCase()) &&
      !HONORIFIC.has(parts[keep]!.toLowerCase()) &&
      !isGivenName(parts[keep]!.toLowerCase())
    )
      keep++;
    if (keep > 2 + (parts[2] === "the" ? 1 : 0))
      extra = parts.slice(0, keep).join(" ").length;
  }
  // `the Harbour Master’s Office`: a possessive run before an organisation word is
  // part of its name.
  const tokenStart = tokens[start]!.start;
  const possessed =
    tokenStart > 3 &&
    text.charAt(tokenStart - 1) === " " &&
    text.charAt(tokenStart - 2) === "s" &&
    (text.charAt(tokenStart - 3) === "'" ||
      text.charAt(tokenStart - 3) === "’");
  const owner =
    to - start === 1 && !acronym && possessed
      ? /(?:^|[^\p{L}])(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}['’]s )$/u.exec(
          text.slice(
            Math.max(0, tokens[start]!.start - 50),
            tokens[start]!.start,
          ),
        )
      : null;
  const spanStart = tokens[start]!.start - (owner?.[1]?.length ?? 0);
  const spanEnd = last.end + extra;
  return {
    start: spanStart,
    end: spanEnd,
    name: text.slice(spanStart, spanEnd),
  };
}
