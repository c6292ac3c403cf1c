// A deploy of an edited built-in roadmap: decks/<file> changed, compiled with the compiler `npm run decks` runs, and
// its deck JSON and decks/index.json written into a copy of the previous site (the rest of the build unchanged).
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDeckIndexEntry, compileRoadmapFile, type Deck, type DeckIndex } from '../../src/core/deck/index.ts';

/** One roadmap of decks/ compiled as scripts/compile-decks.ts compiles it. */
export function compileRoadmapText(text: string, file: string): Deck {
  const result = compileRoadmapFile(new TextEncoder().encode(text), file);
  if (!result.deck) throw new Error(result.problems.map((p) => `${file}:${p.line}: ${p.message}`).join('\n'));
  return result.deck;
}

export interface EditedDeploy {
  dir: string;
  before: Deck;
  after: Deck;
  /** The previous build's index entry for this roadmap, and the new one: the app merges a deck whose contentHash changed. */
  previousHash: string;
  nextHash: string;
}

/**
 * The next version of the site in `previous`: decks/`file` passed through `edit`, compiled, and its deck and index
 * entry replaced. Nothing else changes: decks are not in the service worker's precache (sw.ts fetches them network
 * first), so a rebuild that only changed a roadmap serves the same worker and the same chunks.
 */
export async function deployEditedRoadmap(previous: string, file: string, edit: (text: string) => string): Promise<EditedDeploy> {
  const text = await readFile(join('decks', file), 'utf8');
  const changed = edit(text);
  if (changed === text) throw new Error(`the edit left ${file} unchanged`);
  const before = compileRoadmapText(text, file);
  const after = compileRoadmapText(changed, file);

  const dir = await mkdtemp(join(tmpdir(), 'roadcards-site-edited-'));
  await cp(previous, dir, { recursive: true });
  const index = JSON.parse(await readFile(join(dir, 'decks/index.json'), 'utf8')) as DeckIndex;
  const at = index.decks.findIndex((entry) => entry.id === after.id);
  if (at < 0) throw new Error(`no deck ${after.id} in the previous site`);
  const previousHash = index.decks[at]!.contentHash;
  // The premise: compiling the unchanged file here gives the deck the previous build served.
  if (buildDeckIndexEntry(before).contentHash !== previousHash) throw new Error(`dist/ was not built from decks/${file}: run npm run decks && npm run build`);
  const entry = buildDeckIndexEntry(after);
  index.decks[at] = entry;
  await writeFile(join(dir, 'decks', entry.path), `${JSON.stringify(after)}\n`);
  await writeFile(join(dir, 'decks/index.json'), `${JSON.stringify(index, null, 2)}\n`);
  return { dir, before, after, previousHash, nextHash: entry.contentHash };
}
