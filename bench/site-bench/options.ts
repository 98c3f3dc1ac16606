/** What `npm run bench` was asked to measure (its arguments, see bench/build.ts). */
export interface BenchOptions {
  n: number;
  seed: number;
  eleventy: boolean;
  /** Cold builds of each, ours and Eleventy's, for the comparison. */
  runs: number;
  rebuild: boolean;
  browser: boolean;
  dev: boolean;
  keep: boolean;
}

/** The bench's command-line arguments, with their defaults. */
export function parseOptions(argv: string[]): BenchOptions {
  const value = (name: string, fallback: number): number => {
    const index = argv.indexOf(name);
    return index >= 0 ? Number(argv[index + 1]) : fallback;
  };
  return {
    n: value("--n", 1000),
    seed: value("--seed", 1),
    eleventy: argv.includes("--vs-eleventy"),
    runs: Math.max(1, value("--runs", 3)),
    rebuild: !argv.includes("--no-rebuild"),
    browser: !argv.includes("--no-browser"),
    dev: !argv.includes("--no-dev"),
    keep: argv.includes("--keep"),
  };
}
