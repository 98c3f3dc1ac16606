import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium, NO_CHROMIUM } from "./chromium.ts";

/**
 * Run by `npm run test:e2e` first: finds the Chromium the browser tests drive. Where
 * there is none but Debian's package manager can install one (as root), it installs
 * `chromium` as `.ci/run` does; otherwise it says in one line what to install, and the
 * tests do not start.
 */
function main(): number {
  if (findChromium()) return 0;
  const root = process.getuid?.() === 0;
  if (!process.env.CHROME_PATH && root && existsSync("/usr/bin/apt-get")) {
    console.log("No Chromium found: installing Debian's chromium package...");
    try {
      execFileSync("apt-get", ["install", "-y", "chromium"], {
        stdio: "inherit",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
    } catch {
      // Reported below.
    }
    if (findChromium()) return 0;
  }
  console.error(
    process.env.CHROME_PATH
      ? `No browser at CHROME_PATH=${process.env.CHROME_PATH}.`
      : NO_CHROMIUM,
  );
  return 1;
}

process.exitCode = main();
