// Bad backup files: each refused with its reason before anything is written, every table exactly as it was.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Grade } from '../../src/core/review-contract.ts';
import { applyGrade, normalizeSchedulerSettings, previewIntervals } from '../../src/core/scheduler/index.ts';
import { unschedulableField } from '../../src/core/scheduler/state-bounds.ts';
import { readBackup, type BackupProblem } from '../../src/core/backup/read.ts';
import { backupFileName } from '../../src/core/backup/merge-rules.ts';
import { DAY, T0 } from '../fixtures/review/clock.ts';
import { closeAll, snapshot, studiedDevice } from './helpers.ts';

afterEach(closeAll);

async function validFile(): Promise<Record<string, unknown>> {
  const { rc } = await studiedDevice();
  return JSON.parse(JSON.stringify(await rc.exportBackup(T0 + 5 * DAY))) as Record<string, unknown>;
}

function edited(file: Record<string, unknown>, edit: (copy: any) => void): string {
  const copy = structuredClone(file);
  edit(copy);
  return JSON.stringify(copy);
}

describe('refused files', () => {
  it('each bad file gets its own reason and leaves every table unchanged', async () => {
    const good = await validFile();
    const cases: [string, string, BackupProblem][] = [
      ['not JSON', '{"format": "roadcards-backup", ', { kind: 'not-json' }],
      ['another JSON file', JSON.stringify({ formatVersion: 1, decks: [] }), { kind: 'not-backup' }],
      ['a JSON array', '[]', { kind: 'not-backup' }],
      ['a future version', edited(good, (f) => (f.version = 2)), { kind: 'future-version', version: 2 }],
      ['a bad grade in the last log row', edited(good, (f) => (f.logs.at(-1).grade = 5)), { kind: 'bad-row', table: 'logs', index: 4, field: 'grade' }],
      ['a state without its card id', edited(good, (f) => delete f.states[2].cardId), { kind: 'bad-row', table: 'states', index: 2, field: 'cardId' }],
      ['a nested state field', edited(good, (f) => (f.logs[0].after.phase = 7)), { kind: 'bad-row', table: 'logs', index: 0, field: 'after.phase' }],
      ['a missing table', edited(good, (f) => delete f.drills), { kind: 'bad-row', table: 'drills', index: null, field: '' }],
      ['a drill outcome unknown', edited(good, (f) => (f.drills[0].outcome = 'maybe')), { kind: 'bad-row', table: 'drills', index: 0, field: 'outcome' }],
      ['the same card twice', edited(good, (f) => f.states.push(f.states[0])), { kind: 'duplicate-card', cardId: 'road:a1' }],
      ['a negative stability', edited(good, (f) => (f.states[0].stability = -5)), { kind: 'bad-row', table: 'states', index: 0, field: 'stability' }],
      ['a last review in 1e300', edited(good, (f) => (f.states[1].lastReview = 1e300)), { kind: 'bad-row', table: 'states', index: 1, field: 'lastReview' }],
      ['an infinite due (1e400 in JSON)', edited(good, (f) => (f.states[0].due = 'INF')).replace('"INF"', '1e400'), { kind: 'bad-row', table: 'states', index: 0, field: 'due' }],
      ['a difficulty above 10', edited(good, (f) => (f.logs[1].after.difficulty = 11)), { kind: 'bad-row', table: 'logs', index: 1, field: 'after.difficulty' }],
      ['a stability of a century and more', edited(good, (f) => (f.logs[0].before.phase = 2, f.logs[0].before.stability = 1e9, f.logs[0].before.difficulty = 5)), { kind: 'bad-row', table: 'logs', index: 0, field: 'before.stability' }],
      ['a billion reps', edited(good, (f) => (f.states[0].reps = 1e9)), { kind: 'bad-row', table: 'states', index: 0, field: 'reps' }],
      ['a review in the year 3000', edited(good, (f) => (f.logs[2].reviewedAt = Date.UTC(3000, 0, 1))), { kind: 'bad-row', table: 'logs', index: 2, field: 'reviewedAt' }],
      ['an interview date of 1e300', edited(good, (f) => (f.interviews[0].date = 1e300)), { kind: 'bad-row', table: 'interviews', index: 0, field: 'date' }],
    ];
    const device = await studiedDevice();
    const before = await snapshot(device.raw);
    for (const [name, text, problem] of cases) {
      const result = await device.rc.importBackup(text, { restoreSettings: true });
      expect(result, name).toEqual({ ok: false, problem });
      expect(await snapshot(device.raw), name).toEqual(before);
    }
  });

  it('a bad row after many good ones still writes none of them', async () => {
    const good = await validFile();
    const device = await studiedDevice();
    const fresh = edited(good, (f) => {
      // Reviews this device lacks, then one broken entry at the end.
      for (const entry of f.logs) entry.reviewedAt += 100 * DAY;
      f.logs.push({ ...f.logs[0], reviewedAt: 'yesterday' });
    });
    const before = await snapshot(device.raw);
    expect(await device.rc.importBackup(fresh)).toMatchObject({ ok: false, problem: { kind: 'bad-row', table: 'logs', index: 5 } });
    expect(await snapshot(device.raw)).toEqual(before);
  });
});

describe('fuzzed state values', () => {
  const anyNumber = fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.constantFrom(-5, 0, 1e-4, 0.5, 1e300, -1e300, 36_501, 11));
  const field = fc.constantFrom('due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'lastReview');

  it('a file is refused, or every card in it can be shown, previewed and graded to a finite state', async () => {
    const good = await validFile();
    const settings = normalizeSchedulerSettings({});
    fc.assert(
      fc.property(fc.nat(4), field, anyNumber, fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<Grade>, (row, name, value, grade) => {
        const read = readBackup(edited(good, (f) => (f.states[row % f.states.length][name] = value)));
        if (!read.ok) return;
        const now = T0 + 10 * DAY;
        for (const state of read.backup.states) {
          const previews = previewIntervals(state, now, settings);
          for (const g of [1, 2, 3, 4] as const) expect(Number.isFinite(previews[g].due), `${name}=${value}`).toBe(true);
          const after = applyGrade(state, grade, Math.max(now, state.lastReview ?? now), settings);
          expect(Number.isFinite(after.stability) && Number.isFinite(after.due), `${name}=${value}`).toBe(true);
          expect(unschedulableField(after), `${name}=${value}`).toBeNull();
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readBackup and the file name', () => {
  it('accepts an exported file and strips nothing it needs', async () => {
    const good = await validFile();
    const read = readBackup(JSON.stringify(good));
    expect(read.ok && read.backup).toEqual(good);
  });

  it('names the file by the learner\'s local date', () => {
    // 23:30 UTC on 9 March is already 10 March in Beijing.
    const lateUtc = Date.UTC(2026, 2, 9, 23, 30);
    expect(backupFileName(lateUtc, 8 * 60)).toBe('roadcards-backup-2026-03-10.json');
    expect(backupFileName(lateUtc, 0)).toBe('roadcards-backup-2026-03-09.json');
    expect(backupFileName(lateUtc, -5 * 60)).toBe('roadcards-backup-2026-03-09.json');
  });
});
