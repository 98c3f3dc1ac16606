import type { PersonRecord } from "../people.ts";
import { SUFFIX } from "./word-sets.ts";
import type { Span } from "../../model/article.ts";

/* Shorter forms of a name (`Ruiz`, `Ms. Ruiz`) and whom a shared one means. */

/**
 * Whom a surname means when people share it (`Okafor`: Ada or her husband
 * Ben): the one named in full earlier in the same paragraph, most recently;
 * otherwise the one the text named first, usually its subject.
 * `mentionsOf[i]`: person i's full-name mentions, in text order.
 */
export function pickAlias(
  mentionsOf: readonly (readonly Span[])[],
  owners: readonly number[] | undefined,
  pos: number,
  paragraphStart: number,
): number | undefined {
  if (!owners || owners.length === 0) return undefined;
  if (owners.length === 1) return owners[0];
  let recent: number | undefined;
  let recentAt = -1;
  let first: number | undefined;
  let firstAt = Infinity;
  for (const i of owners) {
    const mentions = mentionsOf[i] ?? [];
    const opening = mentions[0]?.start ?? Infinity;
    if (opening < firstAt) {
      first = i;
      firstAt = opening;
    }
    const last = lastStartBefore(mentions, pos);
    if (last >= paragraphStart && last > recentAt) {
      recent = i;
      recentAt = last;
    }
  }
  return recent ?? first;
}

/** Start of the last span starting before `pos` (spans in text order), or -1. */
function lastStartBefore(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = spans[mid]!.start;
    if (start < pos) {
      found = start;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Lone word -> people: each surname (and each part of a hyphenated one), and first names
 * that only one person has. `Ruiz` -> Ana Ruiz; `Rashid` -> Karim Abdel Al-Rashid.
 * A surname two people share lists both; `pickAlias` takes the one named last.
 */
export function buildAliasIndex(
  people: readonly PersonRecord[],
): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(i)) list.push(i);
    map.set(key, list);
  };
  people.forEach((p, i) => {
    const parts = p.name.toLowerCase().split(" ");
    if (parts.length < 2) return;
    const last = parts.filter((w) => !SUFFIX.has(w)).pop() ?? "";
    for (const key of [last, ...(last.includes("-") ? last.split("-") : [])])
      add(index, key, i);
    add(byFirst, parts[0]!, i);
  });
  for (const [first, owners] of byFirst) {
    if (owners.length === 1 && !index.has(first)) index.set(first, owners);
  }
  return index;
}
