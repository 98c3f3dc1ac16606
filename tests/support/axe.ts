import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/**
 * Ids of the serious and critical axe-core findings on the page as it is now, with
 * WCAG 2.2's minimum target size (24px) checked too.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a script tag: the site's CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (options: object) => Promise<{
            violations: { id: string; impact: string }[];
          }>;
        };
      }
    ).axe;
    return axe.run({ rules: { "target-size": { enabled: true } } });
  });
  return result.violations
    .filter(
      (violation) =>
        violation.impact === "serious" || violation.impact === "critical",
    )
    .map((violation) => violation.id);
}
