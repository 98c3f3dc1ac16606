import type { Span } from "../model/article.ts";
import { CALENDAR_WORDS, FUNCTION_WORDS } from "./lexicon/not-names.ts";
import { NATIONALITIES } from "./lexicon/nationalities.ts";
import { ORGANISATION_WORDS } from "./lexicon/organisations.ts";
import { NAME_PARTICLES, NAME_SUFFIXES } from "./lexicon/particles.ts";
import { PLACE_WORDS } from "./lexicon/places.ts";
import { SPEECH_VERBS } from "./lexicon/speech-verbs.ts";
import { HONORIFICS, ROLE_WORDS } from "./lexicon/titles.ts";
import { tokenize, type Token } from "./tokens.ts";

/** A person found in the text, before quotes are counted. */
export interface PersonRecord {
  name: string;
  role: string | null;
  aliases: string[];
  /** Every place the text names them, in order. */
  mentions: Span[];
}

/** One naming of a person: where, and which `PersonRecord` (index). */
export interface PersonMention extends Span {
  person: number;
}

export interface PeopleResult {
  people: PersonRecord[];
  /** All mentions of all people, in text order. */
  mentions: PersonMention[];
}

const FUNCTION = new Set(FUNCTION_WORDS);
const CALENDAR = new Set(CALENDAR_WORDS);
const NATIONALITY = new Set(NATIONALITIES);
const ORGANISATION = new Set(ORGANISATION_WORDS);
const PLACE = new Set(PLACE_WORDS);
const PARTICLE = new Set(NAME_PARTICLES);
const SUFFIX = new Set(NAME_SUFFIXES);
const ROLE = new Set(ROLE_WORDS);
const HONORIFIC = new Set(HONORIFICS);
const SPEECH = new Set(SPEECH_VERBS);

/** Longest role phrase kept before a name (words): `Russian Deputy Foreign Minister`. */
const MAX_ROLE_WORDS = 6;
/** Longest name (words): `Ethan Simon Templar MacLeod`, `Luiz Inácio Lula da Silva`. */
const MAX_NAME_WORDS = 5;

/**
 * Stage 4: finds the people the text names, with their role and the shorter forms the
 * text uses for them. A name is a run of capitalised words (with particles such as
 * `bin`, `von der`, `al`) after stripping roles and titles (`Iraqi Prime Minister`),
 * that is not a place, organisation, month or nationality. A lone word counts when a
 * title stands before it (`Dr. Ward`) or it speaks (`Kim told CTV`); a lone word that
 * is a known person's surname (`Peskov said`) is a mention of that person.
 *
 * `Russian Foreign Minister Sergei Lavrov said …` -> `Sergei Lavrov`, role `Russian Foreign Minister`.
 */
export function findPeople(
  text: string,
  regions: readonly Span[],
): PeopleResult {
  const tokensByRegion = regions.map((r) => tokenize(text, r));
  const people: PersonRecord[] = [];
  const byName = new Map<string, number>();
  const pending: { span: Span; words: string[]; honorific: boolean }[] = [];

  for (const tokens of tokensByRegion) {
    for (const run of capitalRuns(tokens)) {
      const found = nameInRun(tokens, run);
      const from = run[0] + (run[1] - run[0] - (found?.nameTokens.length ?? 0));
      if (!found) continue;
      const { nameTokens, honorific } = found;
      const span = {
        start: nameTokens[0]!.start,
        end: nameTokens[nameTokens.length - 1]!.end,
      };
      const words = nameTokens.map((t) => t.text);
      if (words.length >= 2) {
        const name = words.join(" ");
        let index = byName.get(name.toLowerCase());
        if (index === undefined) {
          index = people.length;
          byName.set(name.toLowerCase(), index);
          people.push({ name, role: null, aliases: [], mentions: [] });
        }
        const person = people[index]!;
        if (person.role === null)
          person.role = roleFor(text, tokens, from, nameTokens);
        person.mentions.push(span);
      } else {
        pending.push({ span, words, honorific });
      }
    }
  }

  // Lone words: a surname or first name of someone already named, or a person on
  // their own when a title or a speech verb vouches for them.
  const aliasIndex = buildAliasIndex(people);
  for (const { span, words, honorific } of pending) {
    const word = words[0]!;
    const index = aliasIndex.get(word.toLowerCase());
    if (index !== undefined) {
      const person = people[index]!;
      const alias = text.slice(span.start, span.end);
      if (!person.aliases.includes(alias)) person.aliases.push(alias);
      person.mentions.push(span);
    } else if (honorific || speaksNext(text, span)) {
      const key = word.toLowerCase();
      let i = byName.get(key);
      if (i === undefined) {
        i = people.length;
        byName.set(key, i);
        people.push({ name: word, role: null, aliases: [], mentions: [] });
      }
      people[i]!.mentions.push(span);
    }
  }

  const mentions: PersonMention[] = [];
  people.forEach((p, person) => {
    for (const m of p.mentions) mentions.push({ ...m, person });
  });
  mentions.sort((a, b) => a.start - b.start);
  return {
    people: people.map((p) => ({
      ...p,
      mentions: [...p.mentions].sort((a, b) => a.start - b.start),
    })),
    mentions,
  };
}

