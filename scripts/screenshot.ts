/**
 * Screenshots of a running site, for the README and for looking at a change:
 * `tsx scripts/screenshot.ts http://localhost:4173 docs/screenshots`.
 */
import path from "node:path";
import { launchChromium } from "./chromium.ts";

const [
  origin = "http://localhost:4173",
  outDir = "docs/screenshots",
  ...pages
] = process.argv.slice(2);
const targets = pages.length > 0 ? pages : ["/"];

const browser = await launchChromium();
try {
  for (const scheme of ["light", "dark"] as const) {
    for (const [label, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      for (const target of targets) {
        await page.goto(origin + target, { waitUntil: "networkidle" });
        const name = `${target.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}-${label}-${scheme}.png`;
        await page.screenshot({
          path: path.join(outDir, name),
          fullPage: label === "phone",
        });
        console.log(path.join(outDir, name));
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
