// Distractor candidates of a deck, normalised and indexed by section and stage once, for buildChoiceQuestion.
import type { Card } from '../deck/schema.ts';
import { charLength, normalizeAnswer } from './normalize.ts';
import { tiered, type PoolText, type Tiered } from './distractors.ts';

export type { PoolText } from './distractors.ts';

export interface DefinitionEntry {
  card: Card;
  term: PoolText;
  explanation: PoolText;
}

/** An item of a list/sequence card; `group` names the X it belongs to (its normalised label). */
export interface ItemEntry extends PoolText {
  group: string;
}

/** A non-first table cell; `rowKey` is the normalised first cell of its row. */
export interface CellEntry extends PoolText {
  rowKey: string;
}

/** Everything multiple choice may borrow from: build it once per deck (or node) with `prepareChoicePool`. */
export interface ChoicePool {
  definitions: DefinitionEntry[];
  /** Terms and explanations of all definitions, by section and stage: the two directions' distractors. */
  terms: Tiered<PoolText>;
  explanations: Tiered<PoolText>;
  definitionByCard: Map<string, DefinitionEntry>;
  /**
   * Distinct explanations per normalised term. A term with several (笔记重点, 实战建议, 核心职责 under every stage)
   * is a heading, not a concept: asking for it from an explanation tests nothing.
   */
  explanationsPerTerm: Map<string, number>;
  /** For a definition card, the label of the list in its section that names its term: the group it is asked in. */
  contextByCard: Map<string, string>;
  items: Tiered<ItemEntry>;
  itemsByCard: Map<string, ItemEntry[]>;
  /** How many groups list each normalised item: an item every week's list repeats ("学习内容") is a weak answer. */
  groupCountByItem: Map<string, number>;
  /** Normalised items per group: an item that belongs to X under any list labelled X is never a distractor for X. */
  itemsByGroup: Map<string, Set<string>>;
  /** Non-first cells per normalised header. */
  cellsByHeader: Map<string, Tiered<CellEntry>>;
}

function poolText(card: Card, text: string): PoolText {
  const trimmed = text.trim();
  return { card, text: trimmed, norm: normalizeAnswer(trimmed), length: charLength(trimmed) };
}

/** The X a list card's items belong to. Same-named lists under different stages count as one X on purpose. */
export function listGroup(card: Card): string {
  return normalizeAnswer(card.label ?? card.front);
}

export function prepareChoicePool(cards: readonly Card[]): ChoicePool {
  const raw: RawPool = { definitions: [], items: [], cellsByHeader: new Map(), itemsByCard: new Map(), itemsByGroup: new Map() };
  for (const card of cards) {
    if (card.kind === 'definition' && card.term && card.explanation) addDefinition(raw, card, card.term, card.explanation);
    else if ((card.kind === 'list' || card.kind === 'sequence') && card.items) addList(raw, card, card.items);
    else if (card.kind === 'table-row' && card.cells && card.cells.length >= 2) addRow(raw, card, card.cells);
  }
  const groupCountByItem = new Map<string, number>();
  for (const members of raw.itemsByGroup.values()) {
    for (const norm of members) groupCountByItem.set(norm, (groupCountByItem.get(norm) ?? 0) + 1);
  }
  return {
    definitions: raw.definitions,
    terms: tiered(raw.definitions.map((d) => d.term)),
    explanations: tiered(raw.definitions.map((d) => d.explanation)),
    definitionByCard: new Map(raw.definitions.map((d) => [d.card.id, d])),
    explanationsPerTerm: explanationsPerTerm(raw.definitions),
    contextByCard: contextsOf(raw),
    items: tiered(raw.items),
    itemsByCard: raw.itemsByCard,
    groupCountByItem,
    itemsByGroup: raw.itemsByGroup,
    cellsByHeader: new Map([...raw.cellsByHeader].map(([header, column]) => [header, tiered(column)])),
  };
}

interface RawPool {
  definitions: DefinitionEntry[];
  items: ItemEntry[];
  cellsByHeader: Map<string, CellEntry[]>;
  itemsByCard: Map<string, ItemEntry[]>;
  itemsByGroup: Map<string, Set<string>>;
}

function addDefinition(pool: RawPool, card: Card, termText: string, explanationText: string) {
  const term = poolText(card, termText);
  const explanation = poolText(card, explanationText);
  if (term.norm && explanation.norm) pool.definitions.push({ card, term, explanation });
}

function addList(pool: RawPool, card: Card, items: readonly string[]) {
  const group = listGroup(card);
  let members = pool.itemsByGroup.get(group);
  if (!members) pool.itemsByGroup.set(group, (members = new Set()));
  const own: ItemEntry[] = [];
  for (const item of items) {
    const entry = { ...poolText(card, item), group };
    if (!entry.norm) continue;
    members.add(entry.norm);
    own.push(entry);
  }
  pool.items.push(...own);
  pool.itemsByCard.set(card.id, own);
}

function addRow(pool: RawPool, card: Card, cells: NonNullable<Card['cells']>) {
  const rowKey = normalizeAnswer(cells[0]?.value ?? '');
  for (const cell of cells.slice(1)) {
    const entry = { ...poolText(card, cell.value), rowKey };
    const header = normalizeAnswer(cell.header);
    if (!entry.norm || !header) continue;
    const column = pool.cellsByHeader.get(header) ?? [];
    column.push(entry);
    pool.cellsByHeader.set(header, column);
  }
}

function explanationsPerTerm(definitions: readonly DefinitionEntry[]): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const { term, explanation } of definitions) seen.set(term.norm, (seen.get(term.norm) ?? new Set()).add(explanation.norm));
  return new Map([...seen].map(([term, explanations]) => [term, explanations.size]));
}

/** Whether a term names one concept in the pool rather than a heading repeated with different contents. */
export function isDistinctiveTerm(pool: ChoicePool, termNorm: string): boolean {
  return (pool.explanationsPerTerm.get(termNorm) ?? 0) <= 1;
}

/** Whether an item belongs to one list only (学习内容 under every week's list does not). */
export function isDistinctiveItem(pool: ChoicePool, itemNorm: string): boolean {
  return (pool.groupCountByItem.get(itemNorm) ?? 0) <= 1;
}

// Roadmaps list a group's terms and then define them (`组名：` then `• term：…`): the group's label is the context
// that makes a generic term such as 使用场景 answerable.
function contextsOf(pool: RawPool): Map<string, string> {
  const contexts = new Map<string, string>();
  const labelBySectionItem = new Map<string, string>();
  for (const item of pool.items) {
    const key = `${item.card.sectionId}\u0000${item.norm}`;
    if (!labelBySectionItem.has(key)) labelBySectionItem.set(key, (item.card.label ?? item.card.front).trim());
  }
  for (const { card, term } of pool.definitions) {
    const label = labelBySectionItem.get(`${card.sectionId}\u0000${term.norm}`);
    if (label) contexts.set(card.id, label);
  }
  return contexts;
}

const poolCache = new WeakMap<readonly Card[], ChoicePool>();

/** Accepts a prepared pool or a card list (prepared once per array and cached). */
export function asChoicePool(pool: ChoicePool | readonly Card[]): ChoicePool {
  if (!Array.isArray(pool)) return pool as ChoicePool;
  const cards = pool as readonly Card[];
  let prepared = poolCache.get(cards);
  if (!prepared) poolCache.set(cards, (prepared = prepareChoicePool(cards)));
  return prepared;
}
