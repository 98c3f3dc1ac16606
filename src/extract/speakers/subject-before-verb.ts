import type { Span } from "../../model/article.ts";
import { CLAUSE_BREAKERS } from "../lexicon/cues.ts";
import { PLACE_WORDS } from "../lexicon/places.ts";
import { CUE_ADVERBS, SPEECH_VERBS } from "../lexicon/speech-verbs.ts";
import { ROLE_WORDS } from "../lexicon/titles.ts";
import { isBlank, isRegexSpace, isSpaces, lowerCase } from "../tokens.ts";
import type { Context } from "./context.ts";
import { MAX_SUBJECT_WORDS } from "./limits.ts";
import { firstIndexFrom, headMention } from "./mentions.ts";
import { plausibleSubject } from "./plausible-subject.ts";
import { isLower, wordsAt } from "./words.ts";

const SPEECH = new Set(SPEECH_VERBS);
const ADVERBS = new Set(CUE_ADVERBS);
const BREAKERS = new Set(CLAUSE_BREAKERS);
const PLACES = new Set(PLACE_WORDS);
const ROLE = new Set(ROLE_WORDS);

/** Longest lower-case description between commas taken as an appositive (words). */
const MAX_APPOSITIVE_WORDS = 6;

/** How many appositives may stand between a subject and its verb. */
const MAX_APPOSITIVES = 3;

/**
 * `/(\p{L}+) +$/u` on `text[from, to)`: the letters before the spaces that end it, and
 * where they start. ASCII is read by hand, backwards; other letters go to the regex.
 */
function wordBeforeSpaces(
  text: string,
  from: number,
  to: number,
): { word: string; start: number } | null {
  let i = to;
  while (i > from && text.charCodeAt(i - 1) === 0x20) i--;
  if (i === to) return null;
  const wordEnd = i;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) i--;
    else if (c >= 0x80) {
      const m = /(\p{L}+) +$/u.exec(text.slice(from, to));
      return m?.[1] ? { word: m[1], start: to - m[0].length } : null;
    } else break;
  }
  return i === wordEnd ? null : { word: text.slice(i, wordEnd), start: i };
}

/** `/,\s*$/.test(text.slice(from, end))` without the slice. */
function endsWithComma(text: string, from: number, end: number): boolean {
  let i = end;
  while (i > from && isRegexSpace(text.charCodeAt(i - 1))) i--;
  return i > from && text.charCodeAt(i - 1) === 0x2c;
}

/** `Sen. Ana Ruiz (I-Vt.)` -> `Sen. Ana Ruiz`: where the subject ends without its tag. */
function withoutPartyTag(text: string, from: number, end: number): number {
  // The tag's `)` is the last thing before the end, spaces aside; most subjects have none.
  const start = Math.max(from, end - 30);
  let i = end;
  while (i > start && isRegexSpace(text.charCodeAt(i - 1))) i--;
  if (i === start || text.charCodeAt(i - 1) !== 0x29) return end;
  const party = /\s*\([^()]{1,24}\)\s*$/.exec(text.slice(start, end));
  return party ? end - party[0].length : end;
}

/**
 * The noun phrase just before a verb, in `text[from, verbStart)`: back to a comma or a
 * clause word, past appositives (`X, a spokesperson for Y, said`; `Kofi Mensah,
 * president of the union, which speaks for nurses, said`), a party tag (`Sen. Ana
 * Ruiz (I-Vt.) said`) and adverbs (`Ruiz later said`). `the director of LRA, Mara
 * Quist, says` -> `Mara Quist`.
 */
