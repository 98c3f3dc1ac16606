import type { Article } from "../../model/article.ts";
import { lazyField } from "../lazy-field.ts";
import type { ArticleFile } from "./article-file.ts";

/**
 * The fields of an article that hold its text and what is found in it: read back from
 * its stored JSON when asked for, not held by the build. The rest (title, date,
 * speakers...) is what the list, the speakers' totals and the routes need of every
 * article at once, and stays.
 */
const STORED_FIELDS = [
  "text",
  "paragraphs",
  "relatedLinks",
  "quotes",
  "people",
] as const;
type StoredField = (typeof STORED_FIELDS)[number];

/** Where a stored article's JSON is, and what is known of it without reading it. */
interface Place {
  file: ArticleFile;
  offset: number;
  length: number;
  quoteCount: number;
  /** Where in the file the quotes' and the people's JSON are, when found. */
  parts: Partial<Record<"quotes" | "people", Span>>;
  /** The slug's JSON in the file and in the article, when it was given another. */
  slug?: [stored: string, now: string];
  /** Each speaker's role among the article's people, in `speakers`' order, if any has one. */
  roles?: (string | null | undefined)[];
}

const CLOSE = 93;

/** `offset` and `length` in a file. */
type Span = [offset: number, length: number];

/**
 * The fields read on their own (an export reads only the quotes, the speakers' profiles
 * the quotes and the people): each stands between its key and the next field's, which
 * no string in the JSON can hold (its `"` would be escaped).
 */
const PARTS = [
  ["quotes", Buffer.from(',"quotes":['), Buffer.from(',"people":[')],
  ["people", Buffer.from(',"people":['), Buffer.from(',"speakers":[')],
] as const;

const places = new WeakMap<object, Place>();

/**
 * The last article read back, whole: the fields of one article are usually asked for
 * one after the other (an export reads its quotes, then its title...).
 */
let last: { article: object; whole: Article } | undefined;

function whole(article: Article): Article {
  if (last?.article === article) return last.whole;
  const place = places.get(article) as Place;
  let parsed: Article;
  try {
    parsed = JSON.parse(place.file.text(place.offset, place.length)) as Article;
  } catch {
    throw new Error(
      `A stored extraction result is damaged (${article.file}): delete the cache folder (node_modules/.cache/quote-reader, or the one QUOTE_READER_CACHE names) and build again`,
    );
  }
  last = { article, whole: parsed };
  return parsed;
}

/** A field read on its own (see {@link PARTS}), else from the whole article. */
function field(article: Article, name: StoredField): unknown {
  if (last?.article === article) return last.whole[name];
  const place = places.get(article) as Place;
  const part = (place.parts as Partial<Record<StoredField, Span>>)[name];
  if (part)
    try {
      return JSON.parse(place.file.text(part[0], part[1]));
    } catch {
      // Damaged: said so by reading the whole article.
    }
  return whole(article)[name];
}

/**
 * Where the arrays of {@link PARTS} are in an article's JSON (`bytes` from `start` to
 * `end`), from `[` to past `]`, when found.
 */
export function partsIn(
  bytes: Buffer,
  start: number,
  end: number,
): Partial<Record<"quotes" | "people", [from: number, to: number]>> {
  const found: Partial<Record<"quotes" | "people", [number, number]>> = {};
  for (const [name, key, next] of PARTS) {
    const from = bytes.indexOf(key, start);
    const to = from < 0 ? -1 : bytes.indexOf(next, from + key.length);
    if (from >= 0 && to >= 0 && to < end && bytes[to - 1] === CLOSE)
      found[name] = [from + key.length - 1, to];
  }
  return found;
}

/** What begins every quote's JSON: a quote is a flat object, its id first. */
const QUOTE_START = Buffer.from('{"id":');

/**
 * How many quotes the quotes' JSON in `bytes` from `from` to `to` holds, counted
 * without parsing it; undefined if it does not look as a quote's first field says.
 * `[{"id":"q-1",...},{"id":"q-2",...}]` -> 2.
 */
export function countQuotes(
  bytes: Buffer,
  from: number,
  to: number,
): number | undefined {
  let count = 0;
  for (
    let at = bytes.indexOf(QUOTE_START, from);
    at >= 0 && at < to;
    at = bytes.indexOf(QUOTE_START, at + QUOTE_START.length)
  )
    count += 1;
  // An empty array is `[]`; any other without a quote's start is not what is counted.
  return count === 0 && to - from > 2 ? undefined : count;
}

/** One getter and setter per stored field, shared by every stored article. */
const ACCESSORS = Object.fromEntries(
  STORED_FIELDS.map((name) => [
    name,
    lazyField<Article>(name, (article) => field(article, name)),
  ]),
) as Record<StoredField, PropertyDescriptor>;

