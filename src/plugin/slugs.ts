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
  return asciiWords(fileName.replace(/\.txt$/i, ""))
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** `"Putin’s War (2)"` -> `"putins-war-2"`, however long. */
function asciiWords(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[ßæœøðþđłı]/giu, (letter) => LETTERS[letter.toLowerCase()] ?? "")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function hashOf(value: string, length: number): string {
  return createHash("sha256").update(value).digest("hex").slice(0, length);
}

/** Hex digits of the file name's hash in a slug that needs one; more only on a clash. */
const HASH_LENGTH = 6;

/**
 * `base` and a hash of `file` (`harbour-plan-3f2a1b`), the hash lengthened until the
 * slug is not in `taken`.
 */
function hashedSlug(
  base: string,
  file: string,
  taken: ReadonlySet<string>,
): string {
  let length = HASH_LENGTH;
  let slug = `${base}-${hashOf(file, length)}`;
  while (taken.has(slug) && length < 64) {
    length += 2;
    slug = `${base}-${hashOf(file, length)}`;
  }
  return slug;
}

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
    const slug = hashedSlug(base, file, taken);
    slugs.set(file, slug);
    taken.add(slug);
  }
  return slugs;
}

/**
 * A file name that is only an identifier, digits and hex in groups, with no words to
 * make a URL of: `000_73264b24164e66dd.txt`, `5f3c9a1e-0b2d.txt`; not `2023 budget.txt`.
 */
export function isIdentifierName(fileName: string): boolean {
  const base = fileName.replace(/\.txt$/i, "");
  return (
    /^[0-9a-f]+(?:[_-][0-9a-f]+)*$/i.test(base) &&
    /\d/.test(base) &&
    base.replace(/[_-]/g, "").length >= MIN_IDENTIFIER_DIGITS
  );
}

/** Fewer hex digits than this is a short name (`a1.txt`, `2024.txt`), kept as it is. */
const MIN_IDENTIFIER_DIGITS = 8;

/** Longest slug made from a title; cut at a word. */
const MAX_TITLE_SLUG = 80;

/**
 * Slugs from titles for the files named by an identifier ({@link isIdentifierName}):
 * `000_73264b24164e66dd.txt` titled `Putin blames US for Hamas attack` ->
 * `putin-blames-us-for-hamas-attack`. `taken` holds every other article's slug. A title
 * slug that is taken, or that two such files share, gets a hash of its file's name
 * (`harbour-plan-3f2a1b`), as in {@link assignSlugs}; a title without ASCII words keeps
 * the file's slug. Returns file -> slug for the files given.
 */
export function titleSlugs(
  files: readonly { file: string; title: string; slug: string }[],
  taken: ReadonlySet<string>,
): Map<string, string> {
  const wanted = new Map<string, string[]>();
  const slugs = new Map<string, string>();
  for (const { file, title, slug } of files) {
    const words = asciiWords(title);
    // Cut at the last hyphen that keeps it short: `…-condemn-terror` not `…-condem`.
    const cut = words.lastIndexOf("-", MAX_TITLE_SLUG);
    const candidate =
      words.length <= MAX_TITLE_SLUG
        ? words
        : words.slice(0, cut > 0 ? cut : MAX_TITLE_SLUG);
    if (!candidate) slugs.set(file, slug);
    else wanted.set(candidate, [...(wanted.get(candidate) ?? []), file]);
  }
  const used = new Set(taken);
  for (const [candidate, claimants] of wanted)
    if (claimants.length === 1 && !used.has(candidate)) {
      slugs.set(claimants[0] as string, candidate);
      used.add(candidate);
    }
  for (const [candidate, claimants] of wanted)
    for (const file of claimants) {
      if (slugs.has(file)) continue;
      const slug = hashedSlug(candidate, file, used);
      slugs.set(file, slug);
      used.add(slug);
    }
  return slugs;
}
