// Sync by itself: at start, after a study or drill session is left, when the network comes back; never with a card on screen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppData } from '../../src/ui/data/app-data.tsx';
import { isMidSession, startAutoSync, SYNCED_EVENT } from '../../src/ui/sync/auto-sync.ts';
import { HISTORY_RECEIVED_EVENT } from '../../src/ui/sync/received-event.ts';


let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  window.history.replaceState(null, '', '/');
});

function fakeApp(configured = true, received = 0) {
  const run = vi.fn(async () => ({ at: 0, ok: true, sent: 0, received }));
  const sync = { config: async () => (configured ? { url: 'http://x', db: 'd', user: 'u', password: 'p' } : null), run, saveConfig: vi.fn(), status: vi.fn() };
  const loaded = vi.fn(async () => sync);
  const data = { ready: Promise.resolve({ historySync: loaded, syncConfigured: async () => configured }), now: () => 1 } as unknown as AppData;
  return { data, run, loaded };
}

const tick = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

describe('automatic sync', () => {
  it('tells study and drill routes (a card may be on screen) from the others', () => {
    expect(['/study/all', '/study/go', '/drill', '/drill/go'].map(isMidSession)).toEqual([true, true, true, true]);
    expect(['/', '/settings', '/stats', '/card/x', '/studyx'].map(isMidSession)).toEqual([false, false, false, false, false]);
  });

  it('waits while a session is open, runs once it is left, and again when the network comes back', async () => {
    window.history.replaceState(null, '', '/study/go');
    const { data, run } = fakeApp();
    const heard = vi.fn();
    addEventListener(SYNCED_EVENT, heard);
    stop = startAutoSync(data, 10);
    await tick();
    expect(run).not.toHaveBeenCalled();
    window.history.replaceState(null, '', '/');
    await tick();
    expect(run).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledTimes(1);
    await tick();
    expect(run).toHaveBeenCalledTimes(1);
    dispatchEvent(new Event('online'));
    await tick();
    expect(run).toHaveBeenCalledTimes(2);
    removeEventListener(SYNCED_EVENT, heard);
  });

  it('runs at start when no card is on screen, and never (nor loads its code) without a server set', async () => {
    const configured = fakeApp();
    stop = startAutoSync(configured.data, 10);
    await tick();
    expect(configured.run).toHaveBeenCalledTimes(1);
    stop();
    const bare = fakeApp(false);
    stop = startAutoSync(bare.data, 10);
    await tick();
    expect(bare.run).not.toHaveBeenCalled();
    // Nor is sync's code fetched on a device that never set a server.
    expect(bare.loaded).not.toHaveBeenCalled();
  });

  it('tells the page when a sync received something (Home reads its counts again), and only then', async () => {
    const heard = vi.fn();
    addEventListener(HISTORY_RECEIVED_EVENT, heard);
    const quiet = fakeApp(true, 0);
    stop = startAutoSync(quiet.data, 10);
    await tick();
    expect(quiet.run).toHaveBeenCalledTimes(1);
    expect(heard).not.toHaveBeenCalled();
    stop();
    const busy = fakeApp(true, 3);
    stop = startAutoSync(busy.data, 10);
    await tick();
    expect(heard).toHaveBeenCalledTimes(1);
    removeEventListener(HISTORY_RECEIVED_EVENT, heard);
  });
});
