import type { Span } from "../model/article.ts";
import { CALENDAR_WORDS, FUNCTION_WORDS } from "./lexicon/not-names.ts";
import { NATIONALITIES } from "./lexicon/nationalities.ts";
import { ORGANISATION_NAMES } from "./lexicon/organisation-names.ts";
import { PERSON_NOUNS } from "./lexicon/person-nouns.ts";
import {
  ORGANISATION_KINDS,
  ORGANISATION_WORDS,
} from "./lexicon/organisations.ts";
import {
  NAME_PARTICLES,
  NAME_SUFFIXES,
  POST_NOMINALS,
  WORDS_THAT_NAME,
} from "./lexicon/particles.ts";
import { PLACE_WORDS } from "./lexicon/places.ts";
import { SPEECH_VERBS } from "./lexicon/speech-verbs.ts";
import { FAMILY_NAMES_FIRST } from "./lexicon/family-names.ts";
import { FEMALE_NAMES, MALE_NAMES } from "./lexicon/given-names.ts";
import {
  ANONYMOUS_HEADS,
  HONORIFICS,
  ROLE_HEADS,
  ROLE_WORDS,
} from "./lexicon/titles.ts";
import { lowerCase, tokenize, type Token } from "./tokens.ts";

/** A person found in the text, before quotes are counted. */
export interface PersonRecord {
  name: string;
  role: string | null;
  aliases: string[];
  /** Every place the text names them, in order. */
  mentions: Span[];
  /** What `he` / `she` may refer to them: from a title, a given name, or pronouns near them. */
  gender: "m" | "f" | null;
}

/** One naming of a person: where, and which `PersonRecord` (index). */
export interface PersonMention extends Span {
  person: number;
}

/** An organisation named in the text: `Lumen Hydro`, `the U.S. State Department`, `LRA`. */
export interface OrganisationMention extends Span {
  name: string;
}

export interface PeopleResult {
  people: PersonRecord[];
  /** All mentions of all people, in text order. */
  mentions: PersonMention[];
  /** Organisations named, in text order: what `it said` and `the agency said` point back to. */
  organisations: OrganisationMention[];
}

const FUNCTION = new Set(FUNCTION_WORDS);
const CALENDAR = new Set(CALENDAR_WORDS);
const NATIONALITY = new Set(NATIONALITIES);
const ORGANISATION = new Set(ORGANISATION_WORDS);
const PLACE = new Set(PLACE_WORDS);
const PARTICLE = new Set(NAME_PARTICLES);
const SUFFIX = new Set(NAME_SUFFIXES);
const POST_NOMINAL = new Set(POST_NOMINALS);
const NAMING_WORD = new Set(WORDS_THAT_NAME);
const ROLE = new Set(ROLE_WORDS);
const ROLE_HEAD = new Set(ROLE_HEADS);
const ANONYMOUS = new Set(ANONYMOUS_HEADS);
const ORGANISATION_KIND = new Set(ORGANISATION_KINDS);
const PERSON_NOUN = new Set(PERSON_NOUNS);
const ORGANISATION_NAME = new Set(ORGANISATION_NAMES);
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
const HONORIFIC = new Set(HONORIFICS);
const SPEECH = new Set(SPEECH_VERBS);
const MALE = new Set(MALE_NAMES);
const FEMALE = new Set(FEMALE_NAMES);
const FAMILY_FIRST = new Set(FAMILY_NAMES_FIRST);
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

/** Courtesy titles: what follows them is a surname or a full name. */
const COURTESY = new Set(["mr", "mrs", "ms", "miss", "dr", "prof"]);

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

/** How far before a name a speech verb may stand: `said Kremlin spokesperson X`. */
const NEAR_SPEECH_CHARS = 60;
/** Verbs that give a thing its name: `a campaign called Clean Harbour`. */
const NAMING_VERBS = new Set([
  "called",
  "named",
  "dubbed",
  "titled",
  "entitled",
  "nicknamed",
  "labelled",
  "labeled",
]);
const NEAR_SPEECH_WORDS = 6;

