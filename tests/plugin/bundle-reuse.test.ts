import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bundleKey } from "../../src/plugin/bundle-reuse.ts";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "bundle-key-"));
  await mkdir(path.join(root, "src/app"), { recursive: true });
  await mkdir(path.join(root, "seeds"));
  await writeFile(path.join(root, "index.html"), "<div id=root></div>");
  await writeFile(path.join(root, "src/app/main.tsx"), "render();");
  await writeFile(path.join(root, "seeds/a.txt"), "Title\n\nText.");
});

afterEach(() => rm(root, { recursive: true, force: true }));

describe("bundleKey", () => {
  it("is the same for the same app, whatever the seeds", async () => {
    const before = bundleKey(root, { base: "/" });
    await writeFile(path.join(root, "seeds/a.txt"), "Another title\n\nText.");
    await writeFile(path.join(root, "seeds/b.txt"), "New\n\nArticle.");
    expect(bundleKey(root, { base: "/" })).toBe(before);
  });

  it.each([
    ["an edited source file", "src/app/main.tsx", "render(2);"],
    ["a new source file", "src/app/extra.ts", "export {};"],
    ["a new public file", "public/robots.txt", "User-agent: *"],
    ["an edited page template", "index.html", "<main id=root></main>"],
    ["another lockfile", "package-lock.json", "{}"],
  ])("changes with %s", async (_, file, contents) => {
    const before = bundleKey(root, { base: "/" });
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), contents);
    expect(bundleKey(root, { base: "/" })).not.toBe(before);
  });

  it("changes with the options (another base path)", async () => {
    expect(bundleKey(root, { base: "/news/" })).not.toBe(
      bundleKey(root, { base: "/" }),
    );
  });
});
