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
  INTRODUCTORY_WORDS,
} from "./lexicon/cues.ts";
import {
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  NEWS_OUTLETS,
} from "./lexicon/not-names.ts";
import {
  DOCUMENT_NOUNS,
  ORGANISATION_NOUNS,
  ORGANISATION_WORDS,
} from "./lexicon/organisations.ts";
import { NATIONALITIES } from "./lexicon/nationalities.ts";
import { PERSON_NOUNS } from "./lexicon/person-nouns.ts";
import { PLACE_WORDS } from "./lexicon/places.ts";
import { GROUP_PRONOUNS, PERSON_PRONOUNS } from "./lexicon/pronouns.ts";
import {
  CUE_ADVERBS,
  SPEECH_VERBS,
  WEAK_SPEECH_VERBS,
} from "./lexicon/speech-verbs.ts";
import {
  ANONYMOUS_HEADS,
  HONORIFICS,
  ROLE_HEADS,
  ROLE_WORDS,
} from "./lexicon/titles.ts";
import {
  buildAliasIndex,
  pickAlias,
  type OrganisationMention,
  type PeopleResult,
  type PersonMention,
  type PersonRecord,
} from "./people.ts";
import type { QuoteSpan } from "./quotes.ts";
import { isAbbreviation, sentenceEnd, sentenceStart } from "./sentences.ts";
import {
  endsWithStop,
  isBlank,
  isRegexSpace,
  isSpaces,
  joinedWordEnd,
  lowerCase,
  nextWordStart,
  startsUpper,
} from "./tokens.ts";

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
const INTRODUCTORY = new Set(INTRODUCTORY_WORDS);
const FUNCTION = new Set(FUNCTION_WORDS);
const ORG_WORDS = new Set(ORGANISATION_WORDS);
const ORG_NOUNS = new Set(ORGANISATION_NOUNS);
const DOCUMENTS = new Set(DOCUMENT_NOUNS);
const PLACES = new Set(PLACE_WORDS);
const HONORIFIC = new Set(HONORIFICS);
const ROLE_HEAD = new Set(ROLE_HEADS);
const ROLE = new Set(ROLE_WORDS);
const ANONYMOUS = new Set(ANONYMOUS_HEADS);
const PERSON_NOUN = new Set(PERSON_NOUNS);
const PERSON_PRONOUN = new Set(PERSON_PRONOUNS);
const GROUP_PRONOUN = new Set(GROUP_PRONOUNS);
const CALENDAR = new Set(CALENDAR_WORDS);
const OUTLETS = new Set(NEWS_OUTLETS);
/** `” ― Sonya Herridge`, `” — Edwin G. Monroy`: a dash, then a capitalised name. */
const SIGNATURE =
  /^[.,]?\s*[―—–]\s*((?:[\p{Lu}][\p{L}'’.-]*)(?: [\p{Lu}][\p{L}'’.-]*){0,4})/u;

const NATIONALITY_WORDS = new Set(NATIONALITIES);
/** Capitalised words that open sentences but name nobody: `Republican claims…`, `Democrats said`. */
const NOT_A_SPEAKER = new Set([
  ...NATIONALITIES,
  ...NATIONALITIES.map((n) => `${n}s`),
]);

/** Nouns for someone's words: `Trump’s claim`, `Obama's remarks`, `Clinton’s pledge`. */
const SPEECH_NOUNS = new Set([
  "claim",
  "claims",
  "statement",
  "statements",
  "comment",
  "comments",
  "remark",
  "remarks",
  "pledge",
  "promise",
  "promises",
  "words",
  "tweet",
  "tweets",
  "call",
  "description",
  "assertion",
  "argument",
  "message",
  "slogan",
  "references",
  "reference",
  "vow",
  "warning",
  "quip",
  "joke",
  "insistence",
  "accusation",
  "charge",
  "suggestion",
  "declaration",
]);

/**
 * Verbs that may open a sentence before their subject: `Said Dorothy Poynter, “…”`,
 * `According to Limbaugh, “…”`.
 */
const SENTENCE_OPENING_VERBS = new Set([
  "according",
  "said",
  "says",
  "added",
  "asked",
  "continued",
  "wrote",
]);
/** Possessive determiners before an organisation's noun: `his office said`. */
const OWNERS = new Set(["his", "her", "its", "their"]);
/** Verbs that take no object, so a name after them is their subject: `, said Brad Bannon.` (not `told AFP`). */
const INVERTING_VERBS = new Set([
  "said",
  "says",
  "added",
  "adds",
  "wrote",
  "writes",
  "continued",
  "explained",
  "noted",
]);
/** Words before a speech word that make it a noun: `his remarks`, `of tweets`. */
const NOUN_MARKERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "your",
  "of",
  "these",
  "those",
  "this",
  "that",
  "such",
  "whose",
  "late-night",
  "recent",
  "latest",
  "many",
]);
/** Words that link a document to its author: `a statement released by the office`. */
const DOCUMENT_LINKS = new Set([
  "by",
  "from",
  "of",
  "the",
  "a",
  "an",
  "filed",
  "released",
  "issued",
  "published",
  "sent",
  "signed",
  "posted",
]);
const DETERMINERS = new Set([
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
]);

/** How far from a quote a cue may be (characters): about two lines of copy. */
const CUE_WINDOW = 250;
/** A cue right after the closing mark: the verb within this many words (`, Peskov said`). */
const ADJACENT_WORDS = 6;
/** A subject is a short noun phrase; longer stretches are clauses (words). */
const MAX_SUBJECT_WORDS = 8;
/** A document and its author: `a court document filed by state attorney Dave Aronberg` (words). */
const MAX_DOCUMENT_WORDS = 12;
/** How many mentions back a role noun (`the minister`) may reach for its person. */
const ROLE_LOOKBACK = 200;
/** How far back `he`/`she`, `it` and `the agency` may reach for what they refer to (characters). */
const REFERENCE_REACH = 1500;
/** Longest lower-case description between commas taken as an appositive (words). */
const MAX_APPOSITIVE_WORDS = 6;
/** Words that may open a sentence before its subject: `On Tuesday, Sanders…` (words). */
const MAX_OPENING_WORDS = 4;
/** An organisation's name is short: `Judicial Watch`, `Wyoming Public Radio` (words). */
const MAX_ORGANISATION_WORDS = 4;
/** How many appositives may stand between a subject and its verb. */
const MAX_APPOSITIVES = 3;
/** How many sentences back a pronoun looks for a person. */
const PRONOUN_SENTENCES = 4;

interface Cue {
  subject: Span;
  verb: string;
  cue: string;
  /** For `…, saying “…”`: the subject is the main clause's, found by mention. */
  participle: boolean;
}

/**
 * A speaker as resolved, with room for its cue: `resolveSubject` makes each one fresh
 * (but `NOBODY`), so `withFoundCue` fills the cue in rather than copying the object.
 */
interface Resolved {
  speaker: string | null;
  kind: SpeakerKind | null;
  method: AttributionMethod;
  cue: string | null;
  /** Why the speaker may be wrong, when the evidence for them is weak. */
  doubt?: string;
}

type Attributed = Resolved;

