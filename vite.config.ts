import { createHash } from "node:crypto";
import path from "node:path";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { prerenderSite } from "./src/build/prerender.ts";
import { seedsPlugin } from "./src/build/seeds-plugin.ts";
import { PAGE_SIZE } from "./src/app/paths.ts";

/** `BASE_PATH=/news/` builds a site that lives under that sub-path. */
function basePath(): string {
  const raw = process.env.BASE_PATH ?? "/";
  return `/${raw.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}

/** `OUT_DIR` builds elsewhere than `dist/` (the tests build sites side by side). */
const OUT_DIR = process.env.OUT_DIR ?? "dist";
/** The server renderer is only needed while building: keep it out of `dist/`. */
const SERVER_OUT_DIR = path.join(
  "node_modules/.cache/quote-reader/server",
  createHash("sha256").update(path.resolve(OUT_DIR)).digest("hex").slice(0, 8),
);
const seeds = seedsPlugin();

export default defineConfig({
  base: basePath(),
  plugins: [react(), tailwindcss(), seeds],
  build: { outDir: OUT_DIR },
  environments: {
    ssr: {
      build: {
        outDir: SERVER_OUT_DIR,
        emptyOutDir: true,
        rollupOptions: { input: "src/app/entry-server.tsx" },
      },
    },
  },
  builder: {
    /** `vite build`: the browser bundle, the server renderer, then one HTML file per route. */
    async buildApp(builder) {
      const { client, ssr } = builder.environments;
      if (!client || !ssr)
        throw new Error("Vite did not create the client and ssr environments");
      await builder.build(client);
      await builder.build(ssr);
      const { articles } = await seeds.api.scan();
      const outDir = client.config.build.outDir;
      const root = builder.config.root;
      const pages = await prerenderSite({
        outDir: path.resolve(root, outDir),
        serverEntry: path.resolve(root, SERVER_OUT_DIR, "entry-server.js"),
        base: builder.config.base,
        articles,
        pageSize: PAGE_SIZE,
      });
      builder.config.logger.info(
        `Prerendered ${pages} pages from ${articles.length} articles.`,
      );
    },
  },
});
