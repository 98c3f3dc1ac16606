import { useEffect, useRef } from "react";

/** Keys to handlers; a two-key sequence is written with a space: `"g s"`. */
export type ShortcutMap = Record<string, (event: KeyboardEvent) => void>;

/** How long the second key of a sequence (`g` then `s`) may wait. */
const SEQUENCE_MS = 1000;

/** True when the key belongs to a field the reader is typing in. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)
  );
}

/**
 * Single-key shortcuts (`j`, `/`, `?`) and sequences (`g s`), ignored while typing in a
 * field or with Ctrl/Alt/Meta held, so browser and system shortcuts keep working.
 */
export function useShortcuts(shortcuts: ShortcutMap): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    let pending: { key: string; at: number } | null = null;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (
        event.defaultPrevented ||
        event.ctrlKey ||
        event.altKey ||
        event.metaKey
      )
        return;
      if (isTyping(event.target)) return;
      const map = latest.current;
      const sequence =
        pending && event.timeStamp - pending.at < SEQUENCE_MS
          ? `${pending.key} ${event.key}`
          : null;
      pending = null;
      const handler = (sequence && map[sequence]) || map[event.key];
      if (handler) {
        event.preventDefault();
        handler(event);
        return;
      }
      if (Object.keys(map).some((key) => key.startsWith(`${event.key} `))) {
        pending = { key: event.key, at: event.timeStamp };
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
