// Runs inside the page (page.evaluate): seeds a review history into the app's IndexedDB (schema of src/storage/schema.ts) and times plain reads.
// Each function is self-contained on purpose: Playwright sends its source to the browser, so it may use nothing from outside.

export interface SeedPlan {
  deckId: string;
  now: number;
  /** Cards (in roadmap order) that get a history and become review cards; the rest stay new. */
  reviewedCards: number;
  /** Review log rows spread over the reviewed cards. */
  logRows: number;
  /** Of the reviewed cards, how many are due now (the rest are due in 1–60 days). */
  dueNow: number;
}

export interface SeedResult {
  states: number;
  logs: number;
  ms: number;
}

/** Appends `plan.logRows` log rows and rewrites the matching state rows, in transactions of 500 cards. */
export async function seedReviewHistory(plan: SeedPlan): Promise<SeedResult> {
  const started = performance.now();
  const DAY = 86_400_000;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('roadcards');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  type Row = Record<string, unknown> & { cardId: string; deckId: string; order: number };
  const all = await new Promise<Row[]>((resolve, reject) => {
    const request = db.transaction('states', 'readonly').objectStore('states').getAll();
    request.onsuccess = () => resolve(request.result as Row[]);
    request.onerror = () => reject(request.error);
  });
  const rows = all.filter((row) => row.deckId === plan.deckId).sort((a, b) => a.order - b.order).slice(0, plan.reviewedCards);
  const perCard = Math.floor(plan.logRows / rows.length);
  const extra = plan.logRows - perCard * rows.length;
  let logs = 0;
  for (let from = 0; from < rows.length; from += 500) {
    const tx = db.transaction(['states', 'logs'], 'readwrite');
    const states = tx.objectStore('states');
    const logStore = tx.objectStore('logs');
    rows.slice(from, from + 500).forEach((row, offset) => {
      const i = from + offset;
      const reviews = perCard + (i < extra ? 1 : 0);
      let state = { cardId: row.cardId, deckId: row.deckId, phase: 0, due: plan.now - 400 * DAY, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, lastReview: null as number | null };
      for (let r = 0; r < reviews; r++) {
        // Every review before today's study day, so today's limits are untouched; the last one 2 days ago.
        const reviewedAt = plan.now - (2 + (reviews - 1 - r) * 5) * DAY - (i % 1000) * 1000;
        const interval = 5 * (r + 1);
        const after = {
          ...state, phase: 2, stability: interval * 1.3, difficulty: 5 + (i % 3), elapsedDays: state.lastReview === null ? 0 : 5,
          scheduledDays: interval, learningSteps: 0, reps: state.reps + 1, lastReview: reviewedAt, due: reviewedAt + interval * DAY,
        };
        logStore.add({ cardId: row.cardId, deckId: row.deckId, grade: 3, reviewedAt, kind: 'review', before: state, after });
        logs += 1;
        state = after;
      }
      state.due = i < plan.dueNow ? plan.now - 3_600_000 - i : plan.now + (1 + (i % 60)) * DAY;
      const { newOrder: _dropped, ...rest } = row;
      states.put({ ...rest, ...state, sectionId: row.sectionId, order: row.order, retired: 0, reviewDue: state.due });
    });
    await done(tx);
  }
  db.close();
  return { states: rows.length, logs, ms: performance.now() - started };
}

/** Bytes of the origin's IndexedDB (Chromium's usage details), or the whole usage where details are missing. */
export async function indexedDbUsage(): Promise<number> {
  const estimate = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
  return estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0;
}

/**
 * Adds `count` review log rows (old dates, realistic before/after states) without touching card states; the card ids
 * follow synthetic-deck.ts (`<deck>.k<base36 index>`) over the first 9,000 cards.
 */
export async function appendLogRows({ deckId, count, now, dbName = 'roadcards' }: { deckId: string; count: number; now: number; dbName?: string }): Promise<number> {
  const DAY = 86_400_000;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(dbName);
    // A database of its own (the storage figure): the app's logs store, with its indexes (src/storage/schema.ts).
    open.onupgradeneeded = () => {
      const logs = open.result.createObjectStore('logs', { keyPath: 'id', autoIncrement: true });
      logs.createIndex('cardId', 'cardId');
      logs.createIndex('reviewedAt', 'reviewedAt');
      logs.createIndex('reviewId', 'reviewId', { unique: true });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction('logs', 'readwrite');
  const logs = tx.objectStore('logs');
  for (let i = 0; i < count; i++) {
    const cardId = `${deckId}.k${(i % 9000).toString(36)}`;
    const reviewedAt = now - 3 * DAY - i * 60_000;
    const before = { cardId, deckId, phase: 2, due: reviewedAt, stability: 12.5, difficulty: 5.2, elapsedDays: 10, scheduledDays: 10, learningSteps: 0, reps: 4, lapses: 0, lastReview: reviewedAt - 10 * DAY };
    const after = { ...before, stability: 31.7, difficulty: 5.1, elapsedDays: 10, scheduledDays: 27, reps: 5, lastReview: reviewedAt, due: reviewedAt + 27 * DAY };
    logs.add({ cardId, deckId, grade: 3, reviewedAt, kind: 'review', before, after });
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return count;
}

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

/** Mean JSON length of the last `sample` log rows: the logical size of a row, free of LevelDB's on-disk noise. */
export async function meanLogJsonBytes(sample: number): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('roadcards');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const request = db.transaction('logs', 'readonly').objectStore('logs').openCursor(null, 'prev');
    const found: unknown[] = [];
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor && found.length < sample) {
        found.push(cursor.value);
        cursor.continue();
      } else resolve(found);
    };
    request.onerror = () => reject(request.error);
  });
  db.close();
  return rows.reduce<number>((sum, row) => sum + JSON.stringify(row).length, 0) / Math.max(1, rows.length);
}