/** After this many mentions of one name, its role and evidence are not looked for again. */
const MAX_LOOKS_PER_NAME = 12;

/** Longest role phrase kept before a name (words): `Russian Deputy Foreign Minister`. */
const MAX_ROLE_WORDS = 6;
/** Longest name (words): `Callum Peter Iain MacAulay`, `Marta Lúcia Sousa da Costa`. */
const MAX_NAME_WORDS = 5;
/** How far after a mention to look for `he`/`she` as a hint of gender (characters). */
const PRONOUN_WINDOW = 160;

interface Candidate {
  name: string;
  span: Span;
  role: string | null;
  /** Something besides capitals says this is a person: a title, a role, a given name, speech. */
  vouched: boolean;
  gender: "m" | "f" | null;
}

/**
 * Stage 4: finds the people the text names, with their role and the shorter forms the
 * text uses for them. A name is a run of capitalised words (with particles such as
 * `bin`, `von der`, `al`) after stripping roles and titles (`Iraqi Prime Minister`),
 * that is not a place, organisation, month or nationality, and that something vouches
 * for: a known given name, a role or title, a speech verb, or the surname used alone
 * later (`Corran Beach` has none of these). A lone word counts when a title stands
 * before it (`Dr. Osei`) or it speaks (`Haddad told CTV`); a lone word that is a known
 * person's surname (`Peskov said`) is a mention of that person.
 *
 * `Russian Foreign Minister Sergei Lavrov said …` -> `Sergei Lavrov`, role `Russian Foreign Minister`.
 */
