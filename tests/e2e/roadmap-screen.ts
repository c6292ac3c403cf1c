// Driving the Roadmaps screen like a learner: choose a roadmap file, wait for its compile report, confirm the add.
import type { Page } from 'playwright-core';

/** Chooses the file at `path` with the screen's file input; resolves once its compile report shows. */
export async function addFile(page: Page, path: string): Promise<void> {
  await page.locator('[data-action="add-roadmap"]').setInputFiles(path);
  await page.locator('[data-role="roadmap-report"]').waitFor();
}

/** Taps the report's add (or update) button; resolves once the screen says it is done. */
export async function confirmAdd(page: Page): Promise<void> {
  await page.locator('[data-action="confirm-add-roadmap"]').tap();
  await page.locator('[data-role="roadmap-done"]').waitFor();
}
