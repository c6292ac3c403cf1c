// Builds a multiple-choice question for a definition, list or table-row card, with distractors from nearby cards.
import type { Card } from '../deck/schema.ts';
import { asChoicePool, isDistinctiveItem, isDistinctiveTerm, listGroup, subListItems, type ChoicePool, type DefinitionEntry } from './choice-pool.ts';
import { cleanLabel } from '../deck/inline.ts';
import { questionEnding } from '../deck/mapping.ts';
import { contextOfCard, isTranslationOnly } from './choice-audit.ts';
import { pickDistractors, type PickedDistractor, type PoolText } from './distractors.ts';
import { normalizeAnswer } from './normalize.ts';
import { shuffled, type Rng } from './rng.ts';
import type { ChoiceOption, ChoiceQuestion, ChoiceVariant } from './types.ts';

/** Fewer distractors than this and there is no real choice: the card is not asked as multiple choice. */
const MIN_DISTRACTORS = 2;
const MAX_DISTRACTORS = 3;

export interface ChoiceOptions {
  /** Force a variant (e.g. only term → explanation); null is returned when the card cannot be asked that way. */
  variant?: ChoiceVariant;
}

/**
 * A question with 4 options (3 when the roadmap has too few alike), or null when the card's kind has no multiple
 * choice (self-check, qa) or too few distractors exist. `pool`: the deck's cards (or a prepared pool); nearness
 * (section → stage → roadmap) is computed from the cards' breadcrumbs.
 */
export function buildChoiceQuestion(
  card: Card,
  pool: ChoicePool | readonly Card[],
  rng: Rng,
  options: ChoiceOptions = {},
): ChoiceQuestion | null {
  const prepared = asChoicePool(pool);
  const variants = variantsFor(card, prepared, rng).filter((v) => !options.variant || v === options.variant);
  for (const variant of variants) {
    const question =
      variant === 'list-member'
        ? listMember(card, prepared, rng)
        : variant === 'table-cell'
          ? tableCell(card, prepared, rng)
          : definition(card, prepared, rng, variant);
    if (question) return question;
  }
  return null;
}

/** Variants worth trying for the card, preferred first. */
function variantsFor(card: Card, pool: ChoicePool, rng: Rng): ChoiceVariant[] {
  if (card.kind === 'list' || card.kind === 'sequence') return ['list-member'];
  if (card.kind === 'table-row') return ['table-cell'];
  if (card.kind !== 'definition' || !card.term || !card.explanation) return [];
  // "AWS Certified Database" → "AWS 数据库专家认证": the shared word picks the option, nothing is recalled.
  if (isTranslationOnly(card)) return [];
  const term = normalizeAnswer(card.term);
  // An explanation that spells out its own term would answer "which term is this?" by itself; a heading-like
  // term (the same one over different contents) has no single explanation to recognise it by.
  if (term.length >= 2 && normalizeAnswer(card.explanation).includes(term)) return ['term-to-explanation'];
  if (!isDistinctiveTerm(pool, term)) return ['term-to-explanation'];
  return rng() < 0.5 ? ['term-to-explanation', 'explanation-to-term'] : ['explanation-to-term', 'term-to-explanation'];
}

function definition(card: Card, pool: ChoicePool, rng: Rng, variant: ChoiceVariant): ChoiceQuestion | null {
  const asked = pool.definitionByCard.get(card.id);
  if (!asked) return null;
  const askTerm = variant === 'explanation-to-term';
  const answer = askTerm ? asked.term : asked.explanation;
  // The same term with another explanation, or the same explanation under another term, would also be right.
  const alsoRight = (d: DefinitionEntry) => d.term.norm === asked.term.norm || d.explanation.norm === asked.explanation.norm;
  // An explanation that names the asked term reads as its explanation: a trap, not a distractor.
  const namesTerm = (text: PoolText) => asked.term.norm.length >= 2 && text.norm.includes(asked.term.norm);
  const allowed = (text: PoolText) => {
    const entry = pool.definitionByCard.get(text.card.id);
    return entry !== undefined && !alsoRight(entry) && (askTerm || !namesTerm(text));
  };
  const picked = pickDistractors(card, answer, askTerm ? pool.terms : pool.explanations, allowed, rng, MAX_DISTRACTORS);
  // A term such as 适用场景 recurs under many groups: name the card's own group, as its front does.
  const own = contextOfCard(card);
  const context = own && normalizeAnswer(own) !== asked.term.norm ? own : null;
  const within = context ? `「${context}」中，` : '';
  // A mapping is asked as its card asks it (「监控指标」用什么实现？): 是什么 would call a tool name a definition.
  const prompt = askTerm ? `${within}哪个术语对应这段解释？` : `${context ? `「${context}」中的` : ''}「${asked.term.text}」${questionEnding(card.front)}`;
  const subject = askTerm ? asked.explanation.text : asked.term.text;
  return assemble(card, variant, prompt, subject, answer, picked, rng);
}

