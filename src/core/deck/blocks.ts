// Block-level recognisers: bold label lines, link-only tables of contents, template fences, list items → items.
import type { List, ListItem, Paragraph, RootContent, Table } from 'mdast';
import { itemWords, parseConcept, type Concept } from './concept.ts';
import { STAGE_TITLE, type GroupLabel, type ItemLike } from './drafts.ts';
import type { FenceEntry } from './fence.ts';
import { cleanLabel, isLinkOnly, renderInline, renderLines, strongLead } from './inline.ts';

/** A fence of markdown that only shows the shape of notes to write (`# Week X: [主题]`): no cards. */
export function isTemplate(markdown: string): boolean {
  return /^#+\s.*(?:\bX\b|\[[^\]]*\]|模板|template)/imu.test(markdown);
}

/** `**🎯 语言基础掌握要点**` or `**知识框架：**` alone on a line: the label's text, else null. */
export function isBoldLabel(p: Paragraph): string | null {
  const [first, ...rest] = p.children;
  if (!first || first.type !== 'strong') return null;
  if (rest.some((n) => !(n.type === 'text' && /^[\s：:]*$/u.test(n.value)))) return null;
  return renderInline(first.children);
}

/** `发展前景： 极好`: a short heading that carries a short value; stage titles (`阶段一：巩固…`) never do. */
export function headingValue(text: string): { term: string; value: string } | null {
  const concept = parseConcept(text);
  if (concept.type !== 'definition' || STAGE_TITLE.test(text)) return null;
  if (concept.explanation.length > 12 || concept.term.length > 8) return null;
  return { term: concept.term, value: concept.explanation };
}

/** What answers an open question: an `A：…` / `答：…` line, or a plain sentence. */
export function answerText(concept: Concept): string | null {
  if (concept.type === 'definition' && /^(?:A|答|回答|答案)$/iu.test(concept.term)) return concept.explanation;
  return concept.type === 'plain' ? concept.text : null;
}

export function isTocList(list: List): boolean {
  return list.children.every((item) =>
    item.children.every((child) =>
      child.type === 'paragraph' ? isLinkOnly(child.children) : child.type === 'list' ? isTocList(child) : false,
    ),
  );
}

export function isLinkOnlyTable(table: Table): boolean {
  const body = table.children.slice(1);
  return body.length > 0 && body.every((row) => row.children.every((cell) => cell.children.length === 0 || isLinkOnly(cell.children)));
}

function conceptLabel(concept: Concept): string | null {
  if (concept.type === 'definition' || concept.type === 'mapping') return concept.term;
  if (concept.type === 'label') return concept.label;
  return null;
}

export interface ListItems {
  items: ItemLike[];
  /** Non-list blocks inside items (a fence, a table), to be read with the item as their group. */
  extras: { blocks: RootContent[]; label: GroupLabel }[];
}

/** A markdown list as items: each item's first paragraph says what it is, nested lists hang under it. */
export function listItems(list: List, offset: number, label: GroupLabel | null): ListItems {
  const extras: ListItems['extras'] = [];
  const toItems = (item: ListItem): ItemLike[] => {
    const itemLine = (item.position?.start.line ?? 1) + offset;
    const [first, ...rest] = item.children;
    const lines = first?.type === 'paragraph' ? renderLines(first.children) : [];
    // Later lines of the item's paragraph that say something of their own become sibling items.
    const separate = lines.length > 1 && lines.slice(1).some((l) => parseConcept(l.text).type !== 'plain');
    const concept: Concept =
      first?.type !== 'paragraph'
        ? { type: 'plain', text: '' }
        : separate
          ? parseConcept(lines[0]!.text, lines[0]!.strong)
          : parseConcept(renderInline(first.children), strongLead(first.children));
    const blocks = first?.type === 'paragraph' ? rest : item.children;
    const nested = blocks.filter((b): b is List => b.type === 'list');
    const others = blocks.filter((b) => b.type !== 'list');
    if (others.length > 0) {
      const words = concept.type === 'plain' && concept.text === '' ? cleanLabel(label?.text ?? '') : itemWords(concept);
      extras.push({ blocks: others, label: { text: cleanLabel(conceptLabel(concept) ?? words), line: itemLine } });
    }
    const main: ItemLike = {
      line: itemLine,
      concept,
      checked: item.checked ?? null,
      children: nested.flatMap((l) => l.children.flatMap(toItems)),
      childrenOrdered: nested.some((l) => l.ordered),
    };
    const siblings: ItemLike[] = separate
      ? lines.slice(1).map((l, i) => ({ line: itemLine + i + 1, concept: parseConcept(l.text), checked: null, children: [], childrenOrdered: false }))
      : [];
    return [main, ...siblings];
  };
  const items = list.children
    .flatMap(toItems)
    .filter((it) => !(it.concept.type === 'plain' && it.concept.text === '' && it.children.length === 0));
  return { items, extras };
}

export function fromFenceEntry(entry: FenceEntry): ItemLike {
  return { line: entry.line, concept: entry.concept, checked: null, children: entry.children.map(fromFenceEntry), childrenOrdered: false };
}