/**
 * Lone word -> person: each surname (and each part of a hyphenated one), and first names
 * that only one person has. `Peskov` -> Dmitry Peskov; `Al-Sudani`, `Sudani` -> Mohammad Shia Al-Sudani.
 * A surname two people share goes to the one named first, as the text usually
 * disambiguates the second with a full name.
 */
function buildAliasIndex(people: readonly PersonRecord[]): Map<string, number> {
  const bySurname = new Map<string, number>();
  const byFirst = new Map<string, number[]>();
  people.forEach((p, i) => {
    const parts = p.name.toLowerCase().split(" ");
    if (parts.length < 2) return;
    const last = parts.filter((w) => !SUFFIX.has(w)).pop() ?? "";
    for (const key of [last, ...(last.includes("-") ? last.split("-") : [])]) {
      if (!bySurname.has(key)) bySurname.set(key, i);
    }
    const first = parts[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), i]);
  });
  const index = new Map(bySurname);
  for (const [first, owners] of byFirst) {
    if (owners.length === 1 && !index.has(first)) index.set(first, owners[0]!);
  }
  return index;
}

/** Index ranges `[from, to)` of runs of capitalised words joined by single spaces. */
function* capitalRuns(tokens: readonly Token[]): Generator<[number, number]> {
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.capital) {
      i++;
      continue;
    }
    let j = i;
    // Extend over capitalised words and inner particles: `Ursula von der Leyen`.
    while (j < tokens.length - 1 && tokens[j]!.joinsNext) {
      const n = tokens[j + 1]!;
      if (n.capital) j++;
      else if (
        PARTICLE.has(n.lower) &&
        nextCapitalAfterParticles(tokens, j + 1)
      )
        j++;
      else break;
    }
    yield [i, j + 1];
    i = j + 1;
  }
}

function nextCapitalAfterParticles(
  tokens: readonly Token[],
  k: number,
): boolean {
  let j = k;
  while (
    j < tokens.length &&
    PARTICLE.has(tokens[j]!.lower) &&
    tokens[j]!.joinsNext
  )
    j++;
  return (
    j > k &&
    j < tokens.length &&
    tokens[j]!.capital &&
    j - k <= 2 &&
    tokens[j - 1]!.joinsNext
  );
}

interface NameInRun {
  nameTokens: Token[];
  roleTokens: Token[];
  honorific: boolean;
}

