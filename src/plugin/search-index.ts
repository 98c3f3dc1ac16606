import type { Article } from "../model/article.ts";
import {
  DOCS_PER_MODULE,
  type TermGroup,
  articleTerms,
  termGroup,
} from "../model/search.ts";

/** How long indexing runs before it lets other work on the thread run. */
const PAUSE_EVERY_MS = 10;

/**
 * The search index of one scan (see src/model/search.ts): for each word, the articles
 * holding it and how often, grouped by the word's first two letters (a
 * `data/search/terms/<group>.js` module each); and the articles' slugs by number,
 * `DOCS_PER_MODULE` per `data/search/docs/<n>.js` (see data-modules.ts).
 */
export class SearchIndex {
  private readonly slugs: string[];
  /** word -> its postings (article-number deltas and counts) and its last article. */
  private readonly words = new Map<
    string,
    { postings: number[]; last: number }
  >();
  /** group -> its words; made from {@link words} once they are all in. */
  private grouped: Map<string, string[]> | undefined;

  private constructor(slugs: string[]) {
    this.slugs = slugs;
  }

  /**
   * Indexes the articles from their terms (`articleTerms`, computed with the extraction;
   * computed here when not given), pausing every few milliseconds so that the thread
   * stays free for other work (handing pages to the prerendering threads, answering the
   * dev server).
   */
  static build(
    articles: readonly Article[],
    terms: readonly string[] = articles.map(articleTerms),
  ): Promise<SearchIndex> {
    return SearchIndex.fromTerms(
      articles.map((article) => article.slug),
      terms,
    );
  }

  /** {@link build} from the articles' slugs and terms alone. */
  static async fromTerms(
    slugs: string[],
    terms: readonly string[],
  ): Promise<SearchIndex> {
    const index = new SearchIndex(slugs);
    let pause = performance.now() + PAUSE_EVERY_MS;
    for (const [doc, article] of terms.entries()) {
      index.add(doc, article);
      if (performance.now() > pause) {
        await new Promise((resolve) => setImmediate(resolve));
        pause = performance.now() + PAUSE_EVERY_MS;
      }
    }
    return index;
  }

  /** Adds one article's `"word count word count"` terms. */
  private add(doc: number, terms: string): void {
    if (terms === "") return;
    const parts = terms.split(" ");
    for (let at = 0; at + 1 < parts.length; at += 2) {
      const word = parts[at] as string;
      const times = Number(parts[at + 1]);
      const entry = this.words.get(word);
      if (entry) {
        entry.postings.push(doc - entry.last, times);
        entry.last = doc;
      } else this.words.set(word, { postings: [doc, times], last: doc });
    }
  }

  /** Each group's words, grouped once. */
  private groups(): Map<string, string[]> {
    if (!this.grouped) {
      this.grouped = new Map();
      for (const word of this.words.keys()) {
        const key = termGroup(word);
        const group = this.grouped.get(key);
        if (group) group.push(word);
        else this.grouped.set(key, [word]);
      }
    }
    return this.grouped;
  }

  /** Every group's key, for `termsDataPath`. */
  groupKeys(): Iterable<string> {
    return this.groups().keys();
  }

  /** One group's words and their postings; undefined: no word is in it. */
  group(key: string): TermGroup | undefined {
    const words = this.groups().get(key);
    if (!words) return undefined;
    const terms: Record<string, number[]> = {};
    for (const word of words)
      terms[word] = this.words.get(word)?.postings ?? [];
    return { documents: this.slugs.length, terms };
  }

  /** How many modules of slugs there are, for `docsDataPath`. */
  docShards(): number {
    return Math.ceil(this.slugs.length / DOCS_PER_MODULE);
  }

  /** The slugs of articles `shard * DOCS_PER_MODULE` onwards; undefined: past the last. */
  docs(shard: number): string[] | undefined {
    if (!Number.isInteger(shard) || shard < 0 || shard >= this.docShards())
      return undefined;
    return this.slugs.slice(
      shard * DOCS_PER_MODULE,
      (shard + 1) * DOCS_PER_MODULE,
    );
  }
}
