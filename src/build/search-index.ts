import type { Article } from "../model/article.ts";
import {
  DOCS_PER_MODULE,
  type TermGroup,
  docsDataPath,
  isSearchable,
  normalizeWord,
  termGroup,
  termsDataPath,
} from "../model/search.ts";
import { toJsonModule, toModule } from "./site-data.ts";

const WORD = /[\p{L}\p{N}]+/gu;
/** How long indexing runs before it lets other work on the thread run. */
const PAUSE_EVERY_MS = 10;
/** A title word counts as this many words of the text: titles say what an article is about. */
const TITLE_WEIGHT = 3;

/**
 * The search index of one scan (see src/model/search.ts): for each word, the articles
 * holding it and how often, grouped into `data/search/terms/<group>.js` modules by the
 * word's first two letters; and the articles' slugs by number, `DOCS_PER_MODULE` per
 * `data/search/docs/<n>.js`. Built in one pass over the text: about as long as reading it.
 */
export class SearchIndex {
  private readonly slugs: string[];
  /** group -> word -> postings (article-number deltas and counts). */
  private readonly groups = new Map<string, Map<string, number[]>>();

  private readonly last = new Map<string, number>();

  private constructor(articles: readonly Article[]) {
    this.slugs = articles.map((article) => article.slug);
  }

  /**
   * Indexes the articles, pausing every few milliseconds so that the thread stays free
   * for other work (handing pages to the prerendering threads, answering the dev server).
   */
  static async build(articles: readonly Article[]): Promise<SearchIndex> {
    const index = new SearchIndex(articles);
    let pause = performance.now() + PAUSE_EVERY_MS;
    for (const [doc, article] of articles.entries()) {
      index.add(doc, article);
      if (performance.now() > pause) {
        await new Promise((resolve) => setImmediate(resolve));
        pause = performance.now() + PAUSE_EVERY_MS;
      }
    }
    return index;
  }

  private add(doc: number, article: Article): void {
    const counts = new Map<string, number>();
    const count = (text: string, weight: number): void => {
      for (const [raw] of text.matchAll(WORD)) {
        const word = normalizeWord(raw);
        if (isSearchable(word))
          counts.set(word, (counts.get(word) ?? 0) + weight);
      }
    };
    count(article.title, TITLE_WEIGHT);
    if (article.standfirst) count(article.standfirst, 1);
    for (const span of article.paragraphs)
      count(article.text.slice(span.start, span.end), 1);
    for (const [word, times] of counts) {
      const key = termGroup(word);
      let group = this.groups.get(key);
      if (!group) {
        group = new Map();
        this.groups.set(key, group);
      }
      let postings = group.get(word);
      if (!postings) {
        postings = [];
        group.set(word, postings);
      }
      postings.push(doc - (this.last.get(word) ?? 0), times);
      this.last.set(word, doc);
    }
  }

  private group(key: string): TermGroup | undefined {
    const words = this.groups.get(key);
    if (!words) return undefined;
    return { documents: this.slugs.length, terms: Object.fromEntries(words) };
  }

  /** Every module of the index: path -> source. */
  *files(): Generator<[string, string]> {
    for (const key of this.groups.keys())
      yield [termsDataPath(key), toJsonModule(this.group(key))];
    for (let shard = 0; shard * DOCS_PER_MODULE < this.slugs.length; shard += 1)
      yield [docsDataPath(shard), toModule(this.docs(shard))];
  }

  private docs(shard: number): string[] {
    return this.slugs.slice(
      shard * DOCS_PER_MODULE,
      (shard + 1) * DOCS_PER_MODULE,
    );
  }

  /** The module at a data path, for the dev server; undefined when there is none. */
  file(dataPath: string): string | undefined {
    const group = /^data\/search\/terms\/([0-9a-f]+)\.js$/.exec(dataPath)?.[1];
    if (group) {
      const value = this.group(group);
      return value ? toJsonModule(value) : undefined;
    }
    const shard = /^data\/search\/docs\/(\d+)\.js$/.exec(dataPath)?.[1];
    if (shard && Number(shard) * DOCS_PER_MODULE < this.slugs.length)
      return toModule(this.docs(Number(shard)));
    return undefined;
  }
}
