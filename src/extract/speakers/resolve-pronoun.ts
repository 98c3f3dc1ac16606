import type { PersonMention, PersonRecord } from "../people.ts";
import { sentenceStart } from "../sentences.ts";
import type { Context } from "./context.ts";
import { CUE_WINDOW, REFERENCE_REACH } from "./limits.ts";
import {
  firstIndexFrom,
  isOblique,
  isPossessive,
  peopleNamedNear,
  lastIndexBefore,
  lineStartNear,
} from "./mentions.ts";

/** How many sentences back a pronoun looks for a person. */
const PRONOUN_SENTENCES = 4;

/**
 * Whom `he` or `she` at `pos` means: going back sentence by sentence, the first person
 * named in the nearest sentence that names someone of a fitting gender. The first
 * named is usually the sentence's subject: `Ada Okafor agreed with Brandt's
 * plan. “…,” she wrote` -> Ada Okafor.
 */
export function personForPronoun(
  ctx: Context,
  pos: number,
  gender: "m" | "f" | null,
): PersonRecord | null {
  const fits = (m: PersonMention): boolean => {
    const g = ctx.people[m.person]!.gender;
    return g === null || gender === null || g === gender;
  };
  // The speaker of the quote just before stays the referent unless someone else is
  // named since: `“…,” Quist writes. “…,” he writes.`
  const last = ctx.lastSpeaker;
  if (last && pos - last.end <= REFERENCE_REACH) {
    const person = ctx.people.find((p) => p.name === last.name);
    const fitsLast =
      person !== undefined &&
      (person.gender === null || gender === null || person.gender === gender);
    let others = false;
    for (
      let k = firstIndexFrom(ctx.mentions, last.end);
      k < ctx.mentions.length;
      k++
    ) {
      const m = ctx.mentions[k]!;
      if (m.start >= pos) break;
      if (
        ctx.people[m.person]!.name !== last.name &&
        !isPossessive(ctx.text, m) &&
        !isOblique(ctx.text, m)
      )
        others = true;
    }
    if (fitsLast && !others) return person;
  }
  let k = lastIndexBefore(ctx.mentions, pos);
  for (
    let sentences = 0;
    k >= 0 && sentences < PRONOUN_SENTENCES;
    sentences++
  ) {
    const last = ctx.mentions[k]!;
    if (pos - last.end > REFERENCE_REACH) return null;
    const lineStart = lineStartNear(ctx.text, last.start);
    const start = sentenceStart(
      ctx.text,
      Math.max(lineStart, last.start - CUE_WINDOW),
      last.start,
    );
    let j = k;
    while (j > 0 && ctx.mentions[j - 1]!.start >= start) j--;
    let fallback: PersonMention | undefined;
    let oblique: PersonMention | undefined;
    for (let n = j; n <= k; n++) {
      const m = ctx.mentions[n]!;
      // `Okafor’s kitchen`: a possessive is rarely whom the pronoun means.
      if (isPossessive(ctx.text, m)) continue;
      // `porters like Okafor`: after a preposition, only if no one else fits.
      if (isOblique(ctx.text, m)) {
        if (fits(m)) oblique ??= m;
        continue;
      }
      if (gender !== null && ctx.people[m.person]!.gender === gender)
        return ctx.people[m.person]!;
      if (fits(m)) fallback ??= m;
    }
    fallback ??= oblique;
    if (fallback) return ctx.people[fallback.person]!;
    k = j - 1;
  }
  return null;
}

/**
 * Someone besides `chosen` whom `he`/`she` at `pos` could mean: a person of a fitting
 * gender named (not as an owner) in this paragraph or the one before, unless `chosen`
 * spoke the quote just before. `Ana Ruiz met Eva Lind. “…,” she said.` -> `Eva Lind`
 * (for `Ana Ruiz`). Null when nobody else fits.
 */
export function rivalNear(
  ctx: Context,
  pos: number,
  chosen: PersonRecord,
  gender: "m" | "f",
): string | null {
  if (ctx.lastSpeaker?.name === chosen.name) return null;
  const rival = peopleNamedNear(ctx, pos).find(
    (person) =>
      person !== chosen && (person.gender === null || person.gender === gender),
  );
  return rival?.name ?? null;
}
