import { execFileSync } from "node:child_process";
import {
  chmod,
  mkdir,
  readdir,
  symlink,
  truncate,
  writeFile,
} from "node:fs/promises";
import path from "node:path";
import { decodeWindows1252 } from "../../src/plugin/decode.ts";

/**
 * A seeds folder of everything people drop into `seeds/`: odd encodings, odd shapes, odd
 * names, hostile text, and files that are not articles at all. Generated at test time
 * because binary files, symlinks and unreadable files cannot sensibly be committed.
 */

/** A file that must become an article. */
export interface ExpectedArticle {
  file: string;
  /** The title the reader must show. */
  title: string;
  /** Quotes (their `text`) the reader must mark; the extractor may find more. */
  quotes: string[];
}

/** A file that must be skipped, with a word its reason must contain. */
export interface ExpectedSkip {
  file: string;
  reason: RegExp;
}

/**
 * The folder's entry names as the build shows them: UTF-8, or else Windows-1252 (the
 * fixture has no name that clashes once decoded).
 */
export async function entryNames(dir: string): Promise<string[]> {
  const raw = await readdir(dir, { encoding: "buffer" });
  return raw
    .map((name) => {
      const text = name.toString("utf8");
      return Buffer.from(text, "utf8").equals(name)
        ? text
        : decodeWindows1252(name).text;
    })
    .sort();
}

export interface HostileSeeds {
  articles: ExpectedArticle[];
  skipped: ExpectedSkip[];
}

/** Text every XSS probe carries: none of it may ever run. */
export const XSS = [
  `<script>alert("script")</script>`,
  `<img src=x onerror=alert("img")>`,
  `javascript:alert("url")`,
  `</script><script>alert("close")</script>`,
  `{{constructor.constructor('alert("template")')()}}`,
].join(" ");

const STORY = (title: string): string =>
  `${title}\n\nThe council met on Tuesday.\n\n“We will not back down,” Mayor Jo Roe said.\n`;

const utf16 = (text: string, order: "le" | "be"): Buffer => {
  const bytes = Buffer.from(`\uFEFF${text}`, "utf16le");
  return order === "le" ? bytes : bytes.swap16();
};

/** UTF-32 little-endian with a byte-order mark. */
const utf32le = (text: string): Buffer => {
  const codes = [...`\uFEFF${text}`].map((char) => char.codePointAt(0) ?? 0);
  const out = Buffer.alloc(codes.length * 4);
  codes.forEach((code, index) => out.writeUInt32LE(code, index * 4));
  return out;
};

/** Windows-1252: `“` is 0x93, `”` 0x94, `é` 0xE9, `€` 0x80. */
const cp1252 = (text: string): Buffer =>
  Buffer.from(
    [...text].map((char) => {
      const special: Record<string, number> = {
        "“": 0x93,
        "”": 0x94,
        "’": 0x92,
        "€": 0x80,
      };
      return special[char] ?? char.charCodeAt(0);
    }),
  );

/** About `bytes` of plain prose in paragraphs, a quote every hundred paragraphs. */
function bigArticle(bytes: number): string {
  const sentence =
    "The committee reviewed the budget line by line and agreed to meet again next week. ";
  const paragraphs = ["A very long report"];
  let size = paragraphs[0]?.length ?? 0;
  for (let index = 0; size < bytes; index += 1) {
    const text =
      index % 100 === 0
        ? `“Section ${index} is approved,” Chair Ana Diaz said.`
        : sentence.repeat(6);
    paragraphs.push(text);
    size += text.length + 2;
  }
  return paragraphs.join("\n\n");
}

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44,
  0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1,
]);

/**
 * Writes the hostile folder into `dir` (which must exist and be empty) and returns what
 * must come of it. `outside` is a file outside the folder for a symlink to point at.
 * `huge` adds a 10 MB article.
 */
