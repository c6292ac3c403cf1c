// Walk the markdown tree in order: headings and bold labels become section nodes, content becomes card drafts.
import type { Blockquote, Code, Heading, List, ListItem, Paragraph, Root, RootContent, Table } from 'mdast';
import { parseConcept, itemWords, type Concept } from './concept.ts';
import { STAGE_TITLE, type CardDraft, type GroupLabel, type ItemLike, type SectionDraft } from './drafts.ts';
import { isNoteFence, parseFence, type FenceEntry } from './fence.ts';
import { cleanLabel, endsWithColon, isLinkOnly, renderInline, renderLines, renderText, strongLead } from './inline.ts';
import { emitItems, emitTable, type Emitter } from './emit.ts';
import type { Problem } from './problems.ts';

export interface OutlineResult {
  title: string | null;
  sections: SectionDraft[];
  drafts: CardDraft[];
  problems: Problem[];
}

interface Frame {
  depth: number;
  index: number;
  isLabel: boolean;
}

/** A fence of markdown that only shows the shape of notes to write (`# Week X: [主题]`): no cards. */
function isTemplate(markdown: string): boolean {
  return /^#+\s.*(?:\bX\b|\[[^\]]*\]|模板|template)/imu.test(markdown);
}

function isBoldLabel(p: Paragraph): string | null {
  const [first, ...rest] = p.children;
  if (!first || first.type !== 'strong') return null;
  if (rest.some((n) => !(n.type === 'text' && /^[\s：:]*$/u.test(n.value)))) return null;
  return renderInline(first.children);
}

function isTocList(list: List): boolean {
  return list.children.every((item) =>
    item.children.every((child) =>
      child.type === 'paragraph' ? isLinkOnly(child.children) : child.type === 'list' ? isTocList(child) : false,
    ),
  );
}

export class OutlineBuilder implements Emitter {
  readonly sections: SectionDraft[] = [];
  readonly drafts: CardDraft[] = [];
  readonly problems: Problem[] = [];
  title: string | null;
  private stack: Frame[] = [];
  private pending: GroupLabel | null = null;
  /** The card a following prose paragraph extends (`### 发展前景： 极好` then a paragraph). */
  private valueCard: CardDraft | null = null;

  constructor(
    readonly file: string,
    title: string | null,
    private readonly parseMarkdown: (text: string) => Root,
  ) {
    this.title = title;
  }

  build(root: Root, lineOffset = 0): OutlineResult {
    this.walk(root.children, null, lineOffset);
    return { title: this.title, sections: this.sections, drafts: this.drafts, problems: this.problems };
  }

  /** The section content belongs to; content before any heading gets an overview node. */
  section(line: number): number {
    const top = this.stack[this.stack.length - 1];
    if (top) return top.index;
    // Depth 100 so that the first real heading or label closes it instead of nesting under it.
    this.push('概述', 'heading', 100, line);
    this.stack[this.stack.length - 1]!.isLabel = true;
    return this.stack[this.stack.length - 1]!.index;
  }

  sectionTitle(index: number): string {
    return cleanLabel(this.sections[index]?.title ?? this.title ?? '');
  }

  add(draft: CardDraft): CardDraft {
    this.drafts.push(draft);
    this.filled.add(draft.section);
    return draft;
  }

  /** Sections that already hold a card draft (a set, so long roadmaps stay linear). */
  private filled = new Set<number>();

  private hasCards(section: number): boolean {
    return this.filled.has(section);
  }

