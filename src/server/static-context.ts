import type {
  DataRouteMatch,
  DataRouteObject,
  LoaderFunctionArgs,
  StaticHandler,
  StaticHandlerContext,
} from "react-router";

/**
 * Loads what a page needs to prerender, as React Router's static handler would, for the
 * plain case: a URL that one route matches, whose loaders return data. Everything else
 * (no match, a splat or optional segment, a loader that throws or answers with a
 * `Response` or `data(...)`) gets `undefined`, for the handler to answer.
 *
 * Every page of a build is the plain case: it needs none of the handler's machinery (a
 * `Request` and its abort signal, the data strategy, the middleware pipeline), nor React
 * Router's `matchRoutes`, which compiles every route's pattern on each call. The routes'
 * patterns are compiled once here. `/news/articles/harbour-plan/` under the base path
 * `/news/` gives the article route's match, `{ slug: "harbour-plan" }`, and its
 * loaders' data.
 */
export function createContextLoader(
  handler: StaticHandler,
  basename: string,
): (url: URL) => Promise<StaticHandlerContext | undefined> {
  const branches = routeBranches(handler.dataRoutes);
  return async (url) => {
    const pathname = stripBasename(url.pathname, basename);
    if (pathname === undefined) return undefined;
    const found = matchBranch(branches, pathname);
    if (!found) return undefined;
    const { matches, pattern } = found;
    const loaderData: Record<string, unknown> = {};
    let request: Request | undefined;
    for (const match of matches) {
      const { loader } = match.route;
      if (loader === undefined) continue;
      if (typeof loader !== "function") return undefined;
      const args: LoaderFunctionArgs = {
        // Made only for a loader that reads it (the list's, for `?speaker=`).
        get request() {
          return (request ??= new Request(url));
        },
        url,
        pattern,
        params: match.params,
        context: undefined,
      };
      let value: unknown;
      try {
        value = await loader(args);
      } catch {
        return undefined;
      }
      if (value instanceof Response || isDataWithInit(value)) return undefined;
      loaderData[match.route.id] = value;
    }
    return {
      basename,
      location: {
        pathname: url.pathname,
        search: url.search,
        hash: url.hash,
        state: null,
        key: "default",
      },
      matches,
      loaderData,
      actionData: null,
      errors: null,
      statusCode: 200,
      loaderHeaders: {},
      actionHeaders: {},
    };
  };
}

/** A route that renders a page, with its parents and its whole pattern compiled. */
interface Branch {
  routes: DataRouteObject[];
  /** Segments each route of the chain takes from the path. */
  segments: number[];
  matcher: RegExp;
  params: string[];
  /** Static segments rank above parameters, as in React Router. */
  score: number;
  /** The whole pattern, as loaders get it: `/articles/:slug`. */
  pattern: string;
}

/**
 * Every route that renders a page (an index route or one with a path, without
 * children), whose path has only static segments and `:parameters`.
 */
function routeBranches(
  routes: DataRouteObject[],
  parents: DataRouteObject[] = [],
  parentSegments: string[] = [],
  counts: number[] = [],
): Branch[] {
  const branches: Branch[] = [];
  for (const route of routes) {
    const own = (route.path ?? "").split("/").filter(Boolean);
    const segments = [...parentSegments, ...own];
    const chain = [...parents, route];
    const taken = [...counts, own.length];
    if (route.children?.length)
      branches.push(...routeBranches(route.children, chain, segments, taken));
    else if (route.index || route.path !== undefined) {
      // Splats and optional segments are left to React Router.
      if (segments.some((segment) => /[*?]/.test(segment))) continue;
      const params: string[] = [];
      const source = segments
        .map((segment) => {
          if (!segment.startsWith(":")) return escapeRegExp(segment);
          params.push(segment.slice(1));
          return "([^\\/]+)";
        })
        .join("\\/");
      branches.push({
        routes: chain,
        segments: taken,
        matcher: new RegExp(`^\\/${source}\\/*$`, "i"),
        params,
        score: segments.reduce(
          (score, segment) => score + (segment.startsWith(":") ? 3 : 10),
          segments.length,
        ),
        pattern: patternOf(chain),
      });
    }
  }
  return branches.sort((a, b) => b.score - a.score);
}

/** React Router's matches for the first branch that matches, else `undefined`. */
function matchBranch(
  branches: Branch[],
  pathname: string,
): { matches: DataRouteMatch[]; pattern: string } | undefined {
  const decoded = decodePath(pathname);
  for (const branch of branches) {
    const found = branch.matcher.exec(decoded);
    if (!found) continue;
    const params: Record<string, string> = {};
    branch.params.forEach((name, index) => {
      params[name] = (found[index + 1] ?? "").replace(/%2F/g, "/");
    });
    const segments = decoded.split("/").filter(Boolean);
    let taken = 0;
    const matches = branch.routes.map((route, index) => {
      taken += branch.segments[index] ?? 0;
      const last = index === branch.routes.length - 1;
      const base = `/${segments.slice(0, taken).join("/")}`;
      return {
        params,
        // The last route's match keeps the path's trailing slash, as React Router's does.
        pathname: last ? found[0] : base,
        pathnameBase: base,
        route,
      };
    });
    return { matches, pattern: branch.pattern };
  }
  return undefined;
}

/** The path below the base path (`/news/articles/x/` -> `/articles/x/`). */
function stripBasename(pathname: string, basename: string): string | undefined {
  if (basename === "/") return pathname;
  if (!pathname.toLowerCase().startsWith(basename.toLowerCase()))
    return undefined;
  const start = basename.endsWith("/") ? basename.length - 1 : basename.length;
  const next = pathname.charAt(start);
  if (next && next !== "/") return undefined;
  return pathname.slice(start) || "/";
}

/** Each segment decoded, as React Router matches it (a `/` inside one stays `%2F`). */
function decodePath(pathname: string): string {
  if (!pathname.includes("%")) return pathname;
  try {
    return pathname
      .split("/")
      .map((segment) => decodeURIComponent(segment).replace(/\//g, "%2F"))
      .join("/");
  } catch {
    return pathname;
  }
}

/** A chain of routes' whole pattern, as React Router joins it. */
function patternOf(routes: DataRouteObject[]): string {
  const joined = routes
    .map((route) => route.path)
    .filter(Boolean)
    .join("/")
    .replace(/\/\/+/g, "/");
  return joined || "/";
}

/** A loader's `data(value, init)`: its status and headers are the handler's to apply. */
function isDataWithInit(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { type?: unknown }).type === "DataWithResponseInit"
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}
