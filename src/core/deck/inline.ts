// Markdown inline nodes → the plain text a learner sees: no `**`, links as their text, inline code kept as backticks.
import type { Nodes, PhrasingContent } from 'mdast';

const EMOJI_AT_START = /^(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D\u20E3]|\s)+/u;

/** Collapse whitespace (NBSP included) and drop markdown that the parser left as literal text. */
export function tidy(text: string): string {
  return text
    .replace(/\u00a0|\u3000/g, ' ')
    .replace(/\*\*/g, '')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

function renderNode(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      return `\`${node.value}\``;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'html':
      return '';
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(renderNode).join('') : '';
  }
}

/** Rendered plain text of inline nodes. */
export function renderInline(nodes: readonly PhrasingContent[]): string {
  return tidy(nodes.map(renderNode).join(''));
}

/**
 * A paragraph's source lines, each rendered: roadmaps put one `term：explanation` per line without a
 * blank line between, which markdown folds into one paragraph; the lines are the learner's units.
 */
export function renderLines(nodes: readonly PhrasingContent[]): { text: string; strong: ReturnType<typeof strongLead> }[] {
  const raw = nodes.map((n) => (n.type === 'break' ? '\n' : renderNode(n))).join('');
  const lines = raw.split('\n').map(tidy).filter((l) => l.length > 0);
  const lead = strongLead(nodes);
  return lines.map((text, i) => ({ text, strong: i === 0 && lead && text.startsWith(lead.lead) ? { lead: lead.lead, rest: tidy(text.slice(lead.lead.length)) } : null }));
}

/** Rendered plain text of any node (a heading, a table cell, a whole paragraph). */
export function renderText(node: Nodes): string {
  return tidy(renderNode(node));
}

/** A label as it reads inside a question: no leading emoji/check marks, no trailing colon. */
export function cleanLabel(text: string): string {
  const stripped = text.replace(EMOJI_AT_START, '').replace(/[：:]\s*$/u, '').trim();
  return stripped.length > 0 ? stripped : text.trim();
}

/** The bold lead of a paragraph (`**term**：…`), if the paragraph opens with one. */
export function strongLead(nodes: readonly PhrasingContent[]): { lead: string; rest: string } | null {
  const first = nodes[0];
  if (!first || first.type !== 'strong') return null;
  const lead = renderInline(first.children);
  const rest = tidy(nodes.slice(1).map(renderNode).join(''));
  return { lead, rest };
}

/** True when the paragraph is only links (a table-of-contents line). */
export function isLinkOnly(nodes: readonly PhrasingContent[]): boolean {
  const meaningful = nodes.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
  return meaningful.length > 0 && meaningful.every((n) => n.type === 'link');
}

/** Does the text end like a label introducing what follows (`组名：`)? */
export function endsWithColon(text: string): boolean {
  return /[：:]\s*$/u.test(text);
}
