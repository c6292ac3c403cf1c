// A lazy screen whose chunk is gone after a deploy: the tap shows the reload in the learner's language, not a dead screen.
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { getUpdateSnapshot, setReloadForTests } from '../../src/ui/update/update-state.ts';
import { closeApp, findElement, renderApp, type Harness } from './harness.tsx';

// What the browser says when the old version's settings chunk is no longer on the server or in the cache.
vi.mock('../../src/ui/screens/settings/settings-screen.tsx', () => {
  throw new TypeError('Failed to fetch dynamically imported module: https://example.test/assets/settings-screen-abc123.js');
});

let harness: Harness | null = null;
afterEach(async () => {
  await closeApp(harness);
  harness = null;
});

it('offers the reload where the settings screen would be, with the library text only in the details', async () => {
  harness = renderApp('/settings');
  const reload = vi.fn();
  setReloadForTests(reload);
  const notice = await findElement('[data-role="chunk-missing"]');
  expect(notice.textContent).toContain('这一页打不开了');
  // The failed import's own words (vitest wraps the browser's) are kept for a bug report, in the details line only.
  expect(notice.querySelector('details code')?.textContent).toMatch(/module/);
  const shown = [...notice.children].filter((child) => child.tagName !== 'DETAILS').map((child) => child.textContent).join(' ');
  expect(shown).not.toMatch(/Failed|module|Error/);

  // The banner offers the same reload, and so does the notice.
  await waitFor(() => expect(getUpdateSnapshot().stale).toBe('chunk'));
  const banner = await findElement('[data-role="update-banner"]');
  expect(banner.textContent).toContain('这一页需要新版本');
  fireEvent.click(notice.querySelector('button[data-action="reload"]')!);
  await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
});
