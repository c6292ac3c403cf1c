// Runs inside the page: plain IndexedDB reads of the ranges the study queue and Home read, to tell storage cost from app cost.
// Self-contained on purpose (Playwright sends the function's source to the browser).

export interface RawReadTimes {
  dueRows: number;
  dueRangeMs: number;
  allStates: number;
  allStatesMs: number;
}

/** Times reading the deck's due-before-`until` range on [deckId+reviewDue], then every state row. */
export async function rawReadTimes({ deckId, until }: { deckId: string; until: number }): Promise<RawReadTimes> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('roadcards');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const read = (run: (store: IDBObjectStore) => IDBRequest<unknown[]>) =>
    new Promise<{ rows: number; ms: number }>((resolve, reject) => {
      const started = performance.now();
      const request = run(db.transaction('states', 'readonly').objectStore('states'));
      request.onsuccess = () => resolve({ rows: request.result.length, ms: performance.now() - started });
      request.onerror = () => reject(request.error);
    });
  const due = await read((store) => store.index('[deckId+reviewDue]').getAll(IDBKeyRange.bound([deckId, -Infinity], [deckId, until], false, true)));
  const all = await read((store) => store.getAll());
  db.close();
  return { dueRows: due.rows, dueRangeMs: due.ms, allStates: all.rows, allStatesMs: all.ms };
}
