import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitBlocks } from "../../src/extract/blocks.ts";
import { articleDates, parseDateLine } from "../../src/extract/dates.ts";
import { extractArticle } from "../../src/extract/index.ts";

describe("parseDateLine: the forms news sites print", () => {
  const table: [string, string, string][] = [
    ["October 12, 2023", "2023-10-12", "plain"],
    ["Oct. 12, 2023", "2023-10-12", "plain"],
    ["Sept 1, 2023", "2023-09-01", "plain"],
    ["12 Oct 2023", "2023-10-12", "plain"],
    ["1st of May 2024", "2024-05-01", "plain"],
    ["29 February 2024", "2024-02-29", "plain"],
    ["2023-10-12", "2023-10-12", "plain"],
    ["2023-10-12T14:30:05Z", "2023-10-12T14:30:05Z", "plain"],
    ["2023-10-12 09:05+0530", "2023-10-12T09:05+05:30", "plain"],
    ["Published: October 12, 2023", "2023-10-12", "published"],
    ["Posted on 12 October 2023", "2023-10-12", "published"],
    ["Updated 13 Oct 2023", "2023-10-13", "updated"],
    ["Last updated: Oct 13, 2023 at 9 a.m.", "2023-10-13T09:00", "updated"],
    [
      "Published: Thursday, October 12, 2023 3:45 PM EDT",
      "2023-10-12T15:45-04:00",
      "published",
    ],
    ["Thu 12 Oct 2023 14.30 BST", "2023-10-12T14:30+01:00", "plain"],
    ["12 October 2023, 14:30 (GMT)", "2023-10-12T14:30Z", "plain"],
    ["October 12, 2023 at 10:15 a.m. ET", "2023-10-12T10:15", "plain"],
    ["3:45 PM ET, Thu October 12, 2023", "2023-10-12T15:45", "plain"],
    ["12 Oct 2023 18:00 UTC+3", "2023-10-12T18:00+03:00", "plain"],
    ["12:00 am, 1 Jan 2024", "2024-01-01T00:00", "plain"],
  ];
  it.each(table)("%s -> %s (%s)", (line, iso, kind) => {
    expect(parseDateLine(line)).toEqual([{ iso, kind }]);
  });

  it("reads both dates of a line that gives two", () => {
    expect(
      parseDateLine("Published Oct 12, 2023 | Updated Oct 13, 2023 08:00 GMT"),
    ).toEqual([
      { iso: "2023-10-12", kind: "published" },
      { iso: "2023-10-13T08:00Z", kind: "updated" },
    ]);
  });
});

