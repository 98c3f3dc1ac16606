import path from "node:path";
import type { Plugin } from "vite";
import type { SeedsApi } from "./seeds-plugin.ts";

/** The dev-only banner module; outside `virtual:quote-reader/` so the seeds plugin ignores it. */
const WARNINGS_ID = "virtual:quote-reader-warnings";
const RESOLVED_ID = `\0${WARNINGS_ID}`;

/**
 * `npm run dev` only: after every scan of the seeds folder, each file that could not be
 * used is a warning in the terminal and in a banner on the page. The server keeps
 * running; fixing the file rescans and reloads, and the warning goes.
 *
 * Needs the {@link SeedsApi} of the seeds plugin, listed before this one.
 */
export function seedWarningsPlugin(seeds: SeedsApi): Plugin {
  return {
    name: "quote-reader:seed-warnings",
    apply: "serve",

    resolveId: {
      filter: { id: new RegExp(`^${WARNINGS_ID}$`) },
      handler: () => RESOLVED_ID,
    },

    load: {
      filter: { id: new RegExp(`^\0${WARNINGS_ID}$`) },
      async handler() {
        return bannerModule(await currentWarnings(seeds));
      },
    },

    configureServer(server) {
      const logger = server.config.logger;
      const report = (): void => {
        void currentWarnings(seeds).then((lines) => {
          for (const line of lines)
            logger.warn(`[seeds] ${line}`, { timestamp: true });
        });
      };
      report();
      server.watcher.on("all", (_event, file) => {
        if (path.dirname(path.resolve(file)) !== seeds.dir()) return;
        // The seeds plugin reloads the page: the banner must be rebuilt with it.
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
        // After every listener ran, so the seeds plugin has dropped its last scan.
        setTimeout(report, 0);
      });
    },

    transformIndexHtml: {
      order: "pre",
      handler: () => [
        {
          tag: "script",
          // Vite puts its `base` in front of root-relative URLs in index.html.
          attrs: { type: "module", src: `/@id/${WARNINGS_ID}` },
          injectTo: "body",
        },
      ],
    },
  };
}

/** Warnings of the last scan; a seeds folder that cannot be read is one warning. */
async function currentWarnings(seeds: SeedsApi): Promise<string[]> {
  try {
    return await seeds.warnings();
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

/**
 * A dismissible banner listing `warnings`, built with `textContent` only: a file named
 * `<img src=x onerror=alert(1)>.txt` is shown, never run.
 */
export function bannerModule(warnings: readonly string[]): string {
  if (warnings.length === 0) return "export {};\n";
  // `<` escaped: the module is plain JS, but stays harmless if ever inlined in HTML.
  const data = JSON.stringify(warnings).replace(/</g, "\\u003c");
  return `const warnings = ${data};
const box = document.createElement("div");
box.setAttribute("role", "alert");
box.id = "quote-reader-seed-warnings";
box.style.cssText = "position:fixed;z-index:9999;left:1rem;right:1rem;bottom:1rem;max-height:40vh;overflow:auto;padding:1rem;background:#fef3c7;color:#1c1917;border:2px solid #b45309;border-radius:.5rem;font:14px/1.4 system-ui,sans-serif";
const heading = document.createElement("strong");
heading.textContent = "Seeds: " + warnings.length + " file" + (warnings.length === 1 ? "" : "s") + " could not be used (see the terminal)";
const list = document.createElement("ul");
for (const warning of warnings) {
  const item = document.createElement("li");
  item.textContent = warning;
  list.append(item);
}
const close = document.createElement("button");
close.type = "button";
close.textContent = "Dismiss";
close.addEventListener("click", () => box.remove());
box.append(heading, list, close);
document.body.append(box);
export {};
`;
}
