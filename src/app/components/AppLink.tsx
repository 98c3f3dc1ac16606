import {
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  createContext,
  createElement,
  use,
} from "react";
import { type NavigateFunction, useLocation, useNavigate } from "react-router";

/** Vite's base without its trailing slash: `` or `/news`. */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, "");

/** The URL of one of the app's paths (from `paths`), with the base path. */
export function appHref(to: string): string {
  return BASE + to;
}

interface AppLinkProps extends Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  "href"
> {
  /** An absolute app path from `paths` (`/articles/x/`), without the base path. */
  to: string;
}

const Navigate = createContext<NavigateFunction | null>(null);

/**
 * Gives the {@link AppLink}s below it the router's `navigate`, read once here rather
 * than by each link: `useNavigate` in every link was a seventh of the time a speaker's
 * page (dozens of links) takes to prerender.
 */
export function AppNavigation({ children }: { children: ReactNode }) {
  return <Navigate value={useNavigate()}>{children}</Navigate>;
}

/**
 * A link to one of the app's own pages: a plain `<a>` whose left click navigates in
 * the app, as React Router's `<Link>` does. Our paths are absolute, so nothing needs
 * resolving on each render, which for `<Link>` was a quarter of prerendering's React
 * time. Clicks with a modifier key (new tab, new window) are the browser's, and so is
 * every click outside {@link AppNavigation}.
 */
export function AppLink(props: AppLinkProps) {
  const { to, onClick, target } = props;
  const navigate = use(Navigate);
  const follow = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (
      !navigate ||
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.altKey ||
      event.ctrlKey ||
      event.shiftKey ||
      (target !== undefined && target !== "_self")
    )
      return;
    event.preventDefault();
    void navigate(to);
  };
  const anchor = propsWithout(props, "to", "onClick");
  anchor.href = appHref(to);
  anchor.onClick = follow;
  return createElement("a", anchor);
}

interface AppNavLinkProps extends Omit<AppLinkProps, "className"> {
  /** Active only on this exact path, not on the paths below it. */
  end?: boolean;
  className: (state: { isActive: boolean }) => string;
}

/** An {@link AppLink} in a navigation bar: marked as the current page when it is. */
export function AppNavLink(props: AppNavLinkProps) {
  const { to, end, className } = props;
  const { pathname } = useLocation();
  const isActive = end ? pathname === to : pathname.startsWith(to);
  const link = propsWithout(props, "end", "className");
  link.className = className({ isActive });
  link["aria-current"] = isActive ? "page" : undefined;
  return createElement(AppLink, link as unknown as AppLinkProps);
}

/**
 * A copy of `props` without two of them, made key by key: object rest and spread over the
 * many shapes of links cost about 1.5 µs a link (a speaker's page has dozens), a loop a
 * tenth of that.
 */
function propsWithout<Props extends object>(
  props: Props,
  first: keyof Props,
  second: keyof Props,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key in props)
    if (key !== first && key !== second) copy[key] = props[key];
  return copy;
}
