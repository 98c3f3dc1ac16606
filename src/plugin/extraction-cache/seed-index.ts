import { readFile } from "node:fs/promises";
import { replaceFile } from "../replace-file.ts";
import type { SeedIndex, SeedRecord } from "../seed-store/seed-records.ts";

/**
 * A seed store's records (see `SeedIndex`) kept in one JSON file, `file()`: an array of
 * `[name, signature, hash, encoding, notes]`, such as
 * `["ferry.txt", "812:1700000000000:1700000000000:42", "9f86d0…", "utf-8", []]`.
 * A missing file holds no records, and an entry of any other shape is left out: its seed
 * is read again.
 */
export function seedIndexFile(file: () => Promise<string>): SeedIndex {
  return {
    load: async () => {
      const entries = JSON.parse(
        await readFile(await file(), "utf8").catch(() => "[]"),
      ) as unknown;
      const records = new Map<string, SeedRecord>();
      if (!Array.isArray(entries)) return records;
      for (const entry of entries as unknown[]) {
        if (!Array.isArray(entry)) continue;
        const [name, signature, hash, encoding, notes] = entry as unknown[];
        if (
          typeof name === "string" &&
          typeof signature === "string" &&
          typeof hash === "string" &&
          typeof encoding === "string" &&
          Array.isArray(notes)
        )
          records.set(name, {
            signature,
            hash,
            encoding: encoding as SeedRecord["encoding"],
            notes: notes.map(String),
          });
      }
      return records;
    },
    save: async (records) => {
      const entries = [...records].map(
        ([name, { signature, hash, encoding, notes }]) => [
          name,
          signature,
          hash,
          encoding,
          notes,
        ],
      );
      await replaceFile(await file(), JSON.stringify(entries));
    },
  };
}
