import { forwardRef } from "react";
import { useHydrated } from "../hooks/use-hydrated.ts";
import { SHORTCUTS } from "../shortcuts.ts";

/**
 * The `?` overlay: a modal dialog listing every keyboard shortcut. Esc closes it. Its
 * contents come with the app, not in every prerendered page: only the app opens it.
 */
export const ShortcutHelp = forwardRef<HTMLDialogElement>(
  function ShortcutHelp(_props, ref) {
    const hydrated = useHydrated();
    return (
      <dialog
        ref={ref}
        aria-labelledby="shortcut-help-title"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-6 text-stone-900 backdrop:bg-black/40 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
      >
        {hydrated && <ShortcutList />}
      </dialog>
    );
  },
);

function ShortcutList() {
  return (
    <>
      <h2 id="shortcut-help-title" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <table className="mt-4 w-full text-sm">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr
              key={shortcut.action}
              className="border-b border-stone-200 last:border-0 dark:border-stone-700"
            >
              <td className="py-2 pr-4 whitespace-nowrap">
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && " then "}
                    <kbd className="rounded border border-stone-300 px-1.5 py-0.5 font-mono dark:border-stone-600">
                      {key}
                    </kbd>
                  </span>
                ))}
              </td>
              <td className="py-2">{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="mt-4 text-right">
        <button
          type="submit"
          className="rounded-md border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-600"
        >
          Close
        </button>
      </form>
    </>
  );
}
