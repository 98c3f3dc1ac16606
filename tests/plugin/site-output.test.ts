import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentHash } from "../../src/plugin/output-files.ts";
import { SiteOutput } from "../../src/plugin/site-output.ts";

let dir: string;
let cache: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "site-output-"));
  cache = await mkdtemp(path.join(tmpdir(), "site-output-cache-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
});

/** Every file of the folder, relative, sorted. */
async function listing(): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** One build: data modules, then a page reading `data/a.js`, rendered unless kept. */
async function build(
  files: Record<string, string>,
  renderer = "r1",
): Promise<{ output: SiteOutput; rendered: boolean }> {
  const output = await SiteOutput.open(dir, cache, "report.json");
  await output.writeFiles(Object.entries(files));
  let rendered = false;
  if (!output.keepPage("/", renderer)) {
    rendered = true;
    const html = `<p>${files["data/a.js"] ?? ""}</p>`;
    await writeFile(path.join(dir, "index.html"), html);
    output.recordPage("/", "index.html", "h-" + html, {
      renderer,
      read: ["data/a.js"],
    });
  }
  await output.finish("{}");
  return { output, rendered };
}

describe("SiteOutput", () => {
  it("writes everything the first time, then only what changed", async () => {
    const first = await build({ "data/a.js": "A", "data/b.js": "B" });
    // Two modules and the page.
    expect(first.output.written).toBe(3);
    expect(first.rendered).toBe(true);
    const before = (await stat(path.join(dir, "data/b.js"))).mtimeMs;

    const same = await build({ "data/a.js": "A", "data/b.js": "B" });
    expect(same.output.written).toBe(0);
    expect(same.rendered).toBe(false);

    const changed = await build({ "data/a.js": "A2", "data/b.js": "B" });
    expect(changed.output.written).toBe(2);
    expect(changed.rendered).toBe(true);
    expect(await readFile(path.join(dir, "data/a.js"), "utf8")).toBe("A2");
    expect((await stat(path.join(dir, "data/b.js"))).mtimeMs).toBe(before);
  });

  it("gives a recorded file's bytes back, not those of a file changed by hand, even one an earlier build read", async () => {
    const read = async (): Promise<(string | undefined)[]> => {
      const output = await SiteOutput.open(dir, cache, "report.json");
      await output.writeFiles([
        ["data/a.js", "A"],
        ["data/b.js", "B"],
      ]);
      const bytes = ["data/a.js", "data/none.js"].map((relative) =>
        output.recorded(relative)?.toString(),
      );
      await output.finish("{}");
      return bytes;
    };
    expect(await read()).toEqual(["A", undefined]);
    // Read again by a build that trusts what the last one found.
    expect(await read()).toEqual(["A", undefined]);
    // The same size, written later.
    await writeFile(path.join(dir, "data/a.js"), "Z");
    expect(await read()).toEqual([undefined, undefined]);
    expect(await read()).toEqual([undefined, undefined]);
    await rm(path.join(dir, "data/a.js"));
    expect(await read()).toEqual(["A", undefined]);
  });

  it("renders every page again when the renderer changed", async () => {
    await build({ "data/a.js": "A" });
    expect((await build({ "data/a.js": "A" }, "r2")).rendered).toBe(true);
  });

  it("deletes the files the last build wrote and this one does not, and their emptied folders", async () => {
    await build({ "data/a.js": "A", "data/gone.js": "G", "old/x/y.js": "Y" });
    await build({ "data/a.js": "A" });
    expect(await listing()).toEqual([
      ".quote-reader-files",
      "data/a.js",
      "index.html",
      "report.json",
    ]);
    expect((await readdir(dir)).sort()).toEqual([
      ".quote-reader-files",
      "data",
      "index.html",
      "report.json",
    ]);
  });

  it("writes everything again when the folder no longer holds the last build", async () => {
    await build({ "data/a.js": "A" });
    await rm(path.join(dir, "report.json"));
    const again = await build({ "data/a.js": "A" });
    expect(again.output.written).toBe(2);
    expect(again.rendered).toBe(true);
  });

  it("after a failed build, writes everything again", async () => {
    await build({ "data/a.js": "A" });
    // A build that fails after opening the folder never writes its report.
    await SiteOutput.open(dir, cache, "report.json");
    const again = await build({ "data/a.js": "A" });
    expect(again.output.written).toBe(2);
  });

  it("empties the folder of what earlier builds wrote, without the cache, folders too", async () => {
    await build({ "data/a.js": "A", "old/x/y.js": "Y" });
    // The cache is gone (`npm ci`, another machine): the folder's list still says whose.
    await rm(path.join(cache, "output"), { recursive: true });
    const fresh = await SiteOutput.open(dir, cache, "report.json");
    fresh.clear(undefined, false);
    expect(await listing()).toEqual([".quote-reader-files"]);
    expect((await readdir(dir)).sort()).toEqual([".quote-reader-files"]);
  });

  it("lists its own files in the folder, so a build without the cache still knows them", async () => {
    await build({ "data/a.js": "A" });
    expect(
      (await readFile(path.join(dir, ".quote-reader-files"), "utf8")).split(
        "\n",
      ),
    ).toEqual([
      ".quote-reader-files",
      "data/a.js",
      "index.html",
      "report.json",
      "",
    ]);
  });

  it("stops before deleting files no build wrote, naming them, unless told to clean", async () => {
    await build({ "data/a.js": "A" });
    await writeFile(path.join(dir, "notes.txt"), "mine");
    const output = await SiteOutput.open(dir, cache, "report.json");
    expect(() => output.clear(undefined, false)).toThrow(
      /holds a file no build of this site wrote \(notes\.txt\)/,
    );
    expect(await listing()).toContain("notes.txt");
    expect(await listing()).toContain("data/a.js");
    output.clear(undefined, true);
    expect(await listing()).not.toContain("notes.txt");
  });

  it("takes what a build that did not finish wrote as its own", async () => {
    await build({ "data/a.js": "A" });
    // A build clears the folder, writes a new page, and fails before finishing.
    const failed = await SiteOutput.open(dir, cache, "report.json");
    failed.clear(undefined, false);
    await mkdir(path.join(dir, "articles/new"), { recursive: true });
    await writeFile(path.join(dir, "articles/new/index.html"), "new");
    const next = await SiteOutput.open(dir, cache, "report.json");
    expect(() => next.clear(undefined, false)).not.toThrow();
    expect(await listing()).not.toContain("articles/new/index.html");
  });

  it("takes a folder an older build wrote (its report, no list) as all its own", async () => {
    await build({ "data/a.js": "A" });
    await rm(path.join(dir, ".quote-reader-files"));
    await writeFile(path.join(dir, "stale-asset.js"), "old");
    await rm(path.join(cache, "output"), { recursive: true });
    const output = await SiteOutput.open(dir, cache, "report.json");
    output.clear(undefined, false);
    expect(await listing()).toEqual([".quote-reader-files"]);
  });

  it("ignores a damaged manifest", async () => {
    await build({ "data/a.js": "A" });
    const [manifest] = await readdir(path.join(cache, "output"));
    await writeFile(path.join(cache, "output", manifest ?? ""), "{not json");
    const again = await build({ "data/a.js": "A" });
    expect(again.output.written).toBe(2);
  });
});

