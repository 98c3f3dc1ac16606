import type {
  AttributionMethod,
  Person,
  Quote,
  Speaker,
  SpeakerKind,
  Span,
} from "../model/article.ts";
import {
  CLAUSE_BREAKERS,
  CUE_TAIL,
  INDEFINITE_DETERMINERS,
} from "./lexicon/cues.ts";
import { FUNCTION_WORDS } from "./lexicon/not-names.ts";
import {
  ORGANISATION_NOUNS,
  ORGANISATION_WORDS,
} from "./lexicon/organisations.ts";
import { PLACE_WORDS } from "./lexicon/places.ts";
import { GROUP_PRONOUNS, PERSON_PRONOUNS } from "./lexicon/pronouns.ts";
import {
  CUE_ADVERBS,
  SPEECH_VERBS,
  WEAK_SPEECH_VERBS,
} from "./lexicon/speech-verbs.ts";
import { ANONYMOUS_HEADS, HONORIFICS, ROLE_HEADS } from "./lexicon/titles.ts";
import type { PeopleResult, PersonMention, PersonRecord } from "./people.ts";
import type { QuoteSpan } from "./quotes.ts";
import { sentenceEnd, sentenceStart } from "./sentences.ts";

/** What stage 5 adds: quotes with speakers, people with quote counts, the speaker list. */
export interface Attribution {
  quotes: Quote[];
  people: Person[];
  speakers: Speaker[];
}

const SPEECH = new Set(SPEECH_VERBS);
const WEAK = new Set(WEAK_SPEECH_VERBS);
const ADVERBS = new Set(CUE_ADVERBS);
const BREAKERS = new Set(CLAUSE_BREAKERS);
const INDEFINITE = new Set(INDEFINITE_DETERMINERS);
const FUNCTION = new Set(FUNCTION_WORDS);
const ORG_WORDS = new Set(ORGANISATION_WORDS);
const ORG_NOUNS = new Set(ORGANISATION_NOUNS);
const PLACES = new Set(PLACE_WORDS);
const HONORIFIC = new Set(HONORIFICS);
const ROLE_HEAD = new Set(ROLE_HEADS);
const ANONYMOUS = new Set(ANONYMOUS_HEADS);
const PERSON_PRONOUN = new Set(PERSON_PRONOUNS);
const GROUP_PRONOUN = new Set(GROUP_PRONOUNS);

/** How far from a quote a cue may be (characters): about two lines of copy. */
const CUE_WINDOW = 250;
/** A cue right after the closing mark: the verb within this many words (`, Peskov said`). */
const ADJACENT_WORDS = 6;
/** A subject is a short noun phrase; longer stretches are clauses (words). */
const MAX_SUBJECT_WORDS = 8;
/** How many mentions back a role noun (`the minister`) may reach for its person. */
const ROLE_LOOKBACK = 200;

interface Cue {
  subject: Span;
  verb: string;
  cue: string;
}

interface Resolved {
  speaker: string | null;
  kind: SpeakerKind | null;
  method: AttributionMethod;
}

const NOBODY: Resolved = { speaker: null, kind: null, method: "none" };

/**
 * Stage 5: who said each quote, and why. Looks for a cue beside the quote (`“…,” X said`,
 * `said X`, `X said: “…”`, `according to X`, `X, a spokesperson for Y, said`), then in the
 * sentence after it; resolves the cue's subject to a person (full name, surname, title
 * plus surname, role noun, pronoun) or an organisation; quotes with no cue continue the
 * speaker of the quote before them in the same paragraph or the paragraph before.
 */
export function attributeSpeakers(
  text: string,
  paragraphs: readonly Span[],
  spans: readonly QuoteSpan[],
  found: PeopleResult,
): Attribution {
  const ctx: Context = {
    text,
    paragraphs,
    spans,
    people: found.people.map((p) => ({
      ...p,
      aliases: [...p.aliases],
      mentions: [...p.mentions],
    })),
    mentions: found.mentions.filter((m) => !insideQuote(spans, m.start)),
    lastOrganisation: null,
    acronyms: new Map(),
  };
  const resolved: (Resolved & { cue: string | null })[] = [];
  spans.forEach((q, i) => {
    const cue = findCue(ctx, i);
    const r = cue ? resolveSubject(ctx, cue, q) : NOBODY;
    if (r.kind === "organisation") ctx.lastOrganisation = r.speaker;
    resolved.push({ ...r, cue: cue ? cue.cue : null });
  });
  const quotes = inheritSpeakers(ctx, resolved);
  return summarise(ctx.people, quotes);
}

