import { NATIONALITIES } from "../lexicon/nationalities.ts";
import { NAME_PARTICLES } from "../lexicon/particles.ts";
import { ROLE_WORDS } from "../lexicon/titles.ts";
import { isRole } from "./roles.ts";
import type { Token } from "../tokens.ts";

/* Which lower-case words may stand inside a name or a role (`bin`, `spokesperson`). */

/** Lower-case words names and roles are made of: `bin`, `spokesperson`, `the` (a stop). */
function keepLowerWord(w: string): boolean {
  // Any other lower-case word only ends a run of words, which a skipped token does too.
  return (
    KEPT_LOWER.has(w) ||
    (w.includes("-") && (isRole(w) || HYPHENED_PARTICLE.test(w)))
  );
}

/**
 * A surname that opens with a lower-case particle and a hyphen: `al-Rashid`, `el-Amin`,
 * `ash-Shami`, `ibn-Saud`. The Arabic article `al` takes the sound of some letters after
 * it (`ad-`, `ar-`, `as-`, `ash-`, `at-`, `az-`, `an-`); `ud-`/`ul-` in South Asian names.
 */
const HYPHENED_PARTICLE =
  /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|bin|ibn|abu|bint)-\p{Lu}/u;

/** A word that may be part of a name: capitalised, or `al-Rashid`. */
export function isNameWord(t: Token): boolean {
  return t.capital || HYPHENED_PARTICLE.test(t.text);
}

/** Particles, role words and nationalities in one set: one look-up for every lower-case word. */
const KEPT_LOWER = new Set([
  ...NAME_PARTICLES,
  ...ROLE_WORDS,
  ...NATIONALITIES,
]);

/** Bit for a word's last character: `a`-`z` one each, anything else one for all. */
function letterBit(c: number): number {
  return c >= 0x61 && c <= 0x7a ? 1 << (c - 0x61) : 1 << 26;
}

/** Longest kept word the shape table covers; longer words are always looked up. */
const MAX_SHAPED = 31;

/**
 * `KEPT_SHAPES[n * 26 + f]`: the last letters (bits) of the kept words of `n` characters
 * that start with letter `f`. A word whose length and ends match no kept word's cannot
 * be one: nine lower-case words in ten (`budget`) are turned down without being copied.
 */
const KEPT_SHAPES = new Int32Array((MAX_SHAPED + 1) * 26);

for (const w of KEPT_LOWER) {
  const first = w.charCodeAt(0) - 0x61;
  if (w.length > MAX_SHAPED || first < 0 || first >= 26) continue;
  KEPT_SHAPES[w.length * 26 + first]! |= letterBit(w.charCodeAt(w.length - 1));
}

/**
 * `keepLowerWord` for the word `text[start, end)` (which starts with `a`-`z`), copying
 * it only when its shape matches a kept word's or it has a hyphen (`co-founder`).
 */
export function keepLowerAt(text: string, start: number, end: number): boolean {
  const n = end - start;
  const shaped =
    n > MAX_SHAPED ||
    ((KEPT_SHAPES[n * 26 + text.charCodeAt(start) - 0x61] ?? 0) &
      letterBit(text.charCodeAt(end - 1))) !==
      0;
  if (!shaped) {
    let hyphen = false;
    for (let i = start; i < end && !hyphen; i++)
      hyphen = text.charCodeAt(i) === 0x2d;
    if (!hyphen) return false;
  }
  return keepLowerWord(text.slice(start, end));
}
