import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";

/**
 * A temporary name beside `target`, unique to this process and call: a file written
 * there and renamed over `target` replaces it whole, even with two builds at once.
 */
export function temporaryBeside(target: string): string {
  return `${target}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
}

/**
 * Replaces `target` with `contents` whole: written beside it, then renamed over it, so a
 * reader never sees half a file. The temporary file is removed if anything fails.
 */
export async function replaceFile(
  target: string,
  contents: string,
): Promise<void> {
  const temporary = temporaryBeside(target);
  try {
    await writeFile(temporary, contents);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
