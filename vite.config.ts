import path from "node:path";
import { defineConfig } from "vite";
import { quoteReader } from "./src/plugin/quote-reader-plugin.ts";

/** A number from the environment; unset or empty is the option's default. */
const number = (value: string | undefined) =>
  value ? Number(value) : undefined;

// The only place the build reads its environment variables (see the README).
const env = process.env;

export default defineConfig({
  plugins: [
    quoteReader({
      seedsDir: env.SEEDS_DIR,
      base: env.BASE_PATH,
      siteUrl: env.SITE_URL,
      outDir: env.OUT_DIR,
      // Relative to the working directory, as it always was.
      cacheDir: env.QUOTE_READER_CACHE
        ? path.resolve(env.QUOTE_READER_CACHE)
        : undefined,
      threads: number(env.QUOTE_READER_THREADS),
      threadedFrom: number(env.QUOTE_READER_THREADED_FROM),
      timings: env.QUOTE_READER_TIMINGS,
    }),
  ],
});
