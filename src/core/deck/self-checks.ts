// A self-check's back names the cards that answer it, so "能解释 goroutine 调度原理吗？" sends the learner somewhere.
import type { Card } from './schema.ts';
import { contentHashOf } from './ids.ts';

/*
 * WHICH CARDS ANSWER A SELF-CHECK (only cards of its stage; at most three, strongest first)
 *
 * The check and a card must share a significant term, not just any word of their field:
 *   - a term is significant when few cards of the stage use it (at most 3, or a fifth of them): `数据` in a
 *     database stage, `安全` in a security stage, `vs` anywhere say nothing about which card answers;
 *   - a shared name in Latin letters (goroutine, pprof, DevSecOps) is strong;
 *   - a shared Chinese term (a run of the check's characters the card also has, holding a significant pair) is strong
 *     when the card asks about it (it is in the card's front: 「零信任架构」 for 零信任) or when it is four characters
 *     or longer (热点数据, 合规检查); a short one in the back only (一致性 in 数据一致性保证) is weak;
 *   - a card answers with two strengths: one strong term or two weak ones.
 * A check no card answers keeps the stock "回看…" back: better no list than a list of cards that do not answer it
 * (「思考：不同数据库的 CAP 权衡？」 shares only 数据/数据库 with the stage's cards).
 */

/** Words a self-check is worded with, not what it asks about. */
const WORDING = /你能|能够|解释|设计|处理|实现|建立|进行|完整|独立|编写|清晰|管理|复杂|制定|带领|应对|问题|定位|使用|熟练|吗|的|和|与|系统|架构/gu;
const STOP_WORDS = new Set(['vs', 'and', 'or', 'the']);
const MAX_ANSWERS = 3;
const RARE_AT_MOST = 3;
const RARE_SHARE = 0.2;
const LONG_TERM = 4;
const ANSWERS_AT = 2;

interface Asked {
  latin: string[];
  /** The check's CJK runs, wording removed. */
  runs: string[];
}

const lowered = (text: string) => text.normalize('NFKC').toLowerCase();

const latinWords = (lower: string) => (lower.match(/[a-z][a-z0-9+#-]*(?:\.[a-z0-9+#-]+)*/g) ?? []).filter((w) => w.length > 1);

function askedOf(text: string): Asked {
  const lower = lowered(text);
  const latin = [...new Set(latinWords(lower))].filter((w) => !STOP_WORDS.has(w));
  const runs = lower.replace(WORDING, ' ').match(/[\u4e00-\u9fff]{2,}/gu) ?? [];
  return { latin, runs };
}

/** Latin words and CJK pairs of a text: what document frequency is counted over. */
function termsOf(asked: Asked): string[] {
  const pairs = asked.runs.flatMap((run) => [...run].slice(0, -1).map((_, i) => run.slice(i, i + 2)));
  return [...new Set([...asked.latin, ...pairs])];
}

/** How strongly a card answers: 2 per strong shared term, 1 per weak one (see the rules above). */
function strength(asked: Asked, rare: ReadonlySet<string>, card: Card): number {
  const front = lowered(card.front);
  const all = `${front}\n${lowered(card.back)}`;
  // Whole words: `race` is not in `trace`.
  const words = new Set(latinWords(all));
  let score = 0;
  for (const word of asked.latin) if (rare.has(word) && words.has(word)) score += 2;
  for (const run of asked.runs) {
    let i = 0;
    while (i + 1 < run.length) {
      if (!all.includes(run.slice(i, i + 2))) {
        i++;
        continue;
      }
      // The longest stretch of the run from i that the card has.
      let end = i + 2;
      while (end < run.length && all.includes(run.slice(i, end + 1))) end++;
      const term = run.slice(i, end);
      const significant = [...term].slice(0, -1).some((_, k) => rare.has(term.slice(k, k + 2)));
      if (significant) score += front.includes(term) || term.length >= LONG_TERM ? 2 : 1;
      i = end - 1;
    }
  }
  return score;
}

/** Terms used by few cards of a stage: the ones that tell its cards apart. */
function rareTerms(terms: readonly string[], texts: readonly string[]): Set<string> {
  const limit = Math.max(RARE_AT_MOST, RARE_SHARE * texts.length);
  const words = texts.map((text) => new Set(latinWords(text)));
  const uses = (term: string, i: number) => (/^[a-z]/u.test(term) ? words[i]!.has(term) : texts[i]!.includes(term));
  return new Set(terms.filter((t) => texts.filter((_, i) => uses(t, i)).length <= limit));
}

/** The cards of `stage` (concepts, not self-checks) that answer `check`, strongest first, at most `limit`. */
export function answersOf(check: Card, stage: readonly Card[], limit = MAX_ANSWERS): Card[] {
  const asked = askedOf(check.term ?? check.front);
  const texts = stage.map((c) => lowered(`${c.front}\n${c.back}`));
  const rare = rareTerms(termsOf(asked), texts);
  return stage
    .map((card) => ({ card, score: strength(asked, rare, card) }))
    .filter(({ score }) => score >= ANSWERS_AT)
    .sort((a, b) => b.score - a.score || a.card.source.line - b.card.source.line)
    .slice(0, limit)
    .map(({ card }) => card);
}

/** The cards a self-check's back can point to: concepts that are not self-checks. */
export const canAnswer = (card: Card) => card.kind !== 'self-check' && card.role !== 'reference';

/**
 * For each concept self-check, the concept cards of its stage (`scopeOf`) that answer it (answersOf): its back lists
 * their questions. A self-check nothing answers keeps the stock "回看…" back.
 */
export function answerSelfChecks(cards: Card[], scopeOf: (card: Card) => string): void {
  const byScope = new Map<string, Card[]>();
  for (const card of cards.filter(canAnswer)) byScope.set(scopeOf(card), [...(byScope.get(scopeOf(card)) ?? []), card]);
  for (const check of cards) {
    if (check.kind !== 'self-check' || check.role === 'reference') continue;
    const answers = answersOf(check, byScope.get(scopeOf(check)) ?? []);
    if (answers.length === 0) continue;
    check.back = `答得出这几张卡就算会：\n${answers.map((card) => `• ${card.front}`).join('\n')}`;
    check.contentHash = contentHashOf(check.front, check.back);
  }
}
