// What every multiple-choice question must satisfy, checked from the deck's cards independently of how it was built.
import type { Card } from '../../src/core/deck/schema.ts';
import { normalizeAnswer } from '../../src/core/quiz/normalize.ts';
import type { ChoiceQuestion, Nearness } from '../../src/core/quiz/types.ts';

const family = (card: Card) => (card.kind === 'sequence' ? 'list' : card.kind);
const norm = normalizeAnswer;

function expectedNearness(asked: Card, other: Card): Nearness {
  if (asked.sectionId === other.sectionId) return 'section';
  if (asked.section[0] !== undefined && asked.section[0] === other.section[0]) return 'stage';
  return 'roadmap';
}

function index<K, V>(pairs: [K, V][]): Map<K, Set<V>> {
  const map = new Map<K, Set<V>>();
  for (const [k, v] of pairs) map.set(k, (map.get(k) ?? new Set()).add(v));
  return map;
}

/** A checker over one deck's cards: (question) → violations of the multiple-choice rules, readable (empty = fine). */
export function choiceChecker(cards: readonly Card[]): (question: ChoiceQuestion) => string[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const definitions = cards.filter((c) => c.kind === 'definition');
  const explanationsByTerm = index(definitions.map((c) => [norm(c.term ?? ''), norm(c.explanation ?? '')]));
  const termsByExplanation = index(definitions.map((c) => [norm(c.explanation ?? ''), norm(c.term ?? '')]));
  const itemsByLabel = index(
    cards.filter((c) => family(c) === 'list').flatMap((c) => (c.items ?? []).map((i): [string, string] => [norm(c.label ?? c.front), norm(i)])),
  );
  const listsBySection = index(cards.filter((c) => family(c) === 'list').map((c): [string, Card] => [c.sectionId, c]));
  return (question) => [
    ...problemsOf(question, byId, explanationsByTerm, termsByExplanation, itemsByLabel),
    ...learnerProblems(question, listsBySection),
  ];
}

/**
 * What a learner would object to, checked from the card's own text: the prompt names only what the card's own
 * question names; no wrong option is an item of a list written under the asked one; the answer is not the only
 * long option; an explanation that merely translates its English term is not asked as multiple choice.
 */
function learnerProblems(question: ChoiceQuestion, listsBySection: Map<string, Set<Card>>): string[] {
  const problems: string[] = [];
  const asked = question.card;
  const where = `${asked.id} (${asked.source.file}:${asked.source.line}, ${question.variant})`;
  const rowKey = (asked.cells?.[0]?.value ?? '').replace(/^\p{Extended_Pictographic}\uFE0F?\s*/u, '').trim();
  const ownWords = `${asked.front}「${asked.term ?? ''}」「${asked.label ?? ''}」「${rowKey}」`;
  for (const [, quoted] of question.prompt.matchAll(/「([^」]+)」/gu)) {
    if (!ownWords.includes(`「${quoted}」`)) problems.push(`${where}: the prompt names 「${quoted}」, which the card's own question does not`);
  }
  const wrong = question.options.filter((o) => !o.correct);
  if (question.variant === 'list-member') {
    const label = norm(asked.label ?? asked.front);
    const ownItems = new Set((asked.items ?? []).map(norm));
    const under = [...(listsBySection.get(asked.sectionId) ?? [])].filter((l) => {
      const sub = norm(l.label ?? l.front);
      return l.id !== asked.id && (ownItems.has(sub) || (sub !== label && sub.startsWith(label)));
    });
    const underItems = new Set(under.flatMap((l) => (l.items ?? []).map(norm)));
    for (const o of wrong) if (underItems.has(norm(o.text))) problems.push(`${where}: "${o.text}" is an item of a list under 「${asked.label}」`);
  }
  const answer = question.options.find((o) => o.correct);
  const length = (text: string) => [...text].length;
  if (answer && wrong.length > 0 && wrong.every((o) => length(answer.text) >= 1.5 * length(o.text))) {
    problems.push(`${where}: the answer "${answer.text}" is 1.5× longer than every wrong option`);
  }
  if (question.variant === 'term-to-explanation' || question.variant === 'explanation-to-term') {
    const termWords = new Set((asked.term ?? '').toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []);
    const explanation = asked.explanation ?? '';
    const sharesWord = (explanation.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? []).some((w) => termWords.has(w));
    const cjk = (explanation.match(/[\u4e00-\u9fff]/gu) ?? []).length;
    const latin = (explanation.match(/[A-Za-z]/g) ?? []).length;
    const translated = cjk > latin && length(explanation) <= 12 && sharesWord && /^[\x20-\x7e]+$/u.test(asked.term ?? '');
    if (translated) problems.push(`${where}: "${asked.term}" → "${explanation}" only translates its term`);
  }
  return problems;
}

