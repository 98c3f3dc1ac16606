import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateArticle } from "../generate.ts";
import { execute, settleDisk } from "./measure.ts";

/** The same articles as Markdown with a minimal layout, for Eleventy: the site's folder. */
export async function eleventySite(
  work: string,
  n: number,
  seed: number,
): Promise<string> {
  const site = path.join(work, "eleventy");
  const input = path.join(site, "articles");
  // Eleventy looks for layouts in `<input>/_includes/`.
  await mkdir(path.join(input, "_includes"), { recursive: true });
  await writeFile(
    path.join(input, "_includes", "article.njk"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n`,
  );
  for (let index = 0; index < n; index += 1) {
    const { name, text } = generateArticle(index, seed);
    const [title = "", ...paragraphs] = text.trim().split("\n\n");
    const markdown = `---\ntitle: ${JSON.stringify(title)}\nlayout: article.njk\n---\n\n# ${title}\n\n${paragraphs.join("\n\n")}\n`;
    await writeFile(path.join(input, name.replace(/\.txt$/, ".md")), markdown);
  }
  return site;
}

/** Eleventy (the project copy at `root`'s) builds the site into a new folder: its wall time. */
export async function eleventy(
  root: string,
  site: string,
  run: number,
): Promise<number> {
  await settleDisk();
  const start = performance.now();
  await execute(
    path.join(root, "node_modules/.bin/eleventy"),
    ["--input=articles", `--output=_site-${run}`, "--quiet"],
    {
      cwd: site,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return performance.now() - start;
}