export function subjectBeforeVerb(
  ctx: Context,
  from: number,
  verbStart: number,
): Span | null {
  const { text } = ctx;
  let end = verbStart;
  for (;;) {
    const before = wordBeforeSpaces(text, Math.max(from, end - 20), end);
    if (before === null) break;
    const adverb = lowerCase(before.word);
    // `Ruiz later said`, `Okafor firmly told`: adverbs, listed or in -ly.
    if (!(ADVERBS.has(adverb) || (adverb.length > 4 && adverb.endsWith("ly"))))
      break;
    end = before.start;
  }
  end = withoutPartyTag(text, from, end);
  if (endsWithComma(text, from, end)) {
    // Walk back over the comma-separated segments before the verb: the nearest one that
    // is no appositive and names someone is the subject; `Ray Ellis, the attorney
    // general of Idaho, one of six states in the case, said` -> Ray Ellis.
    let cut = from + text.slice(from, end).replace(/,\s*$/, "").length;
    for (let hops = 0; hops <= MAX_APPOSITIVES; hops++) {
      const body = text.slice(from, cut);
      const comma = body.lastIndexOf(",");
      const rawSegment = body.slice(comma + 1);
      const segSpan = {
        start:
          from +
          comma +
          1 +
          (rawSegment.length - rawSegment.trimStart().length),
        end: cut,
      };
      const appositive = isAppositive(rawSegment.trim());
      if (!appositive && headMention(ctx, segSpan)) return segSpan;
      if (hops === 0) {
        if (comma === -1 || !appositive) return null;
        // Failing a named subject further back, the words before the first appositive.
        end = withoutPartyTag(text, from, from + comma);
      } else if (!appositive || comma === -1) {
        break;
      }
      cut = withoutPartyTag(text, from, from + comma);
    }
  }
  const words = wordsAt(ctx, from, end);
  if (words.length === 0) return null;
  const lastIndex = words.length - 1;
  if (!isBlank(text, words[lastIndex]!.end, end)) return null;
  let startIndex = lastIndex;
  for (let k = lastIndex; k >= 0; k--) {
    const w = words[k]!;
    if (k < lastIndex && !isSpaces(text, w.end, words[k + 1]!.start)) break;
    if (BREAKERS.has(w.lower) && (isLower(w) || k === 0)) break;
    if (k < lastIndex && SPEECH.has(w.lower) && isLower(w)) break;
    startIndex = k;
    if (lastIndex - k + 1 >= MAX_SUBJECT_WORDS) break;
  }
  if (startIndex > lastIndex) return null;
  const subject = {
    start: words[startIndex]!.start,
    end: words[lastIndex]!.end,
  };
  const affiliated = personBeforeAffiliation(ctx, from, subject);
  if (affiliated) return affiliated;
  if (plausibleSubject(ctx, subject)) return subject;
  // A clause leads the stretch: keep the shortest plausible tail.
  for (let k = startIndex + 1; k <= lastIndex; k++) {
    const tail = { start: words[k]!.start, end: subject.end };
    if (plausibleSubject(ctx, tail)) return tail;
  }
  return null;
}

/**
 * Whether a stretch between commas describes the subject rather than being it: `a
 * spokesperson for Y`, `who leads the union`, `R-Ore.`, `Ohio`, `harbour safety
 * co-ordinator`.
 */
function isAppositive(segment: string): boolean {
  const segWords = segment.split(/\s+/);
  return (
    /^(?:a|an|the|who|whose|which|one|his|her|its|their|also|when|while|after|before|if|as|despite|during|in|on|at|with|without|for|from|like|unlike|\d+)\b/i.test(
      segment,
    ) ||
    /^\p{Ll}/u.test(segment) ||
    // `Ray Ellis, R-Ore., said`; `Moreau, in Dayton, Ohio, said`.
    /^[RDI]-[\p{L}.]+$/u.test(segment) ||
    segWords.every((w) => PLACES.has(w.toLowerCase().replace(/[.,]$/, ""))) ||
    segWords.some((w) => ROLE.has(w.toLowerCase().replace(/[’']s?$/, ""))) ||
    // `Nina Vos, harbour safety co-ordinator, said`: a short lower-case description.
    (segWords.length <= MAX_APPOSITIVE_WORDS &&
      segWords.every(
        (w) => /^\p{Ll}/u.test(w) && !BREAKERS.has(w) && !SPEECH.has(w),
      ))
  );
}

/**
 * `Kofi Mensah of the Lumen Center for Coastal Policy Studies wrote`: a long
 * affiliation cut the subject short; the person named just before it is the subject.
 */
function personBeforeAffiliation(
  ctx: Context,
  from: number,
  subject: Span,
): Span | null {
  // The last person named starting before the subject (the cut may fall inside the name).
  const m = ctx.mentions[firstIndexFrom(ctx.mentions, subject.start) - 1];
  if (!m || m.start < from || subject.start - m.end > 5) return null;
  // ` of ` after the name: `Roe of the…`, whether the cut subject starts before or after it.
  const joint = ctx.text.slice(m.end, m.end + 6);
  return /^,? (?:of|at|from|with|for) /.test(joint)
    ? { start: m.start, end: subject.end }
    : null;
}
