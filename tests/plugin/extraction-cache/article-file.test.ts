import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArticleFile } from "../../../src/plugin/extraction-cache/article-file.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "article-file-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
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
