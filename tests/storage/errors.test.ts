// Storage errors sorted into the kinds the UI words for the learner: full storage, a closed database, a cut-off write.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { failureDetails, storageFailureKind } from '../../src/storage/errors.ts';
import { T0 } from '../fixtures/review/clock.ts';
import { openTest } from '../fixtures/review/db.ts';
import { deckServer, twoStageDeck } from '../fixtures/review/decks.ts';

describe('storageFailureKind', () => {
  it('calls a write on a closed database "closed" (reload), with the raw text for details', async () => {
    const { rc, raw } = await openTest();
    raw.close();
    await rc.syncDecks(deckServer([twoStageDeck('road', 2)]).fetchJson, T0);
    rc.close();
    const error = await rc.grade('road:a1', 3, T0).catch((e: unknown) => e);
    expect(storageFailureKind(error)).toBe('closed');
    expect(failureDetails(error)).toContain('DatabaseClosedError');
    expect(storageFailureKind(await rc.saveSettings({ newPerDay: 42 }).catch((e: unknown) => e))).toBe('closed');
  });

  it('finds the quota behind Dexie’s wrapping: an abort, a bulk error, a message', () => {
    const quota = new Dexie.QuotaExceededError('The quota has been exceeded.');
    expect(storageFailureKind(new Dexie.AbortError('Transaction aborted', quota))).toBe('quota');
    expect(storageFailureKind(new Dexie.BulkError('interviews.bulkAdd(): 1 of 1 operations failed', { 0: quota }))).toBe('quota');
    expect(storageFailureKind(Object.assign(new Error('QuotaExceededError: The quota has been exceeded.'), { name: 'UnknownError' }))).toBe('quota');
    expect(storageFailureKind(new Dexie.AbortError('Transaction aborted'))).toBe('aborted');
    expect(storageFailureKind(new TypeError('x is undefined'))).toBe('unknown');
    expect(storageFailureKind('a string')).toBe('unknown');
  });
});
