// Writes a database the way an older app version left it, with plain IndexedDB and no app code.

/** Rows per object store, as the old version stored them. */
export type RawRows = Record<string, readonly Record<string, unknown>[]>;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Opens `name` at `idbVersion` (Dexie stores its version × 10), lets `createStores` lay out the stores and
 * indexes exactly as that version did (through the upgrade transaction, so a version can add to the one before),
 * fills them with `rows`, and closes the database.
 */
export async function seedRawDatabase(
  name: string,
  idbVersion: number,
  createStores: (db: IDBDatabase, upgrade: IDBTransaction) => void,
  rows: RawRows,
): Promise<void> {
  const open = indexedDB.open(name, idbVersion);
  open.onupgradeneeded = () => createStores(open.result, open.transaction!);
  const db = await request(open);
  const tx = db.transaction(Object.keys(rows), 'readwrite');
  for (const [store, storeRows] of Object.entries(rows)) {
    for (const row of storeRows) tx.objectStore(store).put(row);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
