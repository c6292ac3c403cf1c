// Preact 11 runs an unmounted component's effect cleanups after the next paint (a timer), not during unmount: a file's
// last test would have them fire after jsdom's window is gone (`removeEventListener is not defined`). Let them run first.
import { afterAll } from 'vitest';

/** Longer than preact's frame fallback (35 ms) plus the timeout it then queues. */
const AFTER_PAINT_MS = 100;

afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, AFTER_PAINT_MS)));
