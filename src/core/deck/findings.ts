// Counts what a learner studying a compiled deck card by card would want to skip (issue 7's findings), for
// `npm run bench:cards` and the tests: plans in review, stock self-checks, bare-label lists, give-away fronts,
// sequences without an order, duplicates.
import { roleOf, type Card, type Deck } from './schema.ts';
import { containedShare } from './list-items.ts';
import { cardsUnderClosedHeading } from './heading-fit.ts';
import { isNumberedCatalogue } from './order.ts';
import { isSyllabusBack } from './syllabus.ts';
import { answersOf, canAnswer } from './self-checks.ts';

export interface DeckFindings {
  cards: number;
  /** Cards daily review and drills take (concepts). */
  inReview: number;
  reference: number;
  /** Concept cards that still read as a plan, a reading week, a certification, a salary or a folder tree. */
  planInReview: number;
  selfChecks: number;
  /** Self-checks in review whose back is the stock "回看…" text rather than the cards that answer them. */
  stockSelfChecks: number;
  /** Cards listed on a self-check's back in review that share no significant term with it (self-checks.ts). */
  looseAnswers: number;
  /** Self-checks naming a target (a number, a deliverable) left in review. */
  targetSelfChecksInReview: number;
  /** Lists recalling a label whose content is another card (「Redis」包括哪些？ → … • 适用场景). */
  bareLabelLists: number;
  /** Fronts that already contain their answer (「上下文管理器」中的「异常处理」 → 上下文管理器中的异常处理). */
  giveAwayFronts: number;
  sequences: number;
  /** Definitions in review whose back is a syllabus phrase (时序数据 → 时序数据库的特点和应用): nothing to recall. */
  syllabusBacks: number;
  /** Sequences whose source shows no order (every item numbered "1.", a numbered catalogue, no →, 步骤, 第一…). */
  unorderedSequences: number;
  /** Groups of two or more cards sharing one back, and the cards in them. */
  sameBackGroups: number;
  sameBackCards: number;
  /** The same term defined twice with alike explanations. */
  nearDuplicatePairs: number;
  /** Definitions in review whose `term：explanation` a list card of their section also shows whole: asked twice. */
  listRepeats: number;
  /** Cards (any role) from a blockquote summing up a heading but filed under its last sub-heading (heading-fit.ts). */
  wrongHeading: number;
  /** Cards in review with a bare-label list, a give-away front or a back another card shares (issue 7's ≤ 1% target). */
  skipWorthy: number;
}

