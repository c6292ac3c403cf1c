// Reading a backup file: parse and validate the whole text before anything may be written, with the reason when refused.
import * as z from 'zod/mini';
import { unschedulableField } from '../scheduler/state-bounds.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileSchema, type BackupFile, type BackupTable } from './format.ts';

/** Why a file was refused, in terms the UI turns into words (it knows the learner's language; core does not). */
export type BackupProblem =
  | { kind: 'not-json' }
  | { kind: 'not-backup' }
  | { kind: 'future-version'; version: number }
  /** `table` null: a top-level field; `index` is 0-based, null for a field outside the rows. */
  | { kind: 'bad-row'; table: BackupTable | null; index: number | null; field: string }
  | { kind: 'duplicate-card'; cardId: string };

export type BackupReadResult = { ok: true; backup: BackupFile } | { ok: false; problem: BackupProblem };

const TABLES: readonly string[] = ['states', 'logs', 'settings', 'interviews', 'drills'] satisfies BackupTable[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first issue's place: the table and row it is in, and the field path inside the row. */
function locate(path: readonly PropertyKey[]): { table: BackupTable | null; index: number | null; field: string } {
  const [head, second, ...rest] = path.map(String);
  if (head === undefined) return { table: null, index: null, field: '(root)' };
  if (!TABLES.includes(head)) return { table: null, index: null, field: [head, second, ...rest].filter((p) => p !== undefined).join('.') };
  const table = head as BackupTable;
  if (second !== undefined && /^\d+$/.test(second)) return { table, index: Number(second), field: rest.join('.') };
  return { table, index: null, field: [second, ...rest].filter((p) => p !== undefined).join('.') };
}

/** A state FSRS cannot schedule (stability -5 left a card stuck on its front): refused, not imported to break later. */
function firstUnschedulable(backup: BackupFile): { table: BackupTable; index: number; field: string } | null {
  for (const [index, state] of backup.states.entries()) {
    const field = unschedulableField(state);
    if (field) return { table: 'states', index, field };
  }
  for (const [index, entry] of backup.logs.entries()) {
    for (const side of ['before', 'after'] as const) {
      const field = unschedulableField(entry[side]);
      if (field) return { table: 'logs', index, field: `${side}.${field}` };
    }
  }
  return null;
}

/** Pure: the same text always gives the same answer. Nothing partial comes out of a refused file. */
export function readBackup(text: string): BackupReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) return { ok: false, problem: { kind: 'not-backup' } };
  // A newer format may mean something else by the same fields: refuse rather than half-understand it.
  if (typeof value.version === 'number' && value.version > BACKUP_VERSION) {
    return { ok: false, problem: { kind: 'future-version', version: value.version } };
  }
  const parsed = z.safeParse(backupFileSchema, value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: { kind: 'bad-row', ...locate(issue?.path ?? []) } };
  }
  const unschedulable = firstUnschedulable(parsed.data);
  if (unschedulable) return { ok: false, problem: { kind: 'bad-row', ...unschedulable } };
  const seen = new Set<string>();
  for (const state of parsed.data.states) {
    // Two states for one card: the file was not written by Roadcards; which one to trust is a guess.
    if (seen.has(state.cardId)) return { ok: false, problem: { kind: 'duplicate-card', cardId: state.cardId } };
    seen.add(state.cardId);
  }
  return { ok: true, backup: parsed.data };
}
