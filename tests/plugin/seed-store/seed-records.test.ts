import { describe, expect, it } from "vitest";
import type { SeedText } from "../../../src/plugin/seed-store/read-entry.ts";
import { recordsToKeep } from "../../../src/plugin/seed-store/seed-records.ts";

/** A seed read with this change time (ms), as `signature` writes it. */
const read = (changedAt: number): SeedText => ({
  text: undefined,
  hash: "9f86d0",
  encoding: "utf-8",
  notes: [],
  signature: `812:${changedAt}:${changedAt}:42`,
});

const STARTED = 1_700_000_010_000;

describe("recordsToKeep", () => {
  it.each([
    ["long before the scan", STARTED - 60_000, true],
    ["50 ms before the scan, on a fine clock", STARTED - 50.5, false],
    ["200 ms before the scan, on a fine clock", STARTED - 200.5, true],
    // Whole seconds: a clock that may not have ticked since.
    ["one second before the scan, on a coarse clock", STARTED - 1000, false],
    ["three seconds before the scan, on a coarse clock", STARTED - 3000, true],
  ])("a file changed %s: kept %s", (_, changedAt, kept) => {
    const records = recordsToKeep(
      new Map([["a.txt", read(changedAt)]]),
      STARTED,
    );
    expect(records.has("a.txt")).toBe(kept);
  });

  it("keeps no file without a signature, and waits as long as it is told", () => {
    const unsigned = { ...read(STARTED - 60_000), signature: undefined };
    const texts = new Map([
      ["unsigned.txt", unsigned],
      ["recent.txt", read(STARTED - 1000)],
    ]);
    expect([...recordsToKeep(texts, STARTED, 10).keys()]).toEqual([
      "recent.txt",
    ]);
    expect(recordsToKeep(texts, STARTED, 10).get("recent.txt")).toEqual({
      signature: `812:${STARTED - 1000}:${STARTED - 1000}:42`,
      hash: "9f86d0",
      encoding: "utf-8",
      notes: [],
    });
  });
});
