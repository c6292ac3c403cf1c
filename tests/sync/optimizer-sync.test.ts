// Trained weights travel through history sync: the device that receives them recomputes its memory states with them.
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_TRUE_WEIGHTS } from '../../src/core/optimizer/synthetic-learner.ts';
import { applyParameters } from '../../src/storage/optimizer-store.ts';
import { REDERIVE_KEY } from '../../src/storage/sync/rederive.ts';
import { DAY, HOUR, T0 } from '../fixtures/review/clock.ts';
import { syncNow, useCouchServer, type Device } from './couch-devices.ts';

const { device } = useCouchServer();

const sync = syncNow;
const states = async (d: Device) => Object.fromEntries((await d.raw.states.toArray()).filter((s) => s.phase !== 0).map((s) => [s.cardId, { ...s }]));

describe('optimizer weights over history sync', () => {
  it('applied on one device: the other gets them and the same memory states; a reset travels back to the defaults', async () => {
    const name = `weights-${Math.random().toString(36).slice(2, 8)}`;
    const [a, b] = [await device(name), await device(name)];
    for (const [day, grade] of [[0, 3], [1, 3], [4, 1], [5, 3]] as const) await a.rc.grade('road:a1', grade, T0 + day * DAY + HOUR);
    await b.rc.grade('road:b1', 2, T0 + DAY);
    await b.rc.grade('road:b1', 3, T0 + 3 * DAY);
    for (const d of [a, b, a]) expect(await sync(d, T0 + 6 * DAY)).toMatchObject({ ok: true });
    const original = await states(b);
    expect(await states(a)).toEqual(original);

    await applyParameters(a.raw, SYNTHETIC_TRUE_WEIGHTS);
    expect(await sync(a, T0 + 6 * DAY)).toMatchObject({ ok: true, sent: 1 });
    expect(await sync(b, T0 + 6 * DAY)).toMatchObject({ ok: true, received: 1 });
    expect((await b.rc.getSettings()).parameters).toEqual(SYNTHETIC_TRUE_WEIGHTS);
    const applied = await states(b);
    expect(applied).toEqual(await states(a));
    // The weights did move the memory states (on both, a card reviewed on either), and kept the due dates.
    for (const id of ['road:a1', 'road:b1']) {
      expect(applied[id]!.stability).not.toBeCloseTo(original[id]!.stability, 3);
      expect(applied[id]!.due).toBe(original[id]!.due);
    }
    expect(await b.raw.syncState.get(REDERIVE_KEY)).toBeUndefined();

    await applyParameters(a.raw, null);
    expect(await sync(a, T0 + 7 * DAY)).toMatchObject({ ok: true, sent: 1 });
    expect(await sync(b, T0 + 7 * DAY)).toMatchObject({ ok: true, received: 1 });
    expect((await b.rc.getSettings()).parameters).toBeUndefined();
    const reset = await states(b);
    expect(reset).toEqual(await states(a));
    for (const id of ['road:a1', 'road:b1']) expect(reset[id]!.stability).toBeCloseTo(original[id]!.stability, 8);
  }, 60_000);

  it('a recompute cut short (the mark left set) finishes on the next sync', async () => {
    const name = `weights-${Math.random().toString(36).slice(2, 8)}`;
    const [a, b] = [await device(name), await device(name)];
    await a.rc.grade('road:a1', 3, T0);
    await a.rc.grade('road:a1', 4, T0 + 2 * DAY);
    for (const d of [a, b]) await sync(d, T0 + 3 * DAY);
    await applyParameters(a.raw, SYNTHETIC_TRUE_WEIGHTS);
    await sync(a, T0 + 3 * DAY);
    // As if the tab closed after the pull stored the weights and the mark, before any state was recomputed.
    await b.raw.settings.put({ key: 'app', value: { ...(await b.rc.getSettings()), parameters: [...SYNTHETIC_TRUE_WEIGHTS] } });
    await b.raw.syncState.put({ key: REDERIVE_KEY, value: true });
    expect(await sync(b, T0 + 3 * DAY)).toMatchObject({ ok: true });
    expect(await states(b)).toEqual(await states(a));
  }, 60_000);

  it('reviews of one card given at the same instant on both devices: both recompute them in the same order', async () => {
    const name = `weights-${Math.random().toString(36).slice(2, 8)}`;
    const [a, b] = [await device(name), await device(name)];
    // Each device holds its own review under the lower log id; the recompute must not follow log ids.
    await a.rc.grade('road:a1', 4, T0, { reviewId: 'r-b' });
    await b.rc.grade('road:a1', 1, T0, { reviewId: 'r-a' });
    for (const d of [a, b, a]) await sync(d, T0 + DAY);
    expect(await states(a)).toEqual(await states(b));
    await applyParameters(a.raw, SYNTHETIC_TRUE_WEIGHTS);
    await sync(a, T0 + DAY);
    await sync(b, T0 + DAY);
    expect(await states(b)).toEqual(await states(a));
  }, 60_000);
});
