import { buildAliasIndex, pickAlias } from "./people/aliases.ts";
import {
  isCredit,
  MAX_LOOKS_PER_NAME,
  nearSpeech,
  speaksNext,
} from "./people/evidence.ts";
import { genderFromPronouns, genderOf } from "./people/gender.ts";
import { keepLowerAt } from "./people/lower-words.ts";
import { capitalRuns, nameInRun } from "./people/name-runs.ts";
import { placeShaped } from "./people/name-shape.ts";
import {
  isPlaceOrOrganisation,
  kindAfter,
  organisationInRun,
  organisationKindBefore,
  runAsOrganisation,
} from "./people/organisations.ts";
import { isRole, roleAfter, roleFor, titleOfBefore } from "./people/roles.ts";
import {
  ANONYMOUS,
  FAMILY_FIRST,
  FEMALE,
  HONORIFIC,
  MALE,
  ORGANISATION_NAME,
} from "./people/word-sets.ts";
import { lowerCase, tokenize } from "./tokens.ts";
import type { Span } from "../model/article.ts";

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
 * `bin`, `von der`, `al`) after stripping roles and titles (`Chilean Prime Minister`),
 * that is not a place, organisation, month or nationality, and that something vouches
 * for: a known given name, a role or title, a speech verb, or the surname used alone
 * later (`Corran Beach` has none of these). A lone word counts when a title stands
 * before it (`Dr. Osei`) or it speaks (`Haddad told CTV`); a lone word that is a known
 * person's surname (`Ruiz said`) is a mention of that person.
 *
 * `Chilean Foreign Minister Omar Haddad said …` -> `Omar Haddad`, role `Chilean Foreign Minister`.
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
      // `Ana Ruiz spoke. … said Ruiz, a welder`: the role given with the surname.
      person.role ??= roleAfter(text, span.end);
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
