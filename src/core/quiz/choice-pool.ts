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
  items: Tiered<ItemEntry>;
  itemsByCard: Map<string, ItemEntry[]>;
  /** How many groups list each normalised item: an item every week's list repeats ("学习内容") is a weak answer. */
  groupCountByItem: Map<string, number>;
  /** Normalised items per group: an item that belongs to X under any list labelled X is never a distractor for X. */
  itemsByGroup: Map<string, Set<string>>;
  /** Non-first cells per normalised header. */
  cellsByHeader: Map<string, Tiered<CellEntry>>;
  /** List and sequence cards per section, for the lists under a list (see subListItems). */
  listsBySection: Map<string, Card[]>;
  /** subListItems, computed once per asked card. */
  subItemsByCard: Map<string, Set<string>>;
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
    items: tiered(raw.items),
    itemsByCard: raw.itemsByCard,
    groupCountByItem,
    itemsByGroup: raw.itemsByGroup,
    cellsByHeader: new Map([...raw.cellsByHeader].map(([header, column]) => [header, tiered(column)])),
    listsBySection: listsBySection(cards),
    subItemsByCard: new Map(),
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

function listsBySection(cards: readonly Card[]): Map<string, Card[]> {
  const bySection = new Map<string, Card[]>();
  for (const card of cards) {
    if (card.kind !== 'list' && card.kind !== 'sequence') continue;
    const lists = bySection.get(card.sectionId);
    if (lists) lists.push(card);
    else bySection.set(card.sectionId, [card]);
  }
  return bySection;
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

/**
 * Everything that belongs to a list card beyond its own items: the items of the lists under it in the same section
 * (labelled by one of its items, `Redis` under 「NoSQL 数据库」, or `label · field`, 笔记重点 under a book's week).
 * Offered as a wrong answer to "which belongs to X?", any of them would be right.
 */
export function subListItems(pool: ChoicePool, card: Card): Set<string> {
  const known = pool.subItemsByCard.get(card.id);
  if (known) return known;
  const found = new Set<string>();
  const own = listGroup(card);
  const labels = new Set([own, ...(pool.itemsByCard.get(card.id) ?? []).map((i) => i.norm)]);
  // `label · field` names a list under `label`: the asked list, one of its items (`Week 1-2` → `Week 1-2：《书》 · 笔记重点`),
  // or a sub-list already found.
  const prefixes = [own, ...labels].filter((p) => p.length >= 2);
  const sectionLists = pool.listsBySection.get(card.sectionId) ?? [];
  const seen = new Set<string>([card.id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const list of sectionLists) {
      const group = listGroup(list);
      if (seen.has(list.id) || !(labels.has(group) || prefixes.some((p) => group.startsWith(p)))) continue;
      seen.add(list.id);
      prefixes.push(group);
      grew = true;
      for (const item of pool.itemsByCard.get(list.id) ?? []) {
        if (found.has(item.norm)) continue;
        found.add(item.norm);
        if (!labels.has(item.norm)) {
          labels.add(item.norm);
          grew = true;
        }
      }
    }
  }
  pool.subItemsByCard.set(card.id, found);
  return found;
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
