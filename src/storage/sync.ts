// Start-up sync: read the deck index, fetch every changed deck at once, validate each with the deck schema in slices, merge deck by deck.
import { storageFailureKind, type StorageFailureKind } from './errors.ts';
import * as z from 'zod/mini';
import { cardSchema, deckIndexSchema, deckSchema, type Deck, type DeckIndexEntry } from '../core/deck/schema.ts';
import { DECK_INDEX_PATH, type SyncProblem, type SyncReport } from './index.ts';
import { mergeDeck, retireDeck } from './merge.ts';
import type { RoadcardsDb } from './schema.ts';

export { DECK_INDEX_PATH };

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

/** The deck without its cards' contents: the cards are checked one slice at a time (validateDeck). */
const deckShellSchema = z.extend(deckSchema, { cards: z.array(z.unknown()) });
/** Cards validated between two yields to the main thread: a slice costs a few ms on a slow phone, not hundreds. */
const CARDS_PER_SLICE = 200;

/** Lets input and rendering run between slices of a long job (outside any transaction: an await there is fine). */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The deck schema's verdict, the same as one `safeParse(deckSchema, value)` (same issues, same paths), taken in
 * slices so that a big roadmap does not hold the main thread while Home is on screen.
 */
export async function validateDeck(value: unknown): Promise<{ deck: Deck } | { problem: string }> {
  const shell = z.safeParse(deckShellSchema, value);
  if (!shell.success) return { problem: describeIssue(shell.error.issues, 'invalid deck') };
  const cards: Deck['cards'] = [];
  for (let from = 0; from < shell.data.cards.length; from += CARDS_PER_SLICE) {
    if (from > 0) await yieldToMain();
    for (const [offset, raw] of shell.data.cards.slice(from, from + CARDS_PER_SLICE).entries()) {
      const card = z.safeParse(cardSchema, raw);
      if (!card.success) {
        const issues = card.error.issues.map((issue) => ({ ...issue, path: ['cards', from + offset, ...issue.path] }));
        return { problem: describeIssue(issues, 'invalid deck') };
      }
      cards.push(card.data);
    }
  }
  return { deck: { ...shell.data, cards } };
}

type Fetched = { value: unknown } | { error: unknown };

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
  const unchanged = (entry: DeckIndexEntry) => {
    const known = stored.get(entry.id);
    return known !== undefined && known.retired === 0 && known.contentHash === entry.contentHash;
  };
  // Every changed deck is requested at once: a merge no longer waits for the next deck's download, nor a download
  // for the previous merge. Merges still run one after another, in index order.
  const downloads = new Map<string, Promise<Fetched>>();
  for (const entry of parsed.data.decks) {
    if (!unchanged(entry)) downloads.set(entry.id, fetchJson(deckPath(entry)).then((value) => ({ value }), (error: unknown) => ({ error })));
  }
  for (const [position, entry] of parsed.data.decks.entries()) {
    const download = downloads.get(entry.id);
    if (!download) {
      if (stored.get(entry.id)!.position !== position) await db.decks.update(entry.id, { position });
      report.decks.push({ deckId: entry.id, title: entry.title, skipped: true, added: 0, updated: 0, retired: 0, restored: 0, moved: 0 });
      continue;
    }
    const path = deckPath(entry);
    try {
      const fetched = await download;
      if ('error' in fetched) throw fetched.error;
      const validated = await validateDeck(fetched.value);
      if ('problem' in validated) {
        problem(path, entry.id, validated.problem);
        continue;
      }
      const mergeProblem = explainMergeProblem(validated.deck, entry);
      if (mergeProblem) {
        problem(path, entry.id, mergeProblem);
        continue;
      }
      try {
        report.decks.push(await mergeDeck(db, validated.deck, entry, position, now));
      } catch (error) {
        // Fetched and valid, but not written: the device (its storage) is at fault, not the deck file.
        problem(path, entry.id, messageOf(error), storageFailureKind(error));
      }
    } catch (error) {
      problem(path, entry.id, messageOf(error));
    }
  }
  const listed = new Set(parsed.data.decks.map((entry) => entry.id));
  // Roadmaps the learner added in the app are in no index: they leave only when the learner removes them.
  const added = new Set(await db.roadmaps.toCollection().primaryKeys());
  for (const deckId of stored.keys()) {
    if (listed.has(deckId) || added.has(deckId)) continue;
    const retired = await retireDeck(db, deckId);
    if (retired) report.decks.push(retired);
  }
  return report;
}
