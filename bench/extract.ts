import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { extractArticle } from "../src/extract/index.ts";

/**
 * `npm run bench:extract`: single-core speed of `extractArticle`.
 * Prints ms per article and articles per second for a ~6 KB article (the seed's
 * paragraphs repeated with varied names, built deterministically), then the time
 * for two 10 MB inputs: quotation marks only, and a realistic article.
 */

const TYPICAL_BYTES = 6 * 1024;
const HUGE_BYTES = 10 * 1024 * 1024;
const WARMUP_RUNS = 200;
/** Enough runs for a stable mean: about two seconds at the target speed. */
const TIMED_RUNS = 2000;

const seed = readFileSync(
  new URL("../seeds/000_73264b24164e66dd.txt", import.meta.url),
  "utf8",
);

/** Seed body paragraphs, with names swapped per copy so the text is not one repeated block. */
function realisticArticle(bytes: number): string {
  const [title = "", ...rest] = seed.split("\n\n");
  const names = [
    "Jo Roe",
    "Al Poe",
    "Mia Chen",
    "Raj Patel",
    "Ana Silva",
    "Lee Park",
  ];
  const parts = [title];
  let size = title.length;
  for (let copy = 0; size < bytes; copy++) {
    const name = names[copy % names.length]!;
    const [first, last] = name.split(" ") as [string, string];
    for (const p of rest) {
      const para = p
        .replace(/Dmitry Peskov/g, name)
        .replace(/Peskov/g, last)
        .replace(/Dmitry/g, first);
      parts.push(para);
      size += para.length + 2;
      if (size >= bytes) break;
    }
  }
  return parts.join("\n\n");
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const typical = realisticArticle(TYPICAL_BYTES);
for (let i = 0; i < WARMUP_RUNS; i++) extractArticle(typical);
const cpuBefore = process.cpuUsage();
const total = time(() => {
  for (let i = 0; i < TIMED_RUNS; i++) extractArticle(typical);
});
const cpu = process.cpuUsage(cpuBefore);
const perArticle = total / TIMED_RUNS;
// CPU time of this process (user + system), which other work on the machine inflates
// far less than wall-clock time.
const cpuPerArticle = (cpu.user + cpu.system) / 1000 / TIMED_RUNS;
console.log(
  `typical article: ${(typical.length / 1024).toFixed(1)} KB, ${extractArticle(typical).quotes.length} quotes`,
);
console.log(
  `  ${perArticle.toFixed(3)} ms/article, ${Math.round(1000 / perArticle)} articles/s wall clock (${TIMED_RUNS} runs after ${WARMUP_RUNS} warm-up, one core)`,
);
console.log(
  `  ${cpuPerArticle.toFixed(3)} ms/article, ${Math.round(1000 / cpuPerArticle)} articles/s CPU time (includes garbage collection)`,
);
console.log(
  `  machine load average: ${loadavg()[0]?.toFixed(1)} (figures above are inflated when it exceeds the core count)`,
);

const marks = '“”"'.repeat(Math.ceil(HUGE_BYTES / 3)).slice(0, HUGE_BYTES);
console.log(
  `10 MB of quotation marks: ${time(() => extractArticle(marks)).toFixed(0)} ms`,
);
const huge = realisticArticle(HUGE_BYTES);
let hugeQuotes = 0;
const hugeMs = time(() => {
  hugeQuotes = extractArticle(huge).quotes.length;
});
console.log(
  `10 MB realistic article: ${hugeMs.toFixed(0)} ms (${hugeQuotes} quotes)`,
);