const norm = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}`]/gu, '');
const PLAN_LIKE = /\bWeek\s*\d|Certified|Certification|\d+\s*万\s*[-–~]\s*\d+\s*万/iu;
const FOLDER = /^[\w.@-]+\/(?:\s|（|\(|$)/u;
const STOCK_SELF_CHECK = /^自我评估：/u;
const TARGET = /[<>≤≥＜＞]\s*\d|\d+\s*[+%＋]|\d+\s*(?:ms|毫秒|秒|小时)/iu;
const ORDER_WORDS = /→|->|步骤|第[一二三四五六七八九十]|首先|然后|最后/u;

/** A definition or row whose back only restates what its front already says (the back shown: one asked the other way answers with its term). */
export function isGiveAway(card: Card): boolean {
  if (card.kind !== 'definition' || !card.explanation) return false;
  const answer = norm(card.back);
  const front = norm(card.front.replace(/是什么？$|用什么实现？$|有哪些？$|→ ？$/u, ''));
  return [...answer].length <= 30 && containedShare(answer, front) >= 0.85;
}

/** The group a compiled definition's question names: `「X」中的「term」是什么？` gives X. */
function contextOf(card: Card): string {
  return /「(.+?)」中的「/u.exec(card.front.replace(/^【[^】]*】/u, ''))?.[1] ?? '';
}

/**
 * Items of a list that are only labels: another card of the section holds their content (a definition asked in
 * this list's group, or a list of their own). A list card of them recalls headings, not knowledge.
 */
export function bareLabels(card: Card, cards: readonly Card[]): string[] {
  if ((card.kind !== 'list' && card.kind !== 'sequence') || !card.items) return [];
  const label = norm(card.label ?? '');
  const heldElsewhere = new Set<string>();
  for (const c of cards) {
    if (c.sectionId !== card.sectionId || c.id === card.id) continue;
    if (c.kind === 'definition' && c.term && norm(contextOf(c)) === label) heldElsewhere.add(norm(c.term));
    if ((c.kind === 'list' || c.kind === 'sequence') && c.label) heldElsewhere.add(norm(c.label.split(' · ').pop() ?? c.label));
  }
  return card.items.filter((item) => heldElsewhere.has(norm(item)));
}

/** Whether the source lines of a sequence show an order: order words, or real 1. 2. 3. numbering of more than a catalogue's entries. */
export function sourceShowsOrder(card: Card, sourceLines: readonly string[]): boolean {
  if ((card.items ?? []).some((item) => ORDER_WORDS.test(item))) return true;
  // `学习 Docker → K8s 基础 → Helm` on one line: the arrows are the order.
  if (/→|->/u.test(sourceLines[card.source.line - 1] ?? '')) return true;
  const numbers: number[] = [];
  const numbered: string[] = [];
  for (let i = card.source.line - 1; i < sourceLines.length && numbers.length < (card.items?.length ?? 0); i++) {
    const match = /^\s*(\d+)[.)]\s/u.exec(sourceLines[i] ?? '');
    if (match) {
      numbers.push(Number(match[1]));
      numbered.push(sourceLines[i]!);
    }
  }
  const countsUp = numbers.length >= 2 && numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  // `1. **数据聚合服务**` … `4. **基础设施服务**`: the numbers count a catalogue's entries, they do not order them.
  return countsUp && !isNumberedCatalogue(card.label ?? '', card.items ?? [], numbered);
}

/** The stage (or top section) above each section: the scope a self-check's answers come from. */
function stageOf(deck: Deck): (card: Card) => string {
  const byId = new Map(deck.sections.map((s) => [s.id, s]));
  return (card) => {
    let at = byId.get(card.sectionId);
    while (at && at.kind !== 'stage' && at.parentId !== null) at = byId.get(at.parentId);
    return at?.id ?? '';
  };
}

/** Listed answers (`• front`) on the backs of self-checks in review that answersOf would not list. */
function looseAnswers(deck: Deck, concepts: readonly Card[]): number {
  const scopeOf = stageOf(deck);
  const byFront = new Map(deck.cards.map((c) => [c.front, c]));
  let loose = 0;
  for (const check of concepts.filter((c) => c.kind === 'self-check')) {
    const listed = check.back.split('\n').filter((line) => line.startsWith('• ')).map((line) => byFront.get(line.slice(2)));
    if (listed.length === 0) continue;
    const stage = concepts.filter((c) => canAnswer(c) && scopeOf(c) === scopeOf(check));
    const answers = new Set(answersOf(check, stage, Infinity));
    loose += listed.filter((card) => !card || !answers.has(card)).length;
  }
  return loose;
}

export function deckFindings(deck: Deck, sourceText: string): DeckFindings {
  const cards = deck.cards;
  const concepts = cards.filter((c) => roleOf(c) === 'concept');
  const lines = sourceText.split(/\r?\n/u);
  const backs = new Map<string, number>();
  for (const c of concepts) if (c.kind !== 'self-check') backs.set(norm(c.back), (backs.get(norm(c.back)) ?? 0) + 1);
  const repeated = [...backs.values()].filter((n) => n >= 2);
  const definitions = concepts.filter((c) => c.kind === 'definition' && c.term && c.explanation);
  let nearDuplicatePairs = 0;
  for (let i = 0; i < definitions.length; i++) {
    for (let j = i + 1; j < definitions.length; j++) {
      const [a, b] = [definitions[i]!, definitions[j]!];
      if (norm(a.term!) !== norm(b.term!) || a.sectionId === b.sectionId) continue;
      const [x, y] = [norm(a.explanation!), norm(b.explanation!)];
      if (x === y || containedShare(x, y) >= 0.7) nearDuplicatePairs++;
    }
  }
  const sequences = cards.filter((c) => c.kind === 'sequence');
  const bareLabelList = (c: Card) => (c.kind === 'list' || !sourceShowsOrder(c, lines)) && bareLabels(c, cards).length > 0;
  const sharesBack = (c: Card) => c.kind !== 'self-check' && (backs.get(norm(c.back)) ?? 0) >= 2;
  return {
    cards: cards.length,
    inReview: concepts.length,
    reference: cards.length - concepts.length,
    planInReview: concepts.filter(
      (c) => PLAN_LIKE.test(`${c.front}\n${c.back}`) || (c.items ?? []).filter((item) => FOLDER.test(item)).length >= 2,
    ).length,
    selfChecks: cards.filter((c) => c.kind === 'self-check').length,
    stockSelfChecks: concepts.filter((c) => c.kind === 'self-check' && STOCK_SELF_CHECK.test(c.back)).length,
    looseAnswers: looseAnswers(deck, concepts),
    targetSelfChecksInReview: concepts.filter((c) => c.kind === 'self-check' && TARGET.test(c.front)).length,
    // An ordered sequence of headings (1. 架构优先 2. 问题驱动 …) still asks for their order.
    bareLabelLists: concepts.filter(bareLabelList).length,
    giveAwayFronts: concepts.filter(isGiveAway).length,
    syllabusBacks: concepts.filter((c) => c.kind === 'definition' && isSyllabusBack(c.term ?? '', contextOf(c), c.explanation ?? c.back)).length,
    sequences: sequences.length,
    unorderedSequences: sequences.filter((c) => !sourceShowsOrder(c, lines)).length,
    sameBackGroups: repeated.length,
    sameBackCards: repeated.reduce((n, k) => n + k, 0),
    nearDuplicatePairs,
    listRepeats: concepts.filter((c) => {
      if (c.kind !== 'definition' || !c.term || !c.explanation) return false;
      const whole = norm(`${c.term}${c.explanation}`);
      return concepts.some((l) => (l.kind === 'list' || l.kind === 'sequence') && l.sectionId === c.sectionId && (l.items ?? []).some((item) => norm(item) === whole));
    }).length,
    wrongHeading: cardsUnderClosedHeading(deck, sourceText).length,
    skipWorthy: concepts.filter((c) => bareLabelList(c) || isGiveAway(c) || sharesBack(c)).length,
  };
}
