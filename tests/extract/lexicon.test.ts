import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  collectGivenNames,
  GIVEN_NAMES_FILE,
  givenNamesModule,
} from "../../scripts/make-given-names.ts";

describe("given names", () => {
  it("are exactly what the generator makes from the named datasets", async () => {
    const made = await givenNamesModule(collectGivenNames());
    expect(made === readFileSync(GIVEN_NAMES_FILE, "utf8")).toBe(true);
  });

  it("leave out words that are also names, and places", () => {
    const { male, female } = collectGivenNames();
    const all = new Set([...male, ...female]);
    for (const word of ["north", "court", "story", "alberta"])
      expect(all.has(word), word).toBe(false);
    for (const name of ["chris", "pat", "sam", "alex", "kelly", "mark"])
      expect(all.has(name), name).toBe(true);
  });
});
