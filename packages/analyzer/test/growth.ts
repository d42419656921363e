/**
 * Growth checks without a wall-clock bound: how much longer work takes on an input four times as large, measured
 * against itself within one run, so a slow or busy machine changes both sides alike. Linear work gives about 4,
 * quadratic 16; the tests allow up to LINEAR_BOUND.
 */
export const LINEAR_BOUND = 10

/** Milliseconds of the fastest of `tries` runs (the least disturbed by other work on the machine). */
const fastest = (work: () => unknown, tries: number): number => {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < tries; i++) {
    const started = performance.now()
    work()
    best = Math.min(best, performance.now() - started)
  }
  return best
}

/**
 * Time on `4n` over time on `n` (after one warm-up run on `n`), the fastest of `tries` runs each. Pick `n` so that a
 * run on it takes tens of milliseconds: on inputs of a few milliseconds, garbage collection alone skews the ratio.
 * Five tries by default: with three, a busy two-core CI machine once gave 10.06 on the claims check (typical 3 to 6).
 */
export const growthOf = (work: (n: number) => unknown, n: number, tries = 5): number => {
  work(n)
  return fastest(() => work(4 * n), tries) / fastest(() => work(n), tries)
}
