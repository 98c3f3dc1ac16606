import { describe, expect, it } from "vitest";
import { bySpeakerRank } from "../../src/model/speaker.ts";

describe("bySpeakerRank", () => {
  it("puts the most quoted first and ties in the same order on every machine", () => {
    const speakers = [
      { name: "Émile Roy", quotes: 3 },
      { name: "Zoe Park", quotes: 3 },
      { name: "ana Ruiz", quotes: 3 },
      { name: "Ben Ode", quotes: 9 },
      { name: "Ada Lim", quotes: 3 },
    ];
    expect([...speakers].sort(bySpeakerRank).map((s) => s.name)).toEqual([
      "Ben Ode",
      "Ada Lim",
      "Zoe Park",
      "ana Ruiz",
      "Émile Roy",
    ]);
  });
});
