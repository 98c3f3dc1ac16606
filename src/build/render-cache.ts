import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import type { RenderResult } from "../model/page.ts";

/** One route's last render, and what it was rendered from. */
interface Entry {
  /** Hash of the server renderer's code. */
  renderer: string;
  /** Every data module the render read, with the hash of its value then. */
  deps: [string, string][];
  result: RenderResult;
}

/** Changes when what an entry holds changes (2: payloads refer to data modules). */
const ENTRY_FORMAT = "2";

const hash = (text: string): string =>
  createHash("sha256").update(text).digest("hex");

/**
 * Hash of the server renderer: every file of its build folder (entry and chunks). Any
 * change to the app's code, or to data bundled into it, makes every entry stale.
 */
export async function rendererHash(serverDir: string): Promise<string> {
  const digest = createHash("sha256").update(ENTRY_FORMAT);
  const files = (
    await readdir(serverDir, { recursive: true, withFileTypes: true })
  )
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  // Relative names: the folder's own path depends on OUT_DIR, the code does not.
  for (const file of files)
    digest.update(path.relative(serverDir, file)).update(await readFile(file));
  return digest.digest("hex");
}

/**
 * Rendered pages kept between builds (gzipped JSON, one file per route, in
 * `node_modules/.cache/quote-reader/pages/`): a route is rendered again only when the
 * server renderer changed or a data module it read has another value. A rebuild after
 * one article changed renders that article's page and the list pages showing it.
 */
export class RenderCache {
  private readonly dir: string;
  private readonly renderer: string;
  private made: Promise<unknown> | undefined;

  constructor(dir: string, renderer: string) {
    this.dir = dir;
    this.renderer = renderer;
  }

  private file(route: string): string {
    return path.join(this.dir, `${hash(route).slice(0, 40)}.json.gz`);
  }

  /**
   * The cached result for `route` if it is still valid: `valueHash(path)` gives the
   * current hash of a data module's value.
   */
  async get(
    route: string,
    valueHash: (dataPath: string) => Promise<string>,
  ): Promise<RenderResult | undefined> {
    const bytes = await readFile(this.file(route)).catch(() => undefined);
    if (!bytes) return undefined;
    const entry = JSON.parse(gunzipSync(bytes).toString("utf8")) as Entry;
    if (entry.renderer !== this.renderer) return undefined;
    for (const [dataPath, stored] of entry.deps)
      if ((await valueHash(dataPath)) !== stored) return undefined;
    return entry.result;
  }

  /** Keeps a render and the data it read. */
  async set(
    route: string,
    deps: [string, string][],
    result: RenderResult,
  ): Promise<void> {
    this.made ??= mkdir(this.dir, { recursive: true });
    await this.made;
    const entry: Entry = { renderer: this.renderer, deps, result };
    // Level 1: a third of the size for little time; the cache is read back once per build.
    await writeFile(
      this.file(route),
      gzipSync(JSON.stringify(entry), { level: 1 }),
    );
  }
}

/** Hash of a data module's value, as the render cache compares them. */
export function valueHash(value: unknown): string {
  return hash(JSON.stringify(value) ?? "undefined");
}
