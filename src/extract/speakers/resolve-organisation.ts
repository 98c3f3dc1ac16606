import type { OrganisationMention } from "../people.ts";
import type { Context } from "./context.ts";
import { REFERENCE_REACH } from "./limits.ts";
import { lastIndexBefore } from "./mentions.ts";
import type { Resolved } from "./resolved.ts";

/* Organisations as speakers: by name, by a noun (`the ministry`), by `it`; acronyms spelt out. */

/**
 * An organisation as speaker, less a possessive `'s`, its acronym spelt out when the text
 * spells it out somewhere (`LRA` -> `Lumen Relief Agency`).
 */
export function organisation(ctx: Context, name: string): Resolved {
  return {
    speaker: expandAcronym(ctx, name.replace(/['’]s?$/, "")),
    kind: "organisation",
    method: "organisation",
    cue: null,
  };
}

/** How many organisation mentions back `the board` may look for a `… Board …` by name. */
const NOUN_LOOKBACK = 40;

/**
 * `the harbour board` -> the Harbour Board of Port Ellis named earlier, `the ministry` ->
 * the Ministry of Health: the last organisation whose name holds the noun.
 */
export function organisationByNoun(
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

/** The organisation named last before `pos`, within `REFERENCE_REACH`: what `it said` means. */
export function lastOrganisationBefore(
  ctx: Context,
  pos: number,
): OrganisationMention | undefined {
  const o = ctx.organisations[lastIndexBefore(ctx.organisations, pos)];
  return o && pos - o.end <= REFERENCE_REACH ? o : undefined;
}

/** `PWHA` -> `Ports, Waterways and Harbours Authority` when the text spells it out. */
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
