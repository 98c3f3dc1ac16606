/**
 * How a value becomes a data module's source: an ES module whose default export is the
 * value's JSON (JSON is valid JavaScript).
 */

/** JSON is valid JavaScript; `<` escaped so `</script>` in article text stays inert. */
export function toModule(value: unknown): string {
  return jsonModule(JSON.stringify(value));
}

/** {@link toModule} of a value whose JSON the caller has already. */
export function jsonModule(json: string): string {
  return `export default ${json.replace(/</g, "\\u003c")};\n`;
}

/**
 * JSON in ASCII: every other character escaped (`“` as `\u201c`). How the extraction
 * cache stores results, and so how an article's data module is written: the module of an
 * article just extracted (cut from its stored result) and of one loaded from the cache
 * are the same bytes.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NOT_ASCII, escapeCharacter);
}

// DEL too: harmless, and it keeps the test a single range.
const NOT_ASCII = /[\u007f-\uffff]/g;

function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** An article's data module: its {@link asciiJson}, or the same JSON given (`articleJson`). */
export function articleModule(article: unknown, json?: string): string {
  return jsonModule(json ?? asciiJson(article));
}

/**
 * Big data parses faster as a JSON string than as an object literal (V8 scans JSON in
 * one pass); used for the modules of thousands of entries.
 */
export function toJsonModule(value: unknown): string {
  const json = JSON.stringify(JSON.stringify(value)).replace(/</g, "\\u003c");
  return `export default JSON.parse(${json});\n`;
}