export function findPeople(
  text: string,
  regions: readonly Span[],
): PeopleResult {
  const full: Candidate[] = [];
  const lone: {
    paragraphStart: number;
    span: Span;
    word: string;
    honorific: boolean;
    title: string | null;
  }[] = [];
  const organisations: OrganisationMention[] = [];

  const seenNames = new Map<string, number>();
  for (const region of regions) {
    const tokens = tokenize(text, region, keepLowerAt);
    const runs = capitalRuns(tokens);
    for (let r = 0; r < runs.length; r += 2) {
      const runStart = runs[r]!;
      const runEnd = runs[r + 1]!;
      const named = nameInRun(
        tokens,
        runStart,
        runEnd,
        titleOfBefore(text, tokens[runStart]!.start) !== null,
      );
      // `the aid group Lumen`: a kind of organisation, then its name; but `the union
      // President Ana Ruiz` is a person with her title.
      const kind =
        (named === null || named.title === null) &&
        organisationKindBefore(text, tokens[runStart]!.start);
      const found = kind ? null : named;
      if (!found) {
        const org = kind
          ? runAsOrganisation(text, tokens, runStart, runEnd)
          : organisationInRun(text, tokens, runStart, runEnd);
        if (org) organisations.push(org);
        continue;
      }
      const { nameTokens, honorific, title } = found;
      // Where the name starts (letters after it may end the run: `Ana Ruiz KC`).
      const from = tokens.indexOf(nameTokens[0]!, runStart);
      const span = {
        start: nameTokens[0]!.start,
        end: nameTokens[nameTokens.length - 1]!.end,
      };
      if (nameTokens.length >= 2) {
        // Joined by hand: `map` and `join` cost an array and a closure per name.
        let name = nameTokens[0]!.text;
        for (let k = 1; k < nameTokens.length; k++)
          name += ` ${nameTokens[k]!.text}`;
        // `Baskin Robbins`, `Aston Villa`: a known organisation's name is no person's.
        if (ORGANISATION_NAME.has(lowerCase(name))) {
          organisations.push({ start: span.start, end: span.end, name });
          continue;
        }
        // A name seen many times has shown its role and its evidence already: skip the
        // look-arounds (they would make a text repeating one name slow).
        const seen = seenNames.get(name) ?? 0;
        seenNames.set(name, seen + 1);
        const fresh = seen < MAX_LOOKS_PER_NAME;
        const role = fresh ? roleFor(text, tokens, from, nameTokens) : null;
        const first = nameTokens[0]!.lower;
        const vouched =
          fresh &&
          (honorific ||
            role !== null ||
            (!placeShaped(nameTokens) &&
              (MALE.has(first) || FEMALE.has(first))) ||
            FAMILY_FIRST.has(first) ||
            nearSpeech(text, span) ||
            /^(?:\p{Lu}\.){1,3}$/u.test(nameTokens[0]!.text) ||
            /^,? \d{1,3}[,)]/.test(text.slice(span.end, span.end + 6)));
        // Photo credits and author notes are not people in the story:
        // `(Lena Sato/CP)`, `Jane Doe is a Toronto-based reporter`.
        if (isCredit(text, span)) continue;
        // `Lumen Relief, a charity based in Oslo`: an organisation by its own account.
        if (kindAfter(text, span.end)) {
          organisations.push({ start: span.start, end: span.end, name });
          continue;
        }
        full.push({
          name,
          span,
          role,
          vouched,
          gender: genderOf(first, title),
        });
      } else {
        lone.push({
          span,
          word: nameTokens[0]!.text,
          honorific,
          title,
          paragraphStart: region.start,
        });
      }
    }
  }

  // People: full names, merged by name; kept if vouched for anywhere or their surname is used alone.
  const people: PersonRecord[] = [];
  const byName = new Map<string, number>();
  const vouched: boolean[] = [];
  for (const c of full) {
    const key = lowerCase(c.name);
    let index = byName.get(key);
    if (index === undefined) {
      index = people.length;
      byName.set(key, index);
      people.push({
        name: c.name,
        role: null,
        aliases: [],
        mentions: [],
        gender: null,
      });
      vouched.push(false);
    }
    const person = people[index]!;
    person.role ??= c.role;
    person.gender ??= c.gender;
    person.mentions.push(c.span);
    vouched[index] = vouched[index]! || c.vouched;
  }

  // Lone words: a surname or first name of someone already named, or a person on
  // their own when a title or a speech verb vouches for them.
  const aliasIndex = buildAliasIndex(people);
  // Full-name mentions only (in text order) decide whom a surname means.
  const fullMentions = people.map((p) => [...p.mentions]);
  const aliasMentions: { index: number; span: Span }[] = [];
  for (const { span, word, honorific, title, paragraphStart } of lone) {
    const index = pickAlias(
      fullMentions,
      aliasIndex.get(lowerCase(word)),
      span.start,
      paragraphStart,
    );
    if (index !== undefined) {
      const person = people[index]!;
      const alias = text.slice(span.start, span.end);
      if (!person.aliases.includes(alias)) person.aliases.push(alias);
      aliasMentions.push({ index, span });
      person.gender ??= genderOf("", title);
      vouched[index] = true;
    } else if (kindAfter(text, span.end)) {
      organisations.push({ start: span.start, end: span.end, name: word });
    } else if (
      // `Lt.` of `Lt.-Gen. Ana Ruiz`: a title alone is nobody.
      !HONORIFIC.has(lowerCase(word).replace(/\.$/, "")) &&
      (honorific || (speaksNext(text, span) && !isPlaceOrOrganisation(word))) &&
      // `Critics say`, `Officials said`, `the Rovers said`: a group or a role, not a name.
      !(
        !honorific &&
        (ANONYMOUS.has(lowerCase(word)) ||
          isRole(lowerCase(word)) ||
          /(?:^|\s)the $/i.test(
            text.slice(Math.max(0, span.start - 5), span.start),
          ))
      )
    ) {
      const key = word.toLowerCase();
      let i = byName.get(key);
      if (i === undefined) {
        i = people.length;
        byName.set(key, i);
        people.push({
          name: word,
          role: null,
          aliases: [],
          mentions: [],
          gender: genderOf(key, title),
        });
        vouched.push(true);
      }
      people[i]!.mentions.push(span);
    }
  }

  for (const { index, span } of aliasMentions)
    people[index]!.mentions.push(span);

  // Keep the vouched-for, renumbering mentions.
  const kept: PersonRecord[] = [];
  people.forEach((p, i) => {
    if (!vouched[i]) return;
    p.mentions.sort((a, b) => a.start - b.start);
    p.gender ??= genderFromPronouns(text, p.mentions);
    kept.push(p);
  });
  const mentions: PersonMention[] = [];
  kept.forEach((p, person) => {
    // Written out, not spread (`{ ...m, person }`): one per mention, and a spread costs
    // several times more on 10 MB of names.
    for (const m of p.mentions)
      mentions.push({ start: m.start, end: m.end, person });
  });
  mentions.sort((a, b) => a.start - b.start);
  return { people: kept, mentions, organisations };
}

