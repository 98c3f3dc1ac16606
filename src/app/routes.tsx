import type { RouteObject } from "react-router";
import {
  ArticlePage,
  articleHandle,
  articleLoader,
} from "./routes/article.tsx";
import { ErrorPage } from "./routes/ErrorPage.tsx";
import { HomePage, homeHandle, homeLoader } from "./routes/home.tsx";
import { LoadingPage } from "./routes/LoadingPage.tsx";
import { NotFoundPage } from "./routes/NotFoundPage.tsx";
import { RootLayout } from "./routes/RootLayout.tsx";

/** Every page of the site. The same objects serve prerendering and the browser. */
export const routes: RouteObject[] = [
  {
    path: "/",
    Component: RootLayout,
    HydrateFallback: LoadingPage,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          {
            index: true,
            loader: homeLoader,
            handle: homeHandle,
            Component: HomePage,
          },
          {
            path: "page/:page",
            loader: homeLoader,
            handle: homeHandle,
            Component: HomePage,
          },
          {
            path: "articles/:slug",
            loader: articleLoader,
            handle: articleHandle,
            Component: ArticlePage,
          },
          { path: "*", Component: NotFoundPage },
        ],
      },
    ],
  },
];

/**
 * Router basename: Vite's `base` (`BASE_PATH`), trailing slash kept so that the home link
 * is `/news/`, the folder a static server serves, not `/news`.
 */
export const basename = import.meta.env.BASE_URL;
