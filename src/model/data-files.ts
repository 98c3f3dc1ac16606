/**
 * Where the site's data modules live, relative to the base path. The build writes them
 * there as plain ES modules (`export default {...}`), the dev server serves them from
 * memory at the same paths, and the browser imports them on demand. Shared by the build
 * and the browser so both compute the same URL.
 */

/** Folder of every data module. */
export const DATA_DIR = "data";

/** Where the articles' modules are: every path below it is one's, and no other. */
export const ARTICLES_DATA_DIR = `${DATA_DIR}/articles/`;

/** One article: `data/articles/<slug>.js`. Slugs are `[a-z0-9-]`, safe as file names. */
export function articleDataPath(slug: string): string {
  return `${ARTICLES_DATA_DIR}${slug}.js`;
}

/** Key of the unfiltered list in {@link listDataPath}. */
export const ALL_ARTICLES = "all";

/**
 * One page of the article list, unfiltered (`data/list/all-3.js`) or narrowed to a
 * speaker (`data/list/s-1f3a9c0b27d4e8-1.js`, keyed by {@link speakerKey}). One folder
 * for all: thousands of speakers' folders cost a directory each to write.
 */
export function listDataPath(key: string, page: number): string {
  return `${DATA_DIR}/list/${key}-${page}.js`;
}

/** How many modules the articles' neighbours are spread over (see {@link neighboursDataPath}). */
export const NEIGHBOUR_CHUNKS = 256;

/**
 * The module holding an article's neighbours in the list, for `j`/`k`:
 * `data/neighbours/3f.js`, chosen by an FNV-1a hash of the slug, so the browser finds it
 * without a table and loads a few hundred entries, not every summary; and an article's
 * own module stays the same when its neighbours change.
 */
export function neighboursDataPath(slug: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < slug.length; index += 1)
    hash = Math.imul(hash ^ slug.charCodeAt(index), 0x01000193) >>> 0;
  const chunk = hash % NEIGHBOUR_CHUNKS;
  return `${DATA_DIR}/neighbours/${chunk.toString(16).padStart(2, "0")}.js`;
}

/**
 * A file-name-safe key for a speaker's name that the browser computes without a lookup
 * table: two 32-bit FNV-1a hashes of the name's UTF-16 units, 14 hex digits.
 * `"Dmitry Peskov"` -> `"s-…"`. The build fails if two names in one site share a key.
 */
export function speakerKey(name: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let index = 0; index < name.length; index += 1) {
    const unit = name.charCodeAt(index);
    a = Math.imul(a ^ unit, 0x01000193) >>> 0;
    b = Math.imul(b ^ unit ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return `s-${a.toString(16).padStart(8, "0")}${b.toString(16).padStart(8, "0").slice(0, 6)}`;
}

/** Everyone quoted, with their page's slug and counts, most quoted first (`SpeakerSummary[]`). */
export const SPEAKERS_DATA_PATH = `${DATA_DIR}/speakers.js`;

/** One speaker's profile, what their page shows: `data/speakers/<slug>.js`. */
export function speakerDataPath(slug: string): string {
  return `${DATA_DIR}/speakers/${slug}.js`;
}

/** The most quoted speakers only: what the list page needs before anyone asks for more. */
export const TOP_SPEAKERS_DATA_PATH = `${DATA_DIR}/speakers-top.js`;

/** How many speakers {@link TOP_SPEAKERS_DATA_PATH} holds. */
export const TOP_SPEAKERS = 40;
