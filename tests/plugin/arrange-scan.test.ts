import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model/article.ts";
import { arrangeScan } from "../../src/plugin/arrange-scan.ts";
import type { SeedScan } from "../../src/plugin/seed-store/seed-scan.ts";
import { bareArticle } from "../support/bare-article.ts";

/** An article of `file` dated `date`, nothing else filled in. */
function article(file: string, date: string | null, title = file): Article {
  const slug = file.replace(/\.txt$/, "").replace(/_/g, "-");
  return bareArticle(slug, file, date, title);
}

/** A scan of `articles` in the given (file-name) order. */
function scanOf(articles: Article[]): SeedScan {
  return {
    dir: "/seeds",
    entries: articles.length,
    articles,
    terms: articles.map((a) => `terms of ${a.file}`),
    fingerprints: articles.map((a) => `v\0${a.slug}`),
    read: articles.map((a) => ({
      file: a.file,
      slug: a.slug,
      encoding: "utf-8",
      notes: [],
    })),
    skipped: [],
  };
}

describe("arrangeScan", () => {
  it("orders newest first, undated last, equal dates by file name, with every list following", () => {
    const scan = scanOf([
      article("a.txt", "2023-10-12"),
      article("b.txt", null),
      article("c.txt", "2024-01-05T09:00"),
      article("d.txt", "2023-10-12"),
      // 23:30 in New York is 03:30 UTC the next day: later than 2023-10-12T23:00Z.
      article("e.txt", "2023-10-12T23:30-04:00"),
      article("f.txt", "2023-10-12T23:00Z"),
      article("g.txt", null),
    ]);
    const arranged = arrangeScan(scan);
    const files = arranged.articles.map((a) => a.file);
    expect(files).toEqual([
      "c.txt",
      "e.txt",
      "f.txt",
      "a.txt",
      "d.txt",
      "b.txt",
      "g.txt",
    ]);
    expect(arranged.read.map((r) => r.file)).toEqual(files);
    expect(arranged.terms).toEqual(files.map((file) => `terms of ${file}`));
    expect(arranged.fingerprints).toEqual(
      files.map((file) => `v\0${file.replace(".txt", "")}`),
    );
    // The store's own scan is left as it was.
    expect(scan.articles.map((a) => a.file)[0]).toBe("a.txt");
  });

  it("slugs an identifier-named file from its title, in its article, its report line and its fingerprint", () => {
    const arranged = arrangeScan(
      scanOf([
        article("000_73264b24164e66dd.txt", null, "Putin blames US"),
        article("putin-blames-us.txt", null),
        article("11111111.txt", null, "Dam opens"),
      ]),
    );
    const slugs = arranged.articles.map((a) => a.slug);
    expect(slugs[0]).toMatch(/^putin-blames-us-[0-9a-f]{6}$/);
    expect(slugs.slice(1)).toEqual(["putin-blames-us", "dam-opens"]);
    expect(arranged.read.map((r) => r.slug)).toEqual(slugs);
    expect(arranged.fingerprints?.[2]).toBe("v\x0011111111\0dam-opens");
  });
});
