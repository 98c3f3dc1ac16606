import type { Span } from "../../model/article.ts";
import type { PersonMention, PersonRecord } from "../people.ts";
import type { QuoteSpan } from "../quotes.ts";
import type { Context } from "./context.ts";
import { REFERENCE_REACH } from "./limits.ts";

/*
 * Finding mentions (and quotes) by position: searches over lists in text order, the
 * person a subject names, whether a mention is an owner or after a preposition.
 */

/** Whether `pos` lies inside one of `spans` (quotes in text order). */
export function insideQuote(spans: readonly QuoteSpan[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = spans[mid]!;
    if (pos < q.start) hi = mid - 1;
    else if (pos >= q.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The first mention starting in `span` when it also ends there: `X said` -> X. */
export function mentionIn<T extends Span>(
  mentions: readonly T[],
  span: Span,
): T | undefined {
  const k = firstIndexFrom(mentions, span.start);
  const m = mentions[k];
  return m && m.end <= span.end ? m : undefined;
}

/**
 * The list `firstIndexFrom` searched last and its answer: quotes are attributed in text
 * order, so the next answer is mostly the same or a few items on, checked in place of a
 * binary search over half a million mentions. Let go of by `forgetMentionHint`, which
 * `attributeSpeakers` calls when it is done.
 */
let hintItems: readonly Span[] | null = null;
let hintIndex = 0;

/** How many items `firstIndexFrom` steps forward from its hint before searching. */
const HINT_STEPS = 4;

/** Index of the first item starting at or after `pos` (items in text order). */
export function firstIndexFrom(items: readonly Span[], pos: number): number {
  if (items === hintItems && hintIndex <= items.length) {
    let k = hintIndex;
    if (k === 0 || items[k - 1]!.start < pos) {
      const stop = Math.min(items.length, k + HINT_STEPS);
      while (k < stop && items[k]!.start < pos) k++;
      if (k === items.length || items[k]!.start >= pos) {
        hintIndex = k;
        return k;
      }
    }
  }
  const found = searchFrom(items, pos);
  hintItems = items;
  hintIndex = found;
  return found;
}

/** Lets go of the list `firstIndexFrom` searched last, so an article's mentions are not kept. */
export function forgetMentionHint(): void {
  hintItems = null;
}

/** `firstIndexFrom` by binary search. */
function searchFrom(items: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The people named (not as owners) in the paragraph holding `pos` and the one before,
 * before `pos`, each once, in the order first named: whom a description or a pronoun
 * there could mean.
 */
export function peopleNamedNear(ctx: Context, pos: number): PersonRecord[] {
  let p = 0;
  while (p + 1 < ctx.paragraphs.length && ctx.paragraphs[p + 1]!.start <= pos)
    p++;
  const from = ctx.paragraphs[Math.max(0, p - 1)]?.start ?? 0;
  const named: PersonRecord[] = [];
  for (
    let k = firstIndexFrom(ctx.mentions, from);
    k < ctx.mentions.length;
    k++
  ) {
    const m = ctx.mentions[k]!;
    if (m.start >= pos) break;
    const person = ctx.people[m.person]!;
    if (!isPossessive(ctx.text, m) && !named.includes(person))
      named.push(person);
  }
  return named;
}

/** The last mention index ending at or before `pos`, or -1. */
export function lastIndexBefore(items: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The person a subject names: the last one named before any preposition, skipping
 * possessives. `Moreau campaign spokesman Joel Brandt` -> Joel Brandt; `Nina Vos,
 * Santos’ campaign manager` -> Nina Vos; `Kofi Mensah of the Lumen Center` -> Kofi Mensah.
 */
export function headMention(
  ctx: Context,
  span: Span,
): PersonMention | undefined {
  const { text } = ctx;
  const prep = /\s(?:of|with|at|for|from|in|on|under|to|by|about)\s/.exec(
    text.slice(span.start, span.end),
  );
  const limit = prep ? span.start + prep.index : span.end;
  let head: PersonMention | undefined;
  let any: PersonMention | undefined;
  for (
    let k = firstIndexFrom(ctx.mentions, span.start);
    k < ctx.mentions.length;
    k++
  ) {
    const m = ctx.mentions[k]!;
    if (m.end > span.end) break;
    any ??= m;
    if (m.end > limit || isPossessive(text, m)) continue;
    head = m;
  }
  return head ?? any;
}

/** Whether a mention is followed by `'` or `’`: an owner (`Roe's plan`), not a subject. */
export function isPossessive(text: string, m: Span): boolean {
  const c = text.charCodeAt(m.end);
  return c === 0x27 || c === 0x2019;
}

/** Whether a mention follows a preposition (`porters like Okafor`, `sent to Brandt`): not a clause's subject. */
export function isOblique(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  // `As for Santos, he said…`: the topic, not an oblique mention.
  if (/\bas for\s+$/i.test(before)) return false;
  return /\b(?:like|unlike|with|to|of|for|about|against|from|than|toward|towards|including)\s+$/i.test(
    before,
  );
}

/** Start of the line holding `pos`, looking back no further than `REFERENCE_REACH`. */
export function lineStartNear(text: string, pos: number): number {
  const from = Math.max(0, pos - REFERENCE_REACH);
  const i = text.slice(from, pos).lastIndexOf("\n");
  return i === -1 ? from : from + i + 1;
}
