import type { AttributionMethod, Span } from "../../model/article.ts";
import { INDEFINITE_DETERMINERS, OWNERS } from "../lexicon/cues.ts";
import { NOT_A_SPEAKER } from "../lexicon/nationalities.ts";
import { NEWS_OUTLETS } from "../lexicon/not-names.ts";
import {
  DOCUMENT_NOUNS,
  ORGANISATION_NOUNS,
  ORGANISATION_WORDS,
} from "../lexicon/organisations.ts";
import { PLACE_WORDS } from "../lexicon/places.ts";
import { GROUP_PRONOUNS, PERSON_PRONOUNS } from "../lexicon/pronouns.ts";
import { ANONYMOUS_HEADS, HONORIFICS, ROLE_HEADS } from "../lexicon/titles.ts";
import type { PersonRecord } from "../people.ts";
import { pickAlias } from "../people/aliases.ts";
import { lowerCase } from "../tokens.ts";
import { IN_WORDS, type Context, type Cue } from "./context.ts";
import { headMention, lineStartNear, mentionIn } from "./mentions.ts";
import {
  describedPerson,
  ledePerson,
  personWithRole,
} from "./resolve-description.ts";
import {
  lastOrganisationBefore,
  organisation,
  organisationByNoun,
} from "./resolve-organisation.ts";
import { personForPronoun, rivalNear } from "./resolve-pronoun.ts";
import { NOBODY, type Resolved } from "./resolved.ts";
import { isCapital, isLower, wordsAt } from "./words.ts";

const INDEFINITE = new Set(INDEFINITE_DETERMINERS);
const OWNER = new Set(OWNERS);
const NOT_SPEAKER = new Set(NOT_A_SPEAKER);
const OUTLETS = new Set(NEWS_OUTLETS);
const ORG_WORDS = new Set(ORGANISATION_WORDS);
const ORG_NOUNS = new Set(ORGANISATION_NOUNS);
const DOCUMENTS = new Set(DOCUMENT_NOUNS);
const PLACES = new Set(PLACE_WORDS);
const PERSON_PRONOUN = new Set(PERSON_PRONOUNS);
const GROUP_PRONOUN = new Set(GROUP_PRONOUNS);
const HONORIFIC = new Set(HONORIFICS);
const ROLE_HEAD = new Set(ROLE_HEADS);
const ANONYMOUS = new Set(ANONYMOUS_HEADS);

/** An organisation's name is short: `Harbour Watch`, `Port Ellis Public Radio` (words). */
const MAX_ORGANISATION_WORDS = 4;

