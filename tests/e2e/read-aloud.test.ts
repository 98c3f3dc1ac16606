import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.ts";
import { seriousViolations } from "../support/axe.ts";
import { waitForHydration } from "../support/hydration.ts";
import {
  SEEDS_DIR,
  buildSite,
  serveStatic,
  type StaticServer,
  SEED_SLUG,
  SEED_TITLE,
} from "../support/site.ts";

const ARTICLE = `/articles/${SEED_SLUG}/`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const { outDir } = await buildSite({ seedsDir: SEEDS_DIR });
  server = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The article in Chromium's own speech synthesis, recording what the page hands it
 * (`speak`) and every element it marks as being read: a headless Chromium often has
 * no voice, and then speaks nothing and fails each utterance.
 */
async function openRecorded(query = ""): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(`
    window.__spoken = [];
    window.__marked = [];
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance) => {
      window.__spoken.push(utterance.text);
      speak(utterance);
    };
    new MutationObserver((changes) => {
      for (const change of changes)
        if (change.target.getAttribute("data-reading") === "true")
          window.__marked.push(change.target.id);
    }).observe(document, { subtree: true, attributeFilter: ["data-reading"] });
  `);
  await page.goto(`${server.origin}${ARTICLE}${query}`);
  await waitForHydration(page);
  return page;
}

const recorded = (
  page: Page,
): Promise<{ spoken: string[]; marked: string[] }> =>
  page.evaluate(`({ spoken: window.__spoken, marked: window.__marked })`);

/**
 * Waits until the browser's speech synthesis either read the first utterance (a
 * voice is installed: reading goes on, `Pause` offered) or failed it (no voice: the
 * page says why, `Listen` offered again). Returns which.
 */
async function outcome(page: Page): Promise<"reading" | "failed"> {
  const failed = page.getByText(/the browser could not speak/);
  const reading = page.getByRole("button", { name: "Pause" });
  await expect
    .poll(async () => (await failed.count()) + (await reading.count()))
    .toBeGreaterThan(0);
  return (await failed.count()) > 0 ? "failed" : "reading";
}

describe("read aloud in Chromium", () => {
  it("offers the control with its shortcut in the help, starts with the headline and marks it", async () => {
    const page = await openRecorded();
    const controls = page.getByRole("group", { name: "Read aloud" });
    await controls.getByRole("button", { name: "Listen" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help.textContent()).resolves.toContain(
      "Read the article aloud, or pause",
    );
    await page.keyboard.press("Escape");

    await controls.getByRole("button", { name: "Listen" }).click();
    await expect
      .poll(async () => (await recorded(page)).spoken[0])
      .toBe(SEED_TITLE);
    expect((await recorded(page)).marked[0]).toBe("article-title");
    if ((await outcome(page)) === "reading") {
      // A voice: the paragraphs follow, each marked while read; pause stops it.
      await expect
        .poll(async () => (await recorded(page)).marked)
        .toContain("p-0");
      await controls.getByRole("button", { name: "Pause" }).click();
      await controls.getByRole("button", { name: "Resume" }).waitFor();
    } else {
      await controls.getByRole("button", { name: "Listen" }).waitFor();
      expect(await page.locator("[data-reading]").count()).toBe(0);
    }
  });

  it("reads one speaker's quotes, each announced and marked, when the filter is set", async () => {
    const page = await openRecorded("?speaker=Dmitry+Peskov");
    await page
      .getByRole("button", { name: "Listen to Dmitry Peskov’s quotes" })
      .click();
    await expect
      .poll(async () => (await recorded(page)).spoken[0])
      .toBe("Dmitry Peskov said: We are extremely concerned");
    const [first] = (await recorded(page)).marked;
    expect(first).toMatch(/^q-\d+$/);
    expect(
      await page.locator(`mark[id="${first}"]`).getAttribute("data-active"),
    ).toBe("true");
    await outcome(page);
  });
});
