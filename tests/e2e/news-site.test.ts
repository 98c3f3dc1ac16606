import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.ts";
import { contentSecurityPolicy } from "../../src/plugin/csp.ts";
import {
  type BuiltSite,
  buildSite,
  SEEDS_DIR,
  serveStatic,
  type StaticServer,
  SEED_SLUG,
  SEED_TITLE,
} from "../support/site.ts";

/**
 * The built site as a news site behaves once published at an address: dated articles
 * newest first, the date on every kind of page, feeds and a sitemap that parse and
 * whose every URL answers, and link previews on the articles.
 */
const BASE = "/news/";
const ADDRESS = "https://news.example";

// Invented articles with the date lines of three different sites' habits.
const SEEDS: Record<string, string> = {
  "harbour-plan.txt": `Harbour plan splits council

A vote on the waterfront divides the city.

By Ada Reporter

Published: 3 March 2024 09:00 GMT

“It will cost far too much,” said Sam Poe, a city councillor.

“The harbour needs this,” Mayor Jane Roe told reporters.
`,
  "ferry-fares.txt": `Ferry fares rise again

October 12, 2023

By Ben Writer

Fares on the island ferry rise by a tenth from Monday.

“Nobody likes paying more, but the boats are old,” Mayor Jane Roe said.
`,
  "canal-locks.txt": `Canal locks reopen after repairs

Boats can pass again for the first time since summer.

By Cy Author | 2024-01-15

“It is good to see the water moving,” lock keeper Tom Hale said.
`,
};

let seeds: string;
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  seeds = await mkdtemp(path.join(tmpdir(), "news-site-seeds-"));
  await copyFile(
    path.join(SEEDS_DIR, "000_73264b24164e66dd.txt"),
    path.join(seeds, "000_73264b24164e66dd.txt"),
  );
  for (const [name, text] of Object.entries(SEEDS))
    await writeFile(path.join(seeds, name), text);
  site = await buildSite({
    seedsDir: seeds,
    basePath: BASE,
    env: { SITE_URL: ADDRESS },
  });
  server = await serveStatic(site.outDir, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(seeds, { recursive: true, force: true });
  if (site) await rm(site.outDir, { recursive: true, force: true });
});

async function open(route: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await page.goto(`${server.origin}${BASE}${route}`);
  await page.locator("h1").first().waitFor();
  await page.waitForSelector("button[aria-pressed]");
  return page;
}

/** An absolute URL of the published site, as the local server answers it. */
const local = (url: string): string =>
  url.replace(`${ADDRESS}${BASE}`, `${server.origin}${BASE}`);

