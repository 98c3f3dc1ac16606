import type { Span } from "../../model/article.ts";
import { INTRODUCTORY_WORDS } from "../lexicon/cues.ts";
import type { OrganisationMention, PersonMention } from "../people.ts";
import type { Context } from "./context.ts";
import { mentionIn } from "./mentions.ts";

/* A sentence's main clause: where it starts, whom it names first, a pronoun opening it. */

const INTRODUCTORY = new Set(INTRODUCTORY_WORDS);

/**
 * Where a sentence's main clause starts: past an introductory phrase and its comma
 * (`Like Okafor, Brandt rejected…` -> `Brandt rejected…`), else `from`.
 */
export function clauseStart(text: string, from: number, to: number): number {
  const lead = text.slice(from, to);
  const first = /^[\s"“‘']*(\p{L}+)/u.exec(lead);
  if (!first?.[1] || !INTRODUCTORY.has(first[1].toLowerCase())) return from;
  const comma = lead.indexOf(",");
  return comma === -1 ? from : from + comma + 1;
}

/**
 * The first person (else organisation) named in the main clause of `text[from, to)`,
 * past an introductory phrase when one is named there (`With rivals closing in on
 * Lucia Moreau, Governor Ray Santos is changing his pitch:` -> Santos).
 */
export function clauseMention(
  ctx: Context,
  from: number,
  to: number,
): PersonMention | OrganisationMention | undefined {
  const start = clauseStart(ctx.text, from, to);
  for (const at of start === from ? [from] : [start, from]) {
    const span = { start: at, end: to };
    const found =
      mentionIn(ctx.mentions, span) ?? mentionIn(ctx.organisations, span);
    if (found) return found;
  }
  return undefined;
}

/**
 * `She listed the towns waiting for “…”`: a main clause that opens with `he` or
 * `she` has that pronoun as its subject (resolved later like `she said`).
 */
export function openingPronoun(
  text: string,
  from: number,
  to: number,
): Span | null {
  const start = clauseStart(text, from, to);
  const m = /^\s*(?:He|She|he|she) (?=\p{Ll})/u.exec(
    text.slice(start, Math.min(to, start + 20)),
  );
  if (!m) return null;
  const at = start + m[0].length - m[0].trimStart().length;
  const end = start + m[0].trimEnd().length;
  return { start: at, end };
}
