// Benchmark (not a test): history sync of 100,000 review events to an empty pouchdb-server and back to a fresh device, then 50
// more reviews, 50 cards' marks and one added roadmap (python-roadmap.md's text).
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { normalizeSchedulerSettings } from '../src/core/scheduler/settings.ts';
import { replaySteps } from '../src/core/sync/merge.ts';
import type { Grade } from '../src/core/review-contract.ts';
import { openRoadcards, type Roadcards, type SyncStatus } from '../src/storage/index.ts';
import { RoadcardsDb, type LogRow } from '../src/storage/schema.ts';
import type { CouchClient } from '../src/storage/sync/couch-client.ts';
import { toStateRow } from '../src/storage/rows.ts';
import { cardRange, deckServer, makeDeck } from '../tests/fixtures/review/decks.ts';
import { COUCH_ADMIN, startCouchServer } from './couch-test-server.ts';
import { readFile } from 'node:fs/promises';
import { compileRoadmapFile } from '../src/core/deck/compile-file.ts';

const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string]));
const EVENTS = Number(args.get('events') ?? 100_000);
const PER_CARD = 20;
const CARDS = Math.ceil(EVENTS / PER_CARD);
const INCREMENT = 50;
const T0 = Date.UTC(2025, 0, 6, 1);
const DAY = 86_400_000;
const deck = makeDeck('bench', [{ id: 'bench/s', title: 'Bench' }], cardRange('bench:', 'bench/s', CARDS));

async function device(name: string): Promise<{ rc: Roadcards; raw: RoadcardsDb }> {
  const rc = await openRoadcards({ dbName: name, utcOffsetAt: () => 0 });
  await rc.syncDecks(deckServer([deck]).fetchJson, T0);
  const raw = new RoadcardsDb(name);
  await raw.open();
  return { rc, raw };
}

/** PER_CARD reviews on every card, days apart, with the states replay gives (as a long-used device holds them). */
async function seedHistory(raw: RoadcardsDb): Promise<void> {
  const settings = normalizeSchedulerSettings({});
  const states = await raw.states.toArray();
  for (let start = 0; start < states.length; start += 500) {
    const logs: LogRow[] = [];
    const rows: ReturnType<typeof toStateRow>[] = [];
    for (const row of states.slice(start, start + 500)) {
      const reviews = Array.from({ length: PER_CARD }, (_, i) => ({
        reviewId: `seed-${row.cardId}-${i}`,
        grade: ((i * 7 + row.order) % 4 + 1) as Grade,
        reviewedAt: T0 + i * 3 * DAY + (row.order % 1000) * 1000,
      }));
      const { steps, state } = replaySteps(row.cardId, row.deckId, reviews, new Set(), settings);
      for (const { review, before, after } of steps) {
        logs.push({ cardId: row.cardId, deckId: row.deckId, grade: review.grade, reviewedAt: review.reviewedAt, kind: 'review', before, after, reviewId: review.reviewId, durationMs: 4000 });
      }
      rows.push(toStateRow(state, row));
    }
    await raw.transaction('rw', raw.logs, raw.states, async () => {
      await raw.logs.bulkAdd(logs);
      await raw.states.bulkPut(rows);
    });
  }
}

async function timedSync(rc: Roadcards, label: string): Promise<{ status: SyncStatus; ms: number; client: CouchClient }> {
  let client: CouchClient | undefined;
  const start = performance.now();
  const status = await (await rc.historySync()).run(Date.now(), { onClient: (c) => (client = c), batchSize: 1000 });
  const ms = performance.now() - start;
  if (!status.ok) throw new Error(`${label}: ${status.error?.kind} ${status.error?.message}`);
  return { status, ms, client: client! };
}

function report(label: string, run: { status: SyncStatus; ms: number; client: CouchClient }): void {
  const events = Math.max(run.status.sent, run.status.received);
  const perEvent = (bytes: number) => (events > 0 ? (bytes / events).toFixed(0) : '-');
  console.log(
    `${label.padEnd(34)} ${(run.ms / 1000).toFixed(2).padStart(7)} s (server ${(run.client.serverMs / 1000).toFixed(2)} s)  sent ${String(run.status.sent).padStart(6)}  received ${String(run.status.received).padStart(6)}  ` +
      `bytes out ${String(run.client.bytesSent).padStart(10)} (${perEvent(run.client.bytesSent)}/event)  bytes in ${String(run.client.bytesReceived).padStart(10)} (${perEvent(run.client.bytesReceived)}/event)`,
  );
}

const server = await startCouchServer({ inMemory: true });
try {
  const config = { url: server.url, db: 'bench', user: COUCH_ADMIN.user, password: COUCH_ADMIN.password };
  console.log(`bench:sync — ${EVENTS} review events on ${CARDS} cards; pouchdb-server ${server.url} (in memory); fake-indexeddb in Node (slower than a browser's IndexedDB); shared machine: figures are noisy`);
  const a = await device('bench-a');
  let start = performance.now();
  await seedHistory(a.raw);
  console.log(`seeded device A in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  await (await a.rc.historySync()).saveConfig(config);
  report('first sync A → empty server', await timedSync(a.rc, 'A first'));

  const b = await device('bench-b');
  await (await b.rc.historySync()).saveConfig(config);
  report('first sync server → fresh B', await timedSync(b.rc, 'B first'));

  for (let i = 0; i < INCREMENT; i += 1) await a.rc.grade(`bench:${1 + ((i * 37) % CARDS)}`, 3, T0 + 200 * DAY + i * 60_000);
  report(`incremental: A sends ${INCREMENT}`, await timedSync(a.rc, 'A incremental'));
  report(`incremental: B receives ${INCREMENT}`, await timedSync(b.rc, 'B incremental'));
  // Marks and an added roadmap: one last-write-wins event per card / per roadmap (its whole source text).
  await a.rc.markCards(Array.from({ length: INCREMENT }, (_, i) => `bench:${1 + i}`), { suspended: true, note: '这张卡的答案需要改写' }, Date.now());
  report(`marks: A sends ${INCREMENT} (suspend + note)`, await timedSync(a.rc, 'A marks'));
  report(`marks: B receives ${INCREMENT}`, await timedSync(b.rc, 'B marks'));
  const file = 'python-roadmap.md';
  const text = await readFile(new URL(`../decks/${file}`, import.meta.url), 'utf8');
  start = performance.now();
  const own = compileRoadmapFile(new TextEncoder().encode(text), 'my-python.md').deck!;
  const compileMs = performance.now() - start;
  await (await a.rc.userRoadmaps()).add({ file: 'my-python.md', text }, own, Date.now());
  console.log(`roadmap ${file}: ${Buffer.byteLength(text)} bytes of text, ${own.cards.length} cards; compiled in ${compileMs.toFixed(0)} ms here`);
  report('roadmap: A sends 1 (its text)', await timedSync(a.rc, 'A roadmap'));
  report('roadmap: B receives 1 (compiles it)', await timedSync(b.rc, 'B roadmap'));
  start = performance.now();
  const [logsA, logsB] = [await a.raw.logs.count(), await b.raw.logs.count()];
  console.log(`logs A ${logsA}, logs B ${logsB} (equal: ${logsA === logsB}); counted in ${((performance.now() - start) / 1000).toFixed(1)} s`);
} finally {
  await server.stop();
}
