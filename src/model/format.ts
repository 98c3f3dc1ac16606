/** `plural(1, "quote")` -> `"1 quote"`, `plural(3, "quote")` -> `"3 quotes"`. */
export function plural(
  count: number,
  noun: string,
  pluralNoun = `${noun}s`,
): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