/** Lower-case words names and roles are made of: `bin`, `spokesperson`, `the` (a stop). */
function keepLowerWord(w: string): boolean {
  // Any other lower-case word only ends a run of words, which a skipped token does too.
  return (
    KEPT_LOWER.has(w) ||
    (w.includes("-") && (isRole(w) || HYPHENED_PARTICLE.test(w)))
  );
}

/**
 * A surname that opens with a lower-case particle and a hyphen: `al-Rashid`, `el-Amin`,
 * `ash-Shami`, `ibn-Saud`. The Arabic article `al` takes the sound of some letters after
 * it (`ad-`, `ar-`, `as-`, `ash-`, `at-`, `az-`, `an-`); `ud-`/`ul-` in South Asian names.
 */
const HYPHENED_PARTICLE =
  /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|bin|ibn|abu|bint)-\p{Lu}/u;

/** A word that may be part of a name: capitalised, or `al-Rashid`. */
function isNameWord(t: Token): boolean {
  return t.capital || HYPHENED_PARTICLE.test(t.text);
}

/** Particles, role words and nationalities in one set: one look-up for every lower-case word. */
const KEPT_LOWER = new Set([
  ...NAME_PARTICLES,
  ...ROLE_WORDS,
  ...NATIONALITIES,
]);

/** Bit for a word's last character: `a`-`z` one each, anything else one for all. */
function letterBit(c: number): number {
  return c >= 0x61 && c <= 0x7a ? 1 << (c - 0x61) : 1 << 26;
}

/** Longest kept word the shape table covers; longer words are always looked up. */
const MAX_SHAPED = 31;

/**
 * `KEPT_SHAPES[n * 26 + f]`: the last letters (bits) of the kept words of `n` characters
 * that start with letter `f`. A word whose length and ends match no kept word's cannot
 * be one: nine lower-case words in ten (`budget`) are turned down without being copied.
 */
const KEPT_SHAPES = new Int32Array((MAX_SHAPED + 1) * 26);
for (const w of KEPT_LOWER) {
  const first = w.charCodeAt(0) - 0x61;
  if (w.length > MAX_SHAPED || first < 0 || first >= 26) continue;
  KEPT_SHAPES[w.length * 26 + first]! |= letterBit(w.charCodeAt(w.length - 1));
}

/**
 * `keepLowerWord` for the word `text[start, end)` (which starts with `a`-`z`), copying
 * it only when its shape matches a kept word's or it has a hyphen (`co-founder`).
 */
function keepLowerAt(text: string, start: number, end: number): boolean {
  const n = end - start;
  const shaped =
    n > MAX_SHAPED ||
    ((KEPT_SHAPES[n * 26 + text.charCodeAt(start) - 0x61] ?? 0) &
      letterBit(text.charCodeAt(end - 1))) !==
      0;
  if (!shaped) {
    let hyphen = false;
    for (let i = start; i < end && !hyphen; i++)
      hyphen = text.charCodeAt(i) === 0x2d;
    if (!hyphen) return false;
  }
  return keepLowerWord(text.slice(start, end));
}

