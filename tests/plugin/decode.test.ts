import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeSeed,
  decodeWindows1252,
  sniffSignature,
} from "../../src/plugin/decode.ts";

const utf8 = (text: string): Buffer => Buffer.from(text, "utf8");
const utf16 = (text: string, order: "le" | "be"): Buffer => {
  const bytes = Buffer.from(text, "utf16le");
  return order === "le" ? bytes : bytes.swap16();
};
const utf32 = (text: string, order: "le" | "be"): Buffer => {
  const codes = [...text].map((char) => char.codePointAt(0) ?? 0);
  const out = Buffer.alloc(codes.length * 4);
  codes.forEach((code, index) =>
    order === "le"
      ? out.writeUInt32LE(code, index * 4)
      : out.writeUInt32BE(code, index * 4),
  );
  return out;
};
const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(
    parts.map((part) =>
      typeof part === "string"
        ? Buffer.from(part, "latin1")
        : Buffer.from(part),
    ),
  );

describe("decodeSeed: text", () => {
  it.each([
    ["UTF-8", utf8("“Hi,” Jo said. Café"), "“Hi,” Jo said. Café", "utf-8", 0],
    [
      "UTF-8 with BOM",
      utf8("\uFEFF“Hi,” Jo said."),
      "“Hi,” Jo said.",
      "utf-8-bom",
      0,
    ],
    [
      "UTF-16 LE with BOM",
      utf16("\uFEFF“Hi,” Jo said.", "le"),
      "“Hi,” Jo said.",
      "utf-16le",
      0,
    ],
    [
      "UTF-16 BE with BOM",
      utf16("\uFEFF“Hi,” Jo said.", "be"),
      "“Hi,” Jo said.",
      "utf-16be",
      0,
    ],
    [
      "UTF-16 LE without BOM",
      utf16("“Hi,” Jo said.", "le"),
      "“Hi,” Jo said.",
      "utf-16le",
      0,
    ],
    [
      "UTF-16 BE without BOM",
      utf16("“Hi,” Jo said.", "be"),
      "“Hi,” Jo said.",
      "utf-16be",
      0,
    ],
    [
      "UTF-32 LE with BOM",
      utf32("\uFEFF“Hi,” Jo said. 😀", "le"),
      "“Hi,” Jo said. 😀",
      "utf-32le",
      0,
    ],
    [
      "UTF-32 BE with BOM",
      utf32("\uFEFF“Hi,” Jo said. 😀", "be"),
      "“Hi,” Jo said. 😀",
      "utf-32be",
      0,
    ],
    [
      "UTF-32 with a bad code point and a cut tail",
      Buffer.concat([
        utf32("\uFEFFA", "le"),
        Buffer.from([0, 0, 0x11, 0, 0x42]),
      ]),
      "A\uFFFD\uFFFD",
      "utf-32le",
      2,
    ],
    [
      "Windows-1252 curly quotes",
      bytes([0x93], "Hi,", [0x94], " Jo said."),
      "“Hi,” Jo said.",
      "windows-1252",
      0,
    ],
    [
      "Windows-1252 é, € and ’",
      bytes("Caf", [0xe9], " ", [0x80], "2 it", [0x92], "s"),
      "Café €2 it’s",
      "windows-1252",
      0,
    ],
    [
      "Windows-1252 undefined byte 0x81",
      bytes("A", [0x81, 0x93], "B", [0x94]),
      "A\uFFFD“B”",
      "windows-1252",
      1,
    ],
    [
      "UTF-8 with a few bad bytes",
      bytes(utf8("“Hi,” Jo – ").toString("latin1"), [0xff, 0xc3], "x"),
      "“Hi,” Jo – \uFFFD\uFFFDx",
      "utf-8",
      2,
    ],
    [
      "UTF-8 cut mid-character",
      utf8("Jo said “Hi”").subarray(0, -2),
      "Jo said “Hi\uFFFD",
      "utf-8",
      1,
    ],
    [
      "UTF-16 with an odd last byte",
      Buffer.concat([utf16("\uFEFFHi", "le"), Buffer.from([0x41])]),
      "Hi\uFFFD",
      "utf-16le",
      1,
    ],
    ["ASCII", utf8("Plain text\r\n"), "Plain text\r\n", "utf-8", 0],
    [
      "CRLF, tabs and odd spaces kept",
      utf8("A\r\nB\tC\u00a0D\u200bE\rF"),
      "A\r\nB\tC\u00a0D\u200bE\rF",
      "utf-8",
      0,
    ],
  ] as const)("%s", (_name, input, text, encoding, replaced) => {
    expect(decodeSeed(input)).toEqual({
      kind: "text",
      text,
      encoding,
      replaced,
    });
  });

  it("decodes a UTF-8 file that merely starts with a known signature byte as text", () => {
    expect(decodeSeed(utf8("PK is a name")).kind).toBe("text");
  });
});

