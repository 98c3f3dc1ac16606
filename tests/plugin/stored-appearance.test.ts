import { readdirSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArticleFile } from "../../src/plugin/extraction-cache/article-file.ts";
import { storedAppearance } from "../../src/plugin/stored-appearance.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "stored-appearance-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("storedAppearance", () => {
  it("gives back an appearance's quotes as they were, in any script, and leaves no file", () => {
    const keep = storedAppearance(ArticleFile.spill(dir));
    const quotes = [
      { id: "q-1", text: "Nobody likes paying more", cue: "said" },
      {
        id: "q-3",
        text: "Ça coûte — 日本",
        cue: null,
        uncertain: true as const,
      },
    ];
    const kept = keep({ slug: "ferry", title: "Ferry", date: null, quotes });
    const other = keep({
      slug: "b",
      title: "B",
      date: "2024-01-02",
      quotes: [],
    });
    expect(kept).toEqual({ slug: "ferry", title: "Ferry", date: null, quotes });
    expect(JSON.parse(JSON.stringify(kept))).toEqual(kept);
    expect(other.quotes).toEqual([]);
    expect(structuredClone(kept)).toEqual(kept);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("ArticleFile.spill", () => {
  it("gives back every appended piece where append said, read at once or later, past megabytes", () => {
    const spill = ArticleFile.spill(dir);
    const pieces: [offset: number, text: string][] = [];
    for (let n = 0; n < 3000; n += 1) {
      const text = `{"n":${n},"text":"${"é日".repeat(n % 400)}"}`;
      pieces.push([spill.append(Buffer.from(text)), text]);
      // Some read back at once, before the next append.
      if (n % 7 === 0)
        expect(
          spill.bytes(pieces[n]?.[0] ?? 0, Buffer.byteLength(text)).toString(),
        ).toBe(text);
    }
    for (const [offset, text] of pieces)
      expect(spill.bytes(offset, Buffer.byteLength(text)).toString()).toBe(
        text,
      );
  });
});

describe("ArticleFile.lines", () => {
  it("finds every line by its key, across reads and longer than one read, and reads each back", async () => {
    const key = (n: number): string => n.toString(16).padStart(64, "0");
    const lines = Array.from(
      { length: 5000 },
      (_, n) =>
        `${key(n)}\t${"x".repeat(n === 2500 ? 20 * 1024 * 1024 : n + 1)}\n`,
    );
    const file = path.join(dir, "lines.pack");
    writeFileSync(file, lines.join(""), "latin1");
    const found = await ArticleFile.open(file)!.lines(new Map());
    expect(found.size).toBe(lines.length);
    let offset = 0;
    lines.forEach((line, n) => {
      const stored = found.get(key(n));
      expect([stored?.offset, stored?.length]).toEqual([offset, line.length]);
      offset += line.length;
    });
    // Read back in order (read ahead), then out of it.
    for (const n of [...lines.keys(), 4999, 7, 2500, 2501, 0]) {
      const stored = found.get(key(n))!;
      expect(stored.file.text(stored.offset, stored.length)).toBe(lines[n]);
    }
    const last = found.get(key(4999))!;
    expect(last.file.text(last.offset, 70)).toBe(`${key(4999)}\txxxxx`);
  });
});
