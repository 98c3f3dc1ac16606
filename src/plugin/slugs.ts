import { createHash } from "node:crypto";

/** Latin letters that Unicode does not decompose into a base letter plus an accent. */
const LETTERS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ð: "d",
  þ: "th",
  đ: "d",
  ł: "l",
  ı: "i",
};

/**
 * Lower-case, ASCII, hyphen-separated form of a file's base name.
 * `"Putin’s War (2).txt"` -> `"putins-war-2"`.
 */
export function slugify(fileName: string): string {
  return asciiSlug(fileName) || "article";
}

/** The slug's ASCII words; empty for a name with none (`Путин.txt`). */
function asciiSlug(fileName: string): string {
  const base = fileName.replace(/\.txt$/i, "");
  const slug = base
    .normalize("NFKD")
    .replace(/[ßæœøðþđłı]/giu, (letter) => LETTERS[letter.toLowerCase()] ?? "")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug;
}

function hashOf(value: string, length: number): string {
  return createHash("sha256").update(value).digest("hex").slice(0, length);
}

/** Hex digits of the file name's hash in a slug that needs one; more only on a clash. */
const HASH_LENGTH = 6;

/**
 * Gives every file a distinct, URL-safe slug (`[a-z0-9-]`) that depends only on the set
 * of names, never on their order. A name that is alone on its slug keeps it; names that
 * clash (`Foo.txt`, `foo.txt`, `FOO .txt`) keep it only if the name is exactly
 * `<slug>.txt`, the others get a hash of their own name: `foo-3f2a1b`, `foo`.
 * A name without ASCII letters or digits always gets `article-<hash>`.
 * Adding a file whose name clashes with an existing one is the only thing that can
 * change that file's slug.
 */
export function assignSlugs(fileNames: readonly string[]): Map<string, string> {
  const names = [...new Set(fileNames)].sort();
  const byBase = new Map<string, string[]>();
  for (const file of names) {
    // A name without ASCII words always gets a hash: `Путин.txt` -> `article-5263e9`.
    const base = asciiSlug(file) || `\0article`;
    byBase.set(base, [...(byBase.get(base) ?? []), file]);
  }
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  const hashed: [string, string][] = [];
  for (const [key, files] of byBase) {
    const base = key.replace("\0", "");
    for (const file of files) {
      if (key === base && (files.length === 1 || file === `${base}.txt`)) {
        slugs.set(file, base);
        taken.add(base);
      } else {
        hashed.push([file, base]);
      }
    }
  }
  // A hashed slug could, in theory, be another file's plain one (`foo-3f2a1b.txt`).
  for (const [file, base] of hashed) {
    let length = HASH_LENGTH;
    let slug = `${base}-${hashOf(file, length)}`;
    while (taken.has(slug) && length < 64) {
      length += 2;
      slug = `${base}-${hashOf(file, length)}`;
    }
    slugs.set(file, slug);
    taken.add(slug);
  }
  return slugs;
}