/** The rest of a run after `Mr.`/`Mrs.`/`Ms.`/`Dr.`: a name even if it is `King`. */
function nameAfterCourtesy(
  run: readonly Token[],
  cut: number,
): NameInRun | null {
  const nameTokens = run.slice(cut);
  if (nameTokens.length > MAX_NAME_WORDS) return null;
  if (
    nameTokens.some(
      (t) =>
        (FUNCTION.has(t.lower) || CALENDAR.has(t.lower)) &&
        !NAMING_WORD.has(t.lower),
    )
  )
    return null;
  return { nameTokens, honorific: true, title: run[cut - 1]!.lower };
}

function isGivenName(w: string): boolean {
  return MALE.has(w) || FEMALE.has(w);
}

/** Gender a reader would assume from a title (`Mrs.`) or a given name, else null. */
function genderOf(given: string, title: string | null): "m" | "f" | null {
  if (title && MALE_TITLES.has(title)) return "m";
  if (title && FEMALE_TITLES.has(title)) return "f";
  const m = MALE.has(given);
  const f = FEMALE.has(given);
  return m && !f ? "m" : f && !m ? "f" : null;
}

/** Votes of the first `he`/`his` or `she`/`her` after each mention. */
function genderFromPronouns(
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

/**
 * Whom a surname means when people share it (`Okafor`: Ada or her husband
 * Ben): the one named in full earlier in the same paragraph, most recently;
 * otherwise the one the text named first, usually its subject.
 * `mentionsOf[i]`: person i's full-name mentions, in text order.
 */
export function pickAlias(
  mentionsOf: readonly (readonly Span[])[],
  owners: readonly number[] | undefined,
  pos: number,
  paragraphStart: number,
): number | undefined {
  if (!owners || owners.length === 0) return undefined;
  if (owners.length === 1) return owners[0];
  let recent: number | undefined;
  let recentAt = -1;
  let first: number | undefined;
  let firstAt = Infinity;
  for (const i of owners) {
    const mentions = mentionsOf[i] ?? [];
    const opening = mentions[0]?.start ?? Infinity;
    if (opening < firstAt) {
      first = i;
      firstAt = opening;
    }
    const last = lastStartBefore(mentions, pos);
    if (last >= paragraphStart && last > recentAt) {
      recent = i;
      recentAt = last;
    }
  }
  return recent ?? first;
}

/** Start of the last span starting before `pos` (spans in text order), or -1. */
function lastStartBefore(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = spans[mid]!.start;
    if (start < pos) {
      found = start;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function isPlaceOrOrganisation(word: string): boolean {
  const w = word.toLowerCase();
  return PLACE.has(w) || ORGANISATION.has(w) || NATIONALITY.has(w);
}

/**
 * Whether an appositive after `end` says what kind of organisation the name is:
 * `Tessera, the union representing nurses`, `Lumen Relief, a Norwegian charity`.
 */
function kindAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2c) return false;
  const m = /^, (?:the|a|an) ((?:[\p{L}-]+ ){0,2}[\p{L}-]+)/u.exec(
    text.slice(end, end + 60),
  );
  if (m === null) return false;
  // `Ana Ruiz, a charity worker`: a person who works for one.
  const words = m[1]!.toLowerCase().split(" ");
  return (
    words.some((w) => ORGANISATION_KIND.has(w)) &&
    !words.some((w) => isRole(w) || PERSON_NOUN.has(w))
  );
}

/** Whether a kind of organisation stands just before `start`: `the aid group | Lumen`. */
function organisationKindBefore(text: string, start: number): boolean {
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
function runAsOrganisation(
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
function organisationInRun(
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

/**
 * Lone word -> people: each surname (and each part of a hyphenated one), and first names
 * that only one person has. `Peskov` -> Dmitry Peskov; `Sudani` -> Mohammad Shia Al-Sudani.
 * A surname two people share lists both; `pickAlias` takes the one named last.
 */
export function buildAliasIndex(
  people: readonly PersonRecord[],
): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(i)) list.push(i);
    map.set(key, list);
  };
  people.forEach((p, i) => {
    const parts = p.name.toLowerCase().split(" ");
    if (parts.length < 2) return;
    const last = parts.filter((w) => !SUFFIX.has(w)).pop() ?? "";
    for (const key of [last, ...(last.includes("-") ? last.split("-") : [])])
      add(index, key, i);
    add(byFirst, parts[0]!, i);
  });
  for (const [first, owners] of byFirst) {
    if (owners.length === 1 && !index.has(first)) index.set(first, owners);
  }
  return index;
}

/** Index ranges `[from, to)` of runs of capitalised words joined by single spaces. */
function capitalRuns(tokens: readonly Token[]): number[] {
  const runs: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameWord(t)) {
      i++;
      continue;
    }
    let j = i;
    // Extend over capitalised words and inner particles: `Ilse van der Berg`.
    while (j < tokens.length - 1 && tokens[j]!.joinsNext) {
      const n = tokens[j + 1]!;
      if (isNameWord(n)) j++;
      else if (
        PARTICLE.has(n.lower) &&
        nextCapitalAfterParticles(tokens, j + 1)
      )
        j++;
      else break;
    }
    runs.push(i, j + 1);
    i = j + 1;
  }
  return runs;
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
  honorific: boolean;
  /** The honorific or title word just before the name, lower case: `mr`, `president`. */
  title: string | null;
}