describe("parseDateLine: text that only looks like a date", () => {
  const lookAlikes: [string, string][] = [
    ["a sentence with a date in it", "The talks of October 12, 2023 failed."],
    ["no year", "October 12"],
    ["a month and year only", "October 2023"],
    ["a day the calendar lacks", "February 30, 2023"],
    ["not a leap year", "29 Feb 2023"],
    ["an impossible ISO date", "2023-13-45"],
    ["an ambiguous numeric date", "10/12/2023"],
    ["a year alone", "2023"],
    ["a headline with a year", "Budget 2024 passes"],
    ["a word that is not a month", "Article 12, 2023"],
    ["an hour past the clock", "October 12, 2023 25:00"],
    ["pm on an hour that has none", "October 12, 2023 14:00 pm"],
    ["an unknown zone", "October 12, 2023 14:00 XYZ"],
    ["a zone without a time", "October 12, 2023 EDT"],
    ["a prefix alone", "Updated"],
    ["a byline", "By Jo Roe"],
    ["a figure", "12 million 2023"],
  ];
  it.each(lookAlikes)("%s: %s", (_, line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe("articleDates", () => {
  it("takes the published date, and a separate updated one", () => {
    expect(
      articleDates([
        { iso: "2023-10-13", kind: "updated" },
        { iso: "2023-10-12", kind: "published" },
      ]),
    ).toEqual({ date: "2023-10-12", updated: "2023-10-13" });
  });
  it("takes an updated date alone as the date", () => {
    expect(articleDates([{ iso: "2023-10-13", kind: "updated" }])).toEqual({
      date: "2023-10-13",
      updated: null,
    });
  });
  it("is undated without date lines", () => {
    expect(articleDates([])).toEqual({ date: null, updated: null });
  });
});

describe("date lines in the header", () => {
  const blocks = (text: string) => {
    const b = splitBlocks(text);
    const s = (span: { start: number; end: number } | null) =>
      span ? text.slice(span.start, span.end) : null;
    return {
      standfirst: s(b.standfirst),
      byline: s(b.byline),
      paragraphs: b.paragraphs.map(s),
      dates: b.dates.map((date) => date.iso),
    };
  };

  it("after the byline: out of the body", () => {
    expect(
      blocks("Dam opens\n\nA dek.\n\nBy Jo Roe\n\nOctober 12, 2023\n\nBody."),
    ).toEqual({
      standfirst: "A dek.",
      byline: "Jo Roe",
      paragraphs: ["Body."],
      dates: ["2023-10-12"],
    });
  });

  it("between title and byline: not taken for a standfirst", () => {
    expect(blocks("Dam opens\n\n12 Oct 2023\n\nBy Jo Roe\n\nBody.")).toEqual({
      standfirst: null,
      byline: "Jo Roe",
      paragraphs: ["Body."],
      dates: ["2023-10-12"],
    });
  });

  it("between standfirst and byline: the standfirst stays", () => {
    expect(
      blocks("Dam opens\n\nA dek.\n\nPublished: 2023-10-12\n\nBy Jo Roe\n\nB."),
    ).toMatchObject({ standfirst: "A dek.", byline: "Jo Roe" });
  });

  it("at the end of the byline: the names without it", () => {
    expect(
      blocks("Dam opens\n\nBy Jo Roe | October 12, 2023\n\nBody."),
    ).toMatchObject({ byline: "Jo Roe", dates: ["2023-10-12"] });
    expect(
      blocks("Dam opens\n\nBy Jo Roe, 12 Oct 2023\n\nBody."),
    ).toMatchObject({ byline: "Jo Roe", dates: ["2023-10-12"] });
  });

  it("a date line deep in the body is body text", () => {
    const text =
      "Dam opens\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nOctober 12, 2023";
    expect(blocks(text)).toMatchObject({ dates: [] });
    expect(blocks(text).paragraphs).toContain("October 12, 2023");
  });

  it("extractArticle gives date and updated", () => {
    const article = extractArticle(
      "Dam opens\n\nBy Jo Roe\n\nPublished 12 Oct 2023\n\nUpdated 13 Oct 2023 09:00 BST\n\n“It works,” Jo Roe said.",
    );
    expect(article).toMatchObject({
      date: "2023-10-12",
      updated: "2023-10-13T09:00+01:00",
      byline: "Jo Roe",
    });
    expect(article.quotes).toHaveLength(1);
    expect(extractArticle("Dam opens\n\nBody.").date).toBeNull();
  });
});

describe("parseDateLine on any text (property)", () => {
  it("never throws, and every date it gives is a real day in ISO 8601", () => {
    const words = fc.constantFrom(
      "Published:",
      "Updated",
      "October",
      "Oct.",
      "12",
      "31",
      "2023",
      "2023-10-12",
      "T14:30",
      "3:45",
      "PM",
      "EDT",
      "UTC+3",
      ",",
      "|",
      "at",
      "Thursday",
      "February",
      "29",
      "30",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words).map((parts) => parts.join(" ")),
        ),
        (line) => {
          for (const { iso } of parseDateLine(line) ?? []) {
            expect(iso).toMatch(
              /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/,
            );
            const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
            expect(day.toISOString().slice(0, 10)).toBe(iso.slice(0, 10));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
