// Walk the markdown tree in order: headings and bold labels become section nodes, content becomes card drafts.
import type { Blockquote, Code, Heading, List, Paragraph, Root, RootContent, Table } from 'mdast';
import { parseConcept, type Concept } from './concept.ts';
import { STAGE_TITLE, type CardDraft, type GroupLabel, type SectionDraft } from './drafts.ts';
import { isNoteFence, parseFence } from './fence.ts';
import { cleanLabel, endsWithColon, renderInline, renderLines, renderText, strongLead } from './inline.ts';
import { SectionTree } from './section-tree.ts';
import { answerText, fromFenceEntry, headingValue, isBoldLabel, isLinkOnlyTable, isTemplate, isTocList, listItems } from './blocks.ts';
import { emitItems, emitTable, type Emitter } from './emit.ts';
import type { Problem } from './problems.ts';

export interface OutlineResult {
  title: string | null;
  sections: SectionDraft[];
  drafts: CardDraft[];
  problems: Problem[];
}

export class OutlineBuilder implements Emitter {
  readonly drafts: CardDraft[] = [];
  readonly problems: Problem[] = [];
  title: string | null;
  private readonly tree = new SectionTree(() => {
    this.pending = null;
    this.valueCard = null;
    this.openQuestion = null;
  });
  /** A `标签：` line waiting for the list, fence or table it names. */
  private pending: GroupLabel | null = null;
  /** The card a following prose paragraph extends (`### 发展前景： 极好` then a paragraph). */
  private valueCard: CardDraft | null = null;
  /** A question paragraph whose answer may follow in the next paragraph or line. */
  private openQuestion: CardDraft | null = null;
  /** Headings inside a markdown fence nest below the node the fence sits in. */
  private headingBase = 0;

  constructor(
    readonly file: string,
    title: string | null,
    private readonly parseMarkdown: (text: string) => Root,
  ) {
    this.title = title;
  }

  build(root: Root): OutlineResult {
    this.walk(root.children, null, 0);
    return { title: this.title, sections: this.tree.sections, drafts: this.drafts, problems: this.problems };
  }

  section(line: number): number {
    return this.tree.current(line);
  }

  sectionTitle(index: number): string {
    return this.tree.title(index, this.title ?? '');
  }

  add(draft: CardDraft): CardDraft {
    this.drafts.push(draft);
    this.tree.markFilled(draft.section);
    return draft;
  }