/**
 * `article` (parsed from its stored JSON, or whole) as the build keeps it: the same
 * fields in the same order, those of {@link STORED_FIELDS} read back from `file` when
 * asked for. Its JSON is `bytes` from `start` to `end`, at `offset` in the file, its
 * `parts` there if found already (`partsIn`);
 * `quotes`: how many quotes it has, when `article` was parsed without them.
 * `{"text":"...","title":"Ferry fares rise",...}` -> `{ get text(), title: "Ferry
 * fares rise", ... }`.
 */
export function storedArticle(
  article: Article,
  file: ArticleFile,
  offset: number,
  json: {
    bytes: Buffer;
    start: number;
    end: number;
    parts?: ReturnType<typeof partsIn>;
  },
  quotes = article.quotes.length,
): Article {
  const kept = {} as Article;
  for (const field of Object.keys(article) as (keyof Article)[])
    if ((STORED_FIELDS as readonly string[]).includes(field))
      Object.defineProperty(kept, field, ACCESSORS[field as StoredField]);
    else
      Object.defineProperty(kept, field, {
        value: article[field],
        writable: true,
        enumerable: true,
        configurable: true,
      });
  const { bytes, start, end } = json;
  const parts: Place["parts"] = {};
  for (const [name, span] of Object.entries(
    json.parts ?? partsIn(bytes, start, end),
  ))
    parts[name as keyof Place["parts"]] = [
      offset + span[0] - start,
      span[1] - span[0],
    ];
  const roles = rolesOf(article);
  places.set(kept, {
    file,
    offset,
    length: end - start,
    quoteCount: quotes,
    parts,
    ...(roles.some(Boolean) && { roles }),
  });
  return kept;
}

/** Each speaker's role as the article's people give it, in `speakers`' order. */
function rolesOf(article: Article): (string | null | undefined)[] {
  return article.speakers.map(
    (speaker) =>
      article.people.find((person) => person.name === speaker.name)?.role,
  );
}

/**
 * Each speaker's role in the article (`people`), in `speakers`' order: for a stored
 * article, as found when it was read, without reading its people back.
 * `speakers: [Ann, Bo]`, `people: [{ name: "Bo", role: "mayor" }]` -> `[undefined, "mayor"]`.
 */
export function speakerRoles(article: Article): (string | null | undefined)[] {
  const place = places.get(article);
  if (!place) return rolesOf(article);
  // None held: no speaker of the article has a role.
  return place.roles ?? article.speakers.map(() => undefined);
}

/**
 * Whether the article is kept stored in the cache's files: read from the results of an
 * earlier build, not extracted by this one.
 */
export function fromCache(article: Article): boolean {
  return places.get(article)?.file.cached === true;
}

/**
 * The JSON of an article the build keeps stored (ASCII, as the cache stores it: `“`
 * as `\u201c`), which its data module holds: read from its file, not made again.
 * Undefined for any other article.
 */
export function articleJson(article: Article): string | undefined {
  const place = places.get(article);
  if (!place) return undefined;
  const json = place.file.text(place.offset, place.length);
  const slug = place.slug;
  // The slug is a field of the article itself (no nested object has one), and the
  // last but two: searched for from the end.
  if (!slug) return json;
  const at = json.lastIndexOf(`,"slug":${slug[0]},`);
  return at < 0
    ? undefined
    : `${json.slice(0, at)},"slug":${slug[1]},${json.slice(at + slug[0].length + 9)}`;
}

/**
 * The article with another slug (a readable one from its title, see arrange-scan.ts),
 * kept stored as it was: `{ ...article, slug }` would read back and hold all of it.
 */
export function withSlug(article: Article, slug: string): Article {
  const place = places.get(article);
  if (!place) return { ...article, slug };
  const renamed = Object.defineProperties(
    {},
    Object.getOwnPropertyDescriptors(article),
  ) as Article;
  renamed.slug = slug;
  places.set(renamed, {
    ...place,
    slug: [
      place.slug?.[0] ?? JSON.stringify(article.slug),
      JSON.stringify(slug),
    ],
  });
  return renamed;
}

/** How many quotes an article has, without reading back a stored one's quotes. */
export function quoteCount(article: Article): number {
  return places.get(article)?.quoteCount ?? article.quotes.length;
}

/** `storedResult` writes `{"article":{...},"notes":[...],"terms":"..."}`. */
const ARTICLE_START = Buffer.from('{"article":');
const ARTICLE_END = Buffer.from(',"notes":[');

/**
 * Where the article's JSON is in a stored result's bytes (from `from`), if it is one:
 * `{"article":{"text":"Hi"},"notes":[],"terms":"hi 1"}` -> the span of `{"text":"Hi"}`.
 */
export function articleSpan(
  bytes: Buffer,
  from = 0,
): { start: number; end: number } | undefined {
  // Inside the article no `"` is unescaped, so `,"notes":[` is where it ends; it is
  // searched for from the end, past the short notes and terms.
  const end = bytes.lastIndexOf(ARTICLE_END);
  if (
    end > from &&
    bytes.compare(
      ARTICLE_START,
      0,
      ARTICLE_START.length,
      from,
      from + ARTICLE_START.length,
    ) === 0
  )
    return { start: from + ARTICLE_START.length, end };
  return undefined;
}
