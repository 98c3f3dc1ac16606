import { cp, readFile, symlink } from "node:fs/promises";
import path from "node:path";
import { AS_NPM_SCRIPTS, execute } from "./measure.ts";

/** This project's folder, which the bench copies before building. */
const PROJECT = path.resolve(import.meta.dirname, "../..");

/**
 * Copies the project's files (not node_modules, which is linked) into `dir` and builds
 * from there: edits made to the working tree while the bench runs (other people's, an
 * editor's) must not land between the cold build and the rebuild. Returns `dir`.
 */
export async function snapshot(dir: string): Promise<string> {
  const skip = new Set([".git", "node_modules", "dist", "coverage"]);
  await cp(PROJECT, dir, {
    recursive: true,
    filter: (source) =>
      !skip.has(path.relative(PROJECT, source).split(path.sep)[0] ?? ""),
  });
  await symlink(
    path.join(PROJECT, "node_modules"),
    path.join(dir, "node_modules"),
    "dir",
  );
  return dir;
}

/** One `vite build`: its wall time, the phases and peak memory it wrote, its folder. */
export interface BuildResult {
  wallMs: number;
  phases: Record<string, number>;
  peakRssBytes: number;
  outDir: string;
}

/**
 * `vite build` of the project copy at `root` in a child process, as a user runs it. The
 * extraction cache is `cache/` in `work` (the cold build fills it, the rebuild uses it)
 * unless `cacheDir` is given.
 */
export async function viteBuild(
  root: string,
  work: string,
  seedsDir: string,
  label: string,
  outDir = path.join(work, `out-${label}`),
  cacheDir = path.join(work, "cache"),
): Promise<BuildResult> {
  const timings = path.join(work, `timings-${label}.json`);
  const start = performance.now();
  await execute(
    path.join(root, "node_modules/.bin/vite"),
    ["build", "--logLevel", "warn"],
    {
      cwd: root,
      env: {
        ...process.env,
        SEEDS_DIR: seedsDir,
        OUT_DIR: outDir,
        QUOTE_READER_TIMINGS: timings,
        QUOTE_READER_CACHE: cacheDir,
        NODE_ENV: "production",
        ...AS_NPM_SCRIPTS,
      },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const wallMs = performance.now() - start;
  const { peakRssBytes, ...phases } = JSON.parse(
    await readFile(timings, "utf8"),
  ) as Record<string, number>;
  return { wallMs, phases, peakRssBytes: peakRssBytes ?? 0, outDir };
}
