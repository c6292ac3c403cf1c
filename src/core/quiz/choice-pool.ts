// Distractor candidates of a deck, normalised once, and the nearest-first, similar-length pick of distractors.
import type { Card } from '../deck/schema.ts';
import { charLength, normalizeAnswer } from './normalize.ts';
import type { Rng } from './rng.ts';
import { NEARNESS_ORDER, type Nearness } from './types.ts';

/** One piece of card text that can be an option, with its normal form for comparisons. */
export interface PoolText {
  card: Card;
  text: string;
  norm: string;
  length: number;
}

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
  definitionByCard: Map<string, DefinitionEntry>;
  /** For a definition card, the label of the list in its section that names its term: the group it is asked in. */
  contextByCard: Map<string, string>;
  items: ItemEntry[];
  itemsByCard: Map<string, ItemEntry[]>;
  /** How many groups list each normalised item: an item every week's list repeats ("学习内容") is a weak answer. */
  groupCountByItem: Map<string, number>;
  /** Normalised items per group: an item that belongs to X under any list labelled X is never a distractor for X. */
  itemsByGroup: Map<string, Set<string>>;
  /** Non-first cells per normalised header. */
  cellsByHeader: Map<string, CellEntry[]>;
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
  const pool: ChoicePool = {
    definitions: [],
    definitionByCard: new Map(),
    contextByCard: new Map(),
    items: [],
    itemsByCard: new Map(),
    groupCountByItem: new Map(),
    itemsByGroup: new Map(),
    cellsByHeader: new Map(),
  };
  for (const card of cards) {
    if (card.kind === 'definition' && card.term && card.explanation) addDefinition(pool, card, card.term, card.explanation);
    else if ((card.kind === 'list' || card.kind === 'sequence') && card.items) addList(pool, card, card.items);
    else if (card.kind === 'table-row' && card.cells && card.cells.length >= 2) addRow(pool, card, card.cells);
  }
  for (const members of pool.itemsByGroup.values()) {
    for (const norm of members) pool.groupCountByItem.set(norm, (pool.groupCountByItem.get(norm) ?? 0) + 1);
  }
  linkDefinitionsToLists(pool);
  return pool;
}

function addDefinition(pool: ChoicePool, card: Card, termText: string, explanationText: string) {
  const term = poolText(card, termText);
  const explanation = poolText(card, explanationText);
  if (!term.norm || !explanation.norm) return;
  const entry = { card, term, explanation };
  pool.definitions.push(entry);
  pool.definitionByCard.set(card.id, entry);
}

function addList(pool: ChoicePool, card: Card, items: readonly string[]) {
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

function addRow(pool: ChoicePool, card: Card, cells: NonNullable<Card['cells']>) {
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

// Roadmaps list a group's terms and then define them (`组名：` then `• term：…`): the group's label is the context
// that makes a generic term such as 使用场景 answerable.
function linkDefinitionsToLists(pool: ChoicePool) {
  const labelBySectionItem = new Map<string, string>();
  for (const item of pool.items) {
    const key = `${item.card.sectionId}\u0000${item.norm}`;
    if (!labelBySectionItem.has(key)) labelBySectionItem.set(key, (item.card.label ?? item.card.front).trim());
  }
  for (const { card, term } of pool.definitions) {
    const label = labelBySectionItem.get(`${card.sectionId}\u0000${term.norm}`);
    if (label) pool.contextByCard.set(card.id, label);
  }
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

/** Same deepest section, else same stage (first element of the breadcrumb), else elsewhere in the roadmap. */
export function nearnessOf(asked: Card, other: Card): Nearness {
  if (asked.sectionId === other.sectionId) return 'section';
  const stage = asked.section[0];
  if (stage !== undefined && stage === other.section[0]) return 'stage';
  return 'roadmap';
}

export interface PickedDistractor<T extends PoolText> {
  entry: T;
  from: Nearness;
}

/**
 * Up to `wanted` distractors for `answer`: nearest part of the roadmap first; within a part, lengths close to the
 * answer's (so the longest option is not a giveaway), shuffled among similar lengths. `allowed` rejects candidates
 * that would also be right. Never returns the answer's text or two options with the same normal form.
 */
export function pickDistractors<T extends PoolText>(
  asked: Card,
  answer: PoolText,
  candidates: Iterable<T>,
  allowed: (candidate: T) => boolean,
  rng: Rng,
  wanted = 3,
): PickedDistractor<T>[] {
  const tiers = new Map<Nearness, T[]>(NEARNESS_ORDER.map((n) => [n, []]));
  for (const entry of candidates) {
    if (entry.card.id === asked.id || !entry.norm || entry.norm === answer.norm) continue;
    tiers.get(nearnessOf(asked, entry.card))?.push(entry);
  }
  const picked: PickedDistractor<T>[] = [];
  const taken = new Set<string>();
  // Nearer parts first; a farther part is only scored when the nearer ones ran out.
  for (const from of NEARNESS_ORDER) {
    if (picked.length >= wanted) break;
    const ranked = (tiers.get(from) ?? [])
      .filter((entry) => !taken.has(entry.norm) && allowed(entry))
      // |log ratio| treats 10 vs 20 like 100 vs 200; the jitter mixes candidates within ~±40 % of the answer's length.
      .map((entry) => ({ entry, score: Math.abs(Math.log((entry.length + 1) / (answer.length + 1))) + rng() * 0.35 }))
      .sort((a, b) => a.score - b.score);
    for (const { entry } of ranked) {
      if (picked.length >= wanted) break;
      if (taken.has(entry.norm)) continue;
      taken.add(entry.norm);
      picked.push({ entry, from });
    }
  }
  return picked;
}