describe("SiteOutput, files deleted by hand", () => {
  it("writes again a file deleted since the last build, and renders its page again", async () => {
    await build({ "data/a.js": "A", "data/b.js": "B" });
    await rm(path.join(dir, "data/b.js"));
    await rm(path.join(dir, "index.html"));
    const again = await build({ "data/a.js": "A", "data/b.js": "B" });
    expect(again.rendered).toBe(true);
    expect(await readFile(path.join(dir, "data/b.js"), "utf8")).toBe("B");
    expect(again.output.written).toBe(2);
  });
});

describe("SiteOutput, versioned files", () => {
  async function record(
    version: string,
    contents: string,
  ): Promise<{ changed: boolean; made: boolean }> {
    const output = await SiteOutput.open(dir, cache, "report.json");
    let made = false;
    const changed = output.recordVersioned("data/v.js", version, () => {
      made = true;
      return contents;
    });
    if (changed) {
      // As a prerendering thread does: it writes the file and gives its hash.
      await mkdir(path.join(dir, "data"), { recursive: true });
      await writeFile(path.join(dir, "data/v.js"), contents);
      output.recordHash("data/v.js", contentHash(contents));
    }
    await output.finish("{}");
    return { changed, made };
  }

  it("leaves a file the last build did not write to its writer to make", async () => {
    expect(await record("v1", "A")).toEqual({ changed: true, made: false });
  });

  it("knows a file of the same version unchanged without making it", async () => {
    await record("v1", "A");
    expect(await record("v1", "A")).toEqual({ changed: false, made: false });
  });

  it("makes a file of a new version and compares it: the same contents are unchanged", async () => {
    await record("v1", "A");
    expect(await record("v2", "A")).toEqual({ changed: false, made: true });
    expect(await record("v3", "B")).toEqual({ changed: true, made: true });
  });
});

