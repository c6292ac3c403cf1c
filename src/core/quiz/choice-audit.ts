// Audits a multiple-choice question against the whole deck, as a learner would object to it: a question asked in
// another card's context, a wrong option that is also right, an answer that gives itself away by its length.
import type { Card } from '../deck/schema.ts';
import { charLength, normalizeAnswer } from './normalize.ts';
import type { ChoiceQuestion } from './types.ts';

/** An answer this much longer than every wrong option is picked by its length alone. */
export const LENGTH_OUTLIER_RATIO = 1.5;

export interface ChoiceFindings {
  /** The prompt names a context that is not the card's own (「MongoDB」中的… keyed to Redis's answer). */
  misKeyed: boolean;
  /** The card's own question names a context and the prompt drops it (「学习内容」是什么？). */
  contextDropped: boolean;
  /** Wrong options that are also right: the same term's other definition, an item of the asked list's sub-lists. */
  alsoRight: string[];
  /** The answer is at least 1.5× longer than every wrong option. */
  lengthOutlier: boolean;
}

/** The context a compiled card's own question names: `「X」中的「term」是什么？` or `「X」：A → ？` give X. */
export function contextOfCard(card: Pick<Card, 'front' | 'kind' | 'label'>): string | null {
  if (card.kind === 'list' || card.kind === 'sequence') return card.label ?? null;
  const front = card.front.replace(/^【[^】]*】/u, '');
  return /^「(.+?)」中的「/u.exec(front)?.[1] ?? /^「(.+?)」：/u.exec(front)?.[1] ?? null;
}

const norm = normalizeAnswer;

/** Latin-script share of a text's letters. */
function latinShare(text: string): number {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  return letters.length === 0 ? 0 : letters.filter((c) => /[A-Za-z]/.test(c)).length / letters.length;
}

/**
 * A definition whose explanation only translates or abbreviates its English term ("AWS Certified Database -
 * Specialty" → "AWS 数据库专家认证"): asked as multiple choice, the shared Latin word or the title ending picks it.
 */
export function isTranslationOnly(card: Pick<Card, 'kind' | 'term' | 'explanation'>): boolean {
  if (card.kind !== 'definition' || !card.term || !card.explanation) return false;
  const explanation = card.explanation.trim();
  if (latinShare(card.term) < 0.8 || charLength(explanation) > 20 || latinShare(explanation) > 0.6) return false;
  const termWords = new Set((card.term.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).map((w) => w.toLowerCase()));
  const shared = (explanation.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).some((w) => termWords.has(w.toLowerCase()));
  return shared || /(?:认证|证书|工程师|架构师|专家|管理员|助理|开发者|大师)$/u.test(explanation);
}

/** Build once per deck; returns the findings for one question of that deck. */
export function choiceAuditor(cards: readonly Card[]): (question: ChoiceQuestion) => ChoiceFindings {
  const definitions = cards.filter((c) => c.kind === 'definition' && c.term && c.explanation);
  const lists = cards.filter((c) => (c.kind === 'list' || c.kind === 'sequence') && c.items);
  const explanationsByTerm = new Map<string, Set<string>>();
  for (const d of definitions) explanationsByTerm.set(norm(d.term!), (explanationsByTerm.get(norm(d.term!)) ?? new Set()).add(norm(d.explanation!)));
  const listsBySection = new Map<string, Card[]>();
  for (const l of lists) listsBySection.set(l.sectionId, [...(listsBySection.get(l.sectionId) ?? []), l]);

  /** Everything that belongs to a list: its items, and the items and terms of the lists and definitions under it. */
  function belongsTo(asked: Card): { found: Set<string>; terms: Set<string> } {
    const found = new Set<string>();
    /** Terms defined in the list's group: right only as themselves (`适用场景`, not `适用场景：another database's`). */
    const terms = new Set<string>();
    const labels = [norm(asked.label ?? asked.front)];
    for (let i = 0; i < labels.length && i < 50; i++) {
      const label = labels[i]!;
      // Lists named like the asked one count anywhere (the builder's rule); lists under it only in its section.
      for (const l of i === 0 ? lists : (listsBySection.get(asked.sectionId) ?? [])) {
        if (norm(l.label ?? l.front) !== label) continue;
        for (const item of l.items ?? []) found.add(norm(item));
      }
      // Sub-lists in the same section: labelled by one of the items (`Redis` under 「NoSQL 数据库」) or `label · field`.
      for (const l of listsBySection.get(asked.sectionId) ?? []) {
        const sub = norm(l.label ?? l.front);
        if (labels.includes(sub)) continue;
        if (found.has(sub) || sub.startsWith(label) || [...found].some((item) => item.length >= 2 && sub.startsWith(item))) labels.push(sub);
      }
      for (const d of definitions) {
        const context = contextOfCard(d);
        if (d.sectionId === asked.sectionId && context && norm(context) === label) terms.add(norm(d.term!));
      }
    }
    return { found, terms };
  }

  return (question) => {
    const asked = question.card;
    const own = contextOfCard(asked);
    const quoted = [...question.prompt.matchAll(/「([^」]+)」/gu)].map((m) => norm(m[1]!));
    const allowed = new Set([own, asked.term, asked.label].filter((t): t is string => Boolean(t)).map(norm));
    const definitionVariant = question.variant === 'term-to-explanation' || question.variant === 'explanation-to-term';
    const misKeyed = definitionVariant && quoted.some((q) => !allowed.has(q));
    const contextDropped = definitionVariant && own !== null && norm(own) !== norm(asked.term ?? '') && !quoted.includes(norm(own));
    const wrong = question.options.filter((o) => !o.correct);
    const alsoRight: string[] = [];
    const members = question.variant === 'list-member' ? belongsTo(asked) : null;
    for (const option of wrong) {
      const text = norm(option.text);
      const right =
        question.variant === 'term-to-explanation'
          ? Boolean(explanationsByTerm.get(norm(asked.term ?? ''))?.has(text))
          : question.variant === 'explanation-to-term'
            ? text === norm(asked.term ?? '')
            : members !== null &&
              (members.terms.has(text) ||
                [...members.found].some((m) => m === text || (m.length >= 2 && text.length >= 2 && (m.includes(text) || text.includes(m)))));
      if (right) alsoRight.push(option.text);
    }
    const answer = question.options.find((o) => o.correct);
    const longestWrong = Math.max(0, ...wrong.map((o) => charLength(o.text)));
    const lengthOutlier = answer !== undefined && wrong.length > 0 && charLength(answer.text) >= LENGTH_OUTLIER_RATIO * longestWrong;
    return { misKeyed, contextDropped, alsoRight, lengthOutlier };
  };
}
