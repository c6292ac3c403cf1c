// Two tabs: another tab opens a newer database schema while a card is on screen here. This tab keeps the card, stores
// its grade (through the pending queue, after the reload), and reloads only between cards.
import { afterEach, expect, test } from 'vitest';
import { baseUrl, openProfile, type Profile } from '../e2e/app.ts';
import { schemaUpgradeMidCard } from './tabs-scenario.ts';

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

test('a newer schema in another tab: the card stays, its grade is stored, the tab reloads only between cards', async () => {
  profile = await openProfile();
  const outcome = await schemaUpgradeMidCard(profile.context, baseUrl());
  expect(outcome).toMatchObject({ offered: true, reloadedMidCard: false, cardKept: true, pendingLeft: 0, alerts: 0, violations: [] });
  expect(outcome.logs.map((log) => log.grade)).toEqual([3]);
  // Stored with the time the learner answered, not the time of the reload.
  expect(Math.abs(outcome.logs[0]!.reviewedAt - outcome.gradedAt)).toBeLessThan(5_000);
});
