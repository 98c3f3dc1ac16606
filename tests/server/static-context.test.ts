// First: its mocked data layer (over `store`) must be in place before the routes load.
import { store } from "../app/render-app.tsx";
import { createStaticHandler, type StaticHandlerContext } from "react-router";
import { describe, expect, it } from "vitest";
import { createContextLoader } from "../../src/server/static-context.ts";
import { routes } from "../../src/app/routes.tsx";
import { collectSpeakers } from "../../src/plugin/speakers.ts";
import { manyArticles } from "../app/fixtures/articles.ts";

/** What both ways of loading agree on: a context without its functions. */
function comparable(context: StaticHandlerContext) {
  return {
    location: {
      pathname: context.location.pathname,
      search: context.location.search,
      hash: context.location.hash,
    },
    matches: context.matches.map((match) => ({
      id: match.route.id,
      params: match.params,
      pathname: match.pathname,
      pathnameBase: match.pathnameBase,
    })),
    loaderData: context.loaderData,
    errors: context.errors,
    statusCode: context.statusCode,
  };
}

describe.each(["/", "/news/"])(
  "loading a page to prerender, under %s",
  (basename) => {
    store.articles = manyArticles(45);
    const handler = createStaticHandler(routes, { basename });
    const load = createContextLoader(handler, basename);
    const base = basename.slice(0, -1);
    const [first] = store.articles;
    const speaker = collectSpeakers(store.articles)[0];

    it.each([
      "/",
      "/page/2/",
      "/page/3",
      "/page/%32/",
      `/articles/${first?.slug}/`,
      `/articles/${first?.slug}`,
      `/ARTICLES/${first?.slug}/`,
      "/speakers/",
      `/speakers/${speaker?.slug}/`,
      `/?speaker=${encodeURIComponent(speaker?.name ?? "")}`,
    ])("gives what React Router's handler gives for %s", async (route) => {
      const url = new URL(base + route, "http://localhost");
      const direct = await load(url);
      const routed = await handler.query(new Request(url));
      if (routed instanceof Response) throw new Error("redirected");
      expect(direct).toBeDefined();
      expect(comparable(direct as StaticHandlerContext)).toEqual(
        comparable(routed),
      );
      // The handler's own route objects: React Router renders from them.
      direct?.matches.forEach((match, index) =>
        expect(match.route).toBe(routed.matches[index]?.route),
      );
    });

    it.each([
      "/articles/no-such-article/",
      "/speakers/nobody-at-all/",
      "/page/0/",
      "/page/99/",
    ])("leaves %s (a loader's 404) to the handler", async (route) => {
      const url = new URL(base + route, "http://localhost");
      expect(await load(url)).toBeUndefined();
      const routed = await handler.query(new Request(url));
      expect(routed instanceof Response ? 0 : routed.statusCode).toBe(404);
    });

    it.each(["/no/such/page/", "/articles/"])(
      "leaves %s (the catch-all route) to the handler",
      async (route) => {
        const url = new URL(base + route, "http://localhost");
        expect(await load(url)).toBeUndefined();
        const routed = await handler.query(new Request(url));
        if (routed instanceof Response) throw new Error("redirected");
        expect(routed.matches.at(-1)?.route.path).toBe("*");
      },
    );

    it("loads nothing outside the base path", async () => {
      if (basename === "/") return;
      expect(
        await load(new URL("/articles/x/", "http://localhost")),
      ).toBeUndefined();
    });
  },
);
