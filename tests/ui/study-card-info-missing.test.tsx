// Card info in study when its chunk is gone after a deploy: the dialog says so, the banner offers the reload, study goes on.
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { getUpdateSnapshot } from '../../src/ui/update/update-state.ts';
import { closeApp, findElement, gradesReady, renderApp, type Harness } from './harness.tsx';

vi.mock('../../src/ui/screens/stats/card-info-screen.tsx', () => {
  throw new TypeError('Failed to fetch dynamically imported module: https://example.test/assets/card-info-screen-abc123.js');
});

let harness: Harness | null = null;
afterEach(async () => {
  await closeApp(harness);
  harness = null;
});

it('shows the failure in the dialog, marks the page stale, and after closing the grade still goes through', async () => {
  harness = renderApp('/study/mini');
  await findElement('[data-card-id="mini-c1"]');
  fireEvent.click(document.querySelector('button[data-action="reveal"]')!);
  await gradesReady();
  fireEvent.click(document.querySelector('button[data-action="card-info"]')!);
  const dialog = await findElement('[role="dialog"][data-role="card-info"]');
  await waitFor(() => expect(dialog.querySelector('[role="alert"]')).not.toBeNull());
  await waitFor(() => expect(getUpdateSnapshot().stale).toBe('chunk'));

  fireEvent.click(dialog.querySelector('button[data-action="close-card-info"]')!);
  await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
  fireEvent.click(document.querySelector('button[data-grade="3"]')!);
  await waitFor(() => expect(document.querySelector('[data-card-id]')?.getAttribute('data-card-id')).toBe('mini-c2'));
});
