/**
 * Hostile inputs, timed: `npx tsx bench/hostile.ts`. Prints how long decoding and
 * extraction take on 10 MB of the worst text a seeds folder can hold, so pathological
 * regular expressions show up as numbers rather than as a build that never ends.
 * (A printout, not a test: timings depend on the machine.)
 */
import { decodeSeed } from "../src/plugin/decode.ts";
import { extractArticle } from "../src/extract/index.ts";

const MB = 1024 * 1024;

/** `unit` repeated to about `bytes` characters. */
function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

const inputs: [string, string][] = [
  ["10 MB of “", `Title\n\n${fill("“", 10 * MB)}`],
  [
    "10 MB of mixed quotation marks, one line",
    `Title\n\n${fill("“a ”\"b' ‘’«» „ ", 10 * MB)}`,
  ],
  [
    "10 MB of marks and cues, one line",
    `Title\n\n${fill("“a ”\"b' ‘’«» „ Mr. Roe said ", 10 * MB)}`,
  ],
  [
    "10 MB of unbalanced opening quotes with cues",
    `Title\n\n${fill("“He said, she said. ", 10 * MB)}`,
  ],
  [
    "10 MB of quotes with cues, paragraphs",
    `Title\n\n${fill("“Yes,” Jo Roe said. “No,” he added.\n\n", 10 * MB)}`,
  ],
  [
    "10 MB of prose, a quote every 100 paragraphs",
    `Title\n\n${Array.from({ length: 20_000 }, (_, index) =>
      index % 100 === 0
        ? `“Section ${index} is approved,” Chair Ana Diaz said.`
        : "The committee reviewed the budget line by line. ".repeat(10),
    ).join("\n\n")}`,
  ],
  [
    "5,000 paragraphs",
    `Title\n\n${Array.from({ length: 5000 }, (_, index) => `Paragraph ${index}: “Quote ${index},” Jo Roe said.`).join("\n\n")}`,
  ],
];

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

console.log("decoding");
for (const [name, bytes] of [
  ["10 MB UTF-8", Buffer.from(fill("“Café,” Jo said. ", 10 * MB), "utf8")],
  [
    "10 MB Windows-1252",
    Buffer.from(fill("\x93Caf\xe9,\x94 Jo said. ", 10 * MB), "latin1"),
  ],
  [
    "10 MB UTF-16 LE",
    Buffer.from(`\uFEFF${fill("“Café,” Jo said. ", 5 * MB)}`, "utf16le"),
  ],
] as const) {
  const [decoded, ms] = time(() => decodeSeed(bytes));
  const encoding = decoded.kind === "text" ? decoded.encoding : decoded.reason;
  console.log(
    `  ${name.padEnd(50)} ${ms.toFixed(0).padStart(6)} ms  ${encoding}`,
  );
}

console.log("extraction");
for (const [name, text] of inputs) {
  const [article, ms] = time(() => extractArticle(text));
  console.log(
    `  ${name.padEnd(50)} ${ms.toFixed(0).padStart(6)} ms  ${(text.length / MB).toFixed(1)} M chars, ${article.quotes.length} quotes, ${article.paragraphs.length} paragraphs`,
  );
}
