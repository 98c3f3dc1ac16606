/** Shown while a page that was not prerendered (dev, the 404 page) loads its data. */
export function LoadingPage() {
  return (
    <p
      role="status"
      className="mx-auto max-w-6xl px-4 py-8 text-stone-600 dark:text-stone-400"
    >
      Loading…
    </p>
  );
}
