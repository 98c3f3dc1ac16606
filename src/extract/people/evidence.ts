import { FUNCTION, SPEECH } from "./word-sets.ts";
import type { Span } from "../../model/article.ts";

/* Evidence beside a name that it is, or is not, a person in the story. */

/** How far before a name a speech verb may stand: `said ministry spokesperson X`. */
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

/** `Lena Sato/CP`, `( Kofi Mensah / Toronto Star )`, `Jane Doe is a reporter covering…`. */
export function isCredit(text: string, span: Span): boolean {
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
export function nearSpeech(text: string, span: Span): boolean {
  const after = /^(?:,[^,.;]{1,80},|,)? (\p{Ll}+)(?: (\p{Ll}+))?/u.exec(
    text.slice(span.end, span.end + 100),
  );
  const speaks = (w: string | undefined): boolean =>
    w !== undefined && SPEECH.has(w);
  if (speaks(after?.[1]) || speaks(after?.[2])) return true;
  // `said ministry spokesperson Ana Ruiz`: a verb among the few words before.
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
export function speaksNext(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 20);
  const m = /^ (\p{Ll}+)/u.exec(after);
  return (
    m?.[1] !== undefined &&
    SPEECH.has(m[1]) &&
    !["according", "calling", "called", "read", "put"].includes(m[1])
  );
}

/** After this many mentions of one name, its role and evidence are not looked for again. */
export const MAX_LOOKS_PER_NAME = 12;
