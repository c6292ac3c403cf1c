// The kill scenario's oracle: every card's stored state must equal a replay of its review log from a new card.
import { applyGrade } from '../../src/core/scheduler/fsrs.ts';
import { normalizeSchedulerSettings } from '../../src/core/scheduler/settings.ts';
import type { CardState, Grade, SchedulerSettings } from '../../src/core/review-contract.ts';
import { sameState } from '../../src/storage/rows.ts';

export interface DatabaseDump {
  states: CardState[];
  logs: { id: number; cardId: string; grade: Grade; reviewedAt: number; kind: string; before: CardState; after: CardState }[];
  settings: Partial<SchedulerSettings> | null;
}

/**
 * One line per disagreement: a state that no log explains, a log whose `before` is not the previous `after` (a lost
 * or doubled write), an `after` the scheduler would not give, a first review not starting from a new card.
 */
export function replayMismatches(dump: DatabaseDump): string[] {
  const settings = normalizeSchedulerSettings(dump.settings);
  const byCard = new Map<string, DatabaseDump['logs']>();
  for (const log of [...dump.logs].sort((a, b) => a.id - b.id)) {
    if (log.kind !== 'review') continue;
    byCard.set(log.cardId, [...(byCard.get(log.cardId) ?? []), log]);
  }
  const problems: string[] = [];
  for (const state of dump.states) {
    const logs = byCard.get(state.cardId) ?? [];
    if (logs.length === 0) {
      if (state.reps !== 0 || state.phase !== 0) problems.push(`${state.cardId}: reviewed state (reps ${state.reps}) without a log`);
      continue;
    }
    let current = logs[0]!.before;
    if (current.reps !== 0 || current.phase !== 0) problems.push(`${state.cardId}: first logged review is not from a new card`);
    for (const log of logs) {
      if (!sameState(log.before, current)) problems.push(`${state.cardId}: log ${log.id} does not start where the previous ended`);
      const expected = applyGrade(log.before, log.grade, Math.max(log.reviewedAt, log.before.lastReview ?? log.reviewedAt), settings);
      if (!sameState(expected, log.after)) problems.push(`${state.cardId}: log ${log.id} holds a state the scheduler would not give`);
      current = log.after;
    }
    if (!sameState(state, current)) problems.push(`${state.cardId}: stored state differs from the replay of its ${logs.length} reviews`);
  }
  return problems;
}

/** Runs in the page: the three stores the oracle needs, read in one transaction (a consistent snapshot). */
export function dumpDatabaseInPage(): Promise<DatabaseDump> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('roadcards');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['states', 'logs', 'settings'], 'readonly');
      const states = tx.objectStore('states').getAll();
      const logs = tx.objectStore('logs').getAll();
      const settings = tx.objectStore('settings').get('app');
      tx.oncomplete = () => {
        db.close();
        resolve({
          states: states.result as DatabaseDump['states'],
          logs: logs.result as DatabaseDump['logs'],
          settings: ((settings.result as { value?: Partial<SchedulerSettings> } | undefined)?.value ?? null),
        });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
