import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

/**
 * Three test projects: pure Node code (extractor, build), React components in jsdom,
 * and end-to-end tests that drive Chromium against a built site (`npm run test:e2e`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          environment: "node",
          include: ["tests/extract/**/*.test.ts", "tests/plugin/**/*.test.ts"],
        },
      },
      {
        plugins: [react()],
        test: {
          name: "app",
          environment: "jsdom",
          include: [
            "tests/app/**/*.test.{ts,tsx}",
            "tests/server/**/*.test.{ts,tsx}",
          ],
          setupFiles: ["tests/app/setup.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
