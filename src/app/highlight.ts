/** A piece of text, marked when it is one of the matched words. */
export interface Fragment {
  text: string;
  match: boolean;
}

/** Characters around the first match kept in a snippet. */
const SNIPPET_RADIUS = 90;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A short excerpt around the first matched word, split so every matched word can be
 * marked: `("…the Kremlin said…", ["kremlin"])` -> `[…"the ", {Kremlin}, " said"…]`.
 */
export function highlight(
  text: string,
  terms: readonly string[],
  radius = SNIPPET_RADIUS,
): Fragment[] {
  const words = terms.filter((term) => term.length > 0).map(escapeRegExp);
  if (text === "") return [];
  if (words.length === 0)
    return [{ text: text.slice(0, radius * 2), match: false }];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words.join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  const first = Math.max(0, text.search(pattern));
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, first + radius);
  const excerpt = `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
  const fragments: Fragment[] = [];
  let cursor = 0;
  for (const found of excerpt.matchAll(pattern)) {
    if (found.index > cursor)
      fragments.push({
        text: excerpt.slice(cursor, found.index),
        match: false,
      });
    fragments.push({ text: found[0], match: true });
    cursor = found.index + found[0].length;
  }
  if (cursor < excerpt.length)
    fragments.push({ text: excerpt.slice(cursor), match: false });
  return fragments;
}
