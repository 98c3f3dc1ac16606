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
import {
  SpeakerPage,
  speakerHandle,
  speakerLoader,
} from "./routes/speaker.tsx";
import {
  SpeakersPage,
  speakersHandle,
  speakersLoader,
} from "./routes/speakers.tsx";

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
          {
            path: "speakers",
            loader: speakersLoader,
            handle: speakersHandle,
            Component: SpeakersPage,
          },
          {
            path: "speakers/:slug",
            loader: speakerLoader,
            handle: speakerHandle,
            Component: SpeakerPage,
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
