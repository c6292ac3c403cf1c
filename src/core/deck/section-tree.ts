// The deck tree while the walk is under way: which heading or bold label content belongs to, at what depth.
import type { SectionDraft } from './drafts.ts';
import { cleanLabel } from './inline.ts';

interface Frame {
  depth: number;
  index: number;
  isLabel: boolean;
}

/** Depth of the implicit overview node: any real heading or label closes it instead of nesting under it. */
const OVERVIEW_DEPTH = 100;

export class SectionTree {
  readonly sections: SectionDraft[] = [];
  private stack: Frame[] = [];
  /** Sections that already hold a card draft (a set, so long roadmaps stay linear). */
  private readonly filled = new Set<number>();

  constructor(private readonly onEnter: () => void) {}

  /** The node content at `line` belongs to; content before any heading gets an overview node. */
  current(line: number): number {
    const top = this.stack[this.stack.length - 1];
    if (top) return top.index;
    this.push('概述', 'heading', OVERVIEW_DEPTH, line);
    this.stack[this.stack.length - 1]!.isLabel = true;
    return this.stack[this.stack.length - 1]!.index;
  }

  /** Open a node at `depth`, closing every open node at the same depth or deeper. */
  push(title: string, kind: SectionDraft['kind'], depth: number, line: number): number {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.depth >= depth) this.stack.pop();
    const parentFrame = this.stack[this.stack.length - 1];
    const parent = parentFrame ? parentFrame.index : null;
    const path = [...(parent === null ? [] : this.sections[parent]!.path), title];
    this.sections.push({ title, path, kind, parent, line, skipped: null });
    const index = this.sections.length - 1;
    this.stack.push({ depth, index, isLabel: kind === 'label' });
    this.onEnter();
    return index;
  }

  /**
   * Depth for a bold label line. Normally just below the heading above it; but a label with nothing
   * under it yet (`**分周实现计划：**` then `**Week 1: …**`) introduces the labels that follow it.
   */
  labelDepth(headingBase: number): number {
    const top = this.stack[this.stack.length - 1];
    const headingDepth = [...this.stack].reverse().find((f) => !f.isLabel)?.depth ?? headingBase;
    if (!top?.isLabel || top.depth === OVERVIEW_DEPTH) return headingDepth + 0.5;
    const empty = !this.filled.has(top.index) && this.sections.length - 1 === top.index;
    if (empty) return top.depth + 0.25;
    const introducedLevel = top.depth > headingDepth + 0.5 && top.depth < headingDepth + 1;
    return introducedLevel ? top.depth : headingDepth + 0.5;
  }

  /** Depth of the innermost open heading (labels skipped); null when no heading is open. */
  headingDepth(): number | null {
    return [...this.stack].reverse().find((f) => !f.isLabel)?.depth ?? null;
  }

  /**
   * Close the innermost heading (and the labels in it), so what follows belongs to the heading above it.
   * Nothing happens, and false is returned, when no heading encloses it.
   */
  closeInnermostHeading(): boolean {
    let at = this.stack.length - 1;
    while (at >= 0 && this.stack[at]!.isLabel) at--;
    if (at <= 0 || !this.stack.slice(0, at).some((f) => !f.isLabel)) return false;
    this.stack = this.stack.slice(0, at);
    this.onEnter();
    return true;
  }

  topDepth(): number {
    return this.stack[this.stack.length - 1]?.depth ?? 0;
  }

  title(index: number, fallback: string): string {
    return cleanLabel(this.sections[index]?.title ?? fallback);
  }

  markFilled(index: number): void {
    this.filled.add(index);
  }

  hasCards(index: number): boolean {
    return this.filled.has(index);
  }

  markSkipped(line: number, reason: string): void {
    const s = this.sections[this.current(line)]!;
    s.skipped ??= reason;
  }

  /** Notes nested in a fence close with the fence: save the open nodes, restore them after. */
  snapshot(): Frame[] {
    return this.stack.map((f) => ({ ...f }));
  }

  restore(frames: Frame[]): void {
    this.stack = frames;
  }
}
