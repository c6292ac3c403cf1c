// A screen with work in progress (a drill) keeps the page while it is open: a newer version's reload waits until the
// learner leaves it and its writes settle; the banner still offers the reload at once.
import { useLayoutEffect } from 'preact/hooks';
import { holdReloadFor, setCardOnScreen } from './update-state.ts';

export function useHoldUpdateWhileOpen(settled: () => Promise<unknown>): void {
  // Layout effect: held from the first paint, so an update found in the same frame already waits.
  useLayoutEffect(() => {
    const release = holdReloadFor(settled);
    setCardOnScreen(true);
    return () => {
      setCardOnScreen(false);
      void settled().finally(release);
    };
  }, []);
}
