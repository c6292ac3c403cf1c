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
 * Prefix each of a group of same-front cards with the shallowest breadcrumb title that only its own
 * path has, so a learner sees `【第二阶段：数据库架构专项】「知识框架」包括哪些？` without the source.
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
    const prefixes = group.map((c) => c.section.map((_, k) => c.section.slice(0, k + 1).join('\u0001')));
    const counts = new Map<string, number>();
    for (const list of prefixes) for (const p of list) counts.set(p, (counts.get(p) ?? 0) + 1);
    group.forEach((card, i) => {
      const k = prefixes[i]!.findIndex((p) => counts.get(p) === 1);
      const at = k >= 0 ? card.section[k] : undefined;
      if (!at) return;
      const qualifier = shortTitle(at);
      if (card.front.includes(`「${qualifier}」`)) return;
      card.front = `【${qualifier}】${card.front}`;
      card.contentHash = contentHashOf(card.front, card.back);
    });
  }
}
