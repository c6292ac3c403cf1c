// Reads the app's database with plain IndexedDB (no app code) for the roadmap tests: a deck's cards, states and logs.
import type { Page } from 'playwright-core';

export interface StoredCard {
  id: string;
  retired: number;
  updated: number;
  front: string;
  back: string;
}

/** Every card row of `deckId`, retired ones included, in roadmap order. */
export async function storedCards(page: Page, deckId: string): Promise<StoredCard[]> {
  return page.evaluate(
    (deck) =>
      new Promise<StoredCard[]>((resolve, reject) => {
        const open = indexedDB.open('roadcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('cards', 'readonly').objectStore('cards').index('deckId').getAll(deck);
          request.onsuccess = () => {
            db.close();
            const rows = request.result as { id: string; order: number; retired: number; updated: number; card: { front: string; back: string } }[];
            rows.sort((a, b) => a.order - b.order);
            resolve(rows.map((row) => ({ id: row.id, retired: row.retired, updated: row.updated, front: row.card.front, back: row.card.back })));
          };
          request.onerror = () => reject(request.error);
        };
      }),
    deckId,
  );
}

/** A card's stored scheduling state (reps, phase, retired), or null. */
export async function storedState(page: Page, cardId: string): Promise<{ reps: number; phase: number; retired: number } | null> {
  return page.evaluate(
    (id) =>
      new Promise<{ reps: number; phase: number; retired: number } | null>((resolve, reject) => {
        const open = indexedDB.open('roadcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('states', 'readonly').objectStore('states').get(id);
          request.onsuccess = () => {
            db.close();
            const row = request.result as { reps: number; phase: number; retired: number } | undefined;
            resolve(row ? { reps: row.reps, phase: row.phase, retired: row.retired } : null);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    cardId,
  );
}

/** The review log entries of one card. */
export async function logCount(page: Page, cardId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('roadcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('logs', 'readonly').objectStore('logs').index('cardId').count(id);
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    cardId,
  );
}
