// Performance marks for the benchmarks (grade-to-paint, queue build), best effort.

/** A performance measure the benchmarks read; never lets a missing API (old browsers, jsdom) break studying. */
export function measureSince(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Measuring is best effort.
  }
}