/** Turns a cue's subject into a speaker. */
export function resolveSubject(ctx: Context, cue: Cue, pos: number): Resolved {
  const { text } = ctx;
  const person = cue.participle
    ? mentionIn(ctx.mentions, cue.subject)
    : headMention(ctx, cue.subject);
  if (person) {
    const record = ctx.people[person.person]!;
    // As written: a full name (with a space), or the record's own name.
    const method: AttributionMethod =
      text.slice(person.start, person.end).includes(" ") ||
      (person.end - person.start === record.name.length &&
        text.startsWith(record.name, person.start))
        ? "named"
        : "alias";
    const r: Resolved = {
      speaker: record.name,
      kind: "person",
      method,
      cue: null,
    };
    const doubt = nameDoubt(record);
    if (doubt) r.doubt = doubt;
    return r;
  }
  const alias = aliasSpeaker(ctx, cue.subject);
  if (alias) return alias;
  const org = mentionIn(ctx.organisations, cue.subject);
  if (cue.participle) return org ? organisation(ctx, org.name) : NOBODY;
  const words = wordsAt(ctx, cue.subject.start, cue.subject.end);
  const first = words[0]!;
  const head = words[words.length - 1]!;
  const written = lowerCase(text.slice(cue.subject.start, cue.subject.end));
  // `in her words`: the owner's pronoun stands for the speaker.
  const lower =
    cue.verb === IN_WORDS && (written === "his" || written === "her")
      ? written === "his"
        ? "he"
        : "she"
      : written;
  if (words.length === 1 && PERSON_PRONOUN.has(lower)) {
    const p = personForPronoun(
      ctx,
      cue.subject.start,
      lower === "she" ? "f" : "m",
    );
    if (!p) return NOBODY;
    const r: Resolved = {
      speaker: p.name,
      kind: "person",
      method: "pronoun",
      cue: null,
    };
    const rival = rivalNear(
      ctx,
      cue.subject.start,
      p,
      lower === "she" ? "f" : "m",
    );
    if (rival) r.doubt = `${rival} is named just before too`;
    return r;
  }
  if (words.length === 1 && GROUP_PRONOUN.has(lower)) {
    const o =
      lower === "it"
        ? lastOrganisationBefore(ctx, cue.subject.start)
        : undefined;
    return o ? organisation(ctx, o.name) : NOBODY;
  }
  // `A statement from Lumen Relief said`, `The PWHA statement said`: the author speaks.
  if (words.some((w) => DOCUMENTS.has(w.lower)) && org)
    return organisation(ctx, org.name);
  if (INDEFINITE.has(first.lower)) return ledePerson(ctx, words, pos) ?? NOBODY;
  if (
    first.lower === "the" &&
    words.length <= 4 &&
    ROLE_HEAD.has(head.lower) &&
    isLower(head)
  ) {
    const p = personWithRole(ctx, head.lower, pos);
    if (p)
      return { speaker: p.name, kind: "person", method: "role", cue: null };
    const d = describedPerson(ctx, words, cue.subject.start);
    return d
      ? {
          speaker: d.name,
          kind: "person",
          method: "description",
          cue: null,
          doubt: "only a description points to them",
        }
      : NOBODY;
  }
  if (first.lower === "the" && words.length <= 4) {
    const p = describedPerson(ctx, words, cue.subject.start);
    if (p)
      return {
        speaker: p.name,
        kind: "person",
        method: "description",
        cue: null,
        doubt: "only a description points to them",
      };
  }
  const capitals = words.filter((w) => isCapital(w) && w.lower !== "the");
  if (capitals.length === 0) {
    // `the utility said`, `the department added`: the organisation named last.
    // `said his office`, `its ministry said`: the owner's organisation, by its noun.
    if (
      (first.lower === "the" || OWNER.has(first.lower)) &&
      (ORG_NOUNS.has(head.lower) || ORG_WORDS.has(head.lower))
    ) {
      const o =
        organisationByNoun(ctx, head.lower, cue.subject.start) ??
        lastOrganisationBefore(ctx, cue.subject.start);
      return o ? organisation(ctx, o.name) : NOBODY;
    }
    return NOBODY;
  }
  if (capitals.length !== words.filter((w) => w.lower !== "the").length)
    return org ? organisation(ctx, org.name) : NOBODY;
  const name = text
    .slice(cue.subject.start, cue.subject.end)
    .replace(/^the /i, "")
    .replace(/['’]s?$/, "");
  const nameWords = name.split(/\s+/);
  const isOrganisation =
    first.lower === "the" ||
    nameWords.some((w) => ORG_WORDS.has(w.toLowerCase())) ||
    /^[\p{Lu}.&]{2,}$/u.test(name) ||
    OUTLETS.has(name.toLowerCase()) ||
    nameWords.every((w) => PLACES.has(w.toLowerCase()));
  if (isOrganisation) return organisation(ctx, name);
  // `Tessera, the union for nurses, said`: the text says what it is.
  if (org) return organisation(ctx, org.name);
  if (
    nameWords.length === 1 &&
    (NOT_SPEAKER.has(name.toLowerCase()) || ANONYMOUS.has(name.toLowerCase()))
  )
    return NOBODY;
  if (nameWords.length === 1 && !HONORIFIC.has(name.toLowerCase())) {
    return {
      speaker: name,
      kind: "person",
      method: "named",
      cue: null,
      doubt: "the text gives no full name for them",
    };
  }
  // `according to Harbour Watch`: capitalised words that name no person we know are an
  // organisation (people come with a given name, a role or a title).
  if (
    nameWords.length <= MAX_ORGANISATION_WORDS &&
    !nameWords.some((w) => HONORIFIC.has(w.toLowerCase().replace(/\.$/, "")))
  ) {
    return organisation(ctx, name);
  }
  return NOBODY;
}

/**
 * Why a name beside a quote may not be who it seems: a lone word the text never gives
 * in full (`Roe said` with no `Jo Roe`), which is as often a truncated name or a
 * capitalised word that names nobody. Null for a full name or a known short form.
 */
function nameDoubt(record: PersonRecord): string | null {
  return record.name.includes(" ")
    ? null
    : "the text gives no full name for them";
}

/** A lone capitalised word that is a known person's surname or first name: `Jordan said`. */
function aliasSpeaker(ctx: Context, subject: Span): Resolved | null {
  const words = wordsAt(ctx, subject.start, subject.end).filter(
    (w) => !HONORIFIC.has(w.lower),
  );
  if (words.length !== 1 || !isCapital(words[0]!)) return null;
  const index = pickAlias(
    ctx.mentionsOf,
    ctx.aliases.get(words[0]!.lower),
    subject.start,
    lineStartNear(ctx.text, subject.start),
  );
  if (index === undefined) return null;
  return {
    speaker: ctx.people[index]!.name,
    kind: "person",
    method: "alias",
    cue: null,
  };
}
