/** Switches the reader between the whole text and only its quotes. */
export function QuoteViewToggle({
  quotesOnly,
  onChange,
}: {
  quotesOnly: boolean;
  onChange: (next: boolean) => void;
}) {
  return (
    <button
      type="button"
      aria-pressed={quotesOnly}
      onClick={() => onChange(!quotesOnly)}
      className="rounded-md border border-stone-300 px-3 py-1.5 font-sans text-sm print:hidden aria-pressed:border-amber-600 aria-pressed:bg-amber-100 dark:border-stone-600 dark:aria-pressed:bg-amber-900/60"
    >
      Quotes only
    </button>
  );
}
