import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSeeds } from "../../bench/generate.ts";
import { launchChromium } from "../../scripts/chromium.ts";
import { waitForHydration } from "../support/hydration.ts";
import type { Article } from "../../src/model/article.ts";
import { neighboursDataPath } from "../../src/model/data-files.ts";
import { buildSite, serveStatic, type StaticServer } from "../support/site.ts";

/** Fifty generated articles: three pages of the list, speakers in many of them. */
const ARTICLES = 50;

let seedsDir: string;
let outDir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  seedsDir = await mkdtemp(path.join(tmpdir(), "data-modules-seeds-"));
  await generateSeeds(seedsDir, ARTICLES, 7);
  ({ outDir } = await buildSite({ seedsDir }));
  server = await serveStatic(outDir, "/");
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(seedsDir, { recursive: true, force: true });
});

/** The slug of the n-th article in the list. */
async function articleSlug(position: number): Promise<string> {
  const slugs = (await readdir(path.join(outDir, "articles"))).sort();
  return slugs[position] ?? "";
}

/** A page that records the `data/` modules it fetches, as paths. */
async function recordingPage(): Promise<{ page: Page; fetched: string[] }> {
  const page = await browser.newPage();
  const fetched: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/data/")) fetched.push(pathname);
  });
  return { page, fetched };
}

describe("data modules, fetched one at a time", () => {
  it("opens an article from the list with its own data module and no other", async () => {
    const { page, fetched } = await recordingPage();
    await page.goto(`${server.origin}/`, { waitUntil: "networkidle" });
    // The list came with the HTML; once interactive, the page fetches what a click needs
    // (the next page, the speakers every list page shows): no article, no index.
    expect(fetched.sort()).toEqual([
      "/data/list/all-2.js",
      "/data/speakers-top.js",
    ]);
    const link = page.getByRole("list", { name: "Articles" }).getByRole("link");
    const href = (await link.nth(3).getAttribute("href")) ?? "";
    const nextHref = (await link.nth(4).getAttribute("href")) ?? "";
    await link.nth(3).click();
    await page.waitForURL(`**${href}`);
    await page.getByRole("article").waitFor();
    const slug = href.split("/").filter(Boolean).pop();
    expect(
      fetched.filter((file) => file.startsWith("/data/articles/")),
    ).toEqual([`/data/articles/${slug}.js`]);
    // j opens the next article from one small neighbours module, not every summary.
    const before = fetched.length;
    await page.keyboard.press("j");
    await page.waitForURL((url) => !url.pathname.includes(`/${slug}/`));
    await page.getByRole("article").waitFor();
    const next = new URL(page.url()).pathname.split("/").filter(Boolean).pop();
    expect(`/articles/${next}/`).toBe(nextHref);
    expect(fetched.slice(before).sort()).toEqual(
      [
        `/data/articles/${next}.js`,
        `/${neighboursDataPath(slug ?? "")}`,
      ].sort(),
    );
  });

  it("hydrates an article opened directly from its data module, not a second copy in the page", async () => {
    const slug = await articleSlug(4);
    const html = await readFile(
      path.join(outDir, "articles", slug, "index.html"),
      "utf8",
    );
    const module = await readFile(
      path.join(outDir, "data/articles", `${slug}.js`),
      "utf8",
    );
    const article = JSON.parse(
      module.replace(/^export default /, "").replace(/;\n$/, ""),
    ) as Article;
    const first = article.paragraphs[0];
    const opening = article.text.slice(first?.start, first?.end).slice(0, 60);
    // The text is in the page once, as HTML; the data comes from the module.
    expect(html.split(opening).length - 1).toBe(1);
    expect(html).toContain(
      `<link rel="modulepreload" href="/data/articles/${slug}.js" />`,
    );

    const { page, fetched } = await recordingPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (["error", "warning"].includes(message.type()))
        problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(`${server.origin}/articles/${slug}/`);
    await waitForHydration(page);
    expect(fetched).toEqual([`/data/articles/${slug}.js`]);
    expect(problems).toEqual([]);
  });

  it("opens the next page of the list with one list module", async () => {
    const { page, fetched } = await recordingPage();
    await page.goto(`${server.origin}/`, { waitUntil: "networkidle" });
    await page.getByRole("link", { name: "Next page" }).click();
    await page.getByText("Page 2 of 3").waitFor();
    // Page 2 was fetched ahead of the click; page 3 is now fetched ahead of the next.
    await page.waitForLoadState("networkidle");
    expect(fetched.filter((file) => file.startsWith("/data/list/"))).toEqual([
      "/data/list/all-2.js",
      "/data/list/all-3.js",
    ]);
  });

  it("filters the list by a speaker with that speaker's list module", async () => {
    const { page, fetched } = await recordingPage();
    await page.goto(`${server.origin}/`, { waitUntil: "networkidle" });
    const select = page.getByLabel("Speaker", { exact: true });
    const speaker = await select.locator("option").nth(1).getAttribute("value");
    await select.selectOption(speaker ?? "");
    await page.getByText(`quoting ${speaker}`).waitFor();
    const lists = fetched.filter(
      (file) =>
        file.startsWith("/data/list/") && !file.startsWith("/data/list/all-"),
    );
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatch(/^\/data\/list\/s-[0-9a-f]{14}-1\.js$/);
  });

  it("keeps the home page's first load under 150 KB gzip", async () => {
    const html = await readFile(path.join(outDir, "index.html"), "utf8");
    const files = [
      ...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g),
    ].map((match) => match[1] as string);
    let bytes = gzipSync(html).length;
    for (const file of files)
      bytes += gzipSync(await readFile(path.join(outDir, file))).length;
    expect(bytes).toBeLessThan(150 * 1024);
  });
});
