// The five roadmaps compiled by the app's built Worker in real Chromium give the cards `npm run decks` wrote (public/decks).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { Deck } from '../../src/core/deck/schema.ts';
import { builtWorkerPath, compileInBuiltWorker } from '../../scripts/bench/roadmap-worker.ts';
import { openProfile, visitUntilControlled, type Profile } from './app.ts';

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

test('each of the five roadmaps: identical card ids, fronts and backs from the Worker in Chromium and from the CLI', async () => {
  const files = readdirSync('decks').filter((name) => /\.(md|txt)$/.test(name)).sort();
  expect(files).toHaveLength(5);
  profile = await openProfile();
  await visitUntilControlled(profile.page, '/roadmaps');
  const compiled = await compileInBuiltWorker(
    profile.page,
    builtWorkerPath(),
    files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join('decks', name))) })),
  );
  for (const { file, deck, problems } of compiled) {
    expect(problems.filter((p) => p.severity === 'error'), file).toEqual([]);
    const fromCli = JSON.parse(readFileSync(join('public/decks', `${deck!.slug}.json`), 'utf8')) as Deck;
    const texts = (d: Deck) => d.cards.map(({ id, front, back }) => ({ id, front, back }));
    expect(deck!.cards.length, file).toBeGreaterThan(20);
    expect(texts(deck!), file).toEqual(texts(fromCli));
    expect(deck, file).toEqual(fromCli);
  }
});
