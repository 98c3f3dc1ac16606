import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Where Chromium or Chrome usually is: Debian and Ubuntu, other Linux, macOS. */
const KNOWN_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** The browser the tests drive: `CHROME_PATH` if set, else the first known path found. */
export function findChromium(): string | null {
  const configured = process.env.CHROME_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return KNOWN_PATHS.find((candidate) => existsSync(candidate)) ?? null;
}

/** What to do when no browser is found, in one line. */
export const NO_CHROMIUM =
  "No Chromium found for the browser tests: install it (Debian/Ubuntu: apt-get install -y chromium; macOS: Google Chrome) or set CHROME_PATH=/path/to/chrome.";

/** The browser's path, or an error saying what to install. */
export function chromiumPath(): string {
  const found = findChromium();
  if (!found)
    throw new Error(
      process.env.CHROME_PATH
        ? `No browser at CHROME_PATH=${process.env.CHROME_PATH}.`
        : NO_CHROMIUM,
    );
  return found;
}

/** Flags for a headless Chromium that makes no request of its own: the network is closed. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Headless Chromium that makes no request of its own: this machine's network is closed. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}
