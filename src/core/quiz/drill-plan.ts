// Plans an interview drill: the weakest cards at the interview date first, question types mixed.
import { roleOf, type Card } from '../deck/schema.ts';
import type { CardState } from '../review-contract.ts';
import { retrievabilityAt, type FsrsWeights } from '../scheduler/retrievability.ts';
import { asChoicePool, type ChoicePool } from './choice-pool.ts';
import { buildChoiceQuestion } from './choice-question.ts';
import { buildCloze, buildFlashcard, buildTypedQuestion } from './recall-questions.ts';
import { randomIndex, type Rng } from './rng.ts';
import type { DrillQuestion, QuestionType } from './types.ts';

export interface DrillPlanOptions {
  /** How many questions; 'all' drills every card given. */
  count: number | 'all';
  /** Epoch ms: cards are ranked by predicted recall on this date. */
  interviewDate: number;
  rng: Rng;
  /** Cards distractors may come from; default the drilled cards. For a section drill pass the whole deck. */
  pool?: ChoicePool | readonly Card[];
  /** Self-check items ("能解释 …") have no checkable answer: ask them flashcard-style (default) or leave them out. */
  selfCheck?: 'flashcard' | 'skip';
  /** Reference cards (plans, catalogues, figures) are left out unless the learner asked for them. */
  reference?: 'skip' | 'include';
  weights?: FsrsWeights;
}

export interface PlannedQuestion {
  question: DrillQuestion;
  /** Predicted recall on the interview date (0 for unseen cards): why it came this early. */
  recallAtInterview: number;
}

export interface DrillPlan {
  questions: PlannedQuestion[];
  /** Cards left out on purpose, with why. */
  skipped: { cardId: string; reason: 'self-check' | 'reference' }[];
}

/** How far ahead the planner may look for a card of another type to break a run: weakness order bends, never breaks. */
const MIX_WINDOW = 4;

/**
 * Ordered questions, weakest first: lowest predicted recall at the interview date, unseen cards (no state, or
 * new) first as 0, ties shuffled. Each card is asked the way that keeps types mixed — no three of one type in a
 * row where another card or type nearby allows it. Definitions: choice or typed; lists: choice or cloze; table
 * rows: choice; self-check and Q&A: flashcard. A card with no other possible question is a flashcard.
 */
export function planDrill(
  cards: readonly Card[],
  states: ReadonlyMap<string, CardState> | readonly CardState[],
  options: DrillPlanOptions,
): DrillPlan {
  const { rng, interviewDate } = options;
  const stateOf = asStateLookup(states);
  const skipped: DrillPlan['skipped'] = [];
  const drilled = cards.filter((card) => {
    if (roleOf(card) === 'reference' && options.reference !== 'include') {
      skipped.push({ cardId: card.id, reason: 'reference' });
      return false;
    }
    if (card.kind !== 'self-check' || options.selfCheck !== 'skip') return true;
    skipped.push({ cardId: card.id, reason: 'self-check' });
    return false;
  });
  const ranked = drilled
    .map((card) => ({ card, recall: retrievabilityAt(stateOf(card.id), interviewDate, options.weights), tie: rng() }))
    .sort((a, b) => a.recall - b.recall || a.tie - b.tie);
  const limit = options.count === 'all' ? ranked.length : Math.max(0, Math.floor(options.count));
  const pool = asChoicePool(options.pool ?? cards);
  const pending = ranked.slice(0, limit).map(({ card, recall }) => ({ recall, choices: possibleQuestions(card, pool, rng) }));
  return { questions: interleave(pending, rng), skipped };
}

function asStateLookup(states: ReadonlyMap<string, CardState> | readonly CardState[]) {
  if (!Array.isArray(states)) return (id: string) => (states as ReadonlyMap<string, CardState>).get(id);
  const byId = new Map((states as readonly CardState[]).map((s) => [s.cardId, s]));
  return (id: string) => byId.get(id);
}

/** Every way the card can be asked; the flashcard only when nothing checkable exists (or for self-check/Q&A). */
function possibleQuestions(card: Card, pool: ChoicePool, rng: Rng): DrillQuestion[] {
  const found: (DrillQuestion | null)[] = [];
  if (card.kind === 'definition' || card.kind === 'list' || card.kind === 'sequence' || card.kind === 'table-row') {
    found.push(buildChoiceQuestion(card, pool, rng));
  }
  if (card.kind === 'definition') found.push(buildTypedQuestion(card, pool));
  if (card.kind === 'list' || card.kind === 'sequence') found.push(buildCloze(card, rng, pool));
  const questions = found.filter((q): q is DrillQuestion => q !== null);
  return questions.length > 0 ? questions : [buildFlashcard(card)];
}

interface Pending {
  recall: number;
  choices: DrillQuestion[];
}

function interleave(pending: Pending[], rng: Rng): PlannedQuestion[] {
  const out: PlannedQuestion[] = [];
  const used = new Map<QuestionType, number>();
  const wouldMakeThree = (type: QuestionType) =>
    out.length >= 2 && out[out.length - 1]?.question.type === type && out[out.length - 2]?.question.type === type;
  const leastUsed = (choices: DrillQuestion[]) => {
    const fewest = Math.min(...choices.map((q) => used.get(q.type) ?? 0));
    const tied = choices.filter((q) => (used.get(q.type) ?? 0) === fewest);
    return tied[randomIndex(rng, tied.length)] as DrillQuestion;
  };
  while (pending.length > 0) {
    const index = nextIndex(pending, wouldMakeThree);
    const [next] = pending.splice(index, 1);
    if (!next) break;
    const fitting = next.choices.filter((q) => !wouldMakeThree(q.type));
    const question = leastUsed(fitting.length > 0 ? fitting : next.choices);
    used.set(question.type, (used.get(question.type) ?? 0) + 1);
    out.push({ question, recallAtInterview: next.recall });
  }
  return out;
}

/**
 * Which pending card goes next. Cards tied with the first on recall (all unseen cards, typically) may be taken in
 * any order: among them the most constrained that fits goes first, so cards with a single possible type are spread
 * out while flexible ones are left to fill gaps. Otherwise the first card, or when its types would make a third
 * in a row, the earliest within a few places whose types do not.
 */
function nextIndex(pending: Pending[], wouldMakeThree: (type: QuestionType) => boolean): number {
  const fits = (p: Pending) => p.choices.some((q) => !wouldMakeThree(q.type));
  const head = pending[0];
  if (!head) return 0;
  let best = -1;
  for (let i = 0; i < pending.length && pending[i]?.recall === head.recall; i++) {
    const candidate = pending[i] as Pending;
    if (fits(candidate) && (best < 0 || candidate.choices.length < (pending[best] as Pending).choices.length)) best = i;
  }
  if (best >= 0) return best;
  for (let i = 1; i < Math.min(MIX_WINDOW, pending.length); i++) if (fits(pending[i] as Pending)) return i;
  return 0;
}
