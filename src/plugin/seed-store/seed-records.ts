import { statSync } from "node:fs";
import type { SeedEncoding } from "../decode.ts";
import { type Outcome, type SeedText, signature } from "./read-entry.ts";
import type { SeedEntry } from "./seed-entries.ts";

/**
 * What a scan knew of a seed file, for the next scan to trust without reading it while
 * the file's size, times and inode stay the same.
 */
export interface SeedRecord {
  signature: string;
  hash: string;
  encoding: SeedEncoding;
  notes: string[];
}

/** Where a seed store keeps its records between runs (the extraction cache). */
export interface SeedIndex {
  load(): Promise<Map<string, SeedRecord>>;
  save(records: Map<string, SeedRecord>): Promise<void>;
}

/**
 * A file changed within one tick of its clock before a scan may change again without
 * its times changing: such a file is read again next time rather than trusted. Linux
 * and macOS file systems keep fractions of a second and tick every few milliseconds;
 * FAT and HFS+ keep two seconds or one. Whole-second change times say which it is.
 */
const SETTLED_MS = { fine: 100, coarse: 2500 };

/**
 * The outcome the record gives for an entry, if the file is a plain file with the
 * record's signature still: known unchanged, not read.
 */
export function trustedOutcome(
  entry: SeedEntry,
  record: SeedRecord | undefined,
): Outcome | undefined {
  if (!record || !entry.plainFile) return undefined;
  try {
    const info = statSync(entry.full);
    if (!info.isFile() || signature(info) !== record.signature)
      return undefined;
  } catch {
    return undefined;
  }
  const { signature: known, hash, encoding, notes } = record;
  return { text: undefined, hash, encoding, notes, signature: known };
}

/**
 * The records to keep of a scan's seeds, by file name: those read or trusted, but not
 * those changed less than `settledMs` (by default a tick of their file system's clock)
 * before the scan `started` (ms since 1970).
 */
export function recordsToKeep(
  texts: ReadonlyMap<string, SeedText>,
  started: number,
  settledMs?: number,
): Map<string, SeedRecord> {
  const changedAt = (signature: string | undefined): number =>
    Number(signature?.split(":")[2]);
  const fine = [...texts.values()].some(
    ({ signature }) => changedAt(signature) % 1000 !== 0,
  );
  const settled = settledMs ?? (fine ? SETTLED_MS.fine : SETTLED_MS.coarse);
  const records = new Map<string, SeedRecord>();
  for (const [file, { signature, hash, encoding, notes }] of texts)
    if (signature && changedAt(signature) < started - settled)
      records.set(file, { signature, hash, encoding, notes });
  return records;
}