describe("decodeSeed: binary", () => {
  it.each([
    ["PNG", bytes([0x89], "PNG\r\n", [0x1a, 0x0a, 0, 0, 0, 13]), /PNG image/],
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF"), /JPEG image/],
    ["GIF", bytes("GIF89a", [1, 0, 1, 0]), /GIF image/],
    ["PDF", bytes("%PDF-1.7\n"), /PDF document/],
    ["ZIP / .docx", bytes("PK", [3, 4, 20, 0]), /ZIP archive/],
    ["gzip", bytes([0x1f, 0x8b, 8, 0]), /gzip/],
    ["WebP", bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "), /WebP image/],
    ["text with a NUL byte", utf8("Title\n\nA \0 B"), /NUL bytes/],
    [
      "random control bytes",
      Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 7) % 32)),
      /NUL bytes|control characters/,
    ],
  ])("%s", (_name, input, reason) => {
    const decoded = decodeSeed(input);
    expect(decoded.kind).toBe("binary");
    expect(decoded.kind === "binary" && decoded.reason).toMatch(reason);
  });
});

describe("decodeSeed never throws", () => {
  it("on every single byte and on every pair of high bytes", () => {
    for (let a = 0; a < 256; a += 1) {
      expect(() => decodeSeed(Buffer.from([a]))).not.toThrow();
      for (let b = 0x80; b < 256; b += 1)
        expect(() => decodeSeed(Buffer.from([a, b]))).not.toThrow();
    }
  });

  it("on an empty file", () => {
    expect(decodeSeed(new Uint8Array())).toEqual({
      kind: "text",
      text: "",
      encoding: "utf-8",
      replaced: 0,
    });
  });
});

describe("decodeSeed on any bytes (property)", () => {
  it("returns text or a reason, never throws, and text has no NUL", () => {
    const bytesOf = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      // Mostly text, some high bytes: the cases where the encoding is a judgement.
      fc
        .array(
          fc.oneof(
            fc.integer({ min: 0x20, max: 0x7e }),
            fc.integer({ min: 0x80, max: 0xff }),
            fc.constantFrom(0x0a, 0x0d, 0x09),
          ),
          { maxLength: 2000 },
        )
        .map((values) => Uint8Array.from(values)),
      fc
        .string({ unit: "binary", maxLength: 500 })
        .chain((text) =>
          fc.constantFrom(
            utf8(text),
            utf8(`\uFEFF${text}`),
            utf16(`\uFEFF${text}`, "le"),
            utf16(`\uFEFF${text}`, "be"),
          ),
        ),
    );
    fc.assert(
      fc.property(bytesOf, (input) => {
        const decoded = decodeSeed(input);
        if (decoded.kind === "text") {
          expect(decoded.text.includes("\0")).toBe(false);
          expect(decoded.replaced).toBeGreaterThanOrEqual(0);
        } else expect(decoded.reason).not.toBe("");
      }),
      { numRuns: 2000 },
    );
  });

  it("gives back any UTF-8 text as it was", () => {
    fc.assert(
      // A leading U+FEFF is read as a byte-order mark, on purpose.
      fc.property(
        fc
          .string({ unit: "grapheme", maxLength: 300 })
          .filter((text) => !text.startsWith("\uFEFF")),
        (text) => {
          const decoded = decodeSeed(utf8(text));
          if (decoded.kind === "text") expect(decoded.text).toBe(text);
        },
      ),
    );
  });
});

describe("decodeWindows1252", () => {
  it("maps every byte to one character", () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const { text, replaced } = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect(replaced).toBe(5);
    expect(text.slice(0x93, 0x95)).toBe("“”");
    expect(text.slice(0xa0)).toBe(all.subarray(0xa0).toString("latin1"));
  });
});

describe("sniffSignature", () => {
  it("names nothing for text", () => {
    expect(sniffSignature(utf8("Title\n\nBody"))).toBeNull();
  });
});
