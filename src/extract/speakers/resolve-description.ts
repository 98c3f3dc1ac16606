import { FEMALE_NOUNS, MALE_NOUNS } from "../lexicon/gendered-nouns.ts";
import { PERSON_NOUNS } from "../lexicon/person-nouns.ts";
import { ANONYMOUS_HEADS, HONORIFICS, ROLE_HEADS } from "../lexicon/titles.ts";
import type { PersonRecord } from "../people.ts";
import { lowerCase } from "../tokens.ts";
import type { Context } from "./context.ts";
import { peopleNamedNear, lastIndexBefore, mentionIn } from "./mentions.ts";
import type { Resolved } from "./resolved.ts";
import { endsPossessive, isLower, wordsAt, type Word } from "./words.ts";

/* People named by what they are: `the minister`, `the rookie defenceman`, a lede's `a coach`. */

const PERSON_NOUN = new Set(PERSON_NOUNS);
const HONORIFIC = new Set(HONORIFICS);
const ROLE_HEAD = new Set(ROLE_HEADS);
const ANONYMOUS = new Set(ANONYMOUS_HEADS);
const FEMALE = new Set(FEMALE_NOUNS);
const MALE = new Set(MALE_NOUNS);

/** How many mentions back a role noun (`the minister`) may reach for its person. */
const ROLE_LOOKBACK = 200;

/**
 * `A Port Ellis hockey coach says he’s “thrilled”` opening the story, then `Kofi Mensah
 * said…` opening the next paragraph: a lede's description names the person introduced
 * right after it. Anonymous heads (`a spokesperson`) stay unnamed.
 */
export function ledePerson(
  ctx: Context,
  words: readonly Word[],
  pos: number,
): Resolved | null {
  const [lede, next] = ctx.paragraphs;
  const head = words[words.length - 1]!;
  if (
    !lede ||
    !next ||
    pos < lede.start ||
    pos >= lede.end ||
    !(words[0]!.lower === "a" || words[0]!.lower === "an") ||
    !ROLE_HEAD.has(head.lower) ||
    ANONYMOUS.has(head.lower)
  )
    return null;
  // The name opens the paragraph (checked on a few characters: linear however long).
  const m = mentionIn(ctx.mentions, next);
  if (!m || m.start - next.start > 4) return null;
  if (wordsAt(ctx, next.start, m.start).length > 0) return null;
  if (!ctx.text.slice(m.start, m.end).includes(" ")) return null;
  return {
    speaker: ctx.people[m.person]!.name,
    kind: "person",
    method: "role",
    cue: null,
  };
}

/**
 * `Ana Ruiz scored twice. “…,” the rookie defenceman said.` and `the 34-year-old said`:
 * a definite description of one person, lower case, points back to the person the text
 * is about, found as `he`/`she` would be. Anonymous heads (`the official`) stay unnamed.
 */
export function describedPerson(
  ctx: Context,
  phrase: readonly Word[],
  pos: number,
): PersonRecord | null {
  // `the mother of three`: the noun before `of` is the head.
  const of = phrase.findIndex((w, k) => k > 1 && w.lower === "of");
  const words = of === -1 ? phrase : phrase.slice(0, of);
  const head = words[words.length - 1]!;
  // A title (`the president`) means whoever holds it, found by role or not at all.
  if (!isLower(head) || ANONYMOUS.has(head.lower) || HONORIFIC.has(head.lower))
    return null;
  // Lower-case words only, no owner: `the show’s host` is someone else's.
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if ((!isLower(w) && !/^\d/.test(w.w)) || endsPossessive(w.w)) return null;
  }
  const age = /^\d{1,3}-year-old$/.test(head.lower);
  if (!age && !PERSON_NOUN.has(head.lower) && !ROLE_HEAD.has(head.lower))
    return null;
  const gender = FEMALE.has(head.lower)
    ? "f"
    : MALE.has(head.lower)
      ? "m"
      : null;
  const person = onlyPersonNear(ctx, pos);
  if (
    !person ||
    (gender !== null && person.gender === (gender === "f" ? "m" : "f"))
  )
    return null;
  // A person the text gave another role is not the one described: `the chef` is not
  // the mayor.
  if (person.role && !age && !lowerCase(person.role).includes(head.lower))
    return null;
  return person;
}

/**
 * The one person named (not as an owner) in this paragraph and the one before, up to
 * `pos`; null when there are none or several, since a description of someone unnamed
 * (`the announcer`) must not be given to whoever was named last.
 */
function onlyPersonNear(ctx: Context, pos: number): PersonRecord | null {
  const named = peopleNamedNear(ctx, pos);
  return named.length === 1 ? named[0]! : null;
}

/** The most recently named person whose role has `head`: `minister` -> the foreign minister. */
export function personWithRole(
  ctx: Context,
  head: string,
  pos: number,
): PersonRecord | null {
  const last = lastIndexBefore(ctx.mentions, pos);
  for (let k = last; k >= 0 && k > last - ROLE_LOOKBACK; k--) {
    const p = ctx.people[ctx.mentions[k]!.person]!;
    if ((p.role?.toLowerCase() ?? "").split(/\s+/).includes(head)) return p;
  }
  return null;
}
