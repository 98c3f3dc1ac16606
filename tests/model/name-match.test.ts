import { describe, expect, it } from "vitest";
import { editDistance, matchName } from "../../src/model/name-match.ts";

describe("matchName", () => {
  it.each([
    ["lav", "Sergei Lavrov", "begins"],
    ["sergei lav", "Sergei Lavrov", "begins"],
    ["Peskov", "Dmitry Peskov", "begins"],
    ["Peskof", "Dmitry Peskov", "near"],
    ["Lavorv", "Sergei Lavrov", "near"],
    ["Putn", "Vladimir Putin", "near"],
    ["zelenski", "Volodymyr Zelenskyy", "near"],
    ["zelenks", "Volodymyr Zelenskyy", "near"],
    ["dimitry peskov", "Dmitry Peskov", "near"],
    ["Élysée", "Elysee Palace", "begins"],
    // Short words must be right: `Pet` is not `Pat`.
    ["Pet", "Pat Quinn", null],
    ["Peskov Lavrov", "Dmitry Peskov", null],
    ["Smith", "Dmitry Peskov", null],
    ["", "Dmitry Peskov", null],
  ] as const)("%j names %j: %s", (query, name, match) => {
    expect(matchName(query, name)).toBe(match);
  });

  it("takes a quoted word only exactly", () => {
    expect(matchName('"Peskov"', "Dmitry Peskov", new Set(["peskov"]))).toBe(
      "begins",
    );
    expect(matchName('"Pesko"', "Dmitry Peskov", new Set(["pesko"]))).toBe(
      null,
    );
  });
});

describe("editDistance", () => {
  it.each([
    ["peskov", "peskov", 0],
    ["peskof", "peskov", 1],
    ["pesko", "peskov", 1],
    ["lavorv", "lavrov", 1],
    ["kremlin", "kermlin", 1],
    ["abc", "xyz", 3],
  ])("%s to %s: %i", (a, b, edits) => {
    expect(editDistance(a, b, 3)).toBe(edits);
  });

  it("stops once past its limit", () => {
    expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3);
  });
});
