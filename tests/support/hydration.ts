import type { Page } from "playwright-core";

/** Waits until React has hydrated the page: its elements carry React's fiber keys. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const heading = document.querySelector("h1");
      return (
        heading !== null &&
        Object.keys(heading).some((key) => key.startsWith("__reactFiber$"))
      );
    },
    undefined,
    { timeout: 60_000 },
  );
}
