import { expect, test } from 'vitest';
import { openProfile, visitUntilControlled } from './app.ts';
import { seriousViolations } from './axe.ts';
test('before', async () => {
  const p = await openProfile({ width: 390, height: 844 });
  await p.page.emulateMedia({ colorScheme: 'light' });
  await visitUntilControlled(p.page, '/');
  await p.page.locator('[data-count="new"]').first().waitFor();
  await p.page.waitForTimeout(5500);
  console.log('elements', await p.page.evaluate(() => document.querySelectorAll('*').length));
  await p.page.screenshot({ path: 'test-results/before-home-light.png' });
  console.log(JSON.stringify((await seriousViolations(p.page)).map((v) => [v.id, v.targets.length])));
  await p.page.emulateMedia({ colorScheme: 'dark' });
  await p.page.screenshot({ path: 'test-results/before-home-dark.png' });
  console.log(JSON.stringify((await seriousViolations(p.page)).map((v) => [v.id, v.targets.length])));
  await p.dispose();
  expect(1).toBe(1);
});
