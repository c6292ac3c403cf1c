// Roadmaps in a backup: compiled again before the import writes anything (a bad one refuses the file), then restored in its transaction.
import type { BackupFile, BackupRoadmap } from '../core/backup/format.ts';
import type { BackupProblem } from '../core/backup/read.ts';
import type { Deck } from '../core/deck/schema.ts';
import type { RoadcardsDb } from './schema.ts';
import { addUserRoadmap, builtInTitle } from './user-roadmaps.ts';

export interface CompiledBackupRoadmap {
  source: BackupRoadmap;
  deck: Deck;
}

export type CompiledBackupRoadmaps = { ok: true; roadmaps: CompiledBackupRoadmap[] } | { ok: false; problem: BackupProblem };

/** The compiler loads only for a backup that holds roadmaps. A roadmap that no longer compiles refuses the file, named with its first error. */
export async function compileBackupRoadmaps(backup: BackupFile): Promise<CompiledBackupRoadmaps> {
  const sources = backup.roadmaps ?? [];
  if (sources.length === 0) return { ok: true, roadmaps: [] };
  const { compileRoadmapFile } = await import('../core/deck/compile-file.ts');
  const encoder = new TextEncoder();
  const roadmaps: CompiledBackupRoadmap[] = [];
  for (const [index, source] of sources.entries()) {
    const { deck, problems } = compileRoadmapFile(encoder.encode(source.text), source.file);
    const error = problems.find((p) => p.severity === 'error');
    if (!deck || error) {
      const where = error ? `${source.file}:${error.line}: ${error.message}` : source.file;
      return { ok: false, problem: { kind: 'bad-row', table: null, index: null, field: `roadmaps.${index} (${where})` } };
    }
    roadmaps.push({ source, deck });
  }
  return { ok: true, roadmaps };
}

/**
 * Inside the import's transaction: a roadmap this device lacks is added, one it has is replaced only by a later
 * version, and one named like a built-in roadmap is left out (the built-in's cards are the same ids). Returns how many
 * were written; merging keeps every card's state, so the states merged after this land on the right cards.
 */
export async function restoreRoadmaps(db: RoadcardsDb, roadmaps: readonly CompiledBackupRoadmap[]): Promise<number> {
  let restored = 0;
  for (const { source, deck } of roadmaps) {
    const local = await db.roadmaps.get(deck.id);
    if (local && (local.text === source.text || local.updatedAt >= source.updatedAt)) continue;
    if (!local && (await builtInTitle(db, deck.id)) !== null) continue;
    const added = await addUserRoadmap(db, source, deck, source.updatedAt, { addedAt: source.addedAt, updatedAt: source.updatedAt });
    if (added.ok) restored += 1;
  }
  return restored;
}
