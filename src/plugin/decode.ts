/**
 * Seed file bytes -> text. Pure: no fs, so every awkward input is a one-line test.
 *
 * A seed may come from anywhere: a Windows editor (UTF-16 with a byte-order mark, or
 * Windows-1252 where `“` is the single byte 0x93), an old archive, a half-finished
 * download, or an image someone renamed to `.txt`. {@link decodeSeed} says which it is
 * and, for text, returns it decoded with anything undecodable replaced by U+FFFD.
 */

import { isUtf8 } from "node:buffer";

/** How the bytes were read. */
export type SeedEncoding =
  | "utf-8"
  | "utf-8-bom"
  | "utf-16le"
  | "utf-16be"
  | "utf-32le"
  | "utf-32be"
  | "windows-1252";

export type DecodedSeed =
  | {
      kind: "text";
      /** The text, without its byte-order mark. */
      text: string;
      encoding: SeedEncoding;
      /** How many undecodable byte sequences became U+FFFD. */
      replaced: number;
    }
  | {
      kind: "binary";
      /** Why it is not text: `a PNG image`, `NUL bytes`. */
      reason: string;
    };

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Well-known file signatures, so the warning can say what the file really is. */
const SIGNATURES: readonly { bytes: readonly number[]; name: string }[] = [
  {
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    name: "a PNG image",
  },
  { bytes: [0xff, 0xd8, 0xff], name: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: "a GIF image" }, // GIF8
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: "a PDF document" }, // %PDF-
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    name: "a ZIP archive (or Word/OpenDocument file)",
  },
  { bytes: [0x1f, 0x8b], name: "a gzip archive" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: "a program (ELF)" },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    name: "an old Office document",
  },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: "an RTF document" }, // {\rtf
];

/** `RIFF....WEBP`: the size sits between the two tags. */
function isWebp(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) &&
    startsWith(bytes.subarray(8), [0x57, 0x45, 0x42, 0x50])
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return (
    bytes.length >= prefix.length &&
    prefix.every((byte, index) => bytes[index] === byte)
  );
}

/** What a file's first bytes say it is, or null for no known signature. */
export function sniffSignature(bytes: Uint8Array): string | null {
  if (isWebp(bytes)) return "a WebP image";
  return (
    SIGNATURES.find(({ bytes: sig }) => startsWith(bytes, sig))?.name ?? null
  );
}

/**
 * Windows-1252 bytes 0x80–0x9F. The five holes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are
 * undefined in the code page: they become U+FFFD like any other undecodable byte.
 */
const CP1252_HIGH = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";

/** Decodes Windows-1252; returns the text and how many undefined bytes it replaced. */
export function decodeWindows1252(bytes: Uint8Array): {
  text: string;
  replaced: number;
} {
  const parts: string[] = [];
  let replaced = 0;
  // Chunks keep String.fromCharCode's argument list short for a 10 MB file.
  const CHUNK = 8192;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, offset + CHUNK);
    for (let index = offset; index < end; index += 1) {
      const byte = bytes[index] ?? 0;
      if (byte >= 0x80 && byte <= 0x9f) {
        const code = CP1252_HIGH.charCodeAt(byte - 0x80);
        if (code === 0xfffd) replaced += 1;
        codes.push(code);
      } else {
        codes.push(byte);
      }
    }
    parts.push(String.fromCharCode(...codes));
  }
  return { text: parts.join(""), replaced };
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and bytes that cannot start or continue
 * one. `E2 80 9C` (`“`) is one sequence; a lone `93` (Windows-1252 `“`) is one invalid byte.
 */
export function scanUtf8(bytes: Uint8Array): {
  multibyte: number;
  invalid: number;
} {
  let multibyte = 0;
  let invalid = 0;
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    let ok = length > 0 && index + length <= bytes.length;
    for (let k = 1; ok && k < length; k += 1) {
      const next = bytes[index + k] ?? 0;
      ok = next >= 0x80 && next <= 0xbf;
    }
    if (ok) {
      multibyte += 1;
      index += length;
    } else {
      invalid += 1;
      index += 1;
    }
  }
  return { multibyte, invalid };
}

/** Decodes UTF-32 (no decoder in the platform); bad code points and a cut tail become U+FFFD. */
export function decodeUtf32(
  bytes: Uint8Array,
  encoding: "utf-32le" | "utf-32be",
): { text: string; replaced: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let replaced = 0;
  let chunk: number[] = [];
  for (let offset = 0; offset + 4 <= bytes.length; offset += 4) {
    const code = view.getUint32(offset, encoding === "utf-32le");
    const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    if (!valid) replaced += 1;
    chunk.push(valid ? code : 0xfffd);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (bytes.length % 4 !== 0) {
    replaced += 1;
    chunk.push(0xfffd);
  }
  parts.push(String.fromCodePoint(...chunk));
  return { text: parts.join(""), replaced };
}

/** Counts U+FFFD in decoded UTF-16: lone surrogates and a dangling odd byte. */
function countReplacements(text: string): number {
  let count = 0;
  for (
    let index = text.indexOf("\uFFFD");
    index !== -1;
    index = text.indexOf("\uFFFD", index + 1)
  )
    count += 1;
  return count;
}

/**
 * A UTF-16 file without a byte-order mark: mostly ASCII, so every other byte is NUL.
 * Returns the byte order, or null when the NULs do not fall in that pattern.
 */
function guessBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) evenNul += 1;
    if (sample[index + 1] === 0) oddNul += 1;
  }
  const pairs = sample.length / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return "utf-16be";
  return null;
}