/** An element of a parsed XML document, as plain data. */
interface XmlNode {
  name: string;
  ns: string | null;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

/**
 * Parses XML with Chromium's XML parser (not as HTML): a document that is not
 * well-formed fails the test.
 */
async function parseXml(xml: string): Promise<XmlNode> {
  const page = await browser.newPage();
  try {
    const parsed = await page.evaluate((source) => {
      const document = new DOMParser().parseFromString(
        source,
        "application/xml",
      );
      const error = document.getElementsByTagName("parsererror")[0];
      if (error) return { error: error.textContent ?? "parse error" };
      const outline = (element: Element): unknown => ({
        name: element.localName,
        ns: element.namespaceURI,
        attrs: Object.fromEntries(
          [...element.attributes].map((attr) => [attr.name, attr.value]),
        ),
        text: element.textContent ?? "",
        children: [...element.children].map(outline),
      });
      return { root: outline(document.documentElement) };
    }, xml);
    expect("error" in parsed ? parsed.error : null).toBeNull();
    return (parsed as { root: XmlNode }).root;
  } finally {
    await page.close();
  }
}

const RFC3339 =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const child = (parent: XmlNode, name: string): XmlNode[] =>
  parent.children.filter((element) => element.name === name);

/** Checks what Atom (RFC 4287) requires of a feed and its entries; returns the entries' links. */
function checkAtom(feed: XmlNode): string[] {
  expect(feed.name).toBe("feed");
  expect(feed.ns).toBe("http://www.w3.org/2005/Atom");
  for (const name of ["id", "title", "updated", "author"])
    expect(child(feed, name)).toHaveLength(1);
  expect(child(feed, "updated")[0]?.text).toMatch(RFC3339);
  const self = child(feed, "link").find((link) => link.attrs.rel === "self");
  expect(self?.attrs.href).toMatch(/^https:\/\//);
  const entries = child(feed, "entry");
  expect(entries.length).toBeGreaterThan(0);
  const ids = entries.map((entry) => child(entry, "id")[0]?.text);
  expect(new Set(ids).size).toBe(entries.length);
  return entries.map((entry) => {
    expect(child(entry, "title")[0]?.text).toBeTruthy();
    expect(child(entry, "updated")[0]?.text).toMatch(RFC3339);
    const href = child(entry, "link")[0]?.attrs.href ?? "";
    expect(href).toMatch(/^https:\/\/news\.example\/news\//);
    return href;
  });
}

/**
 * The head of a built page as Chromium reads it: meta tags by property or name, the
 * canonical link, the policy and the JSON-LD blocks' text.
 */
async function headOf(url: string): Promise<{
  meta: Record<string, string>;
  canonical: string | null;
  policy: string | null;
  jsonLd: string[];
}> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(() => ({
      meta: Object.fromEntries(
        [...document.querySelectorAll("meta[property], meta[name]")].map(
          (meta) => [
            meta.getAttribute("property") ?? meta.getAttribute("name") ?? "",
            meta.getAttribute("content") ?? "",
          ],
        ),
      ),
      canonical:
        document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
        null,
      policy:
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute("content") ?? null,
      jsonLd: [
        ...document.querySelectorAll('script[type="application/ld+json"]'),
      ].map((script) => script.textContent ?? ""),
    }));
  } finally {
    await page.close();
  }
}

describe("dates and newest first", () => {
  it("lists the newest first, the undated last, each with its date", async () => {
    const page = await open("");
    const items = page
      .getByRole("list", { name: "Articles" })
      .getByRole("listitem");
    await expect(items.locator("h2").allTextContents()).resolves.toEqual([
      "Harbour plan splits council",
      "Canal locks reopen after repairs",
      "Ferry fares rise again",
      SEED_TITLE,
    ]);
    await expect(
      items
        .locator("time")
        .evaluateAll((times) =>
          times.map((time) => [
            time.getAttribute("datetime"),
            time.textContent,
          ]),
        ),
    ).resolves.toEqual([
      ["2024-03-03T09:00Z", "3 March 2024"],
      ["2024-01-15", "15 January 2024"],
      ["2023-10-12", "12 October 2023"],
    ]);
    await expect(items.last().textContent()).resolves.toContain("Undated");
  });

  it("dates the reader, the speaker page and search results", async () => {
    const reader = await open("articles/canal-locks/");
    await expect(
      reader.locator("article header time").getAttribute("datetime"),
    ).resolves.toBe("2024-01-15");
    // The date at the end of the byline is not part of the byline.
    await expect(
      reader.locator("article header").textContent(),
    ).resolves.toContain("Cy Author · 15 January 2024");

    const speaker = await open("speakers/jane-roe/");
    await expect(
      speaker
        .locator("main time")
        .evaluateAll((times) =>
          times.map((time) => time.getAttribute("datetime")),
        ),
    ).resolves.toEqual(["2024-03-03T09:00Z", "2023-10-12"]);

    await speaker
      .getByRole("combobox", { name: "Search articles, quotes and speakers" })
      .fill("ferry");
    const hit = speaker
      .getByRole("listbox", { name: "Search results" })
      .getByRole("option")
      .filter({ hasText: "Ferry fares rise again" })
      .first();
    await expect(hit.locator("time").getAttribute("datetime")).resolves.toBe(
      "2023-10-12",
    );
  });
});

describe("filters", () => {
  it("narrows to a period kept in the URL, through reload and back", async () => {
    const page = await open("");
    const titles = () =>
      page
        .getByRole("list", { name: "Articles" })
        .locator("h2")
        .allTextContents();
    const period = page.getByRole("combobox", { name: "Period" });
    await period.selectOption("2024");
    await page.waitForURL(`**${BASE}?period=2024`);
    await expect
      .poll(titles)
      .toEqual([
        "Harbour plan splits council",
        "Canal locks reopen after repairs",
      ]);
    await expect(
      page.getByText("2 articles in 2024").isVisible(),
    ).resolves.toBe(true);

    await page.reload();
    await page.waitForSelector("button[aria-pressed]");
    await expect.poll(titles).toHaveLength(2);
    await expect(period.inputValue()).resolves.toBe("2024");

    await period.selectOption("2024-03");
    await page.waitForURL(`**${BASE}?period=2024-03`);
    await expect.poll(titles).toEqual(["Harbour plan splits council"]);

    await page.goBack();
    await page.waitForURL(`**${BASE}?period=2024`);
    await expect.poll(titles).toHaveLength(2);
    await page.goBack();
    await page.waitForURL(`${server.origin}${BASE}`);
    await expect.poll(titles).toHaveLength(4);
    await expect(period.inputValue()).resolves.toBe("");
  });

  it("finds a speaker by typing and opens the article narrowed to them", async () => {
    const page = await open("");
    const finder = page.getByRole("combobox", { name: "Find a speaker" });
    await finder.click();
    await finder.pressSequentially("Tom Hale");
    await page.waitForURL(`**${BASE}?speaker=Tom+Hale`);
    const link = page
      .getByRole("list", { name: "Articles" })
      .getByRole("link", { name: "Canal locks reopen after repairs" });
    await expect
      .poll(() => link.getAttribute("href"))
      .toBe(`${BASE}articles/canal-locks/?speaker=Tom+Hale`);
    await link.click();
    await page.waitForURL(`**${BASE}articles/canal-locks/?speaker=Tom+Hale`);
    await expect(
      page
        .getByRole("complementary")
        .getByRole("combobox", { name: "Speaker" })
        .inputValue(),
    ).resolves.toBe("Tom Hale");
  });
});

describe("feeds and sitemap", () => {
  it("parse as XML, are linked from the pages they follow, and every URL in them answers 200", async () => {
    const get = async (url: string): Promise<string> => {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      return response.text();
    };
    const home = await get(`${server.origin}${BASE}`);
    const homeFeed =
      /<link rel="alternate" type="application\/atom\+xml"[^>]* href="([^"]+)"/.exec(
        home,
      )?.[1];
    expect(homeFeed).toBe(`${BASE}feed.xml`);
    const links = checkAtom(
      await parseXml(await get(`${server.origin}${homeFeed}`)),
    );
    // Dated articles only, newest first.
    expect(links).toEqual([
      `${ADDRESS}${BASE}articles/harbour-plan/`,
      `${ADDRESS}${BASE}articles/canal-locks/`,
      `${ADDRESS}${BASE}articles/ferry-fares/`,
    ]);

    const speakerPage = await get(`${server.origin}${BASE}speakers/jane-roe/`);
    const speakerFeed =
      /<link rel="alternate" type="application\/atom\+xml"[^>]* href="([^"]+)"/.exec(
        speakerPage,
      )?.[1];
    expect(speakerFeed).toBe(`${BASE}speakers/jane-roe/feed.xml`);
    const quoteLinks = checkAtom(
      await parseXml(await get(`${server.origin}${speakerFeed}`)),
    );
    expect(quoteLinks).toHaveLength(2);
    for (const link of quoteLinks) expect(link).toMatch(/#q-\d+$/);
    // A speaker quoted only in an undated article has no feed to offer.
    const undated = await get(`${server.origin}${BASE}speakers/dmitry-peskov/`);
    expect(undated).not.toContain("application/atom+xml");

    const robots = await get(`${server.origin}${BASE}robots.txt`);
    expect(robots).toContain(`Sitemap: ${ADDRESS}${BASE}sitemap.xml`);
    const sitemap = await parseXml(
      await get(`${server.origin}${BASE}sitemap.xml`),
    );
    expect(sitemap.name).toBe("urlset");
    expect(sitemap.ns).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const locs = sitemap.children.map(
      (url) => child(url, "loc")[0]?.text ?? "",
    );
    expect(locs).toContain(`${ADDRESS}${BASE}articles/${SEED_SLUG}/`);
    expect(locs).toContain(`${ADDRESS}${BASE}speakers/jane-roe/`);
    for (const url of [...new Set([...links, ...quoteLinks, ...locs])])
      await get(local(url).replace(/#.*$/, ""));
  });

  it("a quote entry's link opens the article at the quote", async () => {
    const feed = await parseXml(
      await (
        await fetch(`${server.origin}${BASE}speakers/jane-roe/feed.xml`)
      ).text(),
    );
    const entry = child(feed, "entry")[0] as XmlNode;
    const href = child(entry, "link")[0]?.attrs.href ?? "";
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(local(href));
    const id = new URL(href).hash.slice(1);
    const mark = page.locator(`mark[id="${id}"]`);
    await expect(mark.textContent()).resolves.toContain(
      "The harbour needs this",
    );
    await expect(
      mark.evaluate((element) => element.matches(":target")),
    ).resolves.toBe(true);
    await expect(mark.isVisible()).resolves.toBe(true);
  });
});

