// Accessibility check for the browser tests: axe-core run inside the page, serious and critical violations listed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * The serious and critical axe-core violations on the page as it is now (one line per rule and node), so a test
 * can `expect(await seriousViolations(page)).toEqual([])` and print what a screen-reader user would trip on.
 * `within`: a selector to check only that part of the page (e.g. a banner over a screen other tests check).
 */
export async function seriousViolations(page: Page, within?: string): Promise<AxeFinding[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: Document | string): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(selector ?? document);
    return result.violations as { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
  }, within ?? null);
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}