/** Share of control characters (other than tab, newlines, form feed) above which text is binary. */
const MAX_CONTROL_SHARE = 0.1;

/** A control character other than tab, newlines and form feed (those counted below). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f]/;

/** Why decoded text is really binary data, or null when it reads as text. */
function binaryReason(text: string): string | null {
  // Most text has no control characters at all (NUL included): one native search says so.
  if (!CONTROL.test(text)) return null;
  if (text.includes("\0")) return "NUL bytes";
  const sample = text.slice(0, 65536);
  let controls = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if (
      code < 0x20 &&
      code !== 0x09 &&
      code !== 0x0a &&
      code !== 0x0c &&
      code !== 0x0d
    )
      controls += 1;
  }
  return controls > sample.length * MAX_CONTROL_SHARE
    ? "control characters"
    : null;
}

function decodeUtf16(
  bytes: Uint8Array,
  encoding: "utf-16le" | "utf-16be",
  skip: number,
): string {
  // An odd trailing byte is half a character: TextDecoder turns it into U+FFFD.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(
    bytes.subarray(skip),
  );
}

/**
 * Reads a seed file's bytes as text, choosing the encoding:
 *
 * 1. a byte-order mark decides: `EF BB BF` UTF-8, `FF FE 00 00` UTF-32 LE,
 *    `00 00 FE FF` UTF-32 BE, `FF FE` UTF-16 LE, `FE FF` UTF-16 BE;
 * 2. a known binary signature (PNG, JPEG, PDF, ZIP…) is binary;
 * 3. NULs at every other byte: UTF-16 without a mark;
 * 4. valid UTF-8 is UTF-8;
 * 5. otherwise UTF-8 if it has at least half as many multi-byte sequences as invalid
 *    bytes (a UTF-8 file with a few corrupt bytes), else Windows-1252, where stray
 *    high bytes are the rule (`93 48 69 94` -> `“Hi”`);
 * 6. text with NULs or mostly control characters is binary after all.
 *
 * Never throws.
 */
export function decodeSeed(bytes: Uint8Array): DecodedSeed {
  const decoded = decodeText(bytes);
  if (decoded.kind === "binary") return decoded;
  const reason = binaryReason(decoded.text);
  return reason ? { kind: "binary", reason } : decoded;
}

function decodeText(bytes: Uint8Array): DecodedSeed {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
    return {
      kind: "text",
      text,
      encoding: "utf-8-bom",
      replaced: scanUtf8(body).invalid,
    };
  }
  // Before UTF-16: the UTF-32 LE mark starts with the UTF-16 LE one.
  for (const [mark, encoding] of [
    [[0xff, 0xfe, 0, 0], "utf-32le"],
    [[0, 0, 0xfe, 0xff], "utf-32be"],
  ] as const) {
    if (!startsWith(bytes, mark)) continue;
    const { text, replaced } = decodeUtf32(bytes.subarray(4), encoding);
    return { kind: "text", text, encoding, replaced };
  }
  for (const [mark, encoding] of [
    [[0xff, 0xfe], "utf-16le"],
    [[0xfe, 0xff], "utf-16be"],
  ] as const) {
    if (!startsWith(bytes, mark)) continue;
    const text = decodeUtf16(bytes, encoding, 2);
    return { kind: "text", text, encoding, replaced: countReplacements(text) };
  }
  const signature = sniffSignature(bytes);
  if (signature) return { kind: "binary", reason: `looks like ${signature}` };
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) {
    const text = decodeUtf16(bytes, utf16, 0);
    return {
      kind: "text",
      text,
      encoding: utf16,
      replaced: countReplacements(text),
    };
  }
  // The usual case, checked natively: valid UTF-8 (ASCII included) needs no counting.
  if (isUtf8(bytes))
    return {
      kind: "text",
      text: utf8.decode(bytes),
      encoding: "utf-8",
      replaced: 0,
    };
  const { multibyte, invalid } = scanUtf8(bytes);
  if (invalid === 0 || (multibyte > 0 && multibyte * 2 >= invalid)) {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    return { kind: "text", text, encoding: "utf-8", replaced: invalid };
  }
  const { text, replaced } = decodeWindows1252(bytes);
  return { kind: "text", text, encoding: "windows-1252", replaced };
}
