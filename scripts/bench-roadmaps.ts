// Compile time of the five roadmaps in the app's built compiler Worker (real Chromium against dist/), median of 5; .apkg sizes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import initSqlJs from 'sql.js';
import { preview } from 'vite';
import { buildAnkiCollection, type AnkiExportCard } from '../src/core/anki/collection.ts';
import type { Deck } from '../src/core/deck/schema.ts';
import type { CardState, ReviewLogEntry } from '../src/core/review-contract.ts';
import { writeApkg } from '../src/ui/screens/export/apkg-file.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.ts';
import { builtWorkerPath, compileInBuiltWorker } from './bench/roadmap-worker.ts';

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const files = readdirSync('decks')
  .filter((name) => /\.(md|txt)$/.test(name))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join('decks', name))) }));
const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('vite preview did not report a URL');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(new URL('/roadmaps', base).href);
  const worker = builtWorkerPath();
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await compileInBuiltWorker(page, worker, files));
  let compileTotal = 0;
  let roundTotal = 0;
  for (const [index, { name, bytes }] of files.entries()) {
    const compileMs = median(runs.map((run) => run[index]!.compileMs));
    const roundTripMs = median(runs.map((run) => run[index]!.roundTripMs));
    compileTotal += compileMs;
    roundTotal += roundTripMs;
    const cards = runs[0]![index]!.deck?.cards.length ?? 0;
    console.log(`worker compile ${name}: ${(bytes.length / 1024).toFixed(0)} KB, ${cards} cards, compile ${compileMs.toFixed(0)} ms, with worker start ${roundTripMs.toFixed(0)} ms`);
  }
  console.log(`worker compile, five roadmaps: compile ${compileTotal.toFixed(0)} ms, with worker start ${roundTotal.toFixed(0)} ms (median of ${RUNS}, 1× CPU, a shared machine: noisy)`);
} finally {
  await browser.close();
  await server.close();
}

// .apkg sizes: each compiled roadmap (public/decks, from npm run decks) without history, and with every card in review
// after three reviews (a stand-in for a learner's full history: three revlog rows and an FSRS state per card).
const SQL = await initSqlJs();
const now = Date.UTC(2026, 10, 29, 4);
for (const { name } of files) {
  const deck = JSON.parse(readFileSync(join('public/decks', `${name.replace(/\.(md|txt)$/, '')}.json`), 'utf8')) as Deck;
  const path = (sectionId: string) => [deck.title, ...(deck.sections.find((s) => s.id === sectionId)?.path ?? [])];
  const plain: AnkiExportCard[] = deck.cards.map((card) => ({ card, deckPath: path(card.sectionId), state: null, logs: [] }));
  const reviewed: AnkiExportCard[] = plain.map((entry) => {
    const state: CardState = { cardId: entry.card.id, deckId: deck.id, phase: 2, due: now + 9 * 86_400_000, stability: 12.3, difficulty: 5.1, elapsedDays: 4, scheduledDays: 12, learningSteps: 0, reps: 3, lapses: 0, lastReview: now - 3 * 86_400_000 };
    const logs: ReviewLogEntry[] = [0, 1, 2].map((i) => ({ cardId: entry.card.id, deckId: deck.id, grade: 3, reviewedAt: now - (10 - i * 3) * 86_400_000, kind: 'review', before: state, after: state, durationMs: 4000 }));
    return { ...entry, state, logs };
  });
  const size = (cards: AnkiExportCard[], includeHistory: boolean) =>
    writeApkg(SQL, buildAnkiCollection({ cards, includeHistory, desiredRetention: 0.9, now, dayStart: now })).length / 1024;
  console.log(`apkg ${name}: ${deck.cards.length} notes, ${size(plain, false).toFixed(0)} KB; with 3 reviews a card ${size(reviewed, true).toFixed(0)} KB`);
}