interface Context {
  text: string;
  paragraphs: readonly Span[];
  spans: readonly QuoteSpan[];
  people: PersonRecord[];
  mentions: PersonMention[];
  lastOrganisation: string | null;
  acronyms: Map<string, string>;
}

function insideQuote(spans: readonly QuoteSpan[], pos: number): boolean {
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

/** The cue for quote `i`: right after it, before it in its sentence, later in its sentence, or the next sentence. */
function findCue(ctx: Context, i: number): Cue | null {
  const q = ctx.spans[i]!;
  const para = ctx.paragraphs[q.paragraph]!;
  const next = ctx.spans[i + 1];
  const prev = ctx.spans[i - 1];
  const afterStart = q.close === -1 ? q.end : q.close + 1;
  const nextOpen =
    next && next.paragraph === q.paragraph && next.open !== -1
      ? next.open
      : para.end;
  const afterEnd = Math.min(nextOpen, para.end, afterStart + CUE_WINDOW);
  const afterSentenceEnd = sentenceEnd(ctx.text, afterStart, afterEnd);
  const endsSentence = /[.!?]$/.test(ctx.text.slice(q.start, q.end));

  const after =
    q.close === -1 ? null : cueAfter(ctx, afterStart, afterSentenceEnd);
  if (after && !endsSentence && after.words <= ADJACENT_WORDS) return after.cue;

  const prevClose =
    prev && prev.paragraph === q.paragraph
      ? prev.close === -1
        ? prev.end
        : prev.close + 1
      : para.start;
  const beforeStart = Math.max(prevClose, para.start, q.open - CUE_WINDOW);
  if (q.open > beforeStart) {
    const before = cueBefore(
      ctx,
      sentenceStart(ctx.text, beforeStart, q.open),
      q.open,
    );
    if (before) return before;
  }
  if (after && (!endsSentence || after.words <= ADJACENT_WORDS))
    return after.cue;
  return null;
}

interface Word extends Span {
  w: string;
  lower: string;
}

function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?/gu;
  const region = text.slice(from, to);
  for (let m = re.exec(region); m !== null; m = re.exec(region)) {
    const w =
      m[0].endsWith(".") && !/^(?:\p{L}\.)+$/u.test(m[0])
        ? m[0].slice(0, -1)
        : m[0];
    out.push({
      w,
      lower: w.toLowerCase(),
      start: from + m.index,
      end: from + m.index + w.length,
    });
  }
  return out;
}

function isVerbAt(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (!SPEECH.has(w.lower)) return false;
  if (w.lower === "according") return words[k + 1]?.lower === "to";
  return true;
}

/** `,” Peskov said` / `,” said Peskov` / `… Hamas, Kremlin spokesperson Dmitry Peskov said`. */
function cueAfter(
  ctx: Context,
  from: number,
  to: number,
): { cue: Cue; words: number } | null {
  const words = wordsIn(ctx.text, from, to);
  for (let k = 0; k < words.length; k++) {
    if (!isVerbAt(words, k)) continue;
    const verb = words[k]!;
    // Verb first: `said Peskov`, `according to the ministry`.
    if (
      k === 0 ||
      ctx.text
        .slice(from, verb.start)
        .trim()
        .replace(/^[,—–-]\s*/, "") === ""
    ) {
      const subject = subjectAfterVerb(ctx.text, words, k);
      if (subject)
        return { cue: makeCue(ctx.text, verb, subject, to), words: k };
      continue;
    }
    const subject = subjectBeforeVerb(ctx.text, from, verb.start);
    if (subject) return { cue: makeCue(ctx.text, verb, subject, to), words: k };
    if (WEAK.has(verb.lower)) continue;
    return null;
  }
  return null;
}

