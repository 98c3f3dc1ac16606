import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { launchChromium } from "../../scripts/chromium.ts";
import { AS_NPM_SCRIPTS } from "./measure.ts";

/**
 * `vite` dev server of the project copy at `root` on the seeds: time to its first page,
 * then from a seed edit to the page showing it.
 */
export async function devTimings(
  root: string,
  seedsDir: string,
  cacheDir: string,
): Promise<{ devFirstPage: number; devEdit: number }> {
  const port = 5300 + Math.floor(Math.random() * 500);
  const start = performance.now();
  const child = spawn(
    path.join(root, "node_modules/.bin/vite"),
    ["--port", String(port), "--strictPort"],
    {
      cwd: root,
      env: {
        ...process.env,
        SEEDS_DIR: seedsDir,
        QUOTE_READER_CACHE: cacheDir,
        ...AS_NPM_SCRIPTS,
      },
      stdio: "ignore",
    },
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (;;) {
      const ok = await page.goto(`http://127.0.0.1:${port}/`).then(
        () => true,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await page
      .locator('ul[aria-label="Articles"] li')
      .first()
      .waitFor({ timeout: 120_000 });
    const firstPage = performance.now() - start;
    // Edit the title of the list's first article (the newest), which is on the open
    // page: a generated seed's file name is its slug (`00299-lang-warns-over-….txt`).
    const href = await page
      .locator('ul[aria-label="Articles"] a')
      .first()
      .getAttribute("href");
    const slug = /\/articles\/([^/]+)\//.exec(href ?? "")?.[1];
    if (!slug)
      throw new Error(`No article link on the dev server's first page`);
    const file = path.join(seedsDir, `${slug}.txt`);
    const text = await readFile(file, "utf8");
    const marker = `Edited ${Date.now()}`;
    const edited = performance.now();
    await writeFile(file, text.replace(/^[^\n]*/, marker));
    // Checked in the page every frame: a locator's wait polls at up to 500 ms.
    await page.waitForFunction(
      `document.body.textContent.includes(${JSON.stringify(marker)})`,
      undefined,
      { polling: "raf", timeout: 60_000 },
    );
    const edit = performance.now() - edited;
    return { devFirstPage: firstPage, devEdit: edit };
  } finally {
    await browser.close();
    child.kill();
  }
}
