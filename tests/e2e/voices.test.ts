import { copyFile, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.ts";
import { seriousViolations } from "../support/axe.ts";
import {
  buildSite,
  SEEDS_DIR,
  serveStatic,
  type StaticServer,
  SEED_SLUG,
} from "../support/site.ts";

const BASE = "/news/";

// Two short articles of our own, so that there is a next article and a speaker quoted twice.
const BRIEFING = `Kremlin repeats call for talks

Moscow says it is open to negotiations.

By Desk Writer

“We remain open to dialogue,” Kremlin spokesperson Dmitry Peskov said on Tuesday.

Officials in Kyiv dismissed the remarks.
`;
const HARBOUR = `Harbour plan splits council

A vote on the waterfront divides the city.

By Ada Reporter

“It will cost far too much,” said Sam Poe, a city councillor.

“The harbour needs this,” Mayor Jane Roe told reporters.
`;

let server: StaticServer;
let browser: Browser;

async function newContext(
  options: { width?: number } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
  });
}

async function open(context: BrowserContext, route: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.origin}${BASE}${route}`);
  await page.locator("h1").first().waitFor();
  // Hydrated: the theme toggle knows its state only in the browser.
  await page.waitForSelector("button[aria-pressed]");
  // Keyboard listeners attach in effects, which run after that paint: wait a frame more.
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => setTimeout(resolve, 50)),
      ),
  );
  return page;
}

beforeAll(async () => {
  const seeds = await mkdtemp(path.join(tmpdir(), "voices-seeds-"));
  await copyFile(
    path.join(SEEDS_DIR, "000_73264b24164e66dd.txt"),
    path.join(seeds, "000_73264b24164e66dd.txt"),
  );
  await writeFile(path.join(seeds, "kremlin-briefing.txt"), BRIEFING);
  await writeFile(path.join(seeds, "harbour-plan.txt"), HARBOUR);
  const site = await buildSite({ seedsDir: seeds, basePath: BASE });
  server = await serveStatic(site.outDir, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("speakers across all articles", () => {
  it("lists everyone quoted, sortable and filterable, with a chart", async () => {
    const page = await open(await newContext(), "speakers/");
    const table = page.getByRole("table", { name: "Everyone quoted" });
    const names = () =>
      table.locator("tbody tr td:first-child a").allTextContents();
    await expect(names()).resolves.toEqual([
      "Dmitry Peskov",
      "Sergei Lavrov",
      "Jane Roe",
      "Kremlin",
      "Sam Poe",
      "Vladimir Putin",
    ]);
    await expect(
      table.locator("tbody tr").first().textContent(),
    ).resolves.toContain("32");
    await table.getByRole("button", { name: "Name" }).click();
    await expect
      .poll(names)
      .toEqual([
        "Dmitry Peskov",
        "Jane Roe",
        "Kremlin",
        "Sam Poe",
        "Sergei Lavrov",
        "Vladimir Putin",
      ]);
    await page.getByRole("searchbox", { name: "Filter speakers" }).fill("lav");
    await expect.poll(() => table.locator("tbody tr").count()).toBe(1);
    expect(
      await page
        .getByRole("figure", { name: "Most quoted" })
        .locator("svg rect")
        .count(),
    ).toBeGreaterThan(3);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("gathers a speaker's quotes by article and opens the article at a quote", async () => {
    const page = await open(await newContext(), "speakers/dmitry-peskov/");
    await expect(
      page.getByText("Kremlin spokesperson").first().isVisible(),
    ).resolves.toBe(true);
    const groups = page
      .getByRole("region", { name: "Quotes by article" })
      .getByRole("article");
    expect(await groups.count()).toBe(2);
    await expect(
      page.getByRole("region", { name: "Quoted alongside" }).textContent(),
    ).resolves.toContain("Sergei Lavrov");
    expect(await seriousViolations(page)).toEqual([]);

    await page
      .getByRole("link", { name: "Read it in the article" })
      .last()
      .click();
    await expect.poll(() => page.url()).toMatch(/#q-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    const mark = page.locator(`mark[id="${id}"]`);
    await expect.poll(() => mark.getAttribute("data-target")).toBe("true");
    await expect(mark.isVisible()).resolves.toBe(true);
    const box = await mark.boundingBox();
    expect(box && box.y >= 0 && box.y < 800).toBe(true);
  });
});

describe("search", () => {
  it("finds quotes as you type, marks the words, and opens the article at the match", async () => {
    const page = await open(await newContext(), "");
    const indexRequests: string[] = [];
    page.on("request", (request) => {
      if (/\/data\/search\//.test(request.url()))
        indexRequests.push(request.url());
    });
    expect(indexRequests).toEqual([]);
    // Until the shortcut listener is attached just after hydration, "/" may do nothing.
    await expect
      .poll(async () => {
        await page.keyboard.press("/");
        return page.evaluate(() =>
          document.activeElement?.getAttribute("type"),
        );
      })
      .toBe("search");
    await page.keyboard.type("extremely concerned");
    const results = page.getByRole("listbox", { name: "Search results" });
    const quoteHit = results
      .getByRole("option")
      .filter({ hasText: /^Quote/ })
      .first();
    await quoteHit.waitFor();
    // Results update as each letter is typed: wait for those of the whole query.
    await expect
      .poll(async () =>
        (await quoteHit.locator("mark").allTextContents()).map((word) =>
          word.replace(/[^\p{L}]/gu, ""),
        ),
      )
      .toEqual(["extremely", "concerned"]);
    expect(indexRequests.length).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await quoteHit.click();
    await expect.poll(() => page.url()).toMatch(/#q-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    await expect(
      page.locator(`mark[id="${id}"]`).textContent(),
    ).resolves.toContain("We are extremely concerned");
  });
});

describe("search that forgives", () => {
  /** The results' texts once the query's own are on screen. */
  async function resultsFor(page: Page, query: string): Promise<string[]> {
    const input = page.getByRole("combobox", {
      name: "Search articles, quotes and speakers",
    });
    await input.fill(query);
    const status = page
      .getByRole("region", { name: "Search results" })
      .locator("p[aria-live]");
    await expect
      .poll(() => status.textContent())
      .toMatch(/^(No results|\d+ results?)/);
    return page
      .getByRole("listbox", { name: "Search results" })
      .getByRole("option")
      .allTextContents();
  }

  it("finds other forms of a word, a misspelt speaker, and quoted phrases only as written", async () => {
    const page = await open(await newContext(), "");
    // The briefing says "negotiations", the Putin article "negotiator".
    expect(await resultsFor(page, "negotiate")).toEqual([
      expect.stringMatching(/^Text\s*Putin blames US.*negotiator/),
      expect.stringMatching(
        /^Article\s*Kremlin repeats call for talks.*negotiations/,
      ),
    ]);
    expect((await resultsFor(page, "Peskof"))[0]).toMatch(
      /^Speaker\s*Dmitry Peskov/,
    );
    expect(await resultsFor(page, '"extremely concerned"')).toEqual([
      expect.stringMatching(/^Quote.*extremely concerned/),
    ]);
    expect(await resultsFor(page, '"concerned extremely"')).toEqual([]);
  });

  it("opens a result chosen with the arrow keys on Enter, and Escape closes", async () => {
    const page = await open(await newContext(), "");
    const input = page.getByRole("combobox", {
      name: "Search articles, quotes and speakers",
    });
    await input.fill("peskov");
    const options = page
      .getByRole("listbox", { name: "Search results" })
      .getByRole("option");
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    await input.press("ArrowDown");
    await input.press("ArrowDown");
    const second = options.nth(1);
    await expect.poll(() => second.getAttribute("aria-selected")).toBe("true");
    expect(await input.getAttribute("aria-activedescendant")).toBe(
      await second.getAttribute("id"),
    );
    expect(await seriousViolations(page)).toEqual([]);
    const title =
      (await second.locator("span.font-medium").textContent()) ?? "";
    await input.press("Enter");
    await page.getByRole("heading", { level: 1, name: title }).waitFor();

    await input.fill("peskov");
    await options.first().waitFor();
    await input.press("Escape");
    await expect.poll(() => options.count()).toBe(0);
  });
});

describe("search by speaker", () => {
  it("finds a speaker by part of the name and opens their page", async () => {
    const page = await open(await newContext(), "");
    await page
      .getByRole("combobox", { name: "Search articles, quotes and speakers" })
      .fill("lavr");
    const hit = page
      .getByRole("listbox", { name: "Search results" })
      .getByRole("option")
      .first();
    await expect
      .poll(() => hit.textContent())
      .toMatch(/^Speaker\s*Sergei Lavrov/);
    await hit.click();
    await page
      .getByRole("heading", { level: 1, name: "Sergei Lavrov" })
      .waitFor();
  });
});

describe("in the reader", () => {
  it("steps through quotes with [ and ], each a permalink that highlights", async () => {
    const page = await open(await newContext(), `articles/${SEED_SLUG}/`);
    await page.keyboard.press("]");
    await expect.poll(() => page.url()).toMatch(/#q-1$/);
    await page.keyboard.press("]");
    await expect.poll(() => page.url()).toMatch(/#q-2$/);
    await expect
      .poll(() => page.locator("mark#q-2").getAttribute("data-target"))
      .toBe("true");
    await page.keyboard.press("[");
    await expect.poll(() => page.url()).toMatch(/#q-1$/);

    const fresh = await open(await newContext(), `articles/${SEED_SLUG}/#q-4`);
    await expect(
      fresh
        .locator("mark#q-4")
        .evaluate((element) => element.matches(":target")),
    ).resolves.toBe(true);
  });

  it("copies a quote as a plain citation and as Markdown", async () => {
    const context = await newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: server.origin,
    });
    const page = await open(context, `articles/${SEED_SLUG}/`);
    const panel = page.getByRole("complementary", {
      name: "Quotes and people",
    });
    await panel.getByRole("button", { name: "Copy quote" }).nth(2).click();
    await panel.getByText("Copied", { exact: true }).waitFor();
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    expect(plain).toBe(
      `“We are extremely concerned” — Dmitry Peskov, in “Putin blames US for Hamas attack, fails to condemn terror”, ${server.origin}${BASE}articles/${SEED_SLUG}/#q-3`,
    );
    await panel
      .getByRole("button", { name: "Copy as Markdown" })
      .nth(2)
      .click();
    await panel.getByText("Copied as Markdown").waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toBe(
      `> We are extremely concerned\n>\n> — Dmitry Peskov, [Putin blames US for Hamas attack, fails to condemn terror](${server.origin}${BASE}articles/${SEED_SLUG}/#q-3)`,
    );
  });

  it("dims all but the chosen speaker, and collapses to quotes in context", async () => {
    const page = await open(await newContext(), `articles/${SEED_SLUG}/`);
    await page
      .getByRole("combobox", { name: "Speaker", exact: true })
      .selectOption("Sergei Lavrov");
    await page.waitForURL(/speaker=Sergei\+Lavrov/);
    const text = page.locator(".reader-text");
    await expect.poll(() => text.getAttribute("data-lens")).toBe("on");
    const dim = await text.evaluate(
      (element) => getComputedStyle(element).color,
    );
    const bright = await page
      .locator('mark[data-active="true"]')
      .first()
      .evaluate((element) => getComputedStyle(element).color);
    expect(dim).not.toBe(bright);

    await page.getByRole("button", { name: "Quotes only" }).click();
    await page.waitForURL(/view=quotes/);
    const contexts = page
      .getByRole("list", { name: "Quotes in context" })
      .getByRole("listitem");
    await expect.poll(() => contexts.count()).toBe(2);
    await expect(contexts.first().textContent()).resolves.toContain(
      "Lavrov said.",
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await page.getByRole("list", { name: "Quotes in context" }).waitFor();
  });

  it("remembers text size, line width and sepia on this device", async () => {
    const context = await newContext();
    const page = await open(context, `articles/${SEED_SLUG}/`);
    const before = await page
      .locator(".reader-text")
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    await page.getByText("Reading options").click();
    await page.getByRole("radio", { name: "Extra large" }).check();
    await page.getByRole("radio", { name: "Wide" }).check();
    await page.getByRole("radio", { name: "Sepia" }).check();
    const after = await page
      .locator(".reader-text")
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(after).toBeGreaterThan(before);
    expect(await seriousViolations(page)).toEqual([]);

    const again = await open(context, `articles/${SEED_SLUG}/`);
    await expect(
      again.locator("article.reader").getAttribute("data-size"),
    ).resolves.toBe("x-large");
    await expect(
      again.locator("article.reader").getAttribute("data-width"),
    ).resolves.toBe("wide");
    await expect(
      again.evaluate(() =>
        document.documentElement.classList.contains("sepia"),
      ),
    ).resolves.toBe(true);
  });

  it("shows reading progress and offers to continue where the reader stopped", async () => {
    const context = await newContext({ width: 390 });
    const page = await open(context, `articles/${SEED_SLUG}/`);
    const progress = page.getByRole("progressbar", {
      name: "Reading progress",
    });
    await expect(progress.getAttribute("value")).resolves.toBe("0");
    await page.locator("#p-8").scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 10));
    await page.waitForFunction(
      () =>
        Number(document.querySelector("progress")?.getAttribute("value")) > 0,
    );
    await page.waitForTimeout(600);

    const again = await open(context, `articles/${SEED_SLUG}/`);
    const resume = again.getByRole("link", {
      name: "Continue where you stopped",
    });
    await expect(resume.getAttribute("href")).resolves.toMatch(
      /^#p-([5-9]|1\d)$/,
    );
  });

  it("prints without the panel and with each quote's speaker as a footnote", async () => {
    const page = await open(await newContext(), `articles/${SEED_SLUG}/`);
    await page.emulateMedia({ media: "print" });
    await expect(
      page
        .getByRole("complementary", { name: "Quotes and people" })
        .isVisible(),
    ).resolves.toBe(false);
    await expect(page.locator("header").first().isVisible()).resolves.toBe(
      false,
    );
    const notes = page.getByRole("region", { name: "Quote sources" });
    await expect(notes.isVisible()).resolves.toBe(true);
    await expect(
      notes.getByRole("listitem").allTextContents(),
    ).resolves.toEqual([
      expect.stringContaining("Vladimir Putin"),
      expect.stringContaining("Kremlin"),
      expect.stringContaining("Dmitry Peskov"),
      expect.stringContaining("Dmitry Peskov"),
      expect.stringContaining("Sergei Lavrov"),
      expect.stringContaining("Sergei Lavrov"),
    ]);
  });
});