/** `Lavrov said: “`, `Putin said he thinks “`, `the Kremlin bemoaned the “`. */
function cueBefore(ctx: Context, from: number, to: number): Cue | null {
  const words = wordsIn(ctx.text, from, to);
  let best: { k: number; subject: Span } | null = null;
  for (let k = words.length - 1; k >= 0; k--) {
    if (!isVerbAt(words, k)) continue;
    const verb = words[k]!;
    const subject =
      subjectBeforeVerb(ctx.text, from, verb.start) ??
      (ctx.text.slice(from, verb.start).trim() === ""
        ? subjectAfterVerb(ctx.text, words, k)
        : null);
    if (!subject) continue;
    if (!WEAK.has(verb.lower)) return makeCue(ctx.text, verb, subject, to);
    best ??= { k, subject };
  }
  return best ? makeCue(ctx.text, words[best.k]!, best.subject, to) : null;
}

function makeCue(text: string, verb: Word, subject: Span, limit: number): Cue {
  if (verb.lower === "according")
    return { subject, verb: verb.lower, cue: "according to" };
  const tail = CUE_TAIL.exec(text.slice(verb.end, limit));
  const cue = tail ? text.slice(verb.start, verb.end + tail[0].length) : verb.w;
  return { subject, verb: verb.lower, cue };
}

/** The noun phrase after an inverted verb: `said Kremlin spokesperson Dmitry Peskov on Monday`. */
function subjectAfterVerb(
  text: string,
  words: readonly Word[],
  k: number,
): Span | null {
  let j = k + 1;
  if (words[k]!.lower === "according") j++;
  const first = words[j];
  if (!first) return null;
  let last = j;
  const gapOk = (a: Word, b: Word): boolean =>
    /^ +$/.test(text.slice(a.end, b.start));
  for (let n = j + 1; n < words.length && n - j < MAX_SUBJECT_WORDS; n++) {
    const w = words[n]!;
    const prevW = words[n - 1]!;
    if (!gapOk(prevW, w)) break;
    const capital = /^\p{Lu}/u.test(w.w);
    if (
      !capital &&
      (FUNCTION.has(w.lower) || BREAKERS.has(w.lower) || SPEECH.has(w.lower))
    )
      break;
    last = n;
  }
  const subject = { start: first.start, end: words[last]!.end };
  return plausibleSubject(text, subject) ? subject : null;
}

/**
 * The noun phrase just before a verb, in `text[from, verbStart)`: back to a comma or a
 * clause word, skipping an appositive (`X, a spokesperson for Y, said`) and adverbs
 * (`Peskov later said`).
 */
function subjectBeforeVerb(
  text: string,
  from: number,
  verbStart: number,
): Span | null {
  let end = verbStart;
  // Adverbs between subject and verb: `he also said`, `Peskov has said`.
  for (;;) {
    const m = /(\p{L}+) +$/u.exec(text.slice(Math.max(from, end - 20), end));
    if (!m?.[1] || !ADVERBS.has(m[1].toLowerCase())) break;
    end -= m[0].length;
  }
  let chunk = text.slice(from, end);
  // Appositive: `Jane Doe, a spokesperson for the ministry, said`.
  if (/,\s*$/.test(chunk)) {
    const body = chunk.replace(/,\s*$/, "");
    const comma = body.lastIndexOf(",");
    const appositive = comma === -1 ? "" : body.slice(comma + 1).trim();
    if (
      comma !== -1 &&
      /^(?:a|an|the|who|whose|one|his|her|its|their|also)\b/i.test(appositive)
    ) {
      end = from + comma;
      chunk = text.slice(from, end);
    } else {
      return null;
    }
  }
  const words = wordsIn(text, from, end);
  if (words.length === 0) return null;
  let k = words.length - 1;
  // The subject must end right before the verb (only spaces between).
  if (!/^\s*$/.test(text.slice(words[k]!.end, end))) return null;
  let startIndex = k;
  for (; k >= 0; k--) {
    const w = words[k]!;
    if (
      k < words.length - 1 &&
      !/^ +$/.test(text.slice(w.end, words[k + 1]!.start))
    )
      break;
    if (BREAKERS.has(w.lower) && !/^\p{Lu}/u.test(w.w)) break;
    if (k < words.length - 1 && SPEECH.has(w.lower)) break;
    startIndex = k;
    if (words.length - k >= MAX_SUBJECT_WORDS) break;
  }
  let start = words[startIndex]!.start;
  // Drop a leading preposition phrase's head: `In Ottawa Smith said` is rare; keep the last NP.
  const span = { start, end: words[words.length - 1]!.end };
  const phrase = text.slice(span.start, span.end);
  // `During that visit Putin said`: keep the capitalised tail when a lower-case clause leads.
  const tail =
    /(?:^|\s)((?:the |a |an )?(?:[\p{Lu}][^\s]*|[\p{Ll}-]+)(?: [^\s]+)*)$/u.exec(
      phrase,
    );
  if (tail?.[1] && tail[1] !== phrase) start = span.end - tail[1].length;
  const subject = { start, end: span.end };
  return plausibleSubject(text, subject)
    ? subject
    : trimToNounPhrase(text, subject);
}

