// The question shapes a drill screen renders: multiple choice, typed answer, cloze, and flashcard-style prompts.
import type { Card } from '../deck/schema.ts';

/** How near a distractor's card sits to the asked card: same deepest section, same stage, or anywhere in the roadmap. */
export type Nearness = 'section' | 'stage' | 'roadmap';
export const NEARNESS_ORDER: readonly Nearness[] = ['section', 'stage', 'roadmap'];

/**
 * What a multiple-choice question asks:
 * - term-to-explanation: the term is shown, pick its explanation;
 * - explanation-to-term: the explanation is shown, pick the term;
 * - list-member: "which of these belongs to X" for a list/sequence card;
 * - table-cell: "which <header> goes with <the row's first cell>" for a table row.
 */
export type ChoiceVariant = 'term-to-explanation' | 'explanation-to-term' | 'list-member' | 'table-cell';

export interface ChoiceOption {
  text: string;
  correct: boolean;
  /** Where a distractor was borrowed from; null for the right answer. */
  from: Nearness | null;
  /** The card the option's text comes from (the asked card for the right answer). */
  cardId: string;
}

export interface ChoiceQuestion {
  type: 'choice';
  card: Card;
  variant: ChoiceVariant;
  /** Ready-made Chinese question line; a translated UI can rebuild it from `variant` and `subject`/`header`. */
  prompt: string;
  /** What the question is about: the term, the explanation, the list label or the row's first cell. */
  subject: string;
  /** table-cell only: the header of the asked column. */
  header?: string;
  /** 3 or 4 options, shuffled; exactly one is correct. */
  options: ChoiceOption[];
  answerIndex: number;
  /** One entry per distractor, for the closing note ("2 from this section, 1 from the stage"). */
  distractorSources: Nearness[];
}

/** Explanation shown, the learner types the (short) term. Check with checkTypedAnswer(answer, typed). */
export interface TypedQuestion {
  type: 'typed';
  card: Card;
  prompt: string;
  /** The explanation shown. */
  subject: string;
  answer: string;
}

export type ClozeSlot = { text: string; blank: false } | { text: ''; blank: true };

/** A list card with one item blanked; the learner types it. Check with checkTypedAnswer(answer, typed). */
export interface ClozeQuestion {
  type: 'cloze';
  card: Card;
  prompt: string;
  /** The list's label. */
  subject: string;
  /** The card's items in order, one of them blank. */
  slots: ClozeSlot[];
  blankIndex: number;
  answer: string;
}

/** Front shown, back revealed, the learner grades themself (self-check and Q&A cards, or when nothing else fits). */
export interface FlashcardQuestion {
  type: 'flashcard';
  card: Card;
  prompt: string;
  back: string;
  /** A self-check item ("能解释 …"): the learner judges whether they can. */
  selfCheck: boolean;
}

export type DrillQuestion = ChoiceQuestion | TypedQuestion | ClozeQuestion | FlashcardQuestion;
export type QuestionType = DrillQuestion['type'];
