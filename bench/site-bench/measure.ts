import { execFile } from "node:child_process";
import { promisify } from "node:util";

/** A child process to its end, its output kept. */
export const execute = promisify(execFile);

/**
 * What `npm run build` and `npm run dev` set (package.json): Vite skips checking the
 * config's modules for its future native loader, a JavaScript parse of each (0.2 s);
 * Rolldown's allocator commits memory as it is used instead of whole arenas at once,
 * which the kernel backs with 2 MB pages it must clear first (0.3-0.5 s of CPU).
 */
export const AS_NPM_SCRIPTS = {
  VITE_CONFIG_NATIVE_IGNORE_WARNING: "true",
  MIMALLOC_ARENA_EAGER_COMMIT: "0",
};

/** Median of a few runs. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Before each timed step (a build, the browser's, the dev server's): writes still in the
 * kernel's cache (the seeds just generated, the last build's pages) go to disk first, so
 * that one step's writeback does not slow the next step's clock, ours or Eleventy's.
 */
export async function settleDisk(): Promise<void> {
  await execute("sync").catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 2000));
}

/** Milliseconds as seconds: `1.23 s`. */
export const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
/** Bytes as megabytes: `12 MB`. */
export const mb = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toFixed(0)} MB`;
/** Bytes as kilobytes: `1.2 KB`. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
