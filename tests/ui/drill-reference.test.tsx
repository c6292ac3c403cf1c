// Reference cards in a drill: left out by default, drilled when the learner switches 包括参考卡片 on for the node.
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { buildDeckIndexEntry } from '../../src/core/deck/deck-index.ts';
import { DECK_FORMAT_VERSION, type Deck } from '../../src/core/deck/schema.ts';
import { closeApp, findElement, renderApp, type Harness } from './harness.tsx';

const section = { id: 'plan.s1', path: ['第一阶段'], title: '第一阶段', parentId: null, kind: 'stage' as const, line: 1, cardCount: 2 };
const PLAN: Deck = {
  formatVersion: DECK_FORMAT_VERSION,
  id: 'plan',
  slug: 'plan',
  title: '带书单的路线图',
  file: 'plan.md',
  sections: [section],
  cards: [
    { id: 'plan.k8s', kind: 'definition', role: 'concept', section: ['第一阶段'], sectionId: 'plan.s1', front: 'Kubernetes', back: '开源的容器编排平台', term: 'Kubernetes', explanation: '开源的容器编排平台', source: { file: 'plan.md', line: 3 }, contentHash: 'h1' },
    { id: 'plan.week', kind: 'definition', role: 'reference', section: ['第一阶段'], sectionId: 'plan.s1', front: '「必读书籍」中的「Week 1-2」是什么？', back: '《Go 语言学习笔记》', term: 'Week 1-2', explanation: '《Go 语言学习笔记》', source: { file: 'plan.md', line: 5 }, contentHash: 'h2' },
  ],
};

async function fetchJson(path: string): Promise<unknown> {
  if (path === 'decks/index.json') return { formatVersion: DECK_FORMAT_VERSION, decks: [buildDeckIndexEntry(PLAN)] };
  if (path === 'decks/plan.json') return structuredClone(PLAN);
  throw new Error(`404 ${path}`);
}

let harness: Harness | null = null;
afterEach(async () => {
  await closeApp(harness);
  harness = null;
});

async function questionsAsked(): Promise<number> {
  fireEvent.click(await findElement('button[data-action="start-drill"]'));
  const bar = await findElement('[role="progressbar"]');
  return Number(bar.getAttribute('aria-valuemax'));
}

it('drills only the concept by default, and the reading week too once 包括参考卡片 is on', async () => {
  harness = renderApp('/drill/plan', undefined, fetchJson);
  const toggle = await findElement<HTMLInputElement>('input[data-role="include-reference"]');
  expect(toggle.checked).toBe(false);
  expect(toggle.closest('label')!.textContent).toContain('1 张参考卡片');
  expect(await questionsAsked()).toBe(1);
  await closeApp(harness);

  harness = renderApp('/drill/plan', undefined, fetchJson);
  fireEvent.click(await findElement<HTMLInputElement>('input[data-role="include-reference"]'));
  await waitFor(() => expect(document.querySelector('input[name="count"][value="all"]')!.closest('label')!.textContent).toContain('2'));
  expect(await questionsAsked()).toBe(2);
});
