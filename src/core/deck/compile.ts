// compileRoadmap: one roadmap's markdown text in, a validated deck (or problems) out. Pure, no I/O.
import * as z from 'zod/mini';
import { CARD_KINDS, DECK_FORMAT_VERSION, deckSchema, type Card, type CardKind, type CardRole, type Deck, type Section } from './schema.ts';
import { wordCard } from './cards.ts';
import { cardIdFor, cardIdentity, contentHashOf, identityKey, sectionIdFor, slugFromFile } from './ids.ts';
import { cleanLabel } from './inline.ts';
import { OutlineBuilder, type OutlineResult } from './outline.ts';
import { budgetedParser, findTooDeepNode, hostileLineProblem, MAX_ROADMAP_BYTES, NestedFenceLimit, tooDeepProblem, tooLargeProblem, utf8Length } from './limits.ts';
import { findHostileLine } from './prescan.ts';
import { qualifyDuplicateFronts } from './disambiguate.ts';
import { cardRole, type RoleScope } from './role.ts';
import { listsThatAsk } from './list-items.ts';
import { answerSelfChecks } from './self-checks.ts';
import { mergeDuplicateDefinitions, mergeSameValueSiblings, type MergedDuplicate } from './duplicates.ts';
import { askSharedBacksApart } from './shared-backs.ts';
import { parseMarkdown } from './parse.ts';
import type { Problem } from './problems.ts';
import type { CardDraft } from './drafts.ts';

export interface EmptySection {
  title: string;
  path: string[];
  line: number;
  reason: string;
}

export interface CompileStats {
  sections: number;
  cards: number;
  byKind: Record<CardKind, number>;
  byRole: Record<CardRole, number>;
  /** Definitions written twice in the roadmap and compiled as one card. */
  merged: MergedDuplicate[];
  /** Leaf sections that yielded no card, with why. */
  emptySections: EmptySection[];
}

export interface CompileResult {
  deck: Deck | null;
  problems: Problem[];
  stats: CompileStats;
}


export function emptyStats(): CompileStats {
  return {
    sections: 0,
    cards: 0,
    byKind: Object.fromEntries(CARD_KINDS.map((k) => [k, 0])) as Record<CardKind, number>,
    byRole: { concept: 0, reference: 0 },
    merged: [],
    emptySections: [],
  };
}