export async function writeHostileSeeds(
  dir: string,
  options: { outside: string; huge?: boolean },
): Promise<HostileSeeds> {
  const articles: ExpectedArticle[] = [];
  const skipped: ExpectedSkip[] = [];
  const article = async (
    file: string,
    content: string | Buffer,
    title: string,
    quotes: string[] = [],
  ): Promise<void> => {
    await writeFile(path.join(dir, file), content);
    articles.push({ file, title, quotes });
  };
  const skip = async (
    file: string,
    content: string | Buffer | null,
    reason: RegExp,
  ): Promise<void> => {
    if (content !== null) await writeFile(path.join(dir, file), content);
    skipped.push({ file, reason });
  };
  const backDown = ["We will not back down,"];

  // Encodings
  await article("utf8.txt", STORY("Plain UTF-8"), "Plain UTF-8", backDown);
  await article(
    "utf8-bom.txt",
    `\uFEFF${STORY("With a BOM")}`,
    "With a BOM",
    backDown,
  );
  await article(
    "utf16le.txt",
    utf16(STORY("UTF-16 little end"), "le"),
    "UTF-16 little end",
    backDown,
  );
  await article(
    "utf16be.txt",
    utf16(STORY("UTF-16 big end"), "be"),
    "UTF-16 big end",
    backDown,
  );
  await article(
    "utf32le.txt",
    utf32le(STORY("UTF-32 little end")),
    "UTF-32 little end",
    backDown,
  );
  await article(
    "windows-1252.txt",
    cp1252(
      "Caf\u00e9 prices rise by 2 \u20ac\n\n“We can’t go on like this,” Owner Lea Marti said.\n",
    ),
    "Café prices rise by 2 €",
    ["We can’t go on like this,"],
  );
  await article(
    "invalid-bytes.txt",
    Buffer.concat([
      Buffer.from(
        "Broken bytes \u2013 still read\n\n“We carry on,” Editor Sam Lowe said. Bad: ",
      ),
      Buffer.from([0xff, 0xc3, 0x28, 0x80]),
      Buffer.from("\n"),
    ]),
    "Broken bytes – still read",
    ["We carry on,"],
  );

  // Line endings and spacing
  await article(
    "crlf.txt",
    STORY("Windows line ends").replace(/\n/g, "\r\n"),
    "Windows line ends",
    backDown,
  );
  await article(
    "lone-cr.txt",
    STORY("Old Mac line ends").replace(/\n/g, "\r"),
    "Old Mac line ends",
    backDown,
  );
  await article(
    "odd-spaces.txt",
    "Odd\u00a0spaces\tand  zero\u200bwidth   \n\n\t“We\u00a0will\u00a0not back down,”\u00a0Mayor Jo\u00a0Roe said.   ",
    "Odd spaces and  zerowidth",
    [],
  );

  // Shapes
  const oneLine =
    "The harbour reopened on Monday after a week of storms, and fishermen were back at work before dawn. " +
    "“It feels like a new start,” Captain Ola Berg said, standing on the quay as the first boats came in. ".repeat(
      3,
    );
  await article(
    "one-long-line.txt",
    oneLine,
    "The harbour reopened on Monday after a week of storms, and fishermen were back at work before dawn",
    ["It feels like a new start,"],
  );
  await article(
    "no-sentence-end.txt",
    `${"and so it went on ".repeat(20)}with “no end in sight” for anyone`,
    "no-sentence-end",
  );
  await article("title-only.txt", "Just a title\n", "Just a title");
  await article(
    "many-paragraphs.txt",
    [
      "Five thousand paragraphs",
      ...Array.from(
        { length: 5000 },
        (_, index) => `Paragraph ${index + 1} of the long read.`,
      ),
    ].join("\n\n") + "\n\n“That is the end,” Author Kim Park said.\n",
    "Five thousand paragraphs",
    ["That is the end,"],
  );
  await article(
    "quote-soup.txt",
    `Quotation soup\n\n${"“ ” \" ' ‘ ’ « » „ ".repeat(2000)}\n\n“Unbalanced, she said.\n\n”Backwards,“ he said.\n`,
    "Quotation soup",
  );
  await article(
    "nested-quotes.txt",
    "Quotes in quotes\n\n“He told me ‘never again’ and left,” Clerk Ivo Tal said.\n",
    "Quotes in quotes",
    ["He told me ‘never again’ and left,"],
  );
  await article(
    "duplicate-title-a.txt",
    STORY("Same headline"),
    "Same headline",
    backDown,
  );
  await article(
    "duplicate-title-b.txt",
    STORY("Same headline"),
    "Same headline",
    backDown,
  );
  await article(
    "Case.txt",
    STORY("Upper-case name"),
    "Upper-case name",
    backDown,
  );
  await article(
    "case.txt",
    STORY("Lower-case name"),
    "Lower-case name",
    backDown,
  );
  if (options.huge) {
    await article(
      "huge.txt",
      bigArticle(10 * 1024 * 1024),
      "A very long report",
      ["Section 0 is approved,"],
    );
  }

  // File names
  const names = [
    "with spaces.txt",
    "Ünïcödé façade.txt",
    "Путин говорит.txt",
    "日本語.txt",
    "hash#tag.txt",
    "question?.txt",
    "100% sure.txt",
    "rock & roll.txt",
    `"double" 'single'.txt`,
    ".leading-dot.txt",
    "..two-dots.txt",
    "UPPER.TXT",
    "new\nline\ttab.txt",
    "\u001b[2Jterminal escape.txt",
    "back\\slash.txt",
    `${"ü".repeat(120)}.txt`,
    " leading and trailing space .txt",
  ];
  for (const [index, file] of names.entries())
    await article(
      file,
      STORY(`Odd name ${index + 1}`),
      `Odd name ${index + 1}`,
      backDown,
    );

  // A name from an old archive: Windows-1252 bytes, not UTF-8 (`caf\xE9 ol\xE9.txt`).
  await writeFile(
    Buffer.concat([
      Buffer.from(`${dir}/`),
      Buffer.from("caf\xe9 ol\xe9.txt", "latin1"),
    ]),
    STORY("Legacy file name"),
  );
  articles.push({
    file: "café olé.txt",
    title: "Legacy file name",
    quotes: backDown,
  });

  // Hostile text and names
  await article(
    `<img src=x onerror=alert("name")>.txt`,
    `${XSS}\n\n${XSS}\n\nBy ${XSS}\n\n“${XSS},” Mayor Jo Roe said.\n\n“Fine,” <b>Bo Ek</b> said.\n`,
    XSS,
    [`${XSS},`],
  );
  await article(
    `javascript:alert(1).txt`,
    STORY("Link-like name"),
    "Link-like name",
    backDown,
  );
  await article(
    `{{7*7}}.txt`,
    STORY("{{7*7}} ${7*7}"),
    "{{7*7}} ${7*7}",
    backDown,
  );

  // Not articles
  await skip("empty.txt", "", /empty/);
  await skip("whitespace.txt", "  \n\t\r\n\u00a0\u200b\u3000\n", /whitespace/);
  await skip("symbols.txt", "*** --- ***\n", /no words/);
  await skip("nul.txt", "Title\n\nText with a \0 NUL byte.\n", /not text: NUL/);
  await skip("photo.txt", PNG, /PNG image/);
  await skip("camera.txt", JPEG, /JPEG image/);
  await skip("notes.txt~", STORY("Backup"), /backup/);
  await skip(".notes.txt.swp", "b0VIM 8.2", /swap/);
  await skip("#notes.txt#", STORY("Autosave"), /autosave/);
  await skip(".#notes.txt", STORY("Lock"), /lock/);
  await skip("readme.md", STORY("Markdown"), /not a \.txt/);
  await skip("picture.png", PNG, /not a \.txt/);
  await skip("no-extension", STORY("No extension"), /not a \.txt/);
  await mkdir(path.join(dir, "folder.txt"));
  await skip("folder.txt", null, /folder/);
  await symlink(options.outside, path.join(dir, "outside-link.txt"));
  await skip("outside-link.txt", null, /outside the seeds folder/);
  await symlink(
    path.join(dir, "missing.txt"),
    path.join(dir, "broken-link.txt"),
  );
  await skip("broken-link.txt", null, /broken link/);
  await symlink("loop.txt", path.join(dir, "loop.txt"));
  await skip("loop.txt", null, /broken link/);
  await symlink("utf8.txt", path.join(dir, "inside-link.txt"));
  articles.push({
    file: "inside-link.txt",
    title: "Plain UTF-8",
    quotes: backDown,
  });
  // Sparse: 60 MB on paper, nothing on disk; refused before any byte is read.
  await writeFile(path.join(dir, "too-big.txt"), "");
  await truncate(path.join(dir, "too-big.txt"), 60 * 1024 * 1024);
  await skip(
    "too-big.txt",
    null,
    /too large \(60\.0 MB; the limit is 30\.0 MB\)/,
  );
  execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
  await skip("pipe.txt", null, /not a regular file/);
  // Root reads any file: an unreadable file can only be made for another user.
  if (process.getuid?.() !== 0) {
    await writeFile(path.join(dir, "unreadable.txt"), STORY("Secret"));
    await chmod(path.join(dir, "unreadable.txt"), 0o000);
    await skip("unreadable.txt", null, /permission denied/);
  }
  return { articles, skipped };
}
