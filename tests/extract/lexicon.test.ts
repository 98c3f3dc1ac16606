import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  collectGivenNames,
  collectOrganisationNames,
  ORGANISATION_NAMES_FILE,
  organisationNamesModule,
  collectPersonNouns,
  GIVEN_NAMES_FILE,
  givenNamesModule,
  PERSON_NOUNS_FILE,
  personNounsModule,
} from "../../scripts/make-lexicon.ts";

describe("organisation names", () => {
  it("are exactly what the generator makes from compromise's lexicon", async () => {
    const made = await organisationNamesModule(collectOrganisationNames());
    expect(made === readFileSync(ORGANISATION_NAMES_FILE, "utf8")).toBe(true);
  });
});

describe("person nouns", () => {
  it("are exactly what the generator makes from compromise's lexicon", async () => {
    const made = await personNounsModule(collectPersonNouns());
    expect(made === readFileSync(PERSON_NOUNS_FILE, "utf8")).toBe(true);
  });

  it("are singular nouns for people", () => {
    const nouns = new Set(collectPersonNouns());
    for (const noun of ["teacher", "defenceman", "actress", "teenager"])
      expect(nouns.has(noun), noun).toBe(true);
    for (const word of ["teachers", "plan", "report"])
      expect(nouns.has(word), word).toBe(false);
  });
});

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
    for (const name of [
      "chris",
      "pat",
      "sam",
      "alex",
      "kelly",
      "mark",
      "bill",
      "frank",
      "rose",
    ])
      expect(all.has(name), name).toBe(true);
  });
});
