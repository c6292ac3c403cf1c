// Measures cards filed under the wrong heading: a blockquote that sums up a heading, read as part of its last sub-heading.
import type { Heading, RootContent } from 'mdast';
import type { Card, Deck } from './schema.ts';
import { parseMarkdown } from './parse.ts';

/**
 * Cards from a closing blockquote filed under the sub-heading it follows. A blockquote whose next heading is shallower
 * than the one it sits under (or that ends the file) sums up the heading above: golang-web-backend's `> 核心： … > 技能：`
 * after `### 薪资水平` describes the role of its `##` heading, not its salary. Only top-level headings and quotes of the
 * markdown are read (not notes inside fences), and only a sub-heading with a section heading above it counts.
 */
export function cardsUnderClosedHeading(deck: Deck, sourceText: string): Card[] {
  const nodes: RootContent[] = parseMarkdown(sourceText).children;
  const sectionLines = new Set(deck.sections.map((s) => s.line));
  const sectionLine = new Map(deck.sections.map((s) => [s.id, s.line]));
  const misfiled: Card[] = [];
  const open: Heading[] = [];
  nodes.forEach((node, i) => {
    if (node.type === 'heading') {
      while (open.length > 0 && open[open.length - 1]!.depth >= node.depth) open.pop();
      open.push(node);
      return;
    }
    if (node.type !== 'blockquote' || open.length < 2) return;
    const sub = open[open.length - 1]!;
    const above = open[open.length - 2]!;
    if (!sectionLines.has(above.position!.start.line)) return;
    const next = nodes.slice(i + 1).find((n): n is Heading => n.type === 'heading');
    if (next && next.depth >= sub.depth) return;
    const [from, to] = [node.position!.start.line, node.position!.end.line];
    for (const card of deck.cards) {
      if (card.source.line < from || card.source.line > to) continue;
      if ((sectionLine.get(card.sectionId) ?? 0) >= sub.position!.start.line) misfiled.push(card);
    }
  });
  return misfiled;
}
