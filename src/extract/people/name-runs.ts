import { NATIONALITIES } from "../lexicon/nationalities.ts";
import { CALENDAR_WORDS, FUNCTION_WORDS } from "../lexicon/not-names.ts";
import { HONORIFICS, ROLE_WORDS } from "../lexicon/titles.ts";
import { isGivenName } from "./gender.ts";
import { isNameWord } from "./lower-words.ts";
import { isCalendarGivenName, looksLikeName } from "./name-shape.ts";
import { isRole } from "./roles.ts";
import {
  CALENDAR,
  COURTESY,
  FEMALE,
  FUNCTION,
  HONORIFIC,
  MALE,
  NAMING_WORD,
  NATIONALITY,
  ORGANISATION,
  PARTICLE,
  PLACE,
  POST_NOMINAL,
} from "./word-sets.ts";
import type { Token } from "../tokens.ts";

/* Runs of capitalised words, and the name inside one past its titles. */

/** Longest name (words): `Callum Peter Iain MacAulay`, `Marta Lúcia Sousa da Costa`. */
const MAX_NAME_WORDS = 5;

/** The rest of a run after `Mr.`/`Mrs.`/`Ms.`/`Dr.`: a name even if it is `King`. */
function nameAfterCourtesy(
  run: readonly Token[],
  cut: number,
): NameInRun | null {
  const nameTokens = run.slice(cut);
  if (nameTokens.length > MAX_NAME_WORDS) return null;
  if (
    nameTokens.some(
      (t) =>
        (FUNCTION.has(t.lower) || CALENDAR.has(t.lower)) &&
        !NAMING_WORD.has(t.lower),
    )
  )
    return null;
  return { nameTokens, honorific: true, title: run[cut - 1]!.lower };
}

/** Index ranges `[from, to)` of runs of capitalised words joined by single spaces. */
export function capitalRuns(tokens: readonly Token[]): number[] {
  const runs: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameWord(t)) {
      i++;
      continue;
    }
    let j = i;
    // Extend over capitalised words and inner particles: `Ilse van der Berg`.
    while (j < tokens.length - 1 && tokens[j]!.joinsNext) {
      const n = tokens[j + 1]!;
      if (isNameWord(n)) j++;
      else if (
        PARTICLE.has(n.lower) &&
        nextCapitalAfterParticles(tokens, j + 1)
      )
        j++;
      else break;
    }
    runs.push(i, j + 1);
    i = j + 1;
  }
  return runs;
}

function nextCapitalAfterParticles(
  tokens: readonly Token[],
  k: number,
): boolean {
  let j = k;
  while (
    j < tokens.length &&
    PARTICLE.has(tokens[j]!.lower) &&
    tokens[j]!.joinsNext
  )
    j++;
  return (
    j > k &&
    j < tokens.length &&
    tokens[j]!.capital &&
    j - k <= 2 &&
    tokens[j - 1]!.joinsNext
  );
}

interface NameInRun {
  nameTokens: Token[];
  honorific: boolean;
  /** The honorific or title word just before the name, lower case: `mr`, `president`. */
  title: string | null;
}

/** The name inside a run, after the role words before it, or null if none is a name. */
export function nameInRun(
  tokens: readonly Token[],
  from: number,
  to: number,
  afterTitleOf = false,
): NameInRun | null {
  // `Ana Ruiz KC`, `Tom Ek MP`: letters after the name are not part of it.
  while (to - from > 2 && isPostNominal(tokens[to - 1]!)) to--;
  const run = tokens.slice(from, to);
  // The name starts after the last title word: `Chilean Prime Minister | Karim Abdel Al-Rashid`.
  let cut = 0;
  for (let i = 0; i < run.length - 1; i++) {
    const w = run[i]!.lower;
    if (isRole(w) || HONORIFIC.has(w)) cut = i + 1;
  }
  // `Mr. Bishop`, `Dr. Major`: after a courtesy title comes a name, whatever it spells.
  const courtesy =
    cut > 0 && COURTESY.has(run[cut - 1]!.lower) && cut < run.length;
  if (courtesy) return nameAfterCourtesy(run, cut);
  // Then drop leading words no name starts with: `During`, `Chilean`, `Ministry`.
  while (
    cut < run.length &&
    isLeadingNonName(run[cut]!, run.length - cut) &&
    // `Jan Novak`, but not `Christmas Eve Mass`: only opening the run, more after it.
    !(cut === 0 && run.length >= 2 && isCalendarGivenName(run[0]!))
  )
    cut++;
  // `Rival Ana Ruiz`, `Comedian Kofi Mensah`: a given name after an unknown word.
  const second = run[cut + 1];
  if (
    run.length - cut >= 3 &&
    second &&
    !isGivenName(run[cut]!.lower) &&
    isGivenName(second.lower)
  )
    cut++;
  // `Minister of | Economic Development Ana Ruiz`: the department runs to a given name.
  if (afterTitleOf) {
    let given = cut;
    while (given < run.length - 1 && !isGivenName(run[given]!.lower)) given++;
    if (given < run.length - 1) cut = given;
  }
  // Nothing is cut from most runs: the run itself is the name (it is only read).
  const nameTokens = cut === 0 ? run : run.slice(cut);
  if (nameTokens.length === 0 || nameTokens.length > MAX_NAME_WORDS)
    return null;
  const honorific =
    cut > 0 && run.slice(0, cut).some((t) => HONORIFIC.has(t.lower));
  if (!looksLikeName(nameTokens, honorific)) return null;
  const title = cut > 0 ? run[cut - 1]!.lower : null;
  return { nameTokens, honorific, title };
}

/** `KC`, `MP`, `PhD` after a name (`Mp` or `mp` is no post-nominal). */
function isPostNominal(t: Token): boolean {
  if (!POST_NOMINAL.has(t.lower.replace(/\./g, ""))) return false;
  const letters = t.text.replace(/\./g, "");
  return letters === letters.toUpperCase() || letters === "PhD";
}

/** Role words, honorifics, nationalities, function and calendar words: one set to ask. */
const NOT_LEADING = new Set([
  ...ROLE_WORDS,
  ...HONORIFICS,
  ...NATIONALITIES,
  ...FUNCTION_WORDS,
  ...CALENDAR_WORDS,
]);

/** Words a name does not start with. Places and organisations only when more follows. */
function isLeadingNonName(t: Token, remaining: number): boolean {
  const w = t.lower;
  if (
    NOT_LEADING.has(w) ||
    isRole(w) ||
    // `Democrats`: a nationality or party in the plural.
    (w.endsWith("s") && NATIONALITY.has(w.slice(0, -1)))
  ) {
    return true;
  }
  // A sentence opening with a participle: `Knowing Okafor was a fan…`.
  if (w.length > 5 && w.endsWith("ing") && !MALE.has(w) && !FEMALE.has(w))
    return true;
  // `Ministry Ruiz`, `Toronto Mayor…` but not `Jordan Pike` (two words, left alone).
  return remaining > 2 && (ORGANISATION.has(w) || PLACE.has(w));
}