/** Blank out YAML front matter (keeping line numbers) and read its `title:`. */
function splitFrontMatter(text: string): { body: string; title: string | null } {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { body: text, title: null };
  const title = /^title:\s*(.+?)\s*$/m.exec(match[1] ?? '')?.[1]?.replace(/^(['"])(.*)\1$/, '$2') ?? null;
  const blank = '\n'.repeat(match[0].split('\n').length - 1);
  return { body: blank + text.slice(match[0].length), title };
}

/** Unique ids: the first of an identity keeps the plain id, later ones get their occurrence number. */
function uniquer(): (identity: string) => string {
  const seen = new Map<string, number>();
  return (identity) => {
    const n = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, n);
    return n === 1 ? identity : `${identity}\u0004${n}`;
  };
}

/**
 * A list whose items are mostly names that recur in three or more lists (学习内容 / 实践项目 / 笔记重点
 * under every book) recalls the field names of a template, not content: drop those list cards.
 */
function dropFieldNameLists(drafts: readonly CardDraft[]): CardDraft[] {
  const isList = (d: CardDraft) => d.kind === 'list' || d.kind === 'sequence';
  const seen = new Map<string, number>();
  for (const d of drafts) if (isList(d)) for (const item of new Set(d.items)) seen.set(item, (seen.get(item) ?? 0) + 1);
  return drafts.filter((d) => {
    if (!isList(d) || !d.items || d.items.length < 2) return true;
    const recurring = d.items.filter((item) => (seen.get(item) ?? 0) >= 3).length;
    return recurring < d.items.length * 0.75;
  });
}

/** The roadmap's outline, or the problem that stops a hostile one (too large, too deep, too many marks) before it costs minutes. */
function readOutline(body: string, file: string, frontTitle: string | null): OutlineResult | Problem {
  const bytes = utf8Length(body);
  if (bytes > MAX_ROADMAP_BYTES) return tooLargeProblem(file, bytes);
  const hostileLine = findHostileLine(body);
  if (hostileLine) return hostileLineProblem(file, hostileLine);
  const root = parseMarkdown(body);
  const deepNode = findTooDeepNode(root);
  if (deepNode !== null) return tooDeepProblem(file, deepNode);
  try {
    return new OutlineBuilder(file, frontTitle, budgetedParser(body, parseMarkdown)).build(root);
  } catch (error) {
    if (!(error instanceof NestedFenceLimit)) throw error;
    return { file, line: error.line, severity: 'error', message: `${error.message}: keep markdown fences at most two deep` };
  }
}

export function compileRoadmap(text: string, file: string): CompileResult {
  const stats = emptyStats();
  const problems: Problem[] = [];
  // CR-only and mixed line endings become \n: micromark already splits lines at \r, but fence and front-matter
  // readers did not, and a CR-only fence lost its cards. LF files are unchanged.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (source.trim().length === 0) {
    problems.push({ file, line: 1, severity: 'error', message: 'empty file: a roadmap needs at least one heading or list' });
    return { deck: null, problems, stats };
  }
  const slug = slugFromFile(file);
  const { body, title: frontTitle } = splitFrontMatter(source);
  const outline = readOutline(body, file, frontTitle);
  if ('severity' in outline) return { deck: null, problems: [outline], stats };
  for (const p of outline.problems) problems.push(p);
  const title = outline.title || cleanLabel(slug);

  const uniqueSection = uniquer();
  const sectionIds = outline.sections.map((s) => {
    const occurrence = uniqueSection(s.path.map(identityKey).join('\u0001')).split('\u0004')[1];
    return sectionIdFor(slug, occurrence ? [...s.path, `#${occurrence}`] : s.path);
  });
  const sections: Section[] = outline.sections.map((s, i) => ({
    id: sectionIds[i]!,
    path: s.path,
    title: s.title,
    parentId: s.parent === null ? null : sectionIds[s.parent]!,
    kind: s.kind,
    line: Math.max(1, s.line),
    cardCount: 0,
  }));

  const uniqueCard = uniquer();
  const cards: Card[] = [];
  const deduplicated = mergeDuplicateDefinitions(listsThatAsk(dropFieldNameLists(outline.drafts), body.split(/\r?\n/u)));
  const siblings = mergeSameValueSiblings(deduplicated.drafts);
  stats.merged = [...deduplicated.merged, ...siblings.merged].sort((a, b) => a.line - b.line);
  const ordered = siblings.drafts.sort((a, b) => a.line - b.line);
  // The stage (or top-level chapter) above a section: what a self-check points back to.
  const anchorOf = (index: number): string => {
    let at: number | null = index;
    let top = index;
    while (at !== null) {
      if (outline.sections[at]!.kind === 'stage') return cleanLabel(outline.sections[at]!.title);
      top = at;
      at = outline.sections[at]!.parent;
    }
    return cleanLabel(outline.sections[top]!.title);
  };
  const word = (draft: CardDraft) => wordCard(draft, cleanLabel(sections[draft.section]!.title), anchorOf(draft.section));
  const worded = ordered.map((draft) => ({ draft, context: draft.context || cleanLabel(sections[draft.section]!.title), texts: word(draft) }));
  // Two cards of one section asking the same (「笔记重点」包括哪些？ under each book) name the item above them.
  const seenFronts = new Map<string, number>();
  for (const w of worded) for (const t of w.texts) seenFronts.set(`${w.draft.section}|${t.front}`, (seenFronts.get(`${w.draft.section}|${t.front}`) ?? 0) + 1);
  for (const w of worded) {
    const clash = w.texts.some((t) => (seenFronts.get(`${w.draft.section}|${t.front}`) ?? 0) > 1);
    if (clash && w.draft.parentContext) {
      const qualified = { ...w.draft, context: `${w.draft.parentContext} · ${w.draft.context}` };
      w.context = qualified.context;
      w.texts = word(qualified);
    }
  }
  const scopesOf = (index: number): RoleScope[] => {
    const chain: RoleScope[] = [];
    for (let at: number | null = index; at !== null; at = outline.sections[at]!.parent) {
      chain.unshift({ title: outline.sections[at]!.title, kind: outline.sections[at]!.kind });
    }
    return chain;
  };
  // The group each definition's question names, for asking a shared back the other way; none when it names only the term.
  const askedIn = new Map<Card, string>();
  for (const { draft, context, texts } of worded) {
    const section = sections[draft.section]!;
    const scopes = scopesOf(draft.section);
    const labels = [draft.context, draft.parentContext ?? ''].filter((label) => label.length > 0);
    for (const text of texts) {
      const { subject, ...shown } = text;
      const identity = uniqueCard(
        cardIdentity({ slug, path: section.path, kind: draft.idKind ?? shown.kind, label: draft.groupKey, subject, part: shown.part?.index }),
      );
      const role = draft.reference ? 'reference' : cardRole({ kind: shown.kind, term: shown.term, back: shown.back, items: shown.items, labels, sections: scopes });
      const card: Card = {
        ...shown,
        role,
        id: cardIdFor(slug, identity),
        section: section.path,
        sectionId: section.id,
        source: { file, line: Math.max(1, draft.line) },
        ...(draft.alsoLines ? { moreSources: draft.alsoLines.map((line) => ({ file, line: Math.max(1, line) })) } : {}),
        contentHash: contentHashOf(shown.front, shown.back),
      };
      cards.push(card);
      if (shown.kind === 'definition' && context !== shown.term) askedIn.set(card, context);
      section.cardCount++;
      stats.byKind[shown.kind]++;
    }
  }

  askSharedBacksApart(cards, (card) => askedIn.get(card) ?? '');
  for (const card of cards) stats.byRole[card.role ?? 'concept']++;
  qualifyDuplicateFronts(cards);
  const sectionAnchor = new Map(sections.map((s, i) => [s.id, anchorOf(i)]));
  answerSelfChecks(cards, (card) => sectionAnchor.get(card.sectionId) ?? '');

  const hasChildren = new Set(sections.map((s) => s.parentId));
  outline.sections.forEach((s, i) => {
    const node = sections[i]!;
    if (node.cardCount > 0 || hasChildren.has(node.id)) return;
    const reason = s.skipped ?? 'no definitions, lists, tables or checklists under it';
    stats.emptySections.push({ title: node.title, path: node.path, line: node.line, reason });
    problems.push({ file, line: node.line, severity: 'warning', message: `section "${node.title}" yielded no cards (${reason})` });
  });
  if (cards.length === 0) problems.push({ file, line: 1, severity: 'warning', message: 'no cards found in this roadmap' });

  const deck: Deck = { formatVersion: DECK_FORMAT_VERSION, id: slug, slug, title, file, sections, cards };
  stats.sections = sections.length;
  stats.cards = cards.length;
  const valid = z.safeParse(deckSchema, deck);
  if (!valid.success) {
    const issue = valid.error.issues[0];
    problems.push({ file, line: 1, severity: 'error', message: `compiled deck is invalid: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown'}` });
    return { deck: null, problems, stats };
  }
  return { deck, problems, stats };
}
