import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * `npm run eval [-- --errors]`: runs the extractor over the evaluation corpora
 * (`../shared/corpus/{seed,ggt-dev,polnear-dev}`, or `$CORPUS_DIR`), scores each with the
 * corpus's `score.py`, and prints the scores beside the targets. With `--errors`, writes
 * the scorer's error lists to `<tmp>/<corpus>.errors.json` for inspection.
 */

const CORPORA = ["seed", "ggt-dev", "polnear-dev"] as const;
const CLI = fileURLToPath(
  new URL("../src/build/extract-cli.ts", import.meta.url),
);
/** The CLI's JSON for a few hundred articles is a few MB; leave ample room. */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

/** Targets from the tracker (issue 3); a blank means no target for that corpus. */
const TARGETS: Record<string, Partial<Record<Metric, number>>> = {
  seed: { quote_F1: 1, attrib_strict: 1, e2e_F1: 1, people_F1: 1 },
  "ggt-dev": {
    quote_F1: 0.97,
    attrib_strict: 0.92,
    e2e_F1: 0.88,
    people_F1: 0.9,
  },
  "polnear-dev": { quote_F1: 0.96, attrib_lenient: 0.92 },
};

const METRICS = [
  "quote_P",
  "quote_R",
  "quote_F1",
  "attrib_strict",
  "attrib_lenient",
  "e2e_F1",
  "people_F1",
] as const;
type Metric = (typeof METRICS)[number];

function main(): number {
  const corpusDir = resolve(
    process.env["CORPUS_DIR"] ?? join(process.cwd(), "..", "shared", "corpus"),
  );
  const withErrors = process.argv.includes("--errors");
  const scorer = join(corpusDir, "score.py");
  if (!existsSync(corpusDir) || !existsSync(scorer)) {
    console.log(
      `No evaluation corpus found at ${corpusDir} (expected score.py and ${CORPORA.join(", ")}).`,
    );
    console.log("Set CORPUS_DIR to point elsewhere. Nothing to evaluate.");
    return 0;
  }
  const out = mkdtempSync(join(tmpdir(), "quote-eval-"));
  const rows: { name: string; scores: Record<string, number | null> }[] = [];
  for (const name of CORPORA) {
    const dir = join(corpusDir, name);
    if (!existsSync(dir)) {
      console.log(`skipping ${name}: ${dir} not found`);
      continue;
    }
    const predictions = join(out, `${name}.pred.json`);
    // The real CLI, so what is scored is what `npm run extract` prints.
    const json = execFileSync(
      process.execPath,
      [...process.execArgv, CLI, dir],
      {
        encoding: "utf8",
        maxBuffer: MAX_OUTPUT_BYTES,
      },
    );
    writeFileSync(predictions, json);
    const args = [scorer, dir, predictions];
    if (withErrors) args.push("--errors", join(out, `${name}.errors.json`));
    const line = execFileSync("python3", args, { encoding: "utf8" });
    rows.push({
      name,
      scores: JSON.parse(line) as Record<string, number | null>,
    });
  }
  printTable(rows);
  console.log(`\npredictions${withErrors ? " and errors" : ""} in ${out}`);
  return 0;
}

function printTable(
  rows: { name: string; scores: Record<string, number | null> }[],
): void {
  const header = ["corpus", "quotes", ...METRICS];
  const lines = [header];
  for (const { name, scores } of rows) {
    const cells = [
      name,
      `${scores["matched"]}/${scores["gold_quotes"]}/${scores["pred_quotes"]}`,
    ];
    for (const m of METRICS) {
      const v = scores[m];
      const target = TARGETS[name]?.[m];
      if (v === null || v === undefined) cells.push("-");
      else
        cells.push(
          `${v.toFixed(3)}${target === undefined ? "" : v >= target ? " ok" : ` <${target}`}`,
        );
    }
    lines.push(cells);
  }
  const widths = header.map((_, i) =>
    Math.max(...lines.map((l) => (l[i] ?? "").length)),
  );
  for (const l of lines)
    console.log(l.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  "));
  console.log(
    "quotes = matched/gold/predicted; 'ok' meets the target, '<x' is below target x",
  );
}

process.exitCode = main();
