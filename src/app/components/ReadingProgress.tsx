import { type RefObject, useEffect, useState } from "react";

/** How far through the article the reader is, as a thin bar along the top of the window. */
export function ReadingProgress({
  target,
}: {
  target: RefObject<HTMLElement | null>;
}) {
  const [percent, setPercent] = useState(0);

  useEffect(() => {
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const element = target.current;
      if (!element) return;
      const box = element.getBoundingClientRect();
      const travel = box.height - window.innerHeight;
      const done =
        travel <= 0 ? 1 : Math.min(1, Math.max(0, -box.top / travel));
      setPercent(Math.round(done * 100));
    };
    const onScroll = (): void => {
      if (!frame) frame = window.requestAnimationFrame(measure);
    };
    onScroll();
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    return () => {
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
      window.cancelAnimationFrame(frame);
    };
  }, [target]);

  // <progress>, not a styled div: no inline style, so a strict Content-Security-Policy holds.
  return (
    <progress
      className="reading-progress print:hidden"
      aria-label="Reading progress"
      max={100}
      value={percent}
    />
  );
}
