// Markdown → mdast, parsed in pieces cut at top-level headings, so a long roadmap costs its length and no more.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';

// One fromMarkdown call over the whole text; exported as the reference the pieces must equal.
// The parts of GFM roadmaps use (tables, task lists, strikethrough), not all of remark-gfm: its autolink-literal
// pass rewrites every text node and cost a fifth of the compile, and a bare URL reads the same without it.
export const parseWhole = (text: string): Root =>
  fromMarkdown(text, {
    extensions: [gfmTable(), gfmTaskListItem(), gfmStrikethrough()],
    mdastExtensions: [gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmStrikethroughFromMarkdown()],
  });

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
/** Indentation, list and quote markers before a line's content. */
const CONTAINER_PREFIX = String.raw`(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]))*[ \t]*`;
// A fence in a container is tracked too: one left open runs to its piece's very end, not to the heading.
const FENCE_OPENER = new RegExp(`^(${CONTAINER_PREFIX})(\`{3,}|~{3,})(.*)$`);
/** A line whose content may open an HTML block: such a block can run past headings, so no cut is made in it. */
const HTML_START = new RegExp(`^${CONTAINER_PREFIX}<`);
/** An HTML block opened outside any container (CommonMark's kinds 1–5 end at a terminator, the others at a blank line). */
const BARE_HTML_START = /^ {0,3}</;
const HTML_TERMINATORS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[ \t>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
];

/** Where a bare HTML block ends: its terminator's pattern, or null for the blank line that ends the rest. */
function htmlEnd(line: string): { end: RegExp | null; endsHere: boolean } | 'unsure' {
  for (const [start, end] of HTML_TERMINATORS) {
    const opened = start.exec(line);
    if (!opened) continue;
    // `<!-->` and `<!--->` are comments that end at once in some readings and not in others: do not guess.
    if (/^ {0,3}<!---?>/.test(line)) return 'unsure';
    return { end, endsHere: end.test(line.slice(opened[0].length)) };
  }
  return { end: null, endsHere: false };
}
const BLANK = /^[ \t]*$/;
/** A line at column 0 that no list, quote or list item could continue: after a blank line it starts afresh. */
const FRESH_START = /^(?![-*+][ \t]|[-*+]$|\d{1,9}[.)](?:[ \t]|$)|>)[^ \t]/;

interface OpenFence {
  marker: string;
  /** The column of its first backtick or tilde. */
  indent: number;
  /** Opened with no list or quote marker before it and indent 0–3: it may be a top-level fence. */
  bare: boolean;
  /** Opened inside a quote: a line without `>` ends the quote (and the fence), whatever its indent. */
  quoted: boolean;
}

/** The column after `prefix`, tabs to the next multiple of four (CommonMark's rule). */
function columnOf(prefix: string): number {
  let column = 0;
  for (const char of prefix) column += char === '\t' ? 4 - (column % 4) : 1;
  return column;
}

/** The column of a line's first non-blank character. */
const indentOf = (line: string): number => columnOf(/^[ \t]*/.exec(line)![0]);

