// Start-up sync: read the deck index and each changed deck, validate with the deck schema, merge deck by deck.
import { storageFailureKind, type StorageFailureKind } from './errors.ts';
import * as z from 'zod/mini';
import { deckIndexSchema, deckSchema, type Deck, type DeckIndexEntry } from '../core/deck/schema.ts';
import type { SyncProblem, SyncReport } from './index.ts';
import { mergeDeck, retireDeck } from './merge.ts';
import type { RoadcardsDb } from './schema.ts';

export const DECK_INDEX_PATH = 'decks/index.json';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The first schema issue, in words a person can act on (the same wording as explainDeckProblem). */
function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[], fallback: string): string {
  const issue = issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : fallback;
}

/** A deck's path is relative to the index file, like a link in it. */
function deckPath(entry: DeckIndexEntry): string {
  return new URL(entry.path, `https://roadcards.invalid/${DECK_INDEX_PATH}`).pathname.slice(1);
}

/** Beyond the schema: checks a merge relies on. */
function explainMergeProblem(deck: Deck, entry: DeckIndexEntry): string | null {
  if (deck.id !== entry.id) return `deck id "${deck.id}" does not match the index entry "${entry.id}"`;
  const seen = new Set<string>();
  for (const card of deck.cards) {
    if (seen.has(card.id)) return `card id "${card.id}" appears twice`;
    seen.add(card.id);
  }
  return null;
}

export async function syncDecks(
  db: RoadcardsDb,
  fetchJson: (path: string) => Promise<unknown>,
  now: number,
): Promise<SyncReport> {
  const report: SyncReport = { decks: [], problems: [] };
  const problem = (path: string, deckId: string | null, message: string, storageFailure?: StorageFailureKind): void => {
    report.problems.push({ path, deckId, message, ...(storageFailure ? { storageFailure } : {}) } satisfies SyncProblem);
  };
  let indexValue: unknown;
  try {
    indexValue = await fetchJson(DECK_INDEX_PATH);
  } catch (error) {
    problem(DECK_INDEX_PATH, null, `could not load: ${messageOf(error)}`);
    return report;
  }
  const parsed = z.safeParse(deckIndexSchema, indexValue);
  if (!parsed.success) {
    problem(DECK_INDEX_PATH, null, describeIssue(parsed.error.issues, 'invalid index'));
    return report;
  }
  const stored = new Map((await db.decks.toArray()).map((row) => [row.id, row]));
  for (const [position, entry] of parsed.data.decks.entries()) {
    const known = stored.get(entry.id);
    if (known && known.retired === 0 && known.contentHash === entry.contentHash) {
      if (known.position !== position) await db.decks.update(entry.id, { position });
      report.decks.push({ deckId: entry.id, title: entry.title, skipped: true, added: 0, updated: 0, retired: 0, restored: 0 });
      continue;
    }
    const path = deckPath(entry);
    try {
      const value = await fetchJson(path);
      const parsedDeck = z.safeParse(deckSchema, value);
      if (!parsedDeck.success) {
        problem(path, entry.id, describeIssue(parsedDeck.error.issues, 'invalid deck'));
        continue;
      }
      const deck = parsedDeck.data;
      const mergeProblem = explainMergeProblem(deck, entry);
      if (mergeProblem) {
        problem(path, entry.id, mergeProblem);
        continue;
      }
      try {
        report.decks.push(await mergeDeck(db, deck, entry, position, now));
      } catch (error) {
        // Fetched and valid, but not written: the device (its storage) is at fault, not the deck file.
        problem(path, entry.id, messageOf(error), storageFailureKind(error));
      }
    } catch (error) {
      problem(path, entry.id, messageOf(error));
    }
  }
  const listed = new Set(parsed.data.decks.map((entry) => entry.id));
  for (const deckId of stored.keys()) {
    if (listed.has(deckId)) continue;
    const retired = await retireDeck(db, deckId);
    if (retired) report.decks.push(retired);
  }
  return report;
}