describe("link previews", () => {
  it("gives the seed article canonical, og:*, twitter:card and JSON-LD as data, with the CSP unchanged", async () => {
    const url = `${ADDRESS}${BASE}articles/${SEED_SLUG}/`;
    const head = await headOf(local(url));
    expect(head.canonical).toBe(url);
    expect(head.meta).toMatchObject({
      "og:url": url,
      "og:type": "article",
      "og:title":
        "Putin blames US for Hamas attack, fails to condemn terror – Quote Reader",
      "twitter:card": "summary",
    });
    expect(head.meta["og:description"]).toMatch(/^Russian officials say/);
    // Undated: no published time is made up.
    expect(head.meta["article:published_time"]).toBeUndefined();
    // The policy allows one inline script by its hash: the theme's, from the template.
    expect(head.policy).toMatch(
      /^default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='; /,
    );
    expect(head.policy?.replace(/ 'sha256-[^']+'/, "")).toBe(
      contentSecurityPolicy(),
    );
    expect(head.jsonLd).toHaveLength(1);
    const data = JSON.parse(head.jsonLd[0] ?? "") as Record<string, unknown>;
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: SEED_TITLE,
      author: [{ "@type": "Person", name: "World Israel News Staff" }],
      url,
    });
    const mentions = (data.mentions as { name: string; "@type": string }[]).map(
      (mention) => `${mention["@type"]} ${mention.name}`,
    );
    expect(mentions).toContain("Person Dmitry Peskov");
    expect(mentions).toContain("Organization Kremlin");

    // In Chromium: the page runs no inline script and breaks no rule of the policy.
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text()))
        violations.push(message.text());
    });
    await page.goto(local(url));
    await page.waitForSelector("button[aria-pressed]");
    expect(violations).toEqual([]);
  });

  it("dates a dated article's preview and describes a speaker's page as a profile", async () => {
    const article = await headOf(
      `${server.origin}${BASE}articles/harbour-plan/`,
    );
    expect(article.meta["article:published_time"]).toBe("2024-03-03T09:00Z");
    const speaker = await headOf(`${server.origin}${BASE}speakers/jane-roe/`);
    const data = JSON.parse(speaker.jsonLd[0] ?? "") as unknown;
    expect(data).toMatchObject({
      "@type": "ProfilePage",
      url: `${ADDRESS}${BASE}speakers/jane-roe/`,
      mainEntity: { "@type": "Person", name: "Jane Roe", jobTitle: "Mayor" },
    });
  });

  it("without the site's address, says what it left out and writes none of it", async () => {
    const bare = await buildSite({ seedsDir: seeds, basePath: BASE });
    try {
      expect(bare.stdout + bare.stderr).toContain(
        "No site address (SITE_URL, or quoteReader's siteUrl): left out canonical links and og:url, the Atom feeds and their links, sitemap.xml and robots.txt.",
      );
      const local = await serveStatic(bare.outDir, BASE);
      try {
        for (const file of ["feed.xml", "sitemap.xml", "robots.txt"])
          expect((await fetch(`${local.origin}${BASE}${file}`)).status).toBe(
            404,
          );
        const html = await (
          await fetch(`${local.origin}${BASE}articles/harbour-plan/`)
        ).text();
        expect(html).not.toContain('rel="canonical"');
        expect(html).toContain('<meta property="og:type" content="article" />');
      } finally {
        await local.close();
      }
    } finally {
      await rm(bare.outDir, { recursive: true, force: true });
    }
  });
});
