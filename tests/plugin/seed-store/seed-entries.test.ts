import type { Dirent } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedEntries } from "../../../src/plugin/seed-store/seed-entries.ts";

/** A listing's entry with the raw name `name`: a file, or a folder. */
const dirent = (name: Buffer, file = true): Dirent<Buffer> =>
  ({ name, isFile: () => file }) as Dirent<Buffer>;

describe("seedEntries", () => {
  it("sorts by code point and opens a UTF-8 name by its path", () => {
    const entries = seedEntries("/seeds", [
      dirent(Buffer.from("b.txt")),
      dirent(Buffer.from("Z.txt")),
      dirent(Buffer.from("a"), false),
    ]);
    expect(entries.map(({ name }) => name)).toEqual(["Z.txt", "a", "b.txt"]);
    expect(entries[0]).toEqual({
      name: "Z.txt",
      full: path.join("/seeds", "Z.txt"),
      plainFile: true,
      legacyName: false,
    });
    expect(entries[1]?.plainFile).toBe(false);
  });

  it("reads a name that is not UTF-8 as Windows-1252, opened by its bytes", () => {
    const raw = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74]);
    const [entry] = seedEntries("/seeds", [dirent(raw)]);
    expect(entry?.name).toBe("café.txt");
    expect(entry?.legacyName).toBe(true);
    expect(entry?.full).toEqual(Buffer.concat([Buffer.from("/seeds/"), raw]));
  });

  it("adds the bytes in hex to a legacy name that clashes with another", () => {
    const raw = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74]);
    const names = seedEntries("/seeds", [
      dirent(raw),
      dirent(Buffer.from("café.txt")),
    ]).map(({ name }) => name);
    expect(names).toEqual(["café.txt", "café.txt [636166e92e747874]"]);
  });
});
