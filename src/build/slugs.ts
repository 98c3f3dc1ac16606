import { createHash } from "node:crypto";

/**
 * Lower-case, ASCII, hyphen-separated form of a file's base name.
 * `"Putin’s War (2).txt"` -> `"putins-war-2"`.
 */
export function slugify(fileName: string): string {
  const base = fileName.replace(/\.txt$/i, "");
  const slug = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "article";
}

function shortHash(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 6);
}

/**
 * Gives every file a distinct, URL-safe slug that does not depend on which other files
 * exist, except where two names collide: a file whose name is exactly its slug keeps it,
 * the others get a hash of their own name. `Foo.txt` and `foo.txt` -> `foo-3f2a1b`, `foo`.
 */
export function assignSlugs(fileNames: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const file of fileNames) {
    const base = slugify(file);
    byBase.set(base, [...(byBase.get(base) ?? []), file]);
  }
  const slugs = new Map<string, string>();
  for (const [base, files] of byBase) {
    for (const file of files) {
      const canonical = files.length === 1 || file === `${base}.txt`;
      slugs.set(file, canonical ? base : `${base}-${shortHash(file)}`);
    }
  }
  return slugs;
}