/** Shortens `the U.S. has consistently ignored the Palestinians’ needs` style stretches to a plausible tail. */
function trimToNounPhrase(text: string, span: Span): Span | null {
  const words = wordsIn(text, span.start, span.end);
  for (let k = 1; k < words.length; k++) {
    const candidate = { start: words[k]!.start, end: span.end };
    if (plausibleSubject(text, candidate)) return candidate;
  }
  return null;
}

/** A subject is a pronoun, a name, or a short noun phrase: `he`, `Peskov`, `the ministry`. */
function plausibleSubject(text: string, span: Span): boolean {
  const words = wordsIn(text, span.start, span.end);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return false;
  const first = words[0]!;
  if (words.length === 1) {
    return (
      PERSON_PRONOUN.has(first.lower) ||
      GROUP_PRONOUN.has(first.lower) ||
      /^\p{Lu}/u.test(first.w) ||
      ANONYMOUS.has(first.lower) ||
      ORG_NOUNS.has(first.lower)
    );
  }
  if (words.some((w) => SPEECH.has(w.lower) && !/^\p{Lu}/u.test(w.w)))
    return false;
  if (words.some((w, i) => i > 0 && BREAKERS.has(w.lower))) return false;
  const head = words[words.length - 1]!;
  const determiner = [
    "the",
    "a",
    "an",
    "one",
    "another",
    "his",
    "her",
    "their",
    "its",
    "our",
    "some",
    "two",
    "three",
    "several",
    "many",
    "most",
    "other",
    "both",
    "all",
    "former",
  ].includes(first.lower);
  const capital = /^\p{Lu}/u.test(first.w) && !FUNCTION.has(first.lower);
  return (
    determiner ||
    capital ||
    ANONYMOUS.has(head.lower) ||
    ROLE_HEAD.has(head.lower)
  );
}