/** One-off check; prefer choiceChecker for many questions over one deck. */
export function choiceProblems(question: ChoiceQuestion, cards: readonly Card[]): string[] {
  return choiceChecker(cards)(question);
}

function problemsOf(
  question: ChoiceQuestion,
  byId: Map<string, Card>,
  explanationsByTerm: Map<string, Set<string>>,
  termsByExplanation: Map<string, Set<string>>,
  itemsByLabel: Map<string, Set<string>>,
): string[] {
  const problems: string[] = [];
  const asked = question.card;
  const where = `${asked.id} (${asked.source.file}:${asked.source.line}, ${question.variant})`;
  const correct = question.options.filter((o) => o.correct);
  if (correct.length !== 1) problems.push(`${where}: ${correct.length} correct options`);
  if (!question.options[question.answerIndex]?.correct) problems.push(`${where}: answerIndex does not point at the answer`);
  if (question.options.length < 3 || question.options.length > 4) problems.push(`${where}: ${question.options.length} options`);
  const norms = question.options.map((o) => norm(o.text));
  if (new Set(norms).size !== norms.length) problems.push(`${where}: options repeat after normalisation: ${norms.join(' | ')}`);
  if (norms.some((n) => n === '')) problems.push(`${where}: an option is empty after normalisation`);
  const answer = correct[0];
  const distractors = question.options.filter((o) => !o.correct);
  if (question.distractorSources.length !== distractors.length) problems.push(`${where}: sources do not match distractors`);
  for (const option of distractors) {
    const source = byId.get(option.cardId);
    if (!source) {
      problems.push(`${where}: distractor "${option.text}" from unknown card ${option.cardId}`);
      continue;
    }
    if (family(source) !== family(asked)) problems.push(`${where}: distractor from a ${source.kind} card`);
    if (option.from !== expectedNearness(asked, source)) problems.push(`${where}: distractor labelled ${option.from}`);
    const text = norm(option.text);
    if (question.variant === 'term-to-explanation') {
      if (explanationsByTerm.get(norm(asked.term ?? ''))?.has(text)) problems.push(`${where}: "${option.text}" also explains the term`);
    } else if (question.variant === 'explanation-to-term') {
      if (termsByExplanation.get(norm(asked.explanation ?? ''))?.has(text)) problems.push(`${where}: "${option.text}" is also the term`);
    } else if (question.variant === 'list-member') {
      if (itemsByLabel.get(norm(asked.label ?? asked.front))?.has(text)) problems.push(`${where}: "${option.text}" belongs to the list`);
    } else if (question.variant === 'table-cell') {
      if (norm(source.cells?.[0]?.value ?? '') === norm(asked.cells?.[0]?.value ?? '')) problems.push(`${where}: distractor from the same row key`);
      const header = norm(question.header ?? '');
      if (!source.cells?.some((c) => norm(c.header) === header && c.value.trim() === option.text)) {
        problems.push(`${where}: distractor "${option.text}" is not a ${question.header} cell`);
      }
    }
  }
  if (answer && answer.cardId !== asked.id) problems.push(`${where}: the answer comes from another card`);
  if (answer) {
    const own = question.variant === 'term-to-explanation' ? asked.explanation
      : question.variant === 'explanation-to-term' ? asked.term
      : question.variant === 'list-member' ? asked.items?.find((i) => i.trim() === answer.text)
      : asked.cells?.find((c) => c.value.trim() === answer.text && c.header.trim() === question.header)?.value;
    if (own === undefined || own.trim() !== answer.text) problems.push(`${where}: the answer "${answer.text}" is not the card's`);
  }
  return problems;
}
