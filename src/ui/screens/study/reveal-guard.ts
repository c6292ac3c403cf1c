// No grade the learner did not mean: grades within a short window after the reveal are the second tap of a double tap.

/**
 * 350 ms. A double tap's second touch comes 100–300 ms after the first (Android's DOUBLE_TAP_TIMEOUT is 300 ms;
 * the double tap was 120 ms apart), so the window covers it with a margin. AnkiDroid started with 200 ms
 * (PR #3591) and later made it a setting because a longer lock reads as a dead button to fast reviewers (#9042);
 * reading an answer takes well over a second, so 350 ms is never felt on a meant grade. The grade buttons also
 * stand above the reveal button's spot, so a slower second tap still lands on no grade.
 */
export const REVEAL_GUARD_MS = 350;

export class RevealGuard {
  private revealedAt = -Infinity;
  private overTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly ms: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** The answer was shown now: the window starts. A blocked tap does not restart it, so tapping again works. */
  revealed(): void {
    this.revealedAt = this.clock();
  }

  tooSoon(): boolean {
    return this.clock() - this.revealedAt < this.ms;
  }

  /** Calls `over` when the window that started now has passed (never with no window), so grades can look ready. */
  whenOver(over: () => void): void {
    if (this.ms <= 0) return;
    // Only the latest reveal's window counts: an earlier reveal's timer must not mark these grades ready before their window ends.
    clearTimeout(this.overTimer);
    // Asked of the guard's own clock, not the timer: a timer may run a little ahead of it, and grades shown ready
    // must never ignore a tap (a loaded phone once showed them ready while tooSoon still refused the grade).
    const check = () => {
      const left = this.ms - (this.clock() - this.revealedAt);
      if (left > 0) this.overTimer = setTimeout(check, Math.max(1, Math.ceil(left)));
      else over();
    };
    this.overTimer = setTimeout(check, this.ms);
  }

  stop(): void {
    clearTimeout(this.overTimer);
  }
}