const NOBODY: Resolved = {
  speaker: null,
  kind: null,
  method: "none",
  cue: null,
};

/**
 * A fresh `NOBODY` with no cue, written out: a spread (`{ ...NOBODY, cue: null }`) is
 * several times slower, and 10 MB of quotes asks for half a million of these.
 */
function nobody(): Attributed {
  return { speaker: null, kind: null, method: "none", cue: null };
}

/** `r` with its cue, written out for the same reason as `nobody`. */
function withCue(r: Resolved, cue: string | null): Attributed {
  return r.doubt === undefined
    ? { speaker: r.speaker, kind: r.kind, method: r.method, cue }
    : {
        speaker: r.speaker,
        kind: r.kind,
        method: r.method,
        cue,
        doubt: r.doubt,
      };
}

/**
 * `withCue(r, cue)` for `r` fresh from `resolveSubject`: the cue is written into `r`
 * (one object a quote, not two); only the shared `NOBODY` is copied.
 */
function withFoundCue(r: Resolved, cue: string | null): Attributed {
  if (r === NOBODY) return withCue(r, cue);
  r.cue = cue;
  return r;
}

interface Context {
  text: string;
  paragraphs: readonly Span[];
  spans: readonly QuoteSpan[];
  people: readonly PersonRecord[];
  /** Person mentions outside quotes, in text order. */
  mentions: readonly PersonMention[];
  /** Organisation mentions outside quotes, in text order. */
  organisations: readonly OrganisationMention[];
  acronyms: Map<string, string>;
  /** Each person's mentions, in text order. */
  mentionsOf: readonly (readonly Span[])[];
  /** Lone word -> people with that surname (or unique first name). */
  aliases: Map<string, number[]>;
  /** Speaker of the quote attributed just before, while attributing in order. */
  lastSpeaker: { name: string; end: number; paragraph: number } | null;
  /** The stretches of text `wordsAt` read last, a ring of `KEPT_READS`. */
  wordCache: ReadWords[];
  /** Where in `wordCache` the next stretch goes. */
  wordSlot: number;
}

/**
 * Stage 5: who said each quote, and why. Looks for a cue beside the quote (`“…,” X said`,
 * `said X`, `X said: “…”`, `according to X`, `X, a spokesperson for Y, said`), then in the
 * sentence after it; resolves the cue's subject to a person (full name, surname, title
 * plus surname, role noun, pronoun) or an organisation (`the Kremlin`, `it`, `the
 * agency`); a quote with no cue takes the speaker of the quote before it in its paragraph,
 * of the paragraph before (`continuing`), or of reported speech just before it
 * (`Chapman admits there were deaths.` then `“…”`).
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
    people: found.people,
    mentions: found.mentions.filter((m) => !insideQuote(spans, m.start)),
    organisations: found.organisations.filter(
      (m) => !insideQuote(spans, m.start),
    ),
    acronyms: new Map(),
    aliases: buildAliasIndex(found.people),
    mentionsOf: found.people.map((p) => p.mentions),
    lastSpeaker: null,
    wordCache: [],
    wordSlot: 0,
  };
  const kept: QuoteSpan[] = [];
  const resolved: Attributed[] = [];
  spans.forEach((q, i) => {
    const cue = findCue(ctx, i);
    const r: Attributed = cue
      ? withFoundCue(resolveSubject(ctx, cue, q.start), cue.cue)
      : nobody();
    // A short quoted term nobody is credited with is a scare quote or a title: dropped.
    if (!q.reported && r.speaker === null) return;
    if (r.kind === "person" && r.speaker) {
      ctx.lastSpeaker = { name: r.speaker, end: q.end, paragraph: q.paragraph };
    }
    kept.push(q);
    resolved.push(r);
  });
  const attribution = summarise(
    ctx.people,
    inheritSpeakers({ ...ctx, spans: kept }, resolved),
  );
  hintItems = null;
  return attribution;
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

// ---------------------------------------------------------------- finding the cue

/**
 * The cue for quote `i`: right after it, before it in its sentence, later in its
 * sentence, a colon (`Trump leaned in and boomed: “…”`), or, for a fragment inside a
 * sentence, the person the sentence is about (`Cruz blamed the law on “knuckleheaded
 * politicians”`).
 */
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
  const endsSentence = endsWithStop(ctx.text, q.start, q.end);

  const after =
    q.close === -1 ? null : cueAfter(ctx, afterStart, afterSentenceEnd);
  // A weak verb after the quote (`a video put together by his team`) yields to a strong
  // one before it (`A coach says he’s “amazed”`).
  if (
    after &&
    !endsSentence &&
    after.words <= ADJACENT_WORDS &&
    (!WEAK.has(after.cue.verb) || after.cue.verb === "according")
  )
    return after.cue;

  const prevClose =
    prev && prev.paragraph === q.paragraph
      ? prev.close === -1
        ? prev.end
        : prev.close + 1
      : para.start;
  const beforeStart = Math.max(prevClose, para.start, q.open - CUE_WINDOW);
  const sentence =
    q.open > beforeStart
      ? sentenceStart(ctx.text, beforeStart, q.open)
      : q.open;
  if (q.open > beforeStart) {
    const before = cueBefore(ctx, sentence, q.open);
    if (before) return before;
  }
  if (after && (!endsSentence || after.words <= ADJACENT_WORDS))
    return after.cue;
  // `Cruz says his “friend” Rubio ran “an optimistic campaign”`: a quote in the sentence of
  // the quote before it, with no speech verb between, is the same speaker's (inherited).
  const sameSentence =
    prev !== undefined &&
    prev.paragraph === q.paragraph &&
    sentence === prevClose &&
    !endsWithStop(ctx.text, prev.start, prev.end);
  if (q.open > sentence && !sameSentence)
    return clauseSubjectCue(ctx, sentence, q);
  return null;
}

/**
 * `Trump’s claim that there have been “thousands of shootings”`: the quote belongs to
 * whoever owns the words (a possessive before `claim`, `remarks`, `pledge`…), the last
 * such owner before the quote in its sentence.
 */
function possessedWords(ctx: Context, from: number, to: number): Cue | null {
  const first = firstIndexFrom(ctx.mentions, from);
  let found: PersonMention | undefined;
  let noun = "";
  for (let k = first; k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k]!;
    if (m.end >= to) break;
    if (!isPossessive(ctx.text, m)) continue;
    const next = /^['’]s? (?:\p{Ll}+ ){0,2}?(\p{Ll}+)/u.exec(
      ctx.text.slice(m.end, m.end + 40),
    );
    if (next?.[1] && SPEECH_NOUNS.has(next[1])) {
      found = m;
      noun = next[1];
    }
  }
  return found
    ? {
        subject: { start: found.start, end: found.end },
        verb: noun,
        cue: noun,
        participle: false,
      }
    : null;
}

/**
 * `Clinton touted her credentials as a co-sponsor. “We need to support workers,”`: a
 * quote with no cue after a sentence that opens with a person takes that person.
 */