/** The name inside a run, after the role words before it, or null if none is a name. */
function nameInRun(
  tokens: readonly Token[],
  from: number,
  to: number,
  afterTitleOf = false,
): NameInRun | null {
  // `Ana Ruiz KC`, `Tom Ek MP`: letters after the name are not part of it.
  while (to - from > 2 && isPostNominal(tokens[to - 1]!)) to--;
  const run = tokens.slice(from, to);
  // The name starts after the last title word: `Iraqi Prime Minister | Mohammad Shia Al-Sudani`.
  let cut = 0;
  for (let i = 0; i < run.length - 1; i++) {
    const w = run[i]!.lower;
    if (isRole(w) || HONORIFIC.has(w)) cut = i + 1;
  }
  // `Mr. Bishop`, `Dr. Major`: after a courtesy title comes a name, whatever it spells.
  const courtesy =
    cut > 0 && COURTESY.has(run[cut - 1]!.lower) && cut < run.length;
  if (courtesy) return nameAfterCourtesy(run, cut);
  // Then drop leading words no name starts with: `During`, `Russian`, `Kremlin`.
  while (cut < run.length && isLeadingNonName(run[cut]!, run.length - cut))
    cut++;
  // `Rival Ana Ruiz`, `Comedian Kofi Mensah`: a given name after an unknown word.
  const second = run[cut + 1];
  if (
    run.length - cut >= 3 &&
    second &&
    !isGivenName(run[cut]!.lower) &&
    isGivenName(second.lower)
  )
    cut++;
  // `Minister of | Economic Development Ana Ruiz`: the department runs to a given name.
  if (afterTitleOf) {
    let given = cut;
    while (given < run.length - 1 && !isGivenName(run[given]!.lower)) given++;
    if (given < run.length - 1) cut = given;
  }
  // Nothing is cut from most runs: the run itself is the name (it is only read).
  const nameTokens = cut === 0 ? run : run.slice(cut);
  if (nameTokens.length === 0 || nameTokens.length > MAX_NAME_WORDS)
    return null;
  const honorific =
    cut > 0 && run.slice(0, cut).some((t) => HONORIFIC.has(t.lower));
  if (!looksLikeName(nameTokens, honorific)) return null;
  const title = cut > 0 ? run[cut - 1]!.lower : null;
  return { nameTokens, honorific, title };
}

/** `KC`, `MP`, `PhD` after a name (`Mp` or `mp` is no post-nominal). */
function isPostNominal(t: Token): boolean {
  if (!POST_NOMINAL.has(t.lower.replace(/\./g, ""))) return false;
  const letters = t.text.replace(/\./g, "");
  return letters === letters.toUpperCase() || letters === "PhD";
}

/** Role words, honorifics, nationalities, function and calendar words: one set to ask. */
const NOT_LEADING = new Set([
  ...ROLE_WORDS,
  ...HONORIFICS,
  ...NATIONALITIES,
  ...FUNCTION_WORDS,
  ...CALENDAR_WORDS,
]);

