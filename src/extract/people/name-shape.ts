import { isGivenName } from "./gender.ts";
import { isRole } from "./roles.ts";
import {
  CALENDAR,
  FAMILY_FIRST,
  FUNCTION,
  NAMING_WORD,
  NATIONALITY,
  ORGANISATION,
  PLACE,
  SPEECH,
  SUFFIX,
} from "./word-sets.ts";
import type { Token } from "../tokens.ts";

/* Whether a run of capitalised words has the shape of a person's name. */

/** Role words that are also common surnames: `Mia King`, `Joel Bishop`. */
const SURNAME_LIKE = new Set([
  "king",
  "green",
  "bishop",
  "major",
  "marshal",
  "judge",
  "page",
  "dean",
  "pope",
  "sheriff",
  "speaker",
  "cook",
  "knight",
  "host",
  "young",
  "rice",
  "chief",
  "hunter",
  "porter",
  "taylor",
  "mason",
  "fisher",
  "baker",
  "parker",
  "turner",
  "walker",
  "carter",
  "cooper",
  "miller",
  "butler",
  "prince",
  "senior",
  "staff",
  "president",
]);

/** Words that make a two-word capitalised phrase a place: `Ardley Hills`, `Lake Tamsin`. */
const GENERIC_PLACE = new Set([
  "hills",
  "hill",
  "bay",
  "beach",
  "river",
  "lake",
  "lakes",
  "island",
  "islands",
  "mount",
  "mountain",
  "fort",
  "port",
  "cape",
  "creek",
  "valley",
  "falls",
  "springs",
  "park",
  "street",
  "avenue",
  "road",
  "square",
  "bridge",
  "harbour",
  "harbor",
  "heights",
  "strip",
  "county",
  "city",
  "township",
  "village",
  "plains",
  "desert",
  "coast",
  "peninsula",
]);

/**
 * `Jan Novak`, `Eve Okafor`: a calendar word that the names datasets also give as a
 * given name, written without a dot (`Jan. 5` is a date).
 */
export function isCalendarGivenName(t: Token): boolean {
  return CALENDAR.has(t.lower) && !t.text.endsWith(".") && isGivenName(t.lower);
}

/** Rejects places, organisations and dates that look like names: `Cape Corran`, `Lumen Hydro`. */
export function looksLikeName(
  words: readonly Token[],
  honorific: boolean,
): boolean {
  const first = words[0]!;
  // `Chen An`: a family name first, then a given name that looks like a word.
  const familyFirst = words.length === 2 && FAMILY_FIRST.has(first.lower);
  for (const t of words) {
    const w = t.lower;
    // `I’d say`, `I'm told`: a contraction, not a name.
    const second = t.text.charAt(1);
    const third = t.text.charAt(2);
    if (
      t.text.length <= 4 &&
      (second === "'" || second === "’") &&
      third !== third.toUpperCase()
    )
      return false;
    // `Ray P. Ellis Jr.`: a suffix closes a name of two words or more.
    const suffix =
      SUFFIX.has(w) && t === words[words.length - 1] && words.length > 2;
    // `Clara May`: a word that names, last, after a given name.
    const namingLast =
      NAMING_WORD.has(w) &&
      t !== first &&
      t === words[words.length - 1] &&
      isGivenName(first.lower);
    const functionWord =
      FUNCTION.has(w) &&
      !(familyFirst && t !== first) &&
      !suffix &&
      !namingLast;
    // `Anh Thu Tran`: such a word is a name before the last word.
    const givenName = t !== words[words.length - 1] && isCalendarGivenName(t);
    if (
      functionWord ||
      (CALENDAR.has(w) && w !== "may" && !givenName) ||
      SPEECH.has(w)
    )
      return false;
    if (hasNumber(w)) return false;
  }
  if (
    words.every(
      (t) =>
        /^(?:\p{Lu}\.?)+$/u.test(t.text) &&
        t.text.replace(/\./g, "").length <= 2,
    )
  ) {
    return false;
  }
  // `U.K. Mourns`: a place or organisation in capitals starts no name.
  if (
    /^[\p{Lu}.]{2,}$/u.test(first.text) &&
    (PLACE.has(first.lower) || ORGANISATION.has(first.lower))
  ) {
    return false;
  }
  const last = words[words.length - 1]!;
  // Acronyms (`NDP`, `U.S.`) are organisations or places, not names.
  if (words.length === 1 && /^[\p{Lu}.]{2,}$/u.test(first.text) && !honorific)
    return false;
  // `Mia English`, `Joel Welsh`: a known given name makes a nationality a surname.
  const givenThenNationality =
    words.length === 2 &&
    isGivenName(first.lower) &&
    NATIONALITY.has(last.lower);
  // `Kang Chol Un`: a short organisation acronym counts only in capitals (`UN`).
  const organisationEnd =
    ORGANISATION.has(last.lower) &&
    (last.text.length > 3 || last.text === last.text.toUpperCase());
  if ((NATIONALITY.has(last.lower) && !givenThenNationality) || organisationEnd)
    return false;
  // `Calgary Stallions`: a place and a plural name a team, not a person.
  if (
    words.length >= 2 &&
    PLACE.has(first.lower) &&
    /[^su]s$/.test(last.lower) &&
    !isGivenName(first.lower)
  )
    return false;
  // Names do not end in a title: `Senior Analyst`, `Prime Minister`.
  if (isRole(last.lower) && !SURNAME_LIKE.has(last.lower)) return false;
  // `Ms. Park`, `Mr. Hill`: after an honorific, a place word is a surname.
  if (
    !honorific &&
    words.every((t) => PLACE.has(t.lower) || ORGANISATION.has(t.lower))
  )
    return false;
  if (words.length > 1 && PLACE.has(last.lower) && PLACE.has(first.lower))
    return false;
  // `Ardley Hills`, `Lake Tamsin`, `Mount Corran`: a generic place word.
  // A family name first is no place word: `Park Soo-min`; nor is it after a given name
  // (`Jennifer Hill`), which other evidence must vouch for (see `placeShaped`).
  if (
    words.length > 1 &&
    ((GENERIC_PLACE.has(last.lower) && !placeShaped(words)) ||
      (GENERIC_PLACE.has(first.lower) && !familyFirst))
  ) {
    return false;
  }
  return true;
}

/**
 * `Jennifer Hill`, `Anna Park`, but also `Stanley Park`: a given name, then a generic
 * place word that is a common surname too. A person only on evidence besides the given
 * name (a title, a role, speech, an age).
 */
export function placeShaped(words: readonly Token[]): boolean {
  return (
    words.length === 2 &&
    GENERIC_PLACE.has(words[1]!.lower) &&
    isGivenName(words[0]!.lower) &&
    !PLACE.has(words[0]!.lower)
  );
}

const NUMBER = /\p{N}/u;

/** `/\p{N}/u.test(w)`, with ASCII answered by hand. */
function hasNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x80) return NUMBER.test(w);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}
