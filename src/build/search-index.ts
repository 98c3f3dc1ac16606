import { close, createIndex } from "pagefind";

/** Where the search index lives in the built site: `dist/pagefind/`. */
export const SEARCH_DIR = "pagefind";

/**
 * Indexes the prerendered article and speaker pages with Pagefind, which writes a search
 * index split into small chunks: the browser downloads only the parts a query needs, so
 * search stays fast and light at thousands of articles. Only elements marked
 * `data-pagefind-body` are indexed; every element with an id (`p-3`, `q-2`) becomes an
 * anchor a result can link to.
 */
export async function writeSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: "en" });
  try {
    if (!index)
      throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({
      path: outDir,
      glob: "{articles,speakers}/**/*.html",
    });
    if (added.errors.length > 0)
      throw new Error(`Pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({
      outputPath: `${outDir}/${SEARCH_DIR}`,
    });
    if (written.errors.length > 0)
      throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await close();
  }
}
