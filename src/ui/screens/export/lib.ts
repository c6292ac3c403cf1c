// The Anki export of a node: read it, build the collection (core), write the .apkg with a given sql.js; the file name from the node.
import type { SqlJsStatic } from 'sql.js';
import { buildAnkiCollection } from '../../../core/anki/collection.ts';
import type { Roadcards } from '../../../storage/index.ts';
import { writeApkg } from './apkg-file.ts';

export interface ApkgExport {
  bytes: Uint8Array;
  fileName: string;
  notes: number;
  decks: number;
  reviews: number;
}

/** `roadcards-<node title>.apkg`, with what a file system refuses replaced. */
export function apkgFileName(path: readonly string[]): string {
  const title = (path[path.length - 1] ?? 'roadmap').replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'roadmap';
  return `roadcards-${title}.apkg`;
}

/** Null when no active roadmap holds the node. */
export async function exportNodeToApkg(
  roadcards: Roadcards,
  SQL: SqlJsStatic,
  nodeId: string,
  includeHistory: boolean,
  now: number,
): Promise<ApkgExport | null> {
  const data = await roadcards.ankiExport(nodeId, includeHistory, now);
  if (!data) return null;
  const collection = buildAnkiCollection({ cards: data.cards, includeHistory, desiredRetention: data.desiredRetention, now, dayStart: data.dayStart });
  return {
    bytes: writeApkg(SQL, collection),
    fileName: apkgFileName(data.path),
    notes: collection.notes.length,
    decks: collection.deckNames.length,
    reviews: collection.revlog.length,
  };
}
