// Trained weights travel in backups: exported with the settings, restored with them, refused whole when malformed.
import { afterEach, describe, expect, it } from 'vitest';
import { readBackup } from '../../src/core/backup/read.ts';
import { SYNTHETIC_TRUE_WEIGHTS } from '../../src/core/optimizer/synthetic-learner.ts';
import { applyParameters } from '../../src/storage/optimizer-store.ts';
import { DAY, T0 } from '../fixtures/review/clock.ts';
import { closeAll, freshDevice, snapshot, studiedDevice } from '../backup/helpers.ts';

afterEach(closeAll);

async function exportedWithParameters(): Promise<Record<string, unknown> & { settings: Record<string, unknown> }> {
  const source = await studiedDevice();
  await applyParameters(source.raw, SYNTHETIC_TRUE_WEIGHTS);
  return JSON.parse(JSON.stringify(await source.rc.exportBackup(T0 + 5 * DAY)));
}

describe('parameters in backups', () => {
  it('are exported as settings.parameters and restored with the settings', async () => {
    const file = await exportedWithParameters();
    expect(file.settings.parameters).toEqual(SYNTHETIC_TRUE_WEIGHTS);
    const target = await freshDevice();
    const result = await target.rc.importBackup(JSON.stringify(file), { restoreSettings: true });
    expect(result.ok).toBe(true);
    expect((await target.rc.getSettings()).parameters).toEqual(SYNTHETIC_TRUE_WEIGHTS);
  });

  it('an older backup without them still imports, and the defaults stay', async () => {
    const file = await exportedWithParameters();
    delete file.settings.parameters;
    const target = await freshDevice();
    expect((await target.rc.importBackup(JSON.stringify(file), { restoreSettings: true })).ok).toBe(true);
    expect((await target.rc.getSettings()).parameters).toBeUndefined();
  });

  it('refuses a file whose parameters are not 21 numbers, saying where, and changes nothing', async () => {
    const file = await exportedWithParameters();
    for (const bad of [SYNTHETIC_TRUE_WEIGHTS.slice(0, 19), [...SYNTHETIC_TRUE_WEIGHTS.slice(0, 20), null], 'w']) {
      const read = readBackup(JSON.stringify({ ...file, settings: { ...file.settings, parameters: bad } }));
      expect(read).toMatchObject({ ok: false, problem: { kind: 'bad-row', table: 'settings' } });
      expect(read.ok === false && read.problem.kind === 'bad-row' && read.problem.field).toMatch(/^parameters/);
    }
    const target = await freshDevice();
    const before = await snapshot(target.raw);
    const text = JSON.stringify({ ...file, settings: { ...file.settings, parameters: [1, 2, 3] } });
    expect((await target.rc.importBackup(text, { restoreSettings: true })).ok).toBe(false);
    expect(await snapshot(target.raw)).toEqual(before);
  });
});
