// Make fronts that read the same in two places of a deck (「知识框架」包括哪些？ under every stage) tell which one.
import type { Card } from './schema.ts';
import { contentHashOf } from './ids.ts';
import { cleanLabel } from './inline.ts';

/** `第一阶段：Go 语言核心架构（2 个月）` → `第一阶段：Go 语言核心架构`: enough to tell stages apart. */
function shortTitle(title: string): string {
  const plain = cleanLabel(title).replace(/\s*[（(][^（）()]*[）)]\s*$/u, '');
  return plain.length > 0 ? plain : cleanLabel(title);
}

/**
 * Prefix each of a group of same-front cards with the first breadcrumb title where their paths part,
 * so a learner sees `【第二阶段：数据库架构专项】「知识框架」包括哪些？` without opening the source.
 */
export function qualifyDuplicateFronts(cards: Card[]): void {
  const groups = new Map<string, Card[]>();
  for (const card of cards) {
    const group = groups.get(card.front);
    if (group) group.push(card);
    else groups.set(card.front, [card]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const depth = Math.max(...group.map((c) => c.section.length));
    let split = -1;
    for (let k = 0; k < depth && split < 0; k++) {
      if (new Set(group.map((c) => c.section[k] ?? '')).size > 1) split = k;
    }
    if (split < 0) continue;
    for (const card of group) {
      const at = card.section[split];
      if (!at) continue;
      const qualifier = shortTitle(at);
      if (card.front.includes(`「${qualifier}」`)) continue;
      card.front = `【${qualifier}】${card.front}`;
      card.contentHash = contentHashOf(card.front, card.back);
    }
  }
}
