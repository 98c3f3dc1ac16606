/**
 * The index `step` places on from `current` in a list of `length`, going round at either
 * end; from nothing chosen (`-1`), the first going forward and the last going back.
 * `stepIndex(4, 1, 5)` -> 0, `stepIndex(-1, -1, 5)` -> 4.
 */
export function stepIndex(
  current: number,
  step: 1 | -1,
  length: number,
): number {
  if (current < 0) return step === 1 ? 0 : length - 1;
  return (current + step + length) % length;
}
