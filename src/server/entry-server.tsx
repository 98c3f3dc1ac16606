import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import {
  createStaticHandler,
  createStaticRouter,
  type StaticHandler,
  type StaticHandlerContext,
  StaticRouterProvider,
  type UIMatch,
} from "react-router";
import type { RenderResult } from "../model/page.ts";
import { metaFromMatches } from "../app/meta.ts";
import { basename, routes } from "../app/routes.tsx";
import { createContextLoader } from "./static-context.ts";

let handler: StaticHandler | undefined;
let loadContext: ReturnType<typeof createContextLoader> | undefined;

/**
 * Renders one URL (including the base path) to HTML at build time, with loaders run
 * and the meta for `<title>` and link previews.
 */
export async function render(url: string): Promise<RenderResult> {
  // One handler for every page: making it compiles every route's pattern.
  handler ??= createStaticHandler(routes, { basename });
  loadContext ??= createContextLoader(handler, basename);
  const href = new URL(url, "http://localhost");
  // The plain case without the handler's machinery; the handler for anything else.
  const context: StaticHandlerContext | Response =
    (await loadContext(href)) ?? (await handler.query(new Request(href)));
  if (context instanceof Response)
    throw new Error(`${url} redirects; nothing to prerender`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  const matches: UIMatch[] = context.matches.map((match) => ({
    id: match.route.id,
    pathname: match.pathname,
    params: match.params,
    data: context.loaderData[match.route.id],
    loaderData: context.loaderData[match.route.id],
    handle: match.route.handle,
  }));
  return {
    status: context.statusCode,
    html,
    meta: metaFromMatches(matches),
    payload: {
      path: href.pathname,
      loaderData: context.loaderData,
    },
  };
}
