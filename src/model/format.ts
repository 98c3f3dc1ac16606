/** Counts with their thousands grouped, the same on the server and in every browser. */
const COUNT = new Intl.NumberFormat("en-GB");

/** `plural(1, "quote")` -> `"1 quote"`, `plural(12000, "quote")` -> `"12,000 quotes"`. */
export function plural(
  count: number,
  noun: string,
  pluralNoun = `${noun}s`,
): string {
  return `${COUNT.format(count)} ${count === 1 ? noun : pluralNoun}`;
}