  private push(title: string, kind: SectionDraft['kind'], depth: number, line: number): void {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.depth >= depth) this.stack.pop();
    const parentFrame = this.stack[this.stack.length - 1];
    const parent = parentFrame ? parentFrame.index : null;
    const path = [...(parent === null ? [] : this.sections[parent]!.path), title];
    this.sections.push({ title, path, kind, parent, line, skipped: null });
    this.stack.push({ depth, index: this.sections.length - 1, isLabel: kind === 'label' });
    this.pending = null;
    this.valueCard = null;
  }

  private markSkipped(line: number, reason: string): void {
    const s = this.sections[this.section(line)]!;
    s.skipped ??= reason;
  }

  private walk(nodes: readonly RootContent[], group: GroupLabel | null, offset: number): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const line = (node.position?.start.line ?? 1) + offset;
      switch (node.type) {
        case 'heading':
          if (group === null) this.heading(node, line);
          else this.paragraphLike(renderText(node), null, line, group);
          break;
        case 'paragraph':
          this.paragraph(node, line, group, nodes[i + 1]);
          break;
        case 'list':
          this.list(node, group, offset);
          break;
        case 'table':
          this.table(node, line, group);
          break;
        case 'code':
          this.code(node, line, group);
          break;
        case 'blockquote':
          this.walk((node as Blockquote).children, group, offset);
          break;
        case 'thematicBreak':
          this.pending = null;
          this.valueCard = null;
          break;
        default:
          // html (comments), definitions, yaml: nothing a learner recalls.
          break;
      }
    }
  }

  private heading(node: Heading, line: number): void {
    const text = renderText(node);
    if (text.length === 0) return;
    if (node.depth === 1 && this.title === null && this.sections.length === 0) {
      this.title = text;
      return;
    }
    const concept = parseConcept(text);
    if (
      concept.type === 'definition' &&
      concept.explanation.length <= 12 &&
      concept.term.length <= 8 &&
      !STAGE_TITLE.test(text)
    ) {
      // `### 发展前景： 极好`: the node keeps the stable part as its title, the value becomes a card.
      this.push(concept.term, 'heading', node.depth + this.headingBase, line);
      const section = this.stack[this.stack.length - 1]!.index;
      const parentIndex = this.sections[section]!.parent;
      this.valueCard = this.add({
        kind: 'definition',
        section,
        line,
        context: parentIndex === null ? cleanLabel(this.title ?? concept.term) : this.sectionTitle(parentIndex),
        groupKey: '',
        subject: concept.term,
        term: cleanLabel(concept.term),
        explanation: concept.explanation,
      });
      return;
    }
    this.push(text, STAGE_TITLE.test(text) ? 'stage' : 'heading', node.depth + this.headingBase, line);
  }

  private paragraph(node: Paragraph, line: number, group: GroupLabel | null, next: RootContent | undefined): void {
    const bold = isBoldLabel(node);
    if (bold !== null && group === null) {
      const concept = parseConcept(bold, { lead: bold, rest: '' });
      // `**Week 1: 项目基础架构**` over a list names that list; `**项目：DEX 聚合服务**` alone is a fact.
      const heads = next !== undefined && (next.type === 'list' || next.type === 'code' || next.type === 'table');
      if (concept.type !== 'definition' || heads) {
        const top = this.stack[this.stack.length - 1];
        const headingDepth = [...this.stack].reverse().find((f) => !f.isLabel)?.depth ?? this.headingBase;
        // `**总结**` + `成为…需要：` + `**🔸 基础**：`: labels introduced by a colon line nest under the first.
        // A label with nothing under it yet (`**分周实现计划：**` then `**Week 1: …**`) introduces the labels after it.
        const introduced =
          top?.isLabel &&
          top.depth !== 100 &&
          !this.hasCards(top.index) &&
          this.sections[this.sections.length - 1] === this.sections[top.index];
        const nested = top?.isLabel && top.depth > headingDepth + 0.5 && top.depth < headingDepth + 1;
        const depth = introduced ? top.depth + 0.25 : nested ? top.depth : headingDepth + 0.5;
        this.push(bold, 'label', depth, line);
        return;
      }
    }
    const lines = renderLines(node.children);
    const separate = lines.length > 1 && lines.slice(1).some((l) => parseConcept(l.text).type !== 'plain');
    if (!separate) {
      this.paragraphLike(renderInline(node.children), strongLead(node.children), line, group);
      return;
    }
    lines.forEach((l, i) => this.paragraphLike(l.text, l.strong, line + i, group));
  }

  private paragraphLike(text: string, strong: ReturnType<typeof strongLead>, line: number, group: GroupLabel | null): void {
    if (text.length === 0) return;
    const concept = parseConcept(text, strong);
    const section = this.section(line);
    if (concept.type === 'label' || (concept.type === 'plain' && endsWithColon(text))) {
      const label = cleanLabel(concept.type === 'label' ? concept.label : text);
      // `(2024年，年薪范围)：` qualifies the heading above it rather than naming a group of its own.
      this.pending = { text: /^[(（]/u.test(label) ? `${this.sectionTitle(section)} ${label}` : label, line };
      return;
    }
    this.pending = null;
    if (concept.type === 'plain') {
      this.prose(concept.text, section, line);
      return;
    }
    this.valueCard = null;
    emitItems(this, [{ line, concept, checked: null, children: [], childrenOrdered: false }], group, false, line, {
      listCard: false,
    });
  }

  /** Prose right under a heading explains the heading; prose elsewhere is narration, not a card. */
  private prose(text: string, section: number, line: number): void {
    if (this.valueCard && this.valueCard.section === section) {
      this.valueCard.explanation = `${this.valueCard.explanation ?? ''}\n${text}`.trim();
      return;
    }
    const hasCards = this.hasCards(section);
    const s = this.sections[section]!;
    if (hasCards || s.kind === 'label') return;
    this.valueCard = this.add({
      kind: 'definition',
      section,
      line,
      context: s.parent === null ? cleanLabel(this.title ?? s.title) : this.sectionTitle(s.parent),
      groupKey: '',
      subject: s.title,
      term: cleanLabel(s.title),
      explanation: text,
    });
  }

  private takeGroup(group: GroupLabel | null): GroupLabel | null {
    const label = this.pending ?? group;
    this.pending = null;
    this.valueCard = null;
    return label;
  }

  private list(node: List, group: GroupLabel | null, offset: number): void {
    const line = (node.position?.start.line ?? 1) + offset;
    if (isTocList(node)) {
      this.markSkipped(line, '只有目录链接');
      this.pending = null;
      return;
    }
    this.section(line);
    const label = this.takeGroup(group);
    const extras: { blocks: RootContent[]; label: GroupLabel }[] = [];
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
      const siblings = separate
        ? lines.slice(1).map((l, i) => ({ line: itemLine + i + 1, concept: parseConcept(l.text), checked: null, children: [], childrenOrdered: false }))
        : [];
      return [main, ...siblings];
    };
    const items = node.children.flatMap(toItems);
    emitItems(this, items.filter((it) => !(it.concept.type === 'plain' && it.concept.text === '' && it.children.length === 0)), label, Boolean(node.ordered), line, {
      listCard: true,
      hasExtras: (it) => extras.some((e) => e.label.line === it.line),
    });
    for (const extra of extras) this.walk(extra.blocks, extra.label, offset);
  }

  private table(node: Table, line: number, group: GroupLabel | null): void {
    const rows = node.children.map((row) => row.children.map((cell) => renderText(cell)));
    const linkOnly = node.children
      .slice(1)
      .every((row) => row.children.every((cell) => cell.children.length === 0 || isLinkOnly(cell.children)));
    if (rows.length > 1 && linkOnly) {
      this.markSkipped(line, '只有目录链接');
      return;
    }
    this.section(line);
    const lines = node.children.map((row) => row.position?.start.line ?? line);
    emitTable(this, rows, lines.map((l) => l + (line - (node.position?.start.line ?? line))), this.takeGroup(group), line);
  }

  private code(node: Code, line: number, group: GroupLabel | null): void {
    if (!isNoteFence(node.lang)) return;
    if (/^(?:markdown|md)$/i.test(node.lang ?? '')) {
      if (isTemplate(node.value)) {
        this.markSkipped(line, '模板');
        this.pending = null;
        return;
      }
      // Notes written as markdown inside a fence: their headings nest below the current node, then close.
      this.section(line);
      const saved = [...this.stack];
      const base = this.stack[this.stack.length - 1]?.depth ?? 0;
      const inner = new OutlineBuilder(this.file, '', this.parseMarkdown);
      inner.adopt(this, base);
      const tree = this.parseMarkdown(node.value);
      // Headings inside the notes give their own context; the enclosing item label would blur them.
      const ownContext = tree.children.some((child) => child.type === 'heading');
      inner.walk(tree.children, ownContext ? null : group, line);
      this.stack = saved;
      this.pending = null;
      return;
    }
    const groups = parseFence(node.value, line + 1);
    const outer = this.takeGroup(group);
    this.section(line);
    for (const g of groups) {
      const label = g.label !== null ? { text: cleanLabel(g.label), line: g.line } : outer;
      emitItems(this, g.entries.map(fromFenceEntry), label, false, g.line, { listCard: true });
    }
  }

  /** Share the outer builder's arrays and stack so nested markdown adds to the same deck. */
  private adopt(outer: OutlineBuilder, base: number): void {
    (this as { sections: SectionDraft[] }).sections = outer.sections;
    (this as { drafts: CardDraft[] }).drafts = outer.drafts;
    (this as { problems: Problem[] }).problems = outer.problems;
    this.filled = outer.filled;
    this.stack = outer.stack.map((f) => ({ ...f }));
    this.headingBase = base;
    this.title = outer.title ?? '';
  }

  private headingBase = 0;
}

function conceptLabel(concept: Concept): string | null {
  if (concept.type === 'definition' || concept.type === 'mapping') return concept.term;
  if (concept.type === 'label') return concept.label;
  return null;
}

function fromFenceEntry(entry: FenceEntry): ItemLike {
  return {
    line: entry.line,
    concept: entry.concept,
    checked: null,
    children: entry.children.map(fromFenceEntry),
    childrenOrdered: false,
  };
}
