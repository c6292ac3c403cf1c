// A self-check's back names the cards that answer it, so "能解释 goroutine 调度原理吗？" sends the learner somewhere.
import type { Card } from './schema.ts';
import { contentHashOf } from './ids.ts';

/** Words a self-check is worded with, not what it asks about. */
const WORDING = /你能|能够|解释|设计|处理|实现|建立|进行|完整|独立|编写|清晰|管理|复杂|制定|带领|应对|问题|定位|使用|熟练|吗|的|和|与|系统|架构/gu;
const MAX_ANSWERS = 3;

/** Latin words and CJK pairs of a text: enough to match "调度原理" with "goroutine 调度" or "pprof" with "pprof、trace". */
function keywords(text: string): Set<string> {
  const lower = text.normalize('NFKC').toLowerCase();
  const words = new Set(lower.match(/[a-z][a-z0-9+#.-]+/g) ?? []);
  for (const run of lower.replace(WORDING, ' ').match(/[\u4e00-\u9fff]{2,}/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) words.add(run.slice(i, i + 2));
  }
  return words;
}

/**
 * For each concept self-check, the concept cards of its stage (`scopeOf`) sharing the most keywords with it, best
 * first: its back lists their questions. A self-check nothing answers keeps the stock "回看…" back.
 */
export function answerSelfChecks(cards: Card[], scopeOf: (card: Card) => string): void {
  const candidates = cards.filter((c) => c.kind !== 'self-check' && c.role !== 'reference').map((c) => ({ card: c, words: keywords(`${c.front}\n${c.back}`) }));
  for (const check of cards) {
    if (check.kind !== 'self-check' || check.role === 'reference') continue;
    const asked = keywords(check.term ?? check.front);
    if (asked.size === 0) continue;
    const scope = scopeOf(check);
    const ranked = candidates
      .filter(({ card }) => scopeOf(card) === scope)
      .map(({ card, words }) => ({ card, score: [...asked].filter((w) => words.has(w)).length }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || a.card.source.line - b.card.source.line)
      .slice(0, MAX_ANSWERS);
    if (ranked.length === 0) continue;
    check.back = `答得出这几张卡就算会：\n${ranked.map(({ card }) => `• ${card.front}`).join('\n')}`;
    check.contentHash = contentHashOf(check.front, check.back);
  }
}