/** Whether the line closes the fence: 'yes', 'no', or 'unsure' where that depends on a container's indent. */
function closes(line: string, fence: OpenFence): 'yes' | 'no' | 'unsure' {
  const match = /^([ \t]*)(`+|~+)[ \t]*$/.exec(line);
  if (!match || match[2]![0] !== fence.marker[0] || match[2]!.length < fence.marker.length) return 'no';
  // `- > ```` then `    ````: the quote ends at the unquoted line and the list item opens a new fence there.
  if (fence.quoted) return 'unsure';
  const indent = columnOf(match[1]!);
  // A closer may be indented 0–3 past its container's content, which starts at or before the opener.
  if (fence.bare) return indent <= 3 ? 'yes' : 'no';
  return indent === fence.indent ? 'yes' : 'unsure';
}

/**
 * Offsets where a piece may start: the start of each column-0 ATX heading outside a fence, and of each column-0
 * line after a blank line that no list or quote continues. Either closes every list, quote, table and paragraph,
 * so the pieces parse exactly as the whole does. What could run past it —
 * an HTML block, a fence whose container is unclear, a link reference definition used elsewhere — stops the cutting.
 */
export function pieceStarts(text: string): number[] {
  return cutPoints(text).map((cut) => cut.offset);
}

interface CutPoint {
  offset: number;
  /** Lines before the cut: what the piece's line numbers are shifted by. */
  line: number;
}

function cutPoints(text: string): CutPoint[] {
  const starts: CutPoint[] = [{ offset: 0, line: 0 }];
  if (text.includes(']:')) return starts;
  let fence: OpenFence | null = null;
  // Lines end at \r\n, \r or \n, as micromark reads them.
  let lineIndex = -1;
  // After a blank line, a column-0 line that is no list item or quote has closed every list, quote, table and
  // paragraph (no lazy continuation follows a blank), so it may start a piece: roadmaps with many lists and few
  // headings stay in pieces small enough for micromark, whose cost grows faster than a piece holding many lists.
  let afterBlank = false;
  let html: { end: RegExp | null } | null = null;
  for (const match of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (match[0].length === 0) break;
    lineIndex += 1;
    const line = match[0].replace(/[\r\n]+$/, '');
    const lineStart = match.index;
    if (fence) {
      // An indented fence may sit in a list item, which a less indented line would end along with the fence.
      if (!BLANK.test(line) && indentOf(line) < fence.indent) return starts;
      const closing = closes(line, fence);
      if (closing === 'unsure') return starts;
      if (closing === 'yes') fence = null;
      afterBlank = false;
      continue;
    }
    if (html) {
      // Inside an HTML block nothing is cut; it ends at its terminator's line or (kinds 6 and 7) a blank line.
      const blank = BLANK.test(line);
      // A line ended by a blank line may be a paragraph (`<b>x</b>`), which a fence or another HTML block interrupts.
      if (!html.end && (FENCE_OPENER.test(line) || HTML_START.test(line))) return starts;
      if (html.end ? html.end.test(line) : blank) html = null;
      afterBlank = blank;
      continue;
    }
    if (HTML_START.test(line)) {
      if (!BARE_HTML_START.test(line)) return starts;
      const found = htmlEnd(line);
      if (found === 'unsure') return starts;
      if (lineStart > 0 && afterBlank && line[0] === '<') starts.push({ offset: lineStart, line: lineIndex });
      if (!found.endsHere) html = { end: found.end };
      afterBlank = false;
      continue;
    }
    const opener = FENCE_OPENER.exec(line);
    if (opener && !(opener[2]![0] === '`' && opener[3]!.includes('`'))) {
      const indent = columnOf(opener[1]!);
      fence = { marker: opener[2]!, indent, bare: indent <= 3 && BLANK.test(opener[1]!), quoted: opener[1]!.includes('>') };
      afterBlank = false;
      continue;
    }
    if (lineStart > 0 && (ATX_HEADING.test(line) || (afterBlank && FRESH_START.test(line)))) starts.push({ offset: lineStart, line: lineIndex });
    afterBlank = BLANK.test(line);
  }
  return starts;
}

/** Moves every position in a piece's tree from the piece's coordinates to the whole text's (an explicit stack: any depth). */
function shiftPositions(root: Nodes, lines: number, offset: number): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const position = node.position;
    if (position) {
      node.position = {
        start: { line: position.start.line + lines, column: position.start.column, offset: (position.start.offset ?? 0) + offset },
        end: { line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset },
      };
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

/**
 * Smallest piece handed to micromark: each call costs a fixed setup, and a piece per 20-byte section made
 * 100,000 sections slow; micromark's own cost grows faster than the length of a piece holding many lists, so
 * pieces stay near this size.
 */
const PIECE_CHARS = 4096;

/** The text's mdast, as one `fromMarkdown` call would give it (positions included), in linear time. */
export function parseMarkdown(text: string, pieceChars = PIECE_CHARS): Root {
  const cuts: CutPoint[] = [];
  for (const cut of cutPoints(text)) if (cuts.length === 0 || cut.offset - cuts[cuts.length - 1]!.offset >= pieceChars) cuts.push(cut);
  if (cuts.length === 1) return parseWhole(text);
  const root: Root = { type: 'root', children: [] };
  cuts.forEach((cut, index) => {
    const piece = parseWhole(text.slice(cut.offset, cuts[index + 1]?.offset ?? text.length));
    shiftPositions(piece, cut.line, cut.offset);
    for (const child of piece.children) root.children.push(child);
    if (piece.position) root.position = { start: root.position?.start ?? piece.position.start, end: piece.position.end };
  });
  return root;
}
