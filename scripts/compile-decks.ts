// CLI: compile every .md/.txt roadmap in --src into validated deck JSON in --out; all-or-nothing, file I/O only.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as z from 'zod/mini';
import {
  CARD_KINDS,
  DECK_FORMAT_VERSION,
  MAX_ROADMAP_BYTES,
  buildDeckIndexEntry,
  compileRoadmapFile,
  deckIndexSchema,
  tooLargeProblem,
  type Deck,
  type DeckIndex,
  type Problem,
} from '../src/core/deck/index.ts';

const DEFAULT_SRC = 'decks';
const DEFAULT_OUT = 'public/decks';

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  return value && !value.startsWith('--') ? value : fallback;
}

const src = argValue('--src', DEFAULT_SRC);
const out = argValue('--out', DEFAULT_OUT);
const isDefaultOut = resolve(out) === resolve(DEFAULT_OUT);

function show(p: Problem): string {
  return `${join(src, p.file)}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  console.error(`decks: nothing written to ${out}`);
  process.exit(1);
}

if (!existsSync(src)) fail([`${src}:1: source folder not found`]);
const files = readdirSync(src)
  .filter((name) => /\.(md|markdown|txt)$/i.test(name))
  .sort();
if (files.length === 0) fail([`${src}:1: no .md or .txt roadmaps in this folder`]);

const problems: Problem[] = [];
const decks: Deck[] = [];
const report: string[] = [];
for (const file of files) {
  // Sized before reading: a file of gigabytes is refused without being loaded.
  const size = statSync(join(src, file)).size;
  if (size > MAX_ROADMAP_BYTES) {
    problems.push(tooLargeProblem(file, size));
    continue;
  }
  // The same call as the app's Worker (src/core/deck/compile-file.ts): one file gives the same deck in both.
  const result = compileRoadmapFile(new Uint8Array(readFileSync(join(src, file))), file);
  for (const p of result.problems) problems.push(p); // no spread: a huge roadmap may warn 100,000 times
  if (!result.deck) continue;
  decks.push(result.deck);
  const kinds = CARD_KINDS.filter((k) => result.stats.byKind[k] > 0)
    .map((k) => `${k} ${result.stats.byKind[k]}`)
    .join(', ');
  const empty = result.stats.emptySections.length;
  report.push(
    `${file}: ${result.stats.sections} sections, ${result.stats.cards} cards (${kinds}); ` +
      `concepts ${result.stats.byRole.concept}, reference ${result.stats.byRole.reference}; ` +
      `${empty === 0 ? 'every section has cards' : `${empty} ${empty === 1 ? 'section' : 'sections'} without cards (warnings above)`}`,
  );
  // The same definition written twice became one card; say where, so the roadmap's author can tidy it.
  const merged = result.stats.merged;
  if (merged.length > 0) report.push(`  merged ${merged.length} duplicate definitions: ${merged.map((m) => `「${m.term}」 ${m.line} → ${m.keptLine}`).join(', ')}`);
}

// Two files that slug the same (`Go.md`, `go.txt`) would overwrite each other's deck.
const bySlug = new Map<string, string>();
for (const deck of decks) {
  const other = bySlug.get(deck.slug);
  if (other) problems.push({ file: deck.file, line: 1, severity: 'error', message: `deck id "${deck.slug}" is also used by ${other}; rename one file` });
  bySlug.set(deck.slug, deck.file);
}

const errors = problems.filter((p) => p.severity === 'error');
for (const p of problems.filter((p) => p.severity === 'warning')) console.warn(show(p));
if (errors.length > 0) fail(errors.map(show));

// Nothing unvalidated is written: compileRoadmap returns a deck only once it passed deckSchema
// (validating ~1 MB of decks a second time cost ~50 ms of a cold run), so only the index is checked here.
const index: DeckIndex = { formatVersion: DECK_FORMAT_VERSION, decks: decks.map(buildDeckIndexEntry) };
try {
  z.parse(deckIndexSchema, index);
} catch (error) {
  fail([`${src}:1: compiled output failed validation: ${String(error)}`]);
}

// Old decks may be removed only where we know we own the folder: the default, or one holding our index.
const indexPath = join(out, 'index.json');
let previous: DeckIndex | null = null;
if (existsSync(indexPath)) {
  try {
    previous = z.parse(deckIndexSchema, JSON.parse(readFileSync(indexPath, 'utf8')));
  } catch {
    previous = null;
  }
}

mkdirSync(dirname(resolve(out)), { recursive: true });
const staging = mkdtempSync(join(dirname(resolve(out)), '.decks-staging-'));
try {
  for (const deck of decks) writeFileSync(join(staging, `${deck.slug}.json`), `${JSON.stringify(deck)}\n`);
  writeFileSync(join(staging, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  mkdirSync(out, { recursive: true });
  const fresh = new Set(index.decks.map((d) => d.path));
  if (isDefaultOut || previous) {
    const stale = isDefaultOut
      ? readdirSync(out).filter((name) => name.endsWith('.json') && name !== 'index.json')
      : (previous?.decks.map((d) => d.path) ?? []);
    for (const name of stale) if (!fresh.has(name) && !name.includes('/')) rmSync(join(out, name), { force: true });
  }
  // Decks first, index last: a reader never sees an index naming a deck file that is not there yet.
  for (const deck of decks) renameSync(join(staging, `${deck.slug}.json`), join(out, `${deck.slug}.json`));
  renameSync(join(staging, 'index.json'), indexPath);
} finally {
  rmSync(staging, { recursive: true, force: true });
}

for (const line of report) console.log(line);
const total = decks.reduce((n, d) => n + d.cards.length, 0);
console.log(`decks: ${decks.length} decks, ${total} cards → ${relative(process.cwd(), resolve(out)) || '.'}`);
