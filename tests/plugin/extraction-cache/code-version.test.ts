import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  VERSIONED_FILES,
  VERSIONED_FOLDERS,
  codeVersion,
} from "../../../src/plugin/extraction-cache/code-version.ts";

const SRC = fileURLToPath(new URL("../../../src/", import.meta.url));

/**
 * The files of ours a module imports at run time, relative to `src/`: type-only
 * imports (`import type { Article } from ...`) change no output and are left out.
 */
function runtimeImports(file: string): string[] {
  const source = readFileSync(path.join(SRC, file), "utf8");
  const imports: string[] = [];
  for (const [statement, target] of source.matchAll(
    /^(?:import|export)\s[^;]*?\sfrom\s+"(\.{1,2}\/[^"]+)"/gmu,
  ))
    if (!/^(import|export)\s+type\s/u.test(statement) && target)
      imports.push(path.join(path.dirname(file), target));
  return imports;
}

/** Every file reached from `entries` by run-time imports, relative to `src/`. */
function importedFrom(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...runtimeImports(file));
  }
  return seen;
}

describe("codeVersion", () => {
  it("hashes every file that decides an article's or a speaker's data module", () => {
    const versioned = (file: string): boolean =>
      VERSIONED_FILES.includes(file) ||
      VERSIONED_FOLDERS.some((folder) => file.startsWith(folder));
    const reached = importedFrom([
      "plugin/articles.ts",
      "plugin/data-modules.ts",
      "plugin/site-data.ts",
      "plugin/speakers.ts",
      "plugin/extraction-cache/stored-article.ts",
    ]);
    expect(reached).toContain("extract/index.ts");
    expect([...reached].filter((file) => !versioned(file))).toEqual([]);
  });

  it("names files that exist", () => {
    for (const file of VERSIONED_FILES)
      expect(() => readFileSync(path.join(SRC, file))).not.toThrow();
  });

  it("is the same on every call: 16 hex digits", async () => {
    const version = await codeVersion();
    expect(version).toMatch(/^[0-9a-f]{16}$/u);
    expect(await codeVersion()).toBe(version);
  });
});
