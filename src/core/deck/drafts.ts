// The intermediate shapes between markdown and cards: section nodes and card drafts, before wording and ids.
import type { CardKind, Section } from './schema.ts';
import type { Concept } from './concept.ts';

export interface SectionDraft {
  title: string;
  path: string[];
  kind: Section['kind'];
  parent: number | null;
  line: number;
  /** Why the section's content was deliberately not turned into cards (a table of contents, a template). */
  skipped: string | null;
}

/** The group a concept sits in below its section: shown in the question and part of the id. */
export interface GroupLabel {
  text: string;
  line: number;
  /** Identity of the group when it differs from the shown text (`Week 1-2: 《书》` is keyed by `Week 1-2`). */
  key?: string;
  /** The label above this one, to qualify a short label such as `方向` in a question. */
  parent?: string;
}

export interface CardDraft {
  kind: CardKind;
  section: number;
  line: number;
  /** Context shown in the question; the section title when the concept has no group of its own. */
  context: string;
  /** The label above the group, used only when two cards of one section would otherwise read the same. */
  parentContext?: string;
  /** The group label that is part of the identity; '' when the concept sits directly in its section. */
  groupKey: string;
  /** What a learner calls this card: term, list label, row key, prompt or question. */
  subject: string;
  term?: string;
  explanation?: string;
  /** `A → B` lines: the front shows the arrow, not "是什么". */
  arrow?: boolean;
  items?: string[];
  /** Lines of the same definition written again elsewhere in the roadmap, merged into this one. */
  alsoLines?: number[];
  /** A list card's items' source lines (absent for `A → B → C` steps): where to read their numbering. */
  itemLines?: number[];
  headerCells?: { header: string; value: string }[];
  /** The kind the card's id was minted under, when the compiler now asks it another way (a numbered catalogue once asked as a sequence). */
  idKind?: CardKind;
  /** Reference whatever its wording says: a numbered catalogue whose every item is a card of its own (list-items.ts). */
  reference?: true;
  prompt?: string;
  answer?: string;
}

/** One list entry, from a markdown list item or a fence line: what it says and what hangs under it. */
export interface ItemLike {
  line: number;
  concept: Concept;
  checked: boolean | null;
  children: ItemLike[];
  childrenOrdered: boolean;
}

export const STAGE_TITLE = /第\s*[一二三四五六七八九十百\d]+\s*阶段|阶段\s*[一二三四五六七八九十百\d]+|^\s*\d+\s*\.(?!\d)/u;
