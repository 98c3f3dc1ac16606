import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Plugin, searchForWorkspaceRoot } from "vite";

/**
 * This package's own folder, which holds the app: its page (`index.html`), its code
 * (`src/app`, `src/server`, `src/sw.ts`) and its public files (`public/`). Another
 * project's Vite root needs none of them: the plugin finds them here.
 */
export const APP_ROOT = path.resolve(
  fileURLToPath(new URL("../../", import.meta.url)),
);

/** The app's entry as `index.html` names it, from the app's folder. */
const CLIENT_ENTRY = "/src/app/entry-client.tsx";

/** A file of the app's folder (`src/server/entry-server.tsx`), as an absolute path. */
export function appFile(file: string): string {
  return path.join(APP_ROOT, file);
}

/**
 * The app's `index.html` with its entry script at `entry`: the absolute path for a
 * build, a `/@fs/` URL for the dev server.
 */
function appPage(entry: string): string {
  const page = readFileSync(appFile("index.html"), "utf8");
  const script = `src="${CLIENT_ENTRY}"`;
  if (!page.includes(script))
    throw new Error(`${appFile("index.html")} no longer loads ${CLIENT_ENTRY}`);
  return page.replace(script, `src="${entry}"`);
}

/**
 * The app's page in a project of its own (a Vite root other than this package's): the
 * root's `index.html`, which the build bundles from and the dev server serves, is the
 * app's, with its entry script in this package. The project holds only its config and
 * seeds. In this package's own folder, its `index.html` is that file and nothing changes.
 */
export function appPagePlugin(): Plugin {
  let page = appFile("index.html");
  /** Whether the Vite root is another project's. */
  const elsewhere = (): boolean => page !== appFile("index.html");
  return {
    name: "quote-reader:app-page",
    enforce: "pre",

    config(config) {
      const root = path.resolve(config.root ?? process.cwd());
      page = path.join(root, "index.html");
      if (!elsewhere()) return;
      return {
        // The app's favicon, theme script and icons, unless the project names its own.
        publicDir: config.publicDir ?? appFile("public"),
        // The dev server may serve the app's code from this package's folder.
        server: {
          fs: {
            allow: config.server?.fs?.allow
              ? [APP_ROOT]
              : [searchForWorkspaceRoot(root), APP_ROOT],
          },
        },
      };
    },

    resolveId: {
      filter: { id: /index\.html$/ },
      handler(id) {
        if (elsewhere() && id === page) return page;
        return undefined;
      },
    },

    load: {
      filter: { id: /index\.html$/ },
      handler(id) {
        if (elsewhere() && id === page) return appPage(appFile(CLIENT_ENTRY));
        return undefined;
      },
    },

    // After Vite's own middlewares have turned a page's URL into `/index.html`
    // (its single-page fallback), before it looks for that file in the root.
    configureServer(server) {
      if (!elsewhere()) return;
      return () => {
        server.middlewares.use((request, response, next) => {
          if (request.url?.split("?")[0] !== "/index.html") return next();
          const entry = `/@fs${appFile(CLIENT_ENTRY).split(path.sep).join("/")}`;
          server
            .transformIndexHtml(
              request.originalUrl ?? "/",
              appPage(entry),
              request.originalUrl,
            )
            .then((html) => {
              response.setHeader("Content-Type", "text/html");
              response.end(html);
            }, next);
        });
      };
    },
  };
}