describe("SiteOutput.writeVersionedFiles", () => {
  /** One build writing `data/v.js` at a version; whether its contents were made. */
  async function writeAt(
    version: string | undefined,
    contents: string,
  ): Promise<{ made: boolean; written: number }> {
    const output = await SiteOutput.open(dir, cache, "report.json");
    let made = false;
    await output.writeVersionedFiles([
      [
        "data/v.js",
        version,
        () => {
          made = true;
          return contents;
        },
      ],
    ]);
    await output.finish("{}");
    return { made, written: output.written };
  }

  const onDisk = (): Promise<string> =>
    readFile(path.join(dir, "data/v.js"), "utf8");

  it("writes a new file, then keeps it at the same version without making it", async () => {
    expect(await writeAt("v1", "A")).toEqual({ made: true, written: 1 });
    expect(await onDisk()).toBe("A");
    expect(await writeAt("v1", "A")).toEqual({ made: false, written: 0 });
    expect(await onDisk()).toBe("A");
  });

  it("at a new version, writes the file only if its contents changed", async () => {
    await writeAt("v1", "A");
    expect(await writeAt("v2", "A")).toEqual({ made: true, written: 0 });
    expect(await writeAt("v3", "B")).toEqual({ made: true, written: 1 });
    expect(await onDisk()).toBe("B");
  });

  it("without a version, compares contents as writeFiles does", async () => {
    await writeAt(undefined, "A");
    expect(await writeAt(undefined, "A")).toEqual({ made: true, written: 0 });
    expect(await writeAt(undefined, "C")).toEqual({ made: true, written: 1 });
    expect(await onDisk()).toBe("C");
  });
});

describe("SiteOutput.writePieces", () => {
  /** One build writing `exports/all.csv` from pieces; whether they were made. */
  async function writeAt(
    version: string | undefined,
    pieces: (string | Uint8Array)[],
  ): Promise<{ made: boolean; written: number; owned: string }> {
    const output = await SiteOutput.open(dir, cache, "report.json");
    let made = false;
    await output.writePieces("exports/all.csv", version, function* () {
      made = true;
      yield* pieces;
    });
    await output.finish("{}");
    const owned = await readFile(path.join(dir, ".quote-reader-files"), "utf8");
    return { made, written: output.written, owned };
  }

  const onDisk = (): Promise<string> =>
    readFile(path.join(dir, "exports/all.csv"), "utf8");

  it("writes the pieces (text or bytes) as one file the build owns, hashed as if written whole", async () => {
    const first = await writeAt("v1", [
      "a,b\r\n",
      Buffer.from("“1”,2\r\n"),
      "3,4\r\n",
    ]);
    expect(first).toMatchObject({ made: true, written: 1 });
    expect(first.owned.split("\n")).toContain("exports/all.csv");
    expect(await onDisk()).toBe("a,b\r\n“1”,2\r\n3,4\r\n");
    // The same contents written whole by the next build: unchanged.
    const output = await SiteOutput.open(dir, cache, "report.json");
    output.writeFile("exports/all.csv", "a,b\r\n“1”,2\r\n3,4\r\n");
    expect(output.written).toBe(0);
  });

  it("keeps the file at the same version without making it, and writes a new version", async () => {
    await writeAt("v1", ["A"]);
    expect(await writeAt("v1", ["B"])).toMatchObject({
      made: false,
      written: 0,
    });
    expect(await onDisk()).toBe("A");
    expect(await writeAt("v2", ["B"])).toMatchObject({
      made: true,
      written: 1,
    });
    expect(await onDisk()).toBe("B");
  });

  it("deletes the file when a later build no longer writes it", async () => {
    await writeAt(undefined, ["A"]);
    await build({ "data/a.js": "A" });
    expect(await listing()).not.toContain(path.join("exports", "all.csv"));
  });
});