function sentenceBeforeSubject(
  ctx: Context,
  para: Span,
  q: QuoteSpan,
): Attributed | null {
  const start = sentenceStart(
    ctx.text,
    Math.max(para.start, q.open - CUE_WINDOW),
    q.open,
  );
  if (start !== q.open) return null;
  const prev = sentenceStart(
    ctx.text,
    Math.max(para.start, start - CUE_WINDOW),
    Math.max(para.start, start - 1),
  );
  // `…, Schiff said. “The administration may be reluctant…”`: reported speech just before.
  const cue = cueBefore(ctx, prev, start);
  if (cue) {
    const r = resolveSubject(ctx, cue, start);
    if (r.speaker) return { ...withCue(r, null), method: "continuing" };
  }
  const subject = mentionIn(ctx.mentions, { start: prev, end: start });
  if (!subject || isPossessive(ctx.text, subject)) return null;
  if (wordsAt(ctx, prev, subject.start).length > MAX_OPENING_WORDS) return null;
  const person = ctx.people[subject.person]!;
  return {
    speaker: person.name,
    kind: "person",
    method: "continuing",
    cue: null,
  };
}

/** `X released the following statement:`: the first person (or organisation) named before the colon. */
function colonLeadCue(ctx: Context, from: number, to: number): Cue | null {
  const subject = clauseMention(ctx, from, to);
  return subject
    ? {
        subject: { start: subject.start, end: subject.end },
        verb: ":",
        cue: ":",
        participle: false,
      }
    : null;
}

/**
 * Where a sentence's main clause starts: past an introductory phrase and its comma
 * (`Like Corker, Menendez rejected…` -> `Menendez rejected…`), else `from`.
 */
