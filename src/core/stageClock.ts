/**
 * The cost of each stage, for whoever measures it (npm run bench). Off unless a clock is set:
 * the stages then run with no timing at all.
 */
export type StageClock = (stage: string, ms: number) => void;

let clock: StageClock | null = null;

/** Starts (or, with null, stops) reporting each stage's time to `c`. */
export function measureStages(c: StageClock | null): void {
  clock = c;
}

/** Runs one stage, reporting its time when a clock is set. */
export function stage<T>(name: string, run: () => T): T {
  if (!clock) return run();
  const t0 = performance.now();
  const out = run();
  clock(name, performance.now() - t0);
  return out;
}
