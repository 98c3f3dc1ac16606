import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { close, createIndex } from "pagefind";
import type { Article } from "../model/article.ts";
import { escapeHtml } from "./prerender.ts";
import { writeFiles } from "./site-data.ts";

/** Where the search index lives in the built site: `dist/pagefind/`. */
export const SEARCH_DIR = "pagefind";

/**
 * An article as the search index sees it: title, standfirst, byline, and paragraphs with
 * ids (`p-3`) and quote marks with ids (`q-2`), which become the anchors a result links
 * to. Much smaller than the prerendered page, so indexing thousands is quick.
 */
export function articleSearchHtml(article: Article): string {
  const paragraphs = article.paragraphs.map((span, index) => {
    let html = "";
    let cursor = span.start;
    for (const quote of article.quotes) {
      if (
        quote.paragraph !== index ||
        quote.start < cursor ||
        quote.end > span.end
      )
        continue;
      html += escapeHtml(article.text.slice(cursor, quote.start));
      html += `<mark id="${quote.id}">${escapeHtml(quote.text)}</mark>`;
      cursor = quote.end;
    }
    html += escapeHtml(article.text.slice(cursor, span.end));
    return `<p id="p-${index}">${html}</p>`;
  });
  const lead = [article.standfirst, article.byline].filter(
    (line): line is string => Boolean(line),
  );
  return page(
    `<h1>${escapeHtml(article.title)}</h1>${lead.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}${paragraphs.join("")}`,
  );
}

function page(body: string): string {
  return `<!doctype html><html lang="en"><body><main data-pagefind-body>${body}</main></body></html>`;
}

/** A search index being built: {@link SearchIndex.write} puts it into the site. */
export interface SearchIndex {
  /** Writes the index to `<outDir>/pagefind/`; resolves to the number of pages indexed. */
  write(outDir: string): Promise<number>;
  /** Stops Pagefind without writing (the build failed elsewhere). */
  cancel(): Promise<void>;
}

/**
 * Indexes every article with Pagefind, which writes a search index split into small
 * chunks: the browser downloads only the parts a query needs, so search stays fast and
 * light at thousands of articles. Pagefind runs as its own process, so indexing can start
 * as soon as the articles are extracted and run beside bundling and prerendering; writing
 * waits for {@link SearchIndex.write}, after the client build has emptied the output
 * folder. (Speakers are matched by name in the browser, from the speakers module:
 * indexing their pages too would double the work for what a name match does.)
 */
export function startSearchIndex(articles: readonly Article[]): SearchIndex {
  const indexed = (async () => {
    // Pagefind reads a folder of files faster than it takes them as messages (measured:
    // 3,000 articles in 4.7 s against 7.0 s), so the compact pages go to a scratch folder.
    const sources = await mkdtemp(path.join(tmpdir(), "quote-reader-search-"));
    try {
      await writeFiles(
        sources,
        articles.map((article) => [
          path.join("articles", article.slug, "index.html"),
          articleSearchHtml(article),
        ]),
      );
      const { index, errors } = await createIndex({ forceLanguage: "en" });
      if (!index)
        throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
      const added = await index.addDirectory({ path: sources });
      if (added.errors.length > 0)
        throw new Error(`Pagefind: ${added.errors.join("; ")}`);
      return { index, pages: added.page_count };
    } catch (error) {
      await close();
      throw error;
    } finally {
      await rm(sources, { recursive: true, force: true });
    }
  })();
  // Failures surface from write(); until then, no unhandled rejection.
  indexed.catch(() => undefined);
  return {
    async write(outDir) {
      const { index, pages } = await indexed;
      try {
        const written = await index.writeFiles({
          outputPath: path.join(outDir, SEARCH_DIR),
        });
        if (written.errors.length > 0)
          throw new Error(`Pagefind: ${written.errors.join("; ")}`);
        return pages;
      } finally {
        await close();
      }
    },
    async cancel() {
      await indexed.catch(() => undefined);
      await close();
    },
  };
}