/** Turns a cue's subject into a speaker. */
function resolveSubject(ctx: Context, cue: Cue, q: QuoteSpan): Resolved {
  const { text } = ctx;
  const phrase = text
    .slice(cue.subject.start, cue.subject.end)
    .replace(/['’]s?$/, "");
  const words = wordsIn(text, cue.subject.start, cue.subject.end);
  const lower = phrase.toLowerCase();
  // A person named inside the subject: `Kremlin spokesperson Dmitry Peskov`, `Mr. Lavrov`.
  const before = lastMentionBefore(ctx.mentions, cue.subject.end);
  const mention =
    before && before.start >= cue.subject.start && before.end <= cue.subject.end
      ? before
      : undefined;
  if (mention) {
    const person = ctx.people[mention.person]!;
    const written = text.slice(mention.start, mention.end);
    const method: AttributionMethod =
      written.includes(" ") || written === person.name ? "named" : "alias";
    return { speaker: person.name, kind: "person", method };
  }
  if (words.length === 1 && PERSON_PRONOUN.has(lower)) {
    const person = lastPersonBefore(ctx, cue.subject.start);
    return person
      ? { speaker: person.name, kind: "person", method: "pronoun" }
      : NOBODY;
  }
  if (words.length === 1 && GROUP_PRONOUN.has(lower)) {
    return lower === "it" && ctx.lastOrganisation
      ? {
          speaker: ctx.lastOrganisation,
          kind: "organisation",
          method: "organisation",
        }
      : NOBODY;
  }
  const first = words[0]!;
  const head = words[words.length - 1]!;
  if (INDEFINITE.has(first.lower)) return NOBODY;
  // Role noun for someone already named: `the minister said`.
  if (first.lower === "the" && words.length <= 4 && ROLE_HEAD.has(head.lower)) {
    const person = personWithRole(ctx, head.lower, q.start);
    if (person) return { speaker: person.name, kind: "person", method: "role" };
    return NOBODY;
  }
  const capitalWords = words.filter(
    (w) => /^\p{Lu}/u.test(w.w) && w.lower !== "the",
  );
  if (capitalWords.length === 0) {
    // `the ministry said`: the organisation last quoted, if its name has that word.
    if (
      first.lower === "the" &&
      ORG_NOUNS.has(head.lower) &&
      ctx.lastOrganisation?.toLowerCase().includes(head.lower)
    ) {
      return {
        speaker: ctx.lastOrganisation,
        kind: "organisation",
        method: "organisation",
      };
    }
    return NOBODY;
  }
  const name = phrase.replace(/^the /i, "").trim();
  if (capitalWords.length !== words.filter((w) => w.lower !== "the").length)
    return NOBODY;
  const nameWords = name.split(/\s+/);
  const isOrganisation =
    first.lower === "the" ||
    nameWords.some((w) => ORG_WORDS.has(w.toLowerCase())) ||
    /^[\p{Lu}.&]{2,}$/u.test(name) ||
    nameWords.every((w) => PLACES.has(w.toLowerCase()));
  if (isOrganisation) {
    return {
      speaker: expandAcronym(text, name, ctx.acronyms),
      kind: "organisation",
      method: "organisation",
    };
  }
  if (nameWords.length === 1 && !HONORIFIC.has(nameWords[0]!.toLowerCase())) {
    return { speaker: name, kind: "person", method: "named" };
  }
  return NOBODY;
}

/** The last person named (outside quotes) before `pos`. */
function lastPersonBefore(ctx: Context, pos: number): PersonRecord | null {
  const found = lastMentionBefore(ctx.mentions, pos);
  return found ? ctx.people[found.person]! : null;
}

/** The last mention ending at or before `pos` (binary search over mentions in text order). */
function lastMentionBefore(
  mentions: readonly PersonMention[],
  pos: number,
): PersonMention | undefined {
  return mentions[lastMentionIndex(mentions, pos)];
}

/** Index of the last mention ending at or before `pos`, or -1. */
function lastMentionIndex(
  mentions: readonly PersonMention[],
  pos: number,
): number {
  let lo = 0;
  let hi = mentions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The most recently named person whose role ends with `head`: `minister` -> the foreign minister. */
function personWithRole(
  ctx: Context,
  head: string,
  pos: number,
): PersonRecord | null {
  const last = lastMentionIndex(ctx.mentions, pos);
  for (let k = last; k >= 0 && k > last - ROLE_LOOKBACK; k--) {
    const p = ctx.people[ctx.mentions[k]!.person]!;
    if ((p.role?.toLowerCase() ?? "").split(/\s+/).includes(head)) return p;
  }
  return null;
}

/** `IRCC` -> `Immigration, Refugees and Citizenship Canada` when the text spells it out. */
function expandAcronym(
  text: string,
  name: string,
  cache: Map<string, string>,
): string {
  if (!/^[\p{Lu}]{2,6}$/u.test(name)) return name;
  const known = cache.get(name);
  if (known !== undefined) return known;
  const expanded = spelledOut(text, name);
  cache.set(name, expanded);
  return expanded;
}

function spelledOut(text: string, name: string): string {
  const re =
    /\p{Lu}[\p{L}'’-]*(?:(?:,? (?:and |of |for |the |& )*)\p{Lu}[\p{L}'’-]*)+/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const initials = m[0]
      .split(/[\s,]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.charAt(0))
      .join("");
    if (initials === name) return m[0];
  }
  return name;
}

/** Fills speakers of quotes with no cue from the run they belong to; builds `Quote`s. */
function inheritSpeakers(
  ctx: Context,
  resolved: (Resolved & { cue: string | null })[],
): Quote[] {
  const quotes: Quote[] = [];
  // nextCued[i]: the next quote in the same paragraph that has a cue, for `“A.” “B,” she said.`
  const nextCued: number[] = new Array<number>(ctx.spans.length).fill(-1);
  for (let k = ctx.spans.length - 2; k >= 0; k--) {
    const sameParagraph =
      ctx.spans[k + 1]!.paragraph === ctx.spans[k]!.paragraph;
    if (sameParagraph)
      nextCued[k] = resolved[k + 1]!.cue !== null ? k + 1 : nextCued[k + 1]!;
  }
  ctx.spans.forEach((q, i) => {
    const r = resolved[i]!;
    const previous = quotes[i - 1];
    let speaker = r.speaker;
    let kind = r.kind;
    let method = r.method;
    let continues: string | null = null;
    if (q.continuesPrevious && previous) {
      continues = previous.continues ?? previous.id;
      if (r.cue === null) {
        speaker = previous.speaker;
        kind = previous.speakerKind;
        method = previous.speaker ? "continuing" : "none";
      }
    } else if (r.cue === null) {
      const source = runSource(
        ctx,
        nextCued[i] === -1 ? null : resolved[nextCued[i]!]!,
        quotes,
        i,
      );
      if (source) {
        speaker = source.speaker;
        kind = source.kind;
        method = source.speaker ? "continuing" : "none";
      }
    }
    quotes.push({
      id: `q-${i + 1}`,
      start: q.start,
      end: q.end,
      text: ctx.text.slice(q.start, q.end),
      speaker,
      speakerKind: kind,
      cue: r.cue,
      method,
      kind: q.kind,
      paragraph: q.paragraph,
      continues,
    });
  });
  return quotes;
}

/** For a quote with no cue: a cued quote in the same paragraph, or the last quote of the paragraph before. */
function runSource(
  ctx: Context,
  laterInParagraph: Resolved | null,
  done: readonly Quote[],
  i: number,
): { speaker: string | null; kind: SpeakerKind | null } | null {
  const q = ctx.spans[i]!;
  if (laterInParagraph) return laterInParagraph;
  const previous = done[i - 1];
  if (!previous) return null;
  if (previous.paragraph === q.paragraph)
    return { speaker: previous.speaker, kind: previous.speakerKind };
  if (
    previous.paragraph === q.paragraph - 1 &&
    q.open === ctx.paragraphs[q.paragraph]!.start
  ) {
    return { speaker: previous.speaker, kind: previous.speakerKind };
  }
  return null;
}

/** Counts quotes per person and builds the speaker list, most quoted first. */
function summarise(
  records: readonly PersonRecord[],
  quotes: Quote[],
): Attribution {
  const counts = new Map<
    string,
    { kind: SpeakerKind; quotes: number; first: number }
  >();
  quotes.forEach((q, i) => {
    if (!q.speaker || !q.speakerKind) return;
    const c = counts.get(q.speaker);
    if (c) c.quotes++;
    else counts.set(q.speaker, { kind: q.speakerKind, quotes: 1, first: i });
  });
  const people: Person[] = records.map((p) => ({
    name: p.name,
    role: p.role,
    aliases: p.aliases,
    mentions: p.mentions.length,
    quotes: counts.get(p.name)?.quotes ?? 0,
  }));
  const named = new Set(people.map((p) => p.name));
  for (const [name, c] of counts) {
    if (c.kind === "person" && !named.has(name)) {
      people.push({
        name,
        role: null,
        aliases: [],
        mentions: 1,
        quotes: c.quotes,
      });
    }
  }
  const speakers: Speaker[] = [...counts.entries()]
    .sort((a, b) => b[1].quotes - a[1].quotes || a[1].first - b[1].first)
    .map(([name, c]) => ({ name, kind: c.kind, quotes: c.quotes }));
  return { quotes, people, speakers };
}