function clauseStart(text: string, from: number, to: number): number {
  const lead = text.slice(from, to);
  const first = /^[\s"“‘']*(\p{L}+)/u.exec(lead);
  if (!first?.[1] || !INTRODUCTORY.has(first[1].toLowerCase())) return from;
  const comma = lead.indexOf(",");
  return comma === -1 ? from : from + comma + 1;
}

/**
 * The first person (else organisation) named in the main clause of `text[from, to)`,
 * past an introductory phrase when one is named there (`With leaders worried about
 * Hillary Clinton, President Obama is rolling out a message:` -> Obama).
 */
function clauseMention(
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
 * `She rhymed off a list of countries for “…”`: a main clause that opens with `he` or
 * `she` has that pronoun as its subject (resolved later like `she said`).
 */
function openingPronoun(text: string, from: number, to: number): Span | null {
  const start = clauseStart(text, from, to);
  const m = /^\s*(?:He|She|he|she) (?=\p{Ll})/u.exec(
    text.slice(start, Math.min(to, start + 20)),
  );
  if (!m) return null;
  const at = start + m[0].length - m[0].trimStart().length;
  const end = start + m[0].trimEnd().length;
  return { start: at, end };
}

/**
 * With no speech verb: `X: “…”` and `X leaned in and boomed: “…”` give the clause's
 * first person (or organisation); a fragment inside a sentence (`Cruz blamed the law on
 * “knuckleheaded Democratic politicians”`) gives the person the sentence opens with.
 */
function clauseSubjectCue(
  ctx: Context,
  sentence: number,
  q: QuoteSpan,
): Cue | null {
  const lead = ctx.text.slice(sentence, q.open);
  const owned = possessedWords(ctx, sentence, q.open);
  if (owned) return owned;
  const colon = /:\s*$/.test(lead);
  // A fragment inside the writer's sentence: `a defense of “New York values,”`.
  const embedded =
    q.kind === "partial" || (q.reported && /[\p{L}\p{N},] ?$/u.test(lead));
  if (!colon && !embedded) return null;
  // A pronoun only for reported speech: `He built this “museum”` is a scare quote.
  const subject =
    (q.reported ? openingPronoun(ctx.text, sentence, q.open) : null) ??
    clauseMention(ctx, sentence, q.open);
  if (!subject) return null;
  // The subject must open the sentence (past a few words: `On Tuesday, Sanders went…`).
  const opening = wordsAt(
    ctx,
    Math.max(sentence, clauseStart(ctx.text, sentence, subject.start)),
    subject.start,
  );
  if (
    !colon &&
    (opening.length > MAX_OPENING_WORDS ||
      opening.some((w) => SPEECH.has(w.lower)))
  )
    return null;
  // `Freeland's remarks…`: a possessive is not the clause's subject.
  if (/^['’]/.test(ctx.text.slice(subject.end, subject.end + 1))) return null;
  // The first plain word after the subject, past a party tag or an aside:
  // `Harry Reid (D-Nev.), in particular, has been pounding Trump as a “con artist”`.
  const restEnd = Math.min(q.open, subject.end + CUE_WINDOW);
  const rest = ctx.text
    .slice(subject.end, restEnd)
    .replace(/\([^()]*\)/g, (m) => " ".repeat(m.length))
    .replace(/,[^,]*,/g, (m) => " ".repeat(m.length));
  const verb = wordsIn(rest, 0, rest.length).find(
    (w) =>
      isLower(w) &&
      !ADVERBS.has(w.lower) &&
      !FUNCTION.has(w.lower) &&
      !["has", "have", "had", "was", "is", "been", "be"].includes(w.lower),
  );
  // The word after the subject must be its verb: `Cruz blamed…`, not `the Act of 1910`.
  const isVerb =
    verb !== undefined && !FUNCTION.has(verb.lower) && !/^\p{Lu}/u.test(verb.w);
  const cue = colon ? (verb?.w ?? ":") : isVerb ? verb.w : null;
  return cue === null
    ? null
    : {
        subject: { start: subject.start, end: subject.end },
        verb: cue,
        cue,
        participle: false,
      };
}

interface Word extends Span {
  w: string;
  lower: string;
}

/** Words of `text[from, to)`; a dot stays on `Mr.`, `U.S.` and initials only. */
function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  // What `/[W]+(?:['’.\-][W]+)*\.?/g` (W: `WORD_CHARS`) finds in `text.slice(from, to)`,
  // read by hand: a regex match per word costs several times more.
  const end = Math.min(to, text.length);
  let pos = nextWordStart(text, Math.max(0, from), end);
  while (pos < end) {
    const start = pos;
    pos = joinedWordEnd(text, start, end, true);
    // The final dot is cut before the word is copied: this runs on every word near
    // every quote (`said.` -> `said`, but `Mr.` stays).
    const dropDot =
      text.charCodeAt(pos - 1) === 0x2e && !isAbbreviation(text, pos - 1);
    const w = text.slice(start, dropDot ? pos - 1 : pos);
    const lower = lowerCase(w);
    out.push({
      w,
      lower: lower.endsWith(".") ? lower.slice(0, -1) : lower,
      start,
      end: start + w.length,
    });
    pos = nextWordStart(text, pos, end);
  }
  return out;
}

/** The words `wordsIn` read over one stretch of the text, kept for reuse. */
interface ReadWords {
  start: number;
  end: number;
  words: Word[];
}

/** How many stretches' words are kept: a cue search reads a few nested ones. */
const KEPT_READS = 4;

/**
 * `wordsIn(ctx.text, from, to)`, taken from the words of a stretch read just before
 * when the range lies inside it and cuts none of its words: `cueAfter` reads `, Jo Roe
 * said.`, then `subjectBeforeVerb`, `plausibleSubject` and `resolveSubject` ask again
 * for `Jo Roe`, and 10 MB of short quoted paragraphs asks half a million times. A word
 * the range cuts (`sa|id`) reads differently on its own, so such a range is read afresh.
 */
function wordsAt(ctx: Context, from: number, to: number): Word[] {
  const kept = ctx.wordCache;
  // Newest first: the slots before `wordSlot`, then the older ones after it.
  for (let n = 1; n <= kept.length; n++) {
    const read = kept[(ctx.wordSlot - n + KEPT_READS) % KEPT_READS]!;
    if (from < read.start || to > read.end) continue;
    const { words } = read;
    const first = firstEndAfter(words, from);
    if (first < words.length && words[first]!.start < from) continue;
    const end = firstEndAfter(words, to);
    if (end < words.length && words[end]!.start < to) continue;
    // Callers only read the list, so the whole of it needs no copy.
    return first === 0 && end === words.length
      ? words
      : words.slice(first, end);
  }
  const words = wordsIn(ctx.text, from, to);
  const read = { start: from, end: to, words };
  if (kept.length < KEPT_READS) kept.push(read);
  else kept[ctx.wordSlot] = read;
  ctx.wordSlot = (ctx.wordSlot + 1) % KEPT_READS;
  return words;
}

/** Index of the first word ending after `pos` (words in text order). */
function firstEndAfter(words: readonly Word[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const isLower = (w: Word): boolean => w.w === w.lower;
const isCapital = (w: Word): boolean => startsUpper(w.w);

function isVerbAt(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (!SPEECH.has(w.lower)) return false;
  // `Said Dorothy Poynter, …, “…”`: a sentence may open with the verb.
  if (!isLower(w) && !(k === 0 && SENTENCE_OPENING_VERBS.has(w.lower)))
    return false;
  if (w.lower === "according") return words[k + 1]?.lower === "to";
  // A noun, not a verb: `Obama's remarks`, `a series of tweets`, `his comments`.
  const prev = words[k - 1];
  if (prev && (NOUN_MARKERS.has(prev.lower) || endsPossessive(prev.w)))
    return false;
  // `32% of Republican claims`: after a nationality or party adjective, a noun.
  if (prev && NATIONALITY_WORDS.has(prev.lower)) return false;
  return true;
}

/**
 * Whether `text[from, to)` opens as `SIGNATURE` needs, a dash after an optional `.` or
 * `,` and spaces: most quotes are followed by a word, and the regex need not run.
 */
function dashAhead(text: string, from: number, to: number): boolean {
  let i = from;
  const c = text.charCodeAt(i);
  if (i < to && (c === 0x2e || c === 0x2c)) i++;
  while (i < to && isRegexSpace(text.charCodeAt(i))) i++;
  const d = i < to ? text.charCodeAt(i) : 0;
  return d === 0x2015 || d === 0x2014 || d === 0x2013;
}

/** `/['’]s?$/.test(w)`: `Obama's`, `Sanders’`. */
function endsPossessive(w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 0x27 || last === 0x2019) return true;
  const before = w.charCodeAt(n - 2);
  return last === 0x73 && (before === 0x27 || before === 0x2019);
}

/** `,” Peskov said` / `,” said Peskov` / `… Hamas, Kremlin spokesperson Dmitry Peskov said`. */
function cueAfter(
  ctx: Context,
  from: number,
  to: number,
): { cue: Cue; words: number } | null {
  // `“…” ― Sonya Herridge`: a dash and a name sign the quote.
  const signed = dashAhead(ctx.text, from, Math.min(to, from + CUE_WINDOW))
    ? SIGNATURE.exec(ctx.text.slice(from, Math.min(to, from + CUE_WINDOW)))
    : null;
  if (signed?.[1]) {
    const start = from + signed[0].length - signed[1].length;
    return {
      cue: {
        subject: { start, end: start + signed[1].length },
        verb: "―",
        cue: "―",
        participle: false,
      },
      words: 0,
    };
  }
  const words = wordsAt(ctx, from, to);
  for (let k = 0; k < words.length; k++) {
    if (!isVerbAt(words, k)) continue;
    const verb = words[k]!;
    const verbFirst = isCueGap(ctx.text, from, verb.start);
    let subject: Span | null;
    // `“New York values,” saying the city…`: a participle's subject stands before the quote.
    if (verb.lower.endsWith("ing") && verb.lower !== "according" && verbFirst)
      return null;
    // `according to` always names its source after it: `…, the winner, according to the poll`.
    if (verbFirst || verb.lower === "according") {
      // Verb first: `said Peskov`, `according to the ministry`.
      subject = subjectAfterVerb(ctx, words, k);
    } else {
      // `“…” for Clinton, forcing her to fight on, said Brad Bannon, a pollster`: after
      // a comma, a capitalised name closed by punctuation is an inverted subject.
      const inverted =
        verb.start - from >= 2 &&
        ctx.text.charCodeAt(verb.start - 2) === 0x2c &&
        ctx.text.charCodeAt(verb.start - 1) === 0x20 &&
        INVERTING_VERBS.has(verb.lower)
          ? subjectAfterVerb(ctx, words, k)
          : null;
      const invertedName =
        inverted !== null &&
        /^\p{Lu}/u.test(ctx.text.charAt(inverted.start)) &&
        /^\s*(?:[,.;:(]|$)/.test(ctx.text.slice(inverted.end, to));
      subject = invertedName
        ? inverted
        : (subjectBeforeVerb(ctx, from, verb.start) ??
          // `“…” for a relationship — and many fail, said Dr. Robert Rutledge`.
          inverted);
    }
    // `“leading from behind” and Trump says he is “…”`: a clause joined by a conjunction
    // has its own subject and its own quote.
    if (subject && endsWithConjunction(ctx.text, from, subject.start))
      return null;
    if (subject) {
      // How far the cue's subject stands from the quote: `” Miller, a retired worker, said` is near.
      const nearEnd = Math.min(subject.start, verb.start);
      let near = 0;
      for (const w of words) if (w.end <= nearEnd) near++;
      return { cue: makeCue(ctx.text, verb, subject, to, false), words: near };
    }
    if (WEAK.has(verb.lower) || verbFirst) continue;
    return null;
  }
  return null;
}

/** `/^[\s,;:—–-]*$/.test(text.slice(from, to))`: only spaces and punctuation before a verb. */
function isCueGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (
      c !== 0x2c &&
      c !== 0x3b &&
      c !== 0x3a &&
      c !== 0x2014 &&
      c !== 0x2013 &&
      c !== 0x2d &&
      !isRegexSpace(c)
    )
      return false;
  }
  return true;
}

const CONJUNCTIONS = ["and", "but", "while", "whereas"];

/**
 * `/(?:^|[\s,;])(?:and|but|while|whereas)\s+$/i.test(text.slice(from, to))`: a clause
 * joined by a conjunction (`“…” and Trump says`), read backwards from `to`.
 */
function endsWithConjunction(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isRegexSpace(text.charCodeAt(end - 1))) end--;
  if (end === to) return false;
  for (const word of CONJUNCTIONS) {
    const start = end - word.length;
    if (start < from) continue;
    let same = true;
    for (let k = 0; k < word.length && same; k++) {
      const c = text.charCodeAt(start + k);
      const w = word.charCodeAt(k);
      same = c === w || c === w - 0x20;
    }
    if (!same) continue;
    if (start === from) return true;
    const before = text.charCodeAt(start - 1);
    if (isRegexSpace(before) || before === 0x2c || before === 0x3b) return true;
  }
  return false;
}

/**
 * `Lavrov said: “`, `Putin said he thinks “`, `the Kremlin bemoaned the “`, `…, saying “`.
 * The leftmost speech verb of the main clause wins (`Rep. Israel said Clinton called for
 * “…”` is Israel's); verbs in a clause opened by `when`, `if`, `after` do not count.
 */
function cueBefore(ctx: Context, from: number, to: number): Cue | null {
  const words = wordsAt(ctx, from, to);
  let weak: Cue | null = null;
  let main: Cue | null = null;
  let subordinate: Cue | null = null;
  // `While not everything Trump says is true, Jamieson said Trump is “…”`: verbs in an
  // introductory clause before the comma are subordinate.
  const introEnd = clauseStart(ctx.text, from, to);
  for (let k = 0; k < words.length; k++) {
    if (!isVerbAt(words, k)) continue;
    const verb = words[k]!;
    const lead = ctx.text.slice(from, verb.start);
    let cue: Cue | null = null;
    // `…, saying the city embodied “…”`: after a participle comes its object, not its subject.
    // The comma may sit inside the closing mark: `“New York values,” saying…`.
    const participle =
      verb.lower.endsWith("ing") &&
      verb.lower !== "according" &&
      /,["”’]?\s*$/.test(ctx.text.slice(Math.max(0, from - 2), verb.start));
    const subject = participle
      ? null
      : isCueGap(ctx.text, from, verb.start) || verb.lower === "according"
        ? subjectAfterVerb(ctx, words, k)
        : subjectBeforeVerb(ctx, from, verb.start);
    if (
      subject &&
      (afterSubordinator(ctx.text, from, subject) || verb.start < introEnd)
    ) {
      // `three days after Trump told The Post he was “…”`: used only if nothing better.
      subordinate ??= makeCue(ctx.text, verb, subject, to, false);
    } else if (subject) {
      cue = makeCue(ctx.text, verb, subject, to, false);
    } else if (
      !subject &&
      (participle || /\b(?:and|but) (?:\p{Ll}+ )?$/u.test(lead.slice(-20)))
    ) {
      // `Hua Chunying shot back on Tuesday, saying “…”`, `IRCC did not reveal…, but said
      // “…”`: the main clause's subject speaks; its sentence may start before `from`
      // when an earlier quote stands in it (`X visited NBC’s “Today”…, saying “…”`).
      const lineStart = lineStartNear(ctx.text, verb.start);
      const start = sentenceStart(
        ctx.text,
        Math.max(lineStart, verb.start - CUE_WINDOW),
        from,
      );
      const subject = clauseMention(ctx, start, verb.start);
      cue = makeCue(
        ctx.text,
        verb,
        subject
          ? { start: subject.start, end: verb.start }
          : { start, end: verb.start },
        to,
        true,
      );
    }
    if (!cue) continue;
    // `Rubio suggested that…, while Cruz said that the “…”`: a later clause with its own
    // subject, joined by a conjunction, is nearer the quote and takes it.
    if (
      main &&
      subject &&
      /(?:[,;]\s*(?:and|but|while|whereas|yet)|\b(?:while|whereas|but|and))\s+$/i.test(
        ctx.text.slice(Math.max(from, subject.start - 12), subject.start),
      )
    ) {
      main = cue;
      continue;
    }
    if (main) continue;
    if (!WEAK.has(verb.lower)) {
      main = cue;
      continue;
    }
    weak ??= cue;
  }
  if (main) return main;
  // `When Trump suggested…, Rubio fired back: “…”`: the colon's clause beats a
  // subordinate clause's verb.
  if (!weak && /:\s*$/.test(ctx.text.slice(Math.max(from, to - 3), to)))
    return null;
  return weak ?? subordinate;
}

/**
 * Whether the subject sits in a clause opened by `when`, `if`, `after`, `how`…: `When
 * Trump suggested…`, `a debate over how the United States responds to…`.
 */
function afterSubordinator(text: string, from: number, subject: Span): boolean {
  const before = text.slice(Math.max(from, subject.start - 20), subject.start);
  // `Although the Scott administration has maintained…`: a determiner may come between.
  return /\b(?:when|if|after|before|as|because|while|although|though|since|until|unless|once|whether|how|why|where)\s+(?:the\s+|a\s+|an\s+)?$/i.test(
    before,
  );
}

const TAIL_STARTS = "rjtiovd";

function makeCue(
  text: string,
  verb: Word,
  subject: Span,
  limit: number,
  participle: boolean,
): Cue {
  if (verb.lower === "according")
    return { subject, verb: verb.lower, cue: "according to", participle };
  // `CUE_TAIL` opens with a space and `reporters`, `journalists`, `the`, `in`, `on`,
  // `via`, `during` or `through`: most verbs (`said.`) are ruled out by two characters.
  const tail =
    verb.end + 1 < limit &&
    text.charCodeAt(verb.end) === 0x20 &&
    TAIL_STARTS.includes(text.charAt(verb.end + 1))
      ? CUE_TAIL.exec(text.slice(verb.end, limit))
      : null;
  const cue = tail ? text.slice(verb.start, verb.end + tail[0].length) : verb.w;
  return { subject, verb: verb.lower, cue, participle };
}

/**
 * The noun phrase after an inverted verb: `said Kremlin spokesperson Dmitry Peskov on
 * Monday`; a document runs on to its author: `according to a court document filed by
 * state attorney Dave Aronberg`.
 */
function subjectAfterVerb(
  ctx: Context,
  words: readonly Word[],
  k: number,
): Span | null {
  const { text } = ctx;
  let j = k + 1;
  if (words[k]!.lower === "according") j++;
  const first = words[j];
  if (!first) return null;
  let last = j;
  let document = DOCUMENTS.has(first.lower);
  // A document runs on to its author, a few words further: `a court document filed by
  // state attorney Dave Aronberg`.
  for (
    let n = j + 1;
    n < words.length &&
    n - j < (document ? MAX_DOCUMENT_WORDS : MAX_SUBJECT_WORDS);
    n++
  ) {
    const w = words[n]!;
    if (!isSpaces(text, words[n - 1]!.end, w.start)) break;
    document ||= DOCUMENTS.has(w.lower);
    const stop =
      isLower(w) &&
      (FUNCTION.has(w.lower) || BREAKERS.has(w.lower) || SPEECH.has(w.lower));
    if (stop && !(document && DOCUMENT_LINKS.has(w.lower))) break;
    last = n;
  }
  const subject = { start: first.start, end: words[last]!.end };
  if (document && last - j >= MAX_SUBJECT_WORDS) return subject;
  // `said the jury's chair, Ana Ruiz`: a description, then the person it names.
  const named = namedAfterComma(ctx, subject);
  if (named) return named;
  return plausibleSubject(ctx, subject) ? subject : null;
}

/**
 * A lower-case description followed by `, Name`: `the panel chair, Ana Ruiz` -> the whole
 * phrase through the name, whose last mention is the person. Null for anything else.
 */
function namedAfterComma(ctx: Context, subject: Span): Span | null {
  const { text } = ctx;
  if (!/^\p{Ll}/u.test(text.charAt(subject.start))) return null;
  if (text.charCodeAt(subject.end) !== 0x2c) return null;
  const k = firstIndexFrom(ctx.mentions, subject.end);
  const m = ctx.mentions[k];
  if (
    !m ||
    m.start !== subject.end + 2 ||
    text.charCodeAt(m.start - 1) !== 0x20
  )
    return null;
  // The name must be a full name, not a lone word that may start a clause.
  if (!text.slice(m.start, m.end).includes(" ")) return null;
  return { start: subject.start, end: m.end };
}

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

/** `Sen. Bernie Sanders (I-Vt.)` -> `Sen. Bernie Sanders`: where the subject ends without its tag. */
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
 * clause word, past appositives (`X, a spokesperson for Y, said`; `Michael Mulgrew,
 * president of the union, which represents teachers, said`), a party tag (`Sen. Bernie
 * Sanders (I-Vt.) said`) and adverbs (`Peskov later said`). `the director of EHS, Jeff
 * Fraser, says` -> `Jeff Fraser`.
 */
function subjectBeforeVerb(
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
    // `Peskov later said`, `Morial forcefully told`: adverbs, listed or in -ly.
    if (!(ADVERBS.has(adverb) || (adverb.length > 4 && adverb.endsWith("ly"))))
      break;
    end = before.start;
  }
  end = withoutPartyTag(text, from, end);
  if (endsWithComma(text, from, end)) {
    // Walk back over the comma-separated segments before the verb: the nearest one that
    // is no appositive and names someone is the subject; `Scott Pruitt, the attorney
    // general of Oklahoma, one of the states suing, said` -> Scott Pruitt.
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
 * spokesperson for Y`, `who leads the union`, `R-Ky.`, `Ohio`, `emergency program
 * co-ordinator`.
 */
function isAppositive(segment: string): boolean {
  const segWords = segment.split(/\s+/);
  return (
    /^(?:a|an|the|who|whose|which|one|his|her|its|their|also|when|while|after|before|if|as|despite|during|in|on|at|with|without|for|from|like|unlike|\d+)\b/i.test(
      segment,
    ) ||
    /^\p{Ll}/u.test(segment) ||
    // `Mitch McConnell, R-Ky., said`; `Clinton, in Columbus, Ohio, said`.
    /^[RDI]-[\p{L}.]+$/u.test(segment) ||
    segWords.every((w) => PLACES.has(w.toLowerCase().replace(/[.,]$/, ""))) ||
    segWords.some((w) => ROLE.has(w.toLowerCase().replace(/[’']s?$/, ""))) ||
    // `Karen Lindsay, emergency program co-ordinator, said`: a short lower-case description.
    (segWords.length <= MAX_APPOSITIVE_WORDS &&
      segWords.every(
        (w) => /^\p{Ll}/u.test(w) && !BREAKERS.has(w) && !SPEECH.has(w),
      ))
  );
}

/**
 * `Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote`: a long
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

/** A subject is a pronoun, a name, or a short noun phrase: `he`, `Peskov`, `the ministry`. */
function plausibleSubject(ctx: Context, span: Span): boolean {
  const words = wordsAt(ctx, span.start, span.end);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return false;
  const first = words[0]!;
  if (allLower(words, CALENDAR)) return false;
  // An outlet is a name too: `reported Reuters`, `MSNBC host Chris Matthews`.
  const capital =
    isCapital(first) &&
    (!FUNCTION.has(first.lower) ||
      HONORIFIC.has(first.lower) ||
      OUTLETS.has(first.lower) ||
      /^\p{Lu}{2,}$/u.test(first.w));
  if (words.length === 1) {
    return (
      PERSON_PRONOUN.has(first.lower) ||
      GROUP_PRONOUN.has(first.lower) ||
      capital ||
      ANONYMOUS.has(first.lower) ||
      ORG_NOUNS.has(first.lower)
    );
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isLower(w)) continue;
    if (SPEECH.has(w.lower) || (i > 0 && BREAKERS.has(w.lower))) return false;
  }
  const head = words[words.length - 1]!;
  return (
    DETERMINERS.has(first.lower) ||
    capital ||
    ANONYMOUS.has(head.lower) ||
    ROLE_HEAD.has(head.lower) ||
    describedName(ctx, words)
  );
}

/** Most lower-case words a description before a name may have: `lead author`, `head coach`. */
const MAX_DESCRIPTION_WORDS = 3;

/**
 * A short lower-case description, then a person's name: `head coach Ana Ruiz`,
 * `lead author Dr. Tom Ek`, `veteran defenceman Ola Berg`. The name ends the phrase.
 */
function describedName(ctx: Context, words: readonly Word[]): boolean {
  let k = 0;
  while (k < words.length && isLower(words[k]!)) {
    if (FUNCTION.has(words[k]!.lower)) return false;
    k++;
  }
  if (k === 0 || k > MAX_DESCRIPTION_WORDS || k === words.length) return false;
  const last = words[words.length - 1]!;
  const m = mentionIn(ctx.mentions, { start: words[k]!.start, end: last.end });
  return m !== undefined && m.end === last.end;
}

/** Whether every word's lower-case form is in `set`. */
function allLower(words: readonly Word[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (!set.has(w.lower)) return false;
  return true;
}

/**
 * The person a subject names: the last one named before any preposition, skipping
 * possessives. `Trump campaign spokesman Jason Miller` -> Jason Miller; `Jeff Weaver,
 * Sanders’ campaign manager` -> Jeff Weaver; `Jeffrey Lewis of the James Martin Center` -> Jeffrey Lewis.
 */
function headMention(ctx: Context, span: Span): PersonMention | undefined {
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

// ---------------------------------------------------------------- resolving the subject

function mentionIn<T extends Span>(
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
 * binary search over half a million mentions. Let go of by `attributeSpeakers`.
 */
let hintItems: readonly Span[] | null = null;
let hintIndex = 0;
/** How many items `firstIndexFrom` steps forward from its hint before searching. */
const HINT_STEPS = 4;

/** Index of the first item starting at or after `pos` (items in text order). */
function firstIndexFrom(items: readonly Span[], pos: number): number {
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

/** Turns a cue's subject into a speaker. */
function resolveSubject(ctx: Context, cue: Cue, pos: number): Resolved {
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
  const lower = lowerCase(text.slice(cue.subject.start, cue.subject.end));
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
  // `A statement from the EU said`, `The RCMP statement said`: the author speaks.
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
      (first.lower === "the" || OWNERS.has(first.lower)) &&
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
  if (
    nameWords.length === 1 &&
    (NOT_A_SPEAKER.has(name.toLowerCase()) || ANONYMOUS.has(name.toLowerCase()))
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
  // `according to Judicial Watch`: capitalised words that name no person we know are an
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
 * `A Vancouver hockey coach says he’s “amazed”` opening the story, then `Stephen Gillis
 * said…` opening the next paragraph: a lede's description names the person introduced
 * right after it. Anonymous heads (`a spokesperson`) stay unnamed.
 */
function ledePerson(
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

function organisation(ctx: Context, name: string): Resolved {
  return {
    speaker: expandAcronym(ctx, name.replace(/['’]s?$/, "")),
    kind: "organisation",
    method: "organisation",
    cue: null,
  };
}

/** The last mention index ending at or before `pos`, or -1. */
function lastIndexBefore(items: readonly Span[], pos: number): number {
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

/** How many organisation mentions back `the board` may look for a `… Board …` by name. */
const NOUN_LOOKBACK = 40;

/**
 * `the parole board` -> the Parole Board of Canada named earlier, `the ministry` -> the
 * Ministry of Health: the last organisation whose name holds the noun.
 */
function organisationByNoun(
  ctx: Context,
  noun: string,
  pos: number,
): OrganisationMention | undefined {
  const last = lastIndexBefore(ctx.organisations, pos);
  for (let k = last; k >= 0 && last - k < NOUN_LOOKBACK; k--) {
    const o = ctx.organisations[k]!;
    if (
      o.name
        .toLowerCase()
        .split(/[\s-]+/)
        .includes(noun)
    )
      return o;
  }
  return undefined;
}

function lastOrganisationBefore(
  ctx: Context,
  pos: number,
): OrganisationMention | undefined {
  const o = ctx.organisations[lastIndexBefore(ctx.organisations, pos)];
  return o && pos - o.end <= REFERENCE_REACH ? o : undefined;
}

/**
 * Whom `he` or `she` at `pos` means: going back sentence by sentence, the first person
 * named in the nearest sentence that names someone of a fitting gender. The first
 * named is usually the sentence's subject: `Mary Nicholson agreed with Williamson's
 * approach. “…,” she wrote` -> Mary Nicholson.
 */
function personForPronoun(
  ctx: Context,
  pos: number,
  gender: "m" | "f" | null,
): PersonRecord | null {
  const fits = (m: PersonMention): boolean => {
    const g = ctx.people[m.person]!.gender;
    return g === null || gender === null || g === gender;
  };
  // The speaker of the quote just before stays the referent unless someone else is
  // named since: `“…,” Foster writes. “…,” he writes.`
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
      // `Child’s kitchen`: a possessive is rarely whom the pronoun means.
      if (isPossessive(ctx.text, m)) continue;
      // `porters like Grizzle`: after a preposition, only if no one else fits.
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

/** Start of the line holding `pos`, looking back no further than `REFERENCE_REACH`. */
function lineStartNear(text: string, pos: number): number {
  const from = Math.max(0, pos - REFERENCE_REACH);
  const i = text.slice(from, pos).lastIndexOf("\n");
  return i === -1 ? from : from + i + 1;
}

/** Whether a mention follows a preposition (`porters like Grizzle`, `sent to Poulter`): not a clause's subject. */
function isOblique(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  // `As for Trump, he said…`: the topic, not an oblique mention.
  if (/\bas for\s+$/i.test(before)) return false;
  return /\b(?:like|unlike|with|to|of|for|about|against|from|than|toward|towards|including)\s+$/i.test(
    before,
  );
}

function isPossessive(text: string, m: Span): boolean {
  const c = text.charCodeAt(m.end);
  return c === 0x27 || c === 0x2019;
}

/** Person nouns that say which gender a description means: `the mother of two said`. */
const FEMALE_NOUNS = new Set([
  "woman",
  "mother",
  "daughter",
  "wife",
  "sister",
  "girl",
  "grandmother",
  "actress",
  "businesswoman",
  "chairwoman",
  "spokeswoman",
  "congresswoman",
]);
const MALE_NOUNS = new Set([
  "man",
  "father",
  "son",
  "husband",
  "brother",
  "boy",
  "grandfather",
  "actor",
  "businessman",
  "chairman",
  "spokesman",
  "congressman",
]);

/**
 * `Ana Ruiz scored twice. “…,” the rookie defenceman said.` and `the 34-year-old said`:
 * a definite description of one person, lower case, points back to the person the text
 * is about, found as `he`/`she` would be. Anonymous heads (`the official`) stay unnamed.
 */
function describedPerson(
  ctx: Context,
  words: readonly Word[],
  pos: number,
): PersonRecord | null {
  const head = words[words.length - 1]!;
  // A title (`the president`) means whoever holds it, found by role or not at all.
  if (!isLower(head) || ANONYMOUS.has(head.lower) || HONORIFIC.has(head.lower))
    return null;
  // Lower-case words only, no owner: `the ad’s narrator` is someone else's.
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if ((!isLower(w) && !/^\d/.test(w.w)) || endsPossessive(w.w)) return null;
  }
  const age = /^\d{1,3}-year-old$/.test(head.lower);
  if (!age && !PERSON_NOUN.has(head.lower) && !ROLE_HEAD.has(head.lower))
    return null;
  const gender = FEMALE_NOUNS.has(head.lower)
    ? "f"
    : MALE_NOUNS.has(head.lower)
      ? "m"
      : null;
  const person = onlyPersonNear(ctx, pos);
  if (
    !person ||
    (gender !== null && person.gender === (gender === "f" ? "m" : "f"))
  )
    return null;
  // A person the text gave another role is not the one described: `the tycoon` is not
  // the senator.
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
  let p = 0;
  while (p + 1 < ctx.paragraphs.length && ctx.paragraphs[p + 1]!.start <= pos)
    p++;
  const from = ctx.paragraphs[Math.max(0, p - 1)]?.start ?? 0;
  let only = -1;
  for (
    let k = firstIndexFrom(ctx.mentions, from);
    k < ctx.mentions.length;
    k++
  ) {
    const m = ctx.mentions[k]!;
    if (m.start >= pos) break;
    if (isPossessive(ctx.text, m) || m.person === only) continue;
    if (only !== -1) return null;
    only = m.person;
  }
  return only === -1 ? null : ctx.people[only]!;
}

/**
 * Someone besides `chosen` whom `he`/`she` at `pos` could mean: a person of a fitting
 * gender named (not as an owner) in this paragraph or the one before, unless `chosen`
 * spoke the quote just before. `Ana Ruiz met Eva Lind. “…,” she said.` -> `Eva Lind`
 * (for `Ana Ruiz`). Null when nobody else fits.
 */
function rivalNear(
  ctx: Context,
  pos: number,
  chosen: PersonRecord,
  gender: "m" | "f",
): string | null {
  if (ctx.lastSpeaker?.name === chosen.name) return null;
  let p = 0;
  while (p + 1 < ctx.paragraphs.length && ctx.paragraphs[p + 1]!.start <= pos)
    p++;
  const from = ctx.paragraphs[Math.max(0, p - 1)]?.start ?? 0;
  for (
    let k = firstIndexFrom(ctx.mentions, from);
    k < ctx.mentions.length;
    k++
  ) {
    const m = ctx.mentions[k]!;
    if (m.start >= pos) break;
    const person = ctx.people[m.person]!;
    if (person === chosen || isPossessive(ctx.text, m)) continue;
    if (person.gender === null || person.gender === gender) return person.name;
  }
  return null;
}

/** The most recently named person whose role has `head`: `minister` -> the foreign minister. */
function personWithRole(
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

/** `IRCC` -> `Immigration, Refugees and Citizenship Canada` when the text spells it out. */
function expandAcronym(ctx: Context, name: string): string {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return name;
  const known = ctx.acronyms.get(name);
  if (known !== undefined) return known;
  let expanded = name;
  const re =
    /\p{Lu}\p{Ll}[\p{L}'’-]*(?:,? (?:(?:and|of|for|the|&) )*\p{Lu}\p{Ll}[\p{L}'’-]*)+/gu;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const initials = m[0]
      .split(/[\s,]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.charAt(0))
      .join("");
    if (initials === name) {
      expanded = m[0];
      break;
    }
  }
  ctx.acronyms.set(name, expanded);
  return expanded;
}

// ---------------------------------------------------------------- quotes with no cue

/** Fills speakers of quotes with no cue from the run they belong to; builds `Quote`s. */
function inheritSpeakers(
  ctx: Context,
  resolved: readonly Attributed[],
): Quote[] {
  const quotes: Quote[] = [];
  // nextCued[i]: the next quote in the same paragraph that has a cue, for `“A.” “B,” she said.`
  const nextCued: number[] = new Array<number>(ctx.spans.length).fill(-1);
  // A sentence of the writer's own between two quotes ends the run: `“A.” His manager,
  // Conant, agreed. “B,” Conant said.` does not give A to Conant (but `“A” rather than
  // “B,” Foster writes` gives both to Foster).
  for (let k = ctx.spans.length - 2; k >= 0; k--) {
    const q = ctx.spans[k]!;
    const n = ctx.spans[k + 1]!;
    // Only quotes of one paragraph make a run: the text between is read for those.
    if (n.paragraph !== q.paragraph) continue;
    // The text between is `text[q.close + 1, n.open)`, read in place (empty when
    // either quote has no mark there).
    const marked = q.close !== -1 && n.open !== -1;
    const writerSentence =
      marked &&
      hasLetterOrDigitIn(ctx.text, q.close + 1, n.open) &&
      (stopIn(ctx.text, q.close + 1, n.open) ||
        endsWithStop(ctx.text, q.start, q.end));
    if (!writerSentence) {
      nextCued[k] = resolved[k + 1]!.cue !== null ? k + 1 : nextCued[k + 1]!;
    }
  }
  ctx.spans.forEach((q, i) => {
    let r: Attributed = resolved[i]!;
    const previous = quotes[i - 1];
    let continues: string | null = null;
    if (q.continuesPrevious && previous) {
      continues = previous.continues ?? previous.id;
      if (r.cue === null)
        r = continuing(previous.speaker, previous.speakerKind, previous.doubt);
    } else if (r.cue === null) {
      const later = nextCued[i] === -1 ? null : resolved[nextCued[i]!]!;
      r = later
        ? continuing(later.speaker, later.kind, later.doubt ?? null)
        : (runBefore(ctx, previous, q) ?? r);
    }
    quotes.push({
      id: `q-${i + 1}`,
      start: q.start,
      end: q.end,
      text: ctx.text.slice(q.start, q.end),
      speaker: r.speaker,
      speakerKind: r.kind,
      cue: r.cue,
      method: r.method,
      confidence: r.speaker !== null && r.doubt === undefined ? "high" : "low",
      doubt: r.speaker === null ? null : (r.doubt ?? null),
      kind: q.kind,
      paragraph: q.paragraph,
      continues,
    });
  });
  return quotes;
}

/**
 * `/[\p{L}\p{N}]/u.test(text.slice(from, to))`: ASCII read by hand, the regex asked only
 * when a character outside ASCII comes before any ASCII letter or digit.
 */
function hasLetterOrDigitIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return LETTER_OR_DIGIT.test(text.slice(from, to));
    if (
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a)
    )
      return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `/[.!?]/.test(text.slice(from, to))` without the slice. */
function stopIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f) return true;
  }
  return false;
}