/** The name inside a run, after the role words before it, or null if none is a name. */
function nameInRun(
  tokens: readonly Token[],
  [from, to]: [number, number],
): NameInRun | null {
  const run = tokens.slice(from, to);
  // The name starts after the last title word: `Iraqi Prime Minister | Mohammad Shia Al-Sudani`.
  let cut = 0;
  run.forEach((t, i) => {
    if (i < run.length - 1 && (ROLE.has(t.lower) || HONORIFIC.has(t.lower)))
      cut = i + 1;
  });
  // Then drop leading words no name starts with: `During`, `Russian`, `Kremlin`.
  while (cut < run.length && isLeadingNonName(run[cut]!, run.length - cut))
    cut++;
  const nameTokens = run.slice(cut);
  if (nameTokens.length === 0 || nameTokens.length > MAX_NAME_WORDS)
    return null;
  const honorific = run.slice(0, cut).some((t) => HONORIFIC.has(t.lower));
  if (!looksLikeName(nameTokens, honorific)) return null;
  return { nameTokens, roleTokens: run.slice(0, cut), honorific };
}

/** Words a name does not start with. Places and organisations only when more follows. */
function isLeadingNonName(t: Token, remaining: number): boolean {
  const w = t.lower;
  if (
    ROLE.has(w) ||
    HONORIFIC.has(w) ||
    NATIONALITY.has(w) ||
    FUNCTION.has(w) ||
    CALENDAR.has(w)
  ) {
    return true;
  }
  // `Kremlin Peskov`, `Toronto Mayor…` but not `Jordan Spieth` (two words, left alone).
  return remaining > 2 && (ORGANISATION.has(w) || PLACE.has(w));
}

/** Rejects places, organisations and dates that look like names: `Gaza Strip`, `BC Hydro`. */
function looksLikeName(words: readonly Token[], honorific: boolean): boolean {
  for (const t of words) {
    const w = t.lower;
    if (FUNCTION.has(w) || (CALENDAR.has(w) && w !== "may") || SPEECH.has(w))
      return false;
    if (/^\p{N}/u.test(w)) return false;
  }
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // Acronyms (`NDP`, `U.S.`) are organisations or places, not names.
  if (words.length === 1 && /^[\p{Lu}.]{2,}$/u.test(first.text) && !honorific)
    return false;
  if (NATIONALITY.has(last.lower) || ORGANISATION.has(last.lower)) return false;
  if (words.every((t) => PLACE.has(t.lower) || ORGANISATION.has(t.lower)))
    return false;
  if (words.length > 1 && PLACE.has(last.lower) && PLACE.has(first.lower))
    return false;
  return true;
}

/** The role given with a name: capitalised titles in its run plus role words just before. */
function roleFor(
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
    if (FUNCTION.has(w) && !ROLE.has(w)) break;
    if (!(ROLE.has(w) || NATIONALITY.has(w) || t.capital)) break;
    words.unshift(t);
  }
  // Honorifics alone are not roles: `Mr. Lavrov`.
  while (
    words.length > 0 &&
    HONORIFIC.has(words[words.length - 1]!.lower) &&
    !ROLE.has(words[words.length - 1]!.lower)
  )
    words.pop();
  if (!words.some((t) => ROLE.has(t.lower) && !NATIONALITY.has(t.lower)))
    return appositiveRole(text, nameTokens);
  const phrase = text.slice(words[0]!.start, words[words.length - 1]!.end);
  if (/^(?:mr|mrs|ms|dr)\.?$/i.test(phrase)) return null;
  return phrase;
}

/** `Jane Doe, a Toronto nurse, said` -> `a Toronto nurse`. */
function appositiveRole(
  text: string,
  nameTokens: readonly Token[],
): string | null {
  const end = nameTokens[nameTokens.length - 1]!.end;
  const after = text.slice(end, end + 120);
  const m = /^, ((?:a|an|the) [^,.;:"“”()]{2,80}?)(?:,|\.| said| says)/.exec(
    after,
  );
  if (!m?.[1]) return null;
  const phrase = m[1];
  const words = phrase.toLowerCase().split(/\s+/);
  return words.some((w) => ROLE.has(w)) && words.length <= MAX_ROLE_WORDS + 2
    ? phrase
    : null;
}

/** A lone capitalised word directly followed by a speech verb: `Kim told CTV News`. */
function speaksNext(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 20);
  const m = /^ (\p{Ll}+)/u.exec(after);
  return (
    m?.[1] !== undefined &&
    SPEECH.has(m[1]) &&
    !["according", "calling", "called", "read", "put"].includes(m[1])
  );
}
