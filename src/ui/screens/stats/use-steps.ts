// Spreads a big drawing over several tasks: a count of steps that goes up by one per macrotask once started.
import { useEffect, useState } from 'preact/hooks';

/**
 * 0 until `start` is true, then 1, 2 … `steps`, one per macrotask, so each step's rendering is a task of its own and
 * input gets in between (the heatmap's 365 cells in one go were a 100 ms task at 4× CPU). Back to 0 when `key` changes.
 */
export function useSteps(start: boolean, steps: number, key: unknown): number {
  const [state, setState] = useState({ key, done: 0 });
  const done = state.key === key ? state.done : 0;
  useEffect(() => {
    if (!start || done >= steps) return;
    const timer = setTimeout(() => setState({ key, done: done + 1 }), 0);
    return () => clearTimeout(timer);
  }, [start, done, steps, key]);
  return start ? done : 0;
}