function continuing(
  speaker: string | null,
  kind: SpeakerKind | null,
  doubt: string | null,
): Attributed {
  if (!speaker) return nobody();
  return doubt === null
    ? { speaker, kind, method: "continuing", cue: null }
    : { speaker, kind, method: "continuing", cue: null, doubt };
}

/**
 * For a quote with no cue: the speaker of the quote before it in the paragraph, or, for
 * a quote opening its paragraph, of the last quote of the paragraph before, or of
 * reported speech there (`Chapman admits in this instance, there were fatalities.`).
 */
function runBefore(
  ctx: Context,
  previous: Quote | undefined,
  q: QuoteSpan,
): Attributed | null {
  if (previous && previous.paragraph === q.paragraph) {
    // A fragment in a later sentence about someone else is not a continuation:
    // `Cruz coached Trump to “breathe.” That prompted Rubio to call Trump “very flexible.”`
    const between = ctx.text.slice(previous.end, q.open);
    if (q.kind === "partial" && /[.!?]["”’]?\s/.test(between)) return null;
    return continuing(previous.speaker, previous.speakerKind, previous.doubt);
  }
  const para = ctx.paragraphs[q.paragraph]!;
  if (q.open > para.start) return sentenceBeforeSubject(ctx, para, q);
  if (q.paragraph === 0) return null;
  if (previous && previous.paragraph === q.paragraph - 1)
    return continuing(previous.speaker, previous.speakerKind, previous.doubt);
  const before = ctx.paragraphs[q.paragraph - 1]!;
  const lastSentence = sentenceStart(
    ctx.text,
    Math.max(before.start, before.end - CUE_WINDOW),
    before.end,
  );
  const cue =
    cueBefore(ctx, lastSentence, before.end) ??
    // `President Clinton released the following statement:` then the quote.
    (/:\s*$/.test(ctx.text.slice(before.end - 2, before.end))
      ? colonLeadCue(ctx, lastSentence, before.end)
      : null);
  if (!cue) return openingPerson(ctx, lastSentence, before.end);
  const r = resolveSubject(ctx, cue, before.end);
  return r.speaker ? withFoundCue(r, cue.cue) : null;
}

/**
 * `At 25, Gillis was diagnosed with Crohn’s disease.` then a paragraph that is only a
 * quote: the person the sentence before opens with (past an introductory phrase).
 */
function openingPerson(
  ctx: Context,
  from: number,
  to: number,
): Attributed | null {
  const start = clauseStart(ctx.text, from, to);
  const m = mentionIn(ctx.mentions, { start, end: to });
  if (!m || isPossessive(ctx.text, m)) return null;
  // A source we could not resolve speaks there: `…, according to the analysis.`
  if (wordsAt(ctx, m.end, to).some((w) => isLower(w) && SPEECH.has(w.lower)))
    return null;
  if (wordsAt(ctx, start, m.start).length > 0) return null;
  return {
    speaker: ctx.people[m.person]!.name,
    kind: "person",
    method: "continuing",
    cue: null,
  };
}

// ---------------------------------------------------------------- summary

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
    aliases: [...p.aliases],
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
