// The compiled deck format: one zod (mini) schema shared by the compiler, which validates what it writes, and the app, which validates what it loads.
import * as z from 'zod/mini';

/**
 * Bump when a change would make an older app misread a deck; the app refuses versions it does not know.
 * 2 added `role`: a version-1 deck has none, and its cards load as concepts.
 */
export const DECK_FORMAT_VERSION = 2;
/** Every format this app reads. */
const READABLE_FORMAT_VERSIONS = [1, 2] as const;

/**
 * What a card asks:
 * - definition: a term with its explanation (`term：explanation`, a heading carrying a value);
 * - list: recall the items that belong to a label (a list under a parent, a `├──` tree, a `组名：` group);
 * - sequence: recall ordered steps (a numbered list whose order matters);
 * - table-row: one row of a table, each cell named by its header;
 * - self-check: a checklist item (`- [ ] 能解释 …`) the learner answers for themself;
 * - qa: an explicit question with its answer.
 */
export const CARD_KINDS = ['definition', 'list', 'sequence', 'table-row', 'self-check', 'qa'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/**
 * concept: knowledge worth recalling, in daily review and drills; reference: plans, reading lists, certification
 * catalogues, salary figures, folder trees, targets — kept in the deck, left out of review unless asked for.
 * How the compiler decides: src/core/deck/role.ts.
 */
export const CARD_ROLES = ['concept', 'reference'] as const;
export type CardRole = (typeof CARD_ROLES)[number];

const sourceSchema = z.object({
  file: z.string(),
  line: z.number().check(z.int(), z.positive()),
});

const tableCellSchema = z.object({
  header: z.string(),
  value: z.string(),
});

export const cardSchema = z.object({
  /** Stable across roadmap edits: see ids.ts for the scheme. */
  id: z.string().check(z.minLength(1)),
  kind: z.enum(CARD_KINDS),
  /** Absent in version-1 decks: read it with `roleOf`. */
  role: z.optional(z.enum(CARD_ROLES)),
  /** Breadcrumb below the roadmap title: stage, chapter, section, label. */
  section: z.array(z.string()),
  /** Id of the deepest section node this card belongs to (a node of `sections`). */
  sectionId: z.string(),
  front: z.string().check(z.minLength(1)),
  back: z.string().check(z.minLength(1)),
  source: sourceSchema,
  /** Where the roadmap says the same again: a duplicate definition merged into this card. */
  moreSources: z.optional(z.array(sourceSchema)),
  /** Hash of front + back: changes when the card's text changes, while `id` stays. */
  contentHash: z.string(),
  /** Structured parts for quiz modes; plain text, no markdown. */
  term: z.optional(z.string()),
  explanation: z.optional(z.string()),
  /** The label whose items a list/sequence card recalls. */
  label: z.optional(z.string()),
  items: z.optional(z.array(z.string())),
  cells: z.optional(z.array(tableCellSchema)),
  /** When a long list is split into several short cards: this card's part, 1-based, and the count. */
  part: z.optional(z.object({ index: z.number(), count: z.number() })),
});
export type Card = z.infer<typeof cardSchema>;

/** A card's role; a card from a deck written before roles existed is a concept. */
export function roleOf(card: Pick<Card, 'role'>): CardRole {
  return card.role ?? 'concept';
}

export const sectionSchema = z.object({
  /** Stable id of this node of the deck tree (see ids.ts). */
  id: z.string(),
  /** Titles from the roadmap's top down to this node, roadmap title excluded. */
  path: z.array(z.string()),
  title: z.string(),
  /** Parent node id, or null for a top-level section of the roadmap. */
  parentId: z.nullable(z.string()),
  /** stage: 第N阶段 / 阶段N / a numbered chapter; heading: any other heading; label: a bold label line. */
  kind: z.enum(['stage', 'heading', 'label']),
  line: z.number().check(z.int(), z.positive()),
  /** Cards directly in this node, sub-sections excluded. */
  cardCount: z.number().check(z.int(), z.nonnegative()),
});
export type Section = z.infer<typeof sectionSchema>;

export const deckSchema = z.object({
  formatVersion: z.literal(READABLE_FORMAT_VERSIONS),
  /** Stable deck id, derived from the file name. */
  id: z.string(),
  slug: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  title: z.string(),
  file: z.string(),
  sections: z.array(sectionSchema),
  /** In roadmap order: the order new cards are introduced in. */
  cards: z.array(cardSchema),
});
export type Deck = z.infer<typeof deckSchema>;

export const deckIndexEntrySchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  file: z.string(),
  /** The deck's JSON file, relative to the index. */
  path: z.string(),
  cardCount: z.number().check(z.int(), z.nonnegative()),
  sectionCount: z.number().check(z.int(), z.nonnegative()),
  /** Hash of the whole deck's cards: lets the app skip the merge when nothing changed. */
  contentHash: z.string(),
});
export type DeckIndexEntry = z.infer<typeof deckIndexEntrySchema>;

export const deckIndexSchema = z.object({
  formatVersion: z.literal(READABLE_FORMAT_VERSIONS),
  decks: z.array(deckIndexEntrySchema),
});
export type DeckIndex = z.infer<typeof deckIndexSchema>;

/** Reason a value is not a valid deck, in words a person can act on; null when it is valid. */
export function explainDeckProblem(value: unknown): string | null {
  const result = z.safeParse(deckSchema, value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid deck';
}
