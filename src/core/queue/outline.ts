// A deck's node structure (roadmap → stage → section → label) for walking up (limits) and down (sub-decks).
import type { Section } from '../deck/schema.ts';

export interface DeckOutlineInput {
  id: string;
  title: string;
  sections: readonly Section[];
}

export interface DeckOutline {
  deckId: string;
  title: string;
  sections: ReadonlyMap<string, Section>;
  children: ReadonlyMap<string, readonly string[]>;
  /** Node ids from the roadmap (the deck id) down to `nodeId`; an unknown node counts as the roadmap itself. */
  ancestry(nodeId: string): readonly string[];
  /** `nodeId` and every node below it. */
  subtree(nodeId: string): ReadonlySet<string>;
}

export function outlineDeck(deck: DeckOutlineInput): DeckOutline {
  const sections = new Map(deck.sections.map((section) => [section.id, section]));
  const children = new Map<string, string[]>([[deck.id, []]]);
  for (const section of deck.sections) {
    // A parent missing from the deck would orphan the branch; hang it on the roadmap instead.
    const parent = section.parentId !== null && sections.has(section.parentId) ? section.parentId : deck.id;
    const siblings = children.get(parent) ?? [];
    siblings.push(section.id);
    children.set(parent, siblings);
  }
  const ancestryCache = new Map<string, readonly string[]>();
  const ancestry = (nodeId: string): readonly string[] => {
    const cached = ancestryCache.get(nodeId);
    if (cached) return cached;
    const chain: string[] = [];
    const seen = new Set<string>();
    let current = sections.get(nodeId);
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      chain.unshift(current.id);
      current = current.parentId === null ? undefined : sections.get(current.parentId);
    }
    const result = [deck.id, ...chain];
    ancestryCache.set(nodeId, result);
    return result;
  };
  const subtree = (nodeId: string): ReadonlySet<string> => {
    const result = new Set<string>();
    const stack = [nodeId];
    while (stack.length) {
      const id = stack.pop()!;
      if (result.has(id)) continue;
      result.add(id);
      for (const child of children.get(id) ?? []) stack.push(child); // no spread: a roadmap may have 100,000 sections
    }
    return result;
  };
  return { deckId: deck.id, title: deck.title, sections, children, ancestry, subtree };
}
