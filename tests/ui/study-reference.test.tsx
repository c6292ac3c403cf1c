// Reference cards in daily review: out by default, studied in a node once the learner switches them on there.
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { buildDeckIndexEntry } from '../../src/core/deck/deck-index.ts';
import { DECK_FORMAT_VERSION, type Deck } from '../../src/core/deck/schema.ts';
import { closeApp, findElement, renderApp, type Harness } from './harness.tsx';

const stage = { id: 'plan.s1', path: ['第一阶段'], title: '第一阶段', parentId: null, kind: 'stage' as const, line: 1, cardCount: 1 };
const books = { id: 'plan.s2', path: ['第一阶段', '必读书籍'], title: '必读书籍', parentId: 'plan.s1', kind: 'heading' as const, line: 4, cardCount: 1 };
const PLAN: Deck = {
  formatVersion: DECK_FORMAT_VERSION,
  id: 'plan',
  slug: 'plan',
  title: '带书单的路线图',
  file: 'plan.md',
  sections: [stage, books],
  cards: [
    { id: 'plan.k8s', kind: 'definition', role: 'concept', section: ['第一阶段'], sectionId: 'plan.s1', front: 'Kubernetes 是什么？', back: '开源的容器编排平台', term: 'Kubernetes', explanation: '开源的容器编排平台', source: { file: 'plan.md', line: 3 }, contentHash: 'h1' },
    { id: 'plan.week', kind: 'definition', role: 'reference', section: ['第一阶段', '必读书籍'], sectionId: 'plan.s2', front: '「必读书籍」中的「Week 1-2」是什么？', back: '《Go 语言学习笔记》', term: 'Week 1-2', explanation: '《Go 语言学习笔记》', source: { file: 'plan.md', line: 5 }, contentHash: 'h2' },
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

it('a reading plan section has nothing to review until its reference cards are switched on, then its week is studied', async () => {
  harness = renderApp('/study/plan.s2', undefined, fetchJson);
  // Home's tree has no node of reference cards alone: the screen says what the node holds instead of "not found".
  expect((await findElement('[data-role="only-reference"]')).textContent).toContain('只有参考卡片');
  expect(document.querySelector('[data-screen="done"]')!.textContent).not.toContain('找不到');
  const toggle = await findElement<HTMLInputElement>('input[data-role="review-reference"]');
  expect(toggle.checked).toBe(false);
  expect(toggle.closest('label')!.textContent).toContain('1 张参考卡片');
  expect(toggle.closest('label')!.textContent).toContain('主页的计数不含它们');
  expect(document.querySelector('[data-card-id]')).toBeNull();

  fireEvent.click(toggle);
  const card = await findElement('[data-card-id="plan.week"]');
  expect(card.textContent).toContain('Week 1-2');
  expect((await (await harness.data.ready).getSettings()).reviewReference).toEqual(['plan.s2']);
});

it('says an unknown node is unknown, with no toggle', async () => {
  harness = renderApp('/study/plan.nowhere', undefined, fetchJson);
  await waitFor(() => expect(document.querySelector('[data-screen="done"]')?.textContent).toContain('找不到这个卡组：plan.nowhere'));
  expect(document.querySelector('input[data-role="review-reference"]')).toBeNull();
});