/** Words a name does not start with. Places and organisations only when more follows. */
function isLeadingNonName(t: Token, remaining: number): boolean {
  const w = t.lower;
  if (
    NOT_LEADING.has(w) ||
    isRole(w) ||
    // `Democrats`: a nationality or party in the plural.
    (w.endsWith("s") && NATIONALITY.has(w.slice(0, -1)))
  ) {
    return true;
  }
  // A sentence opening with a participle: `Knowing Okafor was a fan…`.
  if (w.length > 5 && w.endsWith("ing") && !MALE.has(w) && !FEMALE.has(w))
    return true;
  // `Kremlin Peskov`, `Toronto Mayor…` but not `Jordan Pike` (two words, left alone).
  return remaining > 2 && (ORGANISATION.has(w) || PLACE.has(w));
}

/** Rejects places, organisations and dates that look like names: `Gaza Strip`, `Lumen Hydro`. */
function looksLikeName(words: readonly Token[], honorific: boolean): boolean {
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
    if (functionWord || (CALENDAR.has(w) && w !== "may") || SPEECH.has(w))
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
function placeShaped(words: readonly Token[]): boolean {
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
function titleOfBefore(text: string, start: number): number | null {
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

/** `Lena Sato/CP`, `( Kofi Mensah / Toronto Star )`, `Jane Doe is a reporter covering…`. */
function isCredit(text: string, span: Span): boolean {
  // `/^ ?\//` after the name and `/\/ ?$/` before it, read in place.
  const a = text.charCodeAt(span.end);
  if (a === 0x2f || (a === 0x20 && text.charCodeAt(span.end + 1) === 0x2f))
    return true;
  const b = span.start >= 1 ? text.charCodeAt(span.start - 1) : NaN;
  if (
    b === 0x2f ||
    (b === 0x20 && span.start >= 2 && text.charCodeAt(span.start - 2) === 0x2f)
  )
    return true;
  if (!text.startsWith(" is ", span.end)) return false;
  const after = text.slice(span.end, span.end + 80);
  return /^ is (?:a|an|the) [^.]{0,50}\b(?:reporter|editor|writer|columnist|correspondent|contributor|journalist|photographer)\b/.test(
    after,
  );
}

/** A speech verb right after the name (past an appositive) or right before it: `X, 45, said`, `said X`. */
function nearSpeech(text: string, span: Span): boolean {
  const after = /^(?:,[^,.;]{1,80},|,)? (\p{Ll}+)(?: (\p{Ll}+))?/u.exec(
    text.slice(span.end, span.end + 100),
  );
  const speaks = (w: string | undefined): boolean =>
    w !== undefined && SPEECH.has(w);
  if (speaks(after?.[1]) || speaks(after?.[2])) return true;
  // `said Kremlin spokesperson Dmitry Peskov`: a verb among the few words before.
  const before = text.slice(
    Math.max(0, span.start - NEAR_SPEECH_CHARS),
    span.start,
  );
  if (!before.endsWith(" ")) return false;
  const words = before.split(" ").slice(-NEAR_SPEECH_WORDS, -1);
  // Walk back over the words before the name, to punctuation or a function word:
  // `said Republican political consultant Joel Brandt`, `according to X`.
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w === "") continue;
    // `a program called Club Kestrel`: a verb that names a thing vouches for no person.
    if (NAMING_VERBS.has(w)) return false;
    if (speaks(w) || (w === "to" && words[k - 1] === "according")) return true;
    if (/[,.;:!?”"]$/.test(w) || FUNCTION.has(w)) return false;
  }
  return false;
}

/** A lone capitalised word directly followed by a speech verb: `Haddad told CTV News`. */
function speaksNext(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 20);
  const m = /^ (\p{Ll}+)/u.exec(after);
  return (
    m?.[1] !== undefined &&
    SPEECH.has(m[1]) &&
    !["according", "calling", "called", "read", "put"].includes(m[1])
  );
}