function listMember(card: Card, pool: ChoicePool, rng: Rng): ChoiceQuestion | null {
  const group = listGroup(card);
  const members = pool.itemsByGroup.get(group);
  const own = pool.itemsByCard.get(card.id) ?? [];
  if (!members || own.length === 0) return null;
  // The items of X's sub-lists belong to X too (a book's 笔记重点 under its week).
  const memberList = [...members, ...subListItems(pool, card)];
  // "Redis" next to X's "Redis Stream" would be half right: keep candidates that neither contain nor sit inside an item of X.
  const overlapsX = (norm: string) => memberList.some((m) => m.includes(norm) || norm.includes(m));
  const allowed = (item: PoolText & { group: string }) => item.group !== group && !overlapsX(item.norm);
  // Items only this list has make the better answer; one every week's list repeats (学习内容) tests nothing.
  const distinctive = (item: PoolText) => isDistinctiveItem(pool, item.norm);
  const answers = [...shuffled(own.filter(distinctive), rng), ...shuffled(own.filter((i) => !distinctive(i)), rng)];
  for (const answer of answers) {
    const picked = pickDistractors(card, answer, pool.items, allowed, rng, MAX_DISTRACTORS);
    const label = card.label ?? card.front;
    const question = assemble(card, 'list-member', `下列哪一项属于「${label}」？`, label, answer, picked, rng);
    if (question) return question;
  }
  return null;
}

function tableCell(card: Card, pool: ChoicePool, rng: Rng): ChoiceQuestion | null {
  const cells = card.cells ?? [];
  const first = cells[0];
  if (!first || normalizeAnswer(first.value) === '') return null;
  const rowKey = normalizeAnswer(first.value);
  const askable = cells.slice(1).filter((cell) => normalizeAnswer(cell.value) && normalizeAnswer(cell.header));
  for (const cell of shuffled(askable, rng)) {
    const column = pool.cellsByHeader.get(normalizeAnswer(cell.header));
    const answer = column?.all.find((entry) => entry.card.id === card.id && entry.text === cell.value.trim());
    if (!column || !answer) continue;
    const picked = pickDistractors(card, answer, column, (entry) => entry.rowKey !== rowKey, rng, MAX_DISTRACTORS);
    // The row's key as the card's own question shows it (no leading emoji or trailing colon).
    const key = cleanLabel(first.value);
    const prompt = `「${key}」对应的${cell.header.trim()}是？`;
    const question = assemble(card, 'table-cell', prompt, key, answer, picked, rng);
    if (question) return { ...question, header: cell.header.trim() };
  }
  return null;
}

function assemble(
  card: Card,
  variant: ChoiceVariant,
  prompt: string,
  subject: string,
  answer: PoolText,
  picked: PickedDistractor<PoolText>[],
  rng: Rng,
): ChoiceQuestion | null {
  if (picked.length < MIN_DISTRACTORS) return null;
  const correct: ChoiceOption = { text: answer.text, correct: true, from: null, cardId: card.id };
  const wrong = picked.map<ChoiceOption>(({ entry, from }) => ({ text: entry.text, correct: false, from, cardId: entry.card.id }));
  const options = shuffled([correct, ...wrong], rng);
  return {
    type: 'choice',
    card,
    variant,
    prompt,
    subject,
    options,
    answerIndex: options.indexOf(correct),
    distractorSources: picked.map((p) => p.from),
  };
}
