import { launchChromium } from "../../scripts/chromium.ts";
import { serveStatic } from "../../tests/support/site.ts";
import { median } from "./measure.ts";

/**
 * In Chromium against the built site: opening the next page of the list and filtering it
 * by a speaker, each timed from the click (or change) to the list showing the new
 * articles; the first of each includes fetching its data module.
 */
export async function browserTimings(
  outDir: string,
): Promise<Record<string, number>> {
  const server = await serveStatic(outDir, "/");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`, { waitUntil: "networkidle" });
    const firstSlug = async (): Promise<string> =>
      (await page
        .locator('ul[aria-label="Articles"] a')
        .first()
        .getAttribute("href")) ?? "";
    const nextPage: number[] = [];
    for (let turn = 0; turn < 5; turn += 1) {
      const before = await firstSlug();
      // In-page code as a string: the bundler's helpers (`__name`) do not exist there.
      const ms = (await page.evaluate(`(async () => {
        const start = performance.now();
        document.querySelector('a[rel="next"]').click();
        await new Promise((resolve) => {
          const check = () => {
            const link = document.querySelector('ul[aria-label="Articles"] a');
            if (link && link.getAttribute("href") !== ${JSON.stringify(before)}) resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - start;
      })()`)) as number;
      nextPage.push(ms);
    }
    await page.goto(`${server.origin}/`, { waitUntil: "networkidle" });
    // The Speaker control's options only: the Period control's after it are months,
    // which no speaker filter shows.
    const names = (await page.evaluate(
      `[...document.querySelector("select").options].map((option) => option.value).filter(Boolean)`,
    )) as string[];
    const filter: number[] = [];
    // The top speaker, then speakers from the middle and the tail of the list.
    for (const name of [
      names[0],
      names[1],
      names[Math.floor(names.length / 2)],
      names[names.length - 1],
      names[5],
    ]) {
      if (!name) continue;
      const ms = (await page.evaluate(`(async () => {
        const speaker = ${JSON.stringify(name)};
        const select = document.querySelector("select");
        const start = performance.now();
        select.value = speaker;
        select.dispatchEvent(new Event("change", { bubbles: true }));
        await new Promise((resolve) => {
          const check = () => {
            const status = document.querySelector('[aria-live="polite"]')?.textContent ?? "";
            if (status.includes("quoting " + speaker)) resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - start;
      })()`)) as number;
      filter.push(ms);
    }
    return {
      speakerOptions: names.length,
      nextPageFirst: nextPage[0] ?? NaN,
      nextPageMedian: median(nextPage),
      filterFirst: filter[0] ?? NaN,
      filterMedian: median(filter),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