describe("keyboard", () => {
  it("j/k move between articles, g s opens speakers, ? shows help; nothing fires while typing", async () => {
    const page = await open(await newContext(), `articles/${SEED_SLUG}/`);
    await page.keyboard.press("j");
    await page
      .getByRole("heading", { level: 1, name: "Harbour plan splits council" })
      .waitFor();
    await page.keyboard.press("k");
    await page
      .getByRole("heading", { level: 1, name: /Putin blames US/ })
      .waitFor();

    await page
      .getByRole("combobox", { name: "Search articles, quotes and speakers" })
      .fill("");
    await page
      .getByRole("combobox", { name: "Search articles, quotes and speakers" })
      .focus();
    await page.keyboard.type("gsj");
    expect(new URL(page.url()).pathname).toBe(`${BASE}articles/${SEED_SLUG}/`);
    await page.keyboard.press("Escape");

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await help.waitFor();
    await expect(help.textContent()).resolves.toContain("Go to speakers");
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => help.isVisible()).toBe(false);

    await page.keyboard.press("g");
    await page.keyboard.press("s");
    await page.getByRole("heading", { level: 1, name: "Speakers" }).waitFor();
  });
});

describe("offline", () => {
  it("installs under its base path and reads opened articles with no network", async () => {
    const context = await newContext();
    const page = await open(context, "");
    const manifest = await page
      .locator('link[rel="manifest"]')
      .getAttribute("href");
    expect(manifest).toBe(`${BASE}manifest.webmanifest`);
    const scope = await page.evaluate(
      async () => (await navigator.serviceWorker.ready).scope,
    );
    expect(scope).toBe(`${server.origin}${BASE}`);
    await page.reload();
    await page.waitForFunction(
      () => navigator.serviceWorker.controller !== null,
    );

    // One article opened directly, one through the app.
    await page.goto(`${server.origin}${BASE}articles/${SEED_SLUG}/`);
    await page
      .getByRole("heading", { level: 1, name: /Putin blames US/ })
      .waitFor();
    await page.getByRole("link", { name: "Articles" }).click();
    await page
      .getByRole("link", { name: "Harbour plan splits council" })
      .click();
    await page
      .getByRole("heading", { level: 1, name: "Harbour plan splits council" })
      .waitFor();

    server.setOffline(true);
    try {
      await page.goto(`${server.origin}${BASE}articles/${SEED_SLUG}/`);
      await page
        .getByRole("heading", { level: 1, name: /Putin blames US/ })
        .waitFor();
      expect(await page.locator("article mark").count()).toBe(6);
      await page.goto(`${server.origin}${BASE}articles/harbour-plan/`);
      await page
        .getByRole("heading", { level: 1, name: "Harbour plan splits council" })
        .waitFor();
      await expect(page.locator("article").textContent()).resolves.toContain(
        "It will cost far too much",
      );
    } finally {
      server.setOffline(false);
    }
  });
});
