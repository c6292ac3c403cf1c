// The app's compile path (the function its Worker runs) and `npm run decks` give each of the five roadmaps the same cards.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileRoadmapFile } from '../../src/core/deck/compile-file.ts';
import type { Deck } from '../../src/core/deck/schema.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DECKS = join(ROOT, 'decks');
const out = mkdtempSync(join(tmpdir(), 'roadcards-same-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const files = readdirSync(DECKS).filter((name) => /\.(md|txt)$/.test(name)).sort();

function cardTexts(deck: Deck) {
  return deck.cards.map((card) => ({ id: card.id, front: card.front, back: card.back }));
}

describe('a roadmap compiled in the app and by the CLI', { timeout: 120_000 }, () => {
  it('gives identical card ids, fronts and backs (and the same whole deck) for each of the five roadmaps', () => {
    expect(files).toHaveLength(5);
    const cli = spawnSync('npx', ['tsx', 'scripts/compile-decks.ts', '--src', DECKS, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    for (const file of files) {
      const fromCli = JSON.parse(readFileSync(join(out, `${file.replace(/\.(md|txt)$/, '')}.json`), 'utf8')) as Deck;
      const inApp = compileRoadmapFile(new Uint8Array(readFileSync(join(DECKS, file))), file);
      expect(inApp.problems.filter((p) => p.severity === 'error'), file).toEqual([]);
      expect(fromCli.cards.length, file).toBeGreaterThan(20);
      expect(cardTexts(inApp.deck!), file).toEqual(cardTexts(fromCli));
      expect(JSON.parse(JSON.stringify(inApp.deck)), file).toEqual(fromCli);
    }
  });
});