  private walk(nodes: readonly RootContent[], group: GroupLabel | null, offset: number): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const line = (node.position?.start.line ?? 1) + offset;
      if (node.type === 'heading' && group === null) this.heading(node, line);
      else if (node.type === 'heading') this.paragraphLike(renderText(node), null, line, group);
      else if (node.type === 'paragraph') this.paragraph(node, line, group, nodes[i + 1]);
      else if (node.type === 'list') this.list(node, group, offset);
      else if (node.type === 'table') this.table(node, line, group);
      else if (node.type === 'code') this.code(node, line, group);
      else if (node.type === 'blockquote') this.blockquote(nodes, i, group, offset);
      else if (node.type === 'thematicBreak') this.pending = this.valueCard = null;
      // Anything else (html comments, link definitions) is nothing a learner recalls.
    }
  }

  /**
   * A blockquote set after a sub-heading's content, with a shallower heading (or nothing) next, sums up the heading
   * above: `### 薪资水平` … then `> 核心： … > 技能： …` before `## 3.服务网格工程师` is about the role, not its salary.
   * Its cards go to that heading; a blockquote followed by a sibling sub-heading stays where it sits.
   */
  private blockquote(nodes: readonly RootContent[], i: number, group: GroupLabel | null, offset: number): void {
    if (group === null) {
      const next = nodes.slice(i + 1).find((n): n is Heading => n.type === 'heading');
      const depth = this.tree.headingDepth();
      if (depth !== null && (!next || next.depth + this.headingBase < depth)) this.tree.closeInnermostHeading();
    }
    this.walk((nodes[i] as Blockquote).children, group, offset);
  }

  private heading(node: Heading, line: number): void {
    const text = renderText(node);
    if (text.length === 0) return;
    if (node.depth === 1 && this.title === null && this.tree.sections.length === 0) {
      this.title = text;
      return;
    }
    const value = headingValue(text);
    if (value) {
      // `### 发展前景： 极好`: the node keeps the stable part as its title, the value becomes a card.
      const section = this.tree.push(value.term, 'heading', node.depth + this.headingBase, line);
      this.explainSection(section, value.value, line);
      return;
    }
    this.tree.push(text, STAGE_TITLE.test(text) ? 'stage' : 'heading', node.depth + this.headingBase, line);
  }

  private paragraph(node: Paragraph, line: number, group: GroupLabel | null, next: RootContent | undefined): void {
    const bold = isBoldLabel(node);
    if (bold !== null && group === null) {
      const concept = parseConcept(bold, { lead: bold, rest: '' });
      // `**Week 1: 项目基础架构**` over a list names that list; `**项目：DEX 聚合服务**` alone is a fact.
      const heads = next !== undefined && (next.type === 'list' || next.type === 'code' || next.type === 'table');
      if (concept.type !== 'definition' || heads) {
        this.tree.push(bold, 'label', this.tree.labelDepth(this.headingBase), line);
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
    if (this.answer(concept, section)) return;
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
    if (concept.type === 'question') this.openQuestion = this.drafts[this.drafts.length - 1] ?? null;
  }

  /** `Q：…？` (or a question line) then `A：…` or a plain answer paragraph: one Q&A card. */
  private answer(concept: Concept, section: number): boolean {
    const question = this.openQuestion;
    this.openQuestion = null;
    const answer = question && question.section === section ? answerText(concept) : null;
    if (!question || !answer) return false;
    question.kind = 'qa';
    question.answer = answer;
    return true;
  }

  /** Prose right under a heading explains the heading; prose elsewhere is narration, not a card. */
  private prose(text: string, section: number, line: number): void {
    if (this.valueCard && this.valueCard.section === section) {
      this.valueCard.explanation = `${this.valueCard.explanation ?? ''}\n${text}`.trim();
      return;
    }
    const s = this.tree.sections[section]!;
    // After a template or a table of contents the heading has been said; prose there closes the roadmap's thought.
    if (this.tree.hasCards(section) || s.kind === 'label' || s.skipped !== null) return;
    this.explainSection(section, text, line);
  }

  /** A card asking what a heading says (its value, or the prose right under it). */
  private explainSection(section: number, explanation: string, line: number): void {
    const s = this.tree.sections[section]!;
    this.valueCard = this.add({
      kind: 'definition',
      section,
      line,
      context: s.parent === null ? cleanLabel(this.title ?? s.title) : this.sectionTitle(s.parent),
      groupKey: '',
      subject: s.title,
      term: cleanLabel(s.title),
      explanation,
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
      this.tree.markSkipped(line, '只有目录链接');
      this.pending = null;
      return;
    }
    this.section(line);
    const label = this.takeGroup(group);
    const { items, extras } = listItems(node, offset, label);
    emitItems(this, items, label, Boolean(node.ordered), line, { listCard: true });
    // Fences, tables and paragraphs inside an item are read with the item as their group.
    for (const extra of extras) this.walk(extra.blocks, extra.label, offset);
  }

  private table(node: Table, line: number, group: GroupLabel | null): void {
    if (isLinkOnlyTable(node)) {
      this.tree.markSkipped(line, '只有目录链接');
      return;
    }
    this.section(line);
    const rows = node.children.map((row) => row.children.map((cell) => renderText(cell)));
    const shift = line - (node.position?.start.line ?? line);
    const lines = node.children.map((row) => (row.position?.start.line ?? line) + shift);
    emitTable(this, rows, lines, this.takeGroup(group), line);
  }

  private code(node: Code, line: number, group: GroupLabel | null): void {
    if (!isNoteFence(node.lang)) return;
    if (/^(?:markdown|md)$/i.test(node.lang ?? '')) {
      if (isTemplate(node.value)) {
        this.tree.markSkipped(line, '模板');
        this.pending = null;
        return;
      }
      // Notes written as markdown inside a fence: their headings nest below the current node, then close.
      this.section(line);
      const saved = this.tree.snapshot();
      const savedBase = this.headingBase;
      this.headingBase = this.tree.topDepth();
      const notes = this.parseMarkdown(node.value);
      // Headings inside the notes give their own context; the enclosing item label would blur them.
      const ownContext = notes.children.some((child) => child.type === 'heading');
      this.walk(notes.children, ownContext ? null : group, line);
      this.tree.restore(saved);
      this.headingBase = savedBase;
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
}
