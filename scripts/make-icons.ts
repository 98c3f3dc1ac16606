/**
 * Renders public/favicon.svg to the PNG icons the web app manifest needs:
 * `tsx scripts/make-icons.ts` (run again after changing the favicon).
 */
import { readFile } from "node:fs/promises";
import { launchChromium } from "./chromium.ts";

const svg = await readFile("public/favicon.svg", "utf8");
const browser = await launchChromium();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
    });
    await page.setContent(
      `<html><body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({
      path: `public/icons/icon-${size}.png`,
      omitBackground: true,
    });
    await page.close();
  }
} finally {
  await browser.close();
}
