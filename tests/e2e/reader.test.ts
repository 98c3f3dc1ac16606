import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.ts";
import { seriousViolations } from "../support/axe.ts";
import {
  buildSite,
  SEEDS_DIR,
  serveStatic,
  type StaticServer,
  SEED_SLUG,
  SEED_TITLE,
} from "../support/site.ts";

const BASE = "/news/";

let server: StaticServer;
let browser: Browser;
const external: string[] = [];

/** A fresh page that records any request leaving the site. */
async function openPage(
  options: { javaScriptEnabled?: boolean; width?: number; dark?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.dark ? "dark" : "light",
  });
  const page = await context.newPage();
  page.on("request", (request) => {
    if (
      !request.url().startsWith(server.origin) &&
      !request.url().startsWith("data:")
    )
      external.push(request.url());
  });
  return page;
}

beforeAll(async () => {
  const site = await buildSite({ seedsDir: SEEDS_DIR, basePath: BASE });
  server = await serveStatic(site.outDir, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the reader, built under a sub-path and served as plain files", () => {
  it("goes list -> reader -> panel -> filter -> reload -> back", async () => {
    const page = await openPage();
    await page.goto(`${server.origin}${BASE}`);
    const card = page.getByRole("listitem").filter({ hasText: SEED_TITLE });
    await expect(card.textContent()).resolves.toContain("6 quotes");
    await expect(card.textContent()).resolves.toContain("Dmitry Peskov");

    // The app navigates without loading a new document: what the page set survives.
    await page.evaluate(() => {
      (window as { sameDocument?: boolean }).sameDocument = true;
    });
    await page.getByRole("link", { name: SEED_TITLE }).click();
    await page.waitForURL(`**${BASE}articles/${SEED_SLUG}/`);
    await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
    await expect(page.title()).resolves.toContain(SEED_TITLE);
    await expect(
      page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument),
    ).resolves.toBe(true);
    expect(await page.locator("article mark").count()).toBe(6);

    const panel = page.getByRole("complementary", {
      name: "Quotes and people",
    });
    expect(await panel.locator("blockquote").count()).toBe(6);
    const people = panel.getByRole("region", { name: "People" });
    await expect(people.textContent()).resolves.toContain(
      "Kremlin spokesperson",
    );
    await expect(people.textContent()).resolves.not.toContain("Hamas");

    await panel
      .getByRole("combobox", { name: "Speaker", exact: true })
      .selectOption("Dmitry Peskov");
    await page.waitForURL(/speaker=Dmitry\+Peskov/);
    await expect.poll(() => panel.locator("blockquote").count()).toBe(2);
    await expect
      .poll(() => page.locator('article mark[data-active="true"]').count())
      .toBe(2);

    await page.reload();
    await page.waitForFunction(
      () => document.querySelectorAll("aside blockquote").length === 2,
    );
    await expect(
      panel
        .getByRole("combobox", { name: "Speaker", exact: true })
        .inputValue(),
    ).resolves.toBe("Dmitry Peskov");
    expect(await page.locator('article mark[data-active="true"]').count()).toBe(
      2,
    );

    await page.goBack();
    await page.waitForURL(`**${BASE}articles/${SEED_SLUG}/`);
    await page.waitForFunction(
      () => document.querySelectorAll("aside blockquote").length === 6,
    );

    await page.goBack();
    await page.waitForURL(`${server.origin}${BASE}`);
    await page.getByRole("heading", { level: 1, name: "Articles" }).waitFor();
  });

  it("links each panel quote to its place in the text and names the speaker on focus", async () => {
    const page = await openPage();
    await page.goto(`${server.origin}${BASE}articles/${SEED_SLUG}/`);
    const link = page.getByRole("link", { name: "Show in text" }).nth(3);
    const target = await link.getAttribute("href");
    expect(target).toMatch(/^#q-\d+$/);
    await link.click();
    await page.waitForURL(`**${target}`);
    const mark = page.locator(`mark${target}`);
    await expect(
      mark.evaluate((element) => element.matches(":target")),
    ).resolves.toBe(true);
    await expect(mark.isVisible()).resolves.toBe(true);

    await page.locator("article mark").first().focus();
    const tooltip = page.getByRole("tooltip").first();
    await expect(tooltip.isVisible()).resolves.toBe(true);
    await expect(tooltip.textContent()).resolves.toBe("Vladimir Putin");
  });

  it("opens a shared deep link with its speaker filter", async () => {
    const page = await openPage();
    await page.goto(
      `${server.origin}${BASE}articles/${SEED_SLUG}/?speaker=Sergei+Lavrov`,
    );
    await page.waitForFunction(
      () => document.querySelectorAll("aside blockquote").length === 2,
    );
    const texts = await page.locator("aside blockquote").allTextContents();
    expect(texts.join(" ")).toContain("There is an urgent need");
  });

  it("filters the list by speaker across all articles", async () => {
    const page = await openPage();
    await page.goto(`${server.origin}${BASE}?speaker=Nobody+Quoted+Here`);
    await page.waitForFunction(() =>
      document.body.textContent?.includes(
        "0 articles quoting Nobody Quoted Here",
      ),
    );
    await page
      .getByRole("combobox", { name: "Speaker", exact: true })
      .selectOption("Sergei Lavrov");
    await page.waitForURL(/speaker=Sergei\+Lavrov/);
    await page.waitForFunction(() =>
      document.body.textContent?.includes("1 article quoting Sergei Lavrov"),
    );
    expect(await page.getByRole("link", { name: SEED_TITLE }).count()).toBe(1);
  });

  it("reads with JavaScript off: prerendered text, quotes marked, right title", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    const response = await page.goto(
      `${server.origin}${BASE}articles/${SEED_SLUG}/`,
    );
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toBe(`${SEED_TITLE} – Quote Reader`);
    await expect(page.locator("article").textContent()).resolves.toContain(
      "Russian Foreign Minister Sergei Lavrov",
    );
    expect(await page.locator("article mark").count()).toBe(6);
    expect(await page.locator("aside blockquote").count()).toBe(6);
    const description = await page
      .locator('meta[property="og:description"]')
      .getAttribute("content");
    expect(description).toContain("Russian officials say U.S. failed policies");
  });

  it("answers unknown paths with the 404 page", async () => {
    const page = await openPage();
    const response = await page.goto(
      `${server.origin}${BASE}articles/no-such-article/`,
    );
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await page.getByRole("link", { name: "Back to all articles" }).click();
    await page.waitForURL(`${server.origin}${BASE}`);
  });

  it("keeps the theme toggle's choice across reloads", async () => {
    const page = await openPage();
    await page.goto(`${server.origin}${BASE}`);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(toggle.getAttribute("aria-pressed")).resolves.toBe("false");
    await toggle.click();
    await expect(
      page.evaluate(() => document.documentElement.classList.contains("dark")),
    ).resolves.toBe(true);
    await page.reload();
    await expect(
      page.evaluate(() => document.documentElement.classList.contains("dark")),
    ).resolves.toBe(true);
    await expect(toggle.getAttribute("aria-pressed")).resolves.toBe("true");
  });

  it("has no horizontal scroll at phone width", async () => {
    const page = await openPage({ width: 390 });
    for (const route of ["", `articles/${SEED_SLUG}/`]) {
      await page.goto(`${server.origin}${BASE}${route}`);
      const width = await page.evaluate(
        () => document.documentElement.scrollWidth,
      );
      expect(width, route).toBeLessThanOrEqual(390);
    }
  });

  it("has no serious or critical axe violations, light or dark", async () => {
    for (const dark of [false, true]) {
      const page = await openPage({ dark });
      for (const route of ["", `articles/${SEED_SLUG}/`, "articles/missing/"]) {
        await page.goto(`${server.origin}${BASE}${route}`);
        await page.locator("h1").waitFor();
        expect(await seriousViolations(page), `${route} dark=${dark}`).toEqual(
          [],
        );
      }
    }
  });

  it("never requests anything from outside the site", () => {
    expect(external).toEqual([]);
  });
});
