import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assignSlugs,
  isIdentifierName,
  slugify,
  titleSlugs,
} from "../../src/plugin/slugs.ts";

const URL_SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe("slugify", () => {
  it.each([
    ["Putin’s War (2).txt", "putins-war-2"],
    ["with spaces.txt", "with-spaces"],
    ["Ünïcödé façade.txt", "unicode-facade"],
    ["İstanbul Straße.txt", "istanbul-strasse"],
    ["Ærø Łódź.txt", "aero-lodz"],
    ["hash#tag.txt", "hash-tag"],
    ["question?.txt", "question"],
    ["100% sure.txt", "100-sure"],
    ["rock & roll.txt", "rock-roll"],
    [`"double" 'single'.txt`, "double-single"],
    [".leading-dot.txt", "leading-dot"],
    ["..two-dots.txt", "two-dots"],
    ["UPPER.TXT", "upper"],
    ["<img src=x onerror=alert(1)>.txt", "img-src-x-onerror-alert-1"],
    ["javascript:alert(1).txt", "javascript-alert-1"],
    ["{{7*7}}.txt", "7-7"],
    ["Путин говорит.txt", "article"],
    [".txt", "article"],
    [`${"very ".repeat(40)}long.txt`, "very-".repeat(16).slice(0, -1)],
  ])("%s -> %s", (file, slug) => {
    expect(slugify(file)).toBe(slug);
  });
});

describe("assignSlugs", () => {
  it("keeps a lone name's plain slug", () => {
    expect(assignSlugs(["Putin’s War.txt"])).toEqual(
      new Map([["Putin’s War.txt", "putins-war"]]),
    );
  });

  it("gives names that differ only in case distinct slugs, the exact name keeping the plain one", () => {
    const slugs = assignSlugs(["Foo.txt", "foo.txt", "FOO.txt"]);
    expect(slugs.get("foo.txt")).toBe("foo");
    expect(slugs.get("Foo.txt")).toMatch(/^foo-[0-9a-f]{6}$/);
    expect(slugs.get("FOO.txt")).toMatch(/^foo-[0-9a-f]{6}$/);
    expect(new Set(slugs.values()).size).toBe(3);
  });

  it("gives names without ASCII words a hash of their own, whoever else is there", () => {
    const alone = assignSlugs(["Путин.txt"]).get("Путин.txt");
    const together = assignSlugs(["Путин.txt", "日本.txt", "x.txt"]).get(
      "Путин.txt",
    );
    expect(alone).toMatch(/^article-[0-9a-f]{6}$/);
    expect(together).toBe(alone);
    expect(assignSlugs(["article.txt", "Путин.txt"]).get("article.txt")).toBe(
      "article",
    );
  });

  it("does not depend on the order of the names", () => {
    const names = ["b.txt", "B.txt", "a b.txt", "a-b.txt", "Ω.txt", "ω.txt"];
    expect(assignSlugs(names)).toEqual(assignSlugs([...names].reverse()));
  });

  it("never hands out a slug twice, even to a name that looks like a hashed slug", () => {
    const hashed = assignSlugs(["Foo.txt", "foo.txt"]).get("Foo.txt") ?? "";
    const slugs = assignSlugs(["Foo.txt", "foo.txt", `${hashed}.txt`]);
    expect(new Set(slugs.values()).size).toBe(3);
  });

  it("property: any set of names gets distinct, URL-safe, order-independent slugs", () => {
    const name = fc
      .oneof(
        fc.string({ unit: "grapheme", maxLength: 12 }),
        fc.constantFrom(
          "a",
          "A",
          "a ",
          "á",
          "-a-",
          "Ω",
          "ω",
          "article",
          "#?%&",
        ),
      )
      .filter((base) => !base.includes("/") && !base.includes("\0"))
      .map((base) => `${base}.txt`);
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 30 }), (names) => {
        const slugs = assignSlugs(names);
        const values = [...slugs.values()];
        expect(slugs.size).toBe(names.length);
        expect(new Set(values).size).toBe(values.length);
        for (const slug of values) expect(slug).toMatch(URL_SAFE);
        expect(assignSlugs([...names].reverse())).toEqual(slugs);
      }),
    );
  });
});

describe("isIdentifierName", () => {
  it.each([
    ["000_73264b24164e66dd.txt", true],
    ["5f3c9a1e-0b2d-4c1e.txt", true],
    ["20231012.txt", true],
    ["deadbeefcafe.txt", false],
    ["a1.txt", false],
    ["2024.txt", false],
    ["2023 budget.txt", false],
    ["harbour-plan-2.txt", false],
  ])("%s -> %s", (file, expected) => {
    expect(isIdentifierName(file)).toBe(expected);
  });
});

describe("titleSlugs", () => {
  it("makes the slug of the title, cut at a word", () => {
    const long = `${"Harbour plan splits council ".repeat(5)}again`;
    const slugs = titleSlugs(
      [
        {
          file: "000_73264b24164e66dd.txt",
          title: "Putin blames US for Hamas attack, fails to condemn terror",
          slug: "000-73264b24164e66dd",
        },
        { file: "11111111.txt", title: long, slug: "11111111" },
      ],
      new Set(),
    );
    expect(slugs.get("000_73264b24164e66dd.txt")).toBe(
      "putin-blames-us-for-hamas-attack-fails-to-condemn-terror",
    );
    const cut = slugs.get("11111111.txt") as string;
    expect(cut.length).toBeLessThanOrEqual(80);
    expect(cut).toMatch(URL_SAFE);
    expect(`${long.toLowerCase().replace(/ /g, "-")}`).toContain(`${cut}-`);
  });

  it("gives a hash to a title slug that is taken or shared, and keeps a title without words", () => {
    const slugs = titleSlugs(
      [
        { file: "11111111.txt", title: "Harbour plan", slug: "11111111" },
        { file: "22222222.txt", title: "Dam opens", slug: "22222222" },
        { file: "33333333.txt", title: "Dam opens", slug: "33333333" },
        { file: "44444444.txt", title: "Путин", slug: "44444444" },
      ],
      new Set(["harbour-plan"]),
    );
    expect(slugs.get("11111111.txt")).toMatch(/^harbour-plan-[0-9a-f]{6}$/);
    expect(slugs.get("22222222.txt")).toMatch(/^dam-opens-[0-9a-f]{6}$/);
    expect(slugs.get("33333333.txt")).toMatch(/^dam-opens-[0-9a-f]{6}$/);
    expect(slugs.get("22222222.txt")).not.toBe(slugs.get("33333333.txt"));
    expect(slugs.get("44444444.txt")).toBe("44444444");
  });
});
