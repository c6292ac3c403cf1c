// A tiny compiled deck and its index for the UI tests: one roadmap, two stages, four cards, served by a fake fetchJson.
import { DECK_FORMAT_VERSION, type Card, type Deck, type DeckIndex } from '../../src/core/deck/schema.ts';

function card(id: string, sectionId: string, section: string[], front: string, back: string, line: number): Card {
  return {
    id,
    kind: 'definition',
    section,
    sectionId,
    front,
    back,
    source: { file: 'mini.md', line },
    contentHash: `h-${id}`,
  };
}

export const MINI_DECK: Deck = {
  formatVersion: DECK_FORMAT_VERSION,
  id: 'mini',
  slug: 'mini',
  title: '迷你路线图',
  file: 'mini.md',
  sections: [
    { id: 'mini.s1', path: ['第一阶段'], title: '第一阶段', parentId: null, kind: 'stage', line: 3, cardCount: 2 },
    { id: 'mini.s2', path: ['第二阶段'], title: '第二阶段', parentId: null, kind: 'stage', line: 10, cardCount: 2 },
  ],
  cards: [
    card('mini-c1', 'mini.s1', ['第一阶段'], 'goroutine 是什么？', '由 Go 运行时调度的轻量线程，用 `go f()` 启动。', 4),
    card('mini-c2', 'mini.s1', ['第一阶段'], 'channel 的用途', '• 在 goroutine 之间传递数据\n• 同步', 5),
    card('mini-c3', 'mini.s2', ['第二阶段'], 'context 包', '取消信号与截止时间', 11),
    card('mini-c4', 'mini.s2', ['第二阶段'], 'sync.WaitGroup', '等待一组 goroutine 结束', 12),
  ],
};

export const MINI_INDEX: DeckIndex = {
  formatVersion: DECK_FORMAT_VERSION,
  decks: [
    {
      id: MINI_DECK.id,
      slug: MINI_DECK.slug,
      title: MINI_DECK.title,
      file: MINI_DECK.file,
      path: 'mini.json',
      cardCount: MINI_DECK.cards.length,
      sectionCount: MINI_DECK.sections.length,
      contentHash: 'mini-v1',
    },
  ],
};

/** Serves decks/index.json and decks/mini.json the way the site would. */
export async function fakeFetchJson(path: string): Promise<unknown> {
  if (path === 'decks/index.json') return structuredClone(MINI_INDEX);
  if (path === 'decks/mini.json') return structuredClone(MINI_DECK);
  throw new Error(`404 ${path}`);
}

let databases = 0;
/** A fresh IndexedDB name per test, so tests never see each other's reviews. */
export function freshDbName(): string {
  databases += 1;
  return `roadcards-ui-test-${databases}-${Math.random().toString(36).slice(2)}`;
}
