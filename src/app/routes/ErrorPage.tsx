import { isRouteErrorResponse, useRouteError } from "react-router";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { OfflinePage } from "./OfflinePage.tsx";

/** 404s show the not-found page; offline, what was never saved says so; else what went wrong. */
export function ErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404)
    return <NotFoundPage />;
  if (isRouteErrorResponse(error) && error.status === 503)
    return <OfflinePage />;
  const message = error instanceof Error ? error.message : "Unknown error";
  return (
    <div className="mx-auto max-w-[65ch]">
      <h1 className="font-serif text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4">This page could not be shown: {message}</p>
    </div>
  );
}
