// The pre-scan: one pass over a roadmap's lines, before micromark sees it, for nesting or marks that would crash or stall it.
import { MAX_MARKS_PER_PARAGRAPH, MAX_NESTING } from './limits.ts';

export interface HostileLine {
  line: number;
  /** Nested past MAX_NESTING, or a paragraph with more than MAX_MARKS_PER_PARAGRAPH marks. */
  kind: 'deep' | 'marks';
}

const SPACE = 0x20;
const TAB = 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isBlankAt = (line: string, i: number) => i >= line.length || line.charCodeAt(i) === SPACE || line.charCodeAt(i) === TAB;
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * An upper bound of the containers (lists, quotes) open on a line. A nested list item must be indented at least
 * two columns past its parent's, and a nested quote needs its own `>`, so the bound is: the markers on the line,
 * plus half the columns of whitespace that continues outer items (not the padding right after a list marker).
 */
export function containerDepthBound(line: string): number {
  if (THEMATIC_BREAK.test(line)) return 0;
  let depth = 0;
  let columns = 0;
  let afterListMarker = false;
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      let width = 0;
      while (i < line.length && (line.charCodeAt(i) === SPACE || line.charCodeAt(i) === TAB)) {
        width += line.charCodeAt(i) === TAB ? 4 : 1;
        i++;
      }
      if (!afterListMarker) columns += width;
      afterListMarker = false;
      continue;
    }
    if (c === 0x3e /* > */) {
      depth++;
      i++;
      if (line.charCodeAt(i) === SPACE) i++; // a quote's optional space belongs to its marker
      afterListMarker = false;
      continue;
    }
    if ((c === 0x2d || c === 0x2a || c === 0x2b) /* - * + */ && isBlankAt(line, i + 1)) {
      depth++;
      i++;
      afterListMarker = true;
      continue;
    }
    let digits = 0;
    while (digits < 10 && isDigit(line.charCodeAt(i + digits))) digits++;
    const after = line.charCodeAt(i + digits);
    if (digits >= 1 && digits <= 9 && (after === 0x2e || after === 0x29) /* . ) */ && isBlankAt(line, i + digits + 1)) {
      depth++;
      i += digits + 1;
      afterListMarker = true;
      continue;
    }
    break;
  }
  // A line with no marker opens no container: its depth was counted on the line that opened it.
  return depth === 0 ? 0 : depth + Math.floor(columns / 2);
}

interface OpenInline {
  brackets: number;
  delimiters: number;
  /** Brackets and delimiter runs seen in the paragraph so far. */
  marks: number;
}

/**
 * The deepest inline nesting reached on a line of a paragraph: brackets (`[`, `![`) not yet closed, and emphasis or
 * strikethrough delimiters that can only open (`*` after a space, before a letter) not yet closed, carried across
 * the paragraph's lines. Delimiters that can both open and close (`a*b`) pair off and never build depth.
 */
function deepestInline(line: string, open: OpenInline): number {
  let deepest = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\') i++;
    else if (c === '[') {
      deepest = Math.max(deepest, ++open.brackets);
      open.marks++;
    } else if (c === ']') {
      open.brackets = Math.max(0, open.brackets - 1);
      open.marks++;
    } else if (c === '*' || c === '_' || c === '~') {
      open.marks++;
      let end = i;
      while (line[end + 1] === c) end++;
      const before = line[i - 1] ?? ' ';
      const after = line[end + 1] ?? ' ';
      const opens = /[\s\p{P}\p{S}]/u.test(before) && !/\s/u.test(after);
      const closes = /[\s\p{P}\p{S}]/u.test(after) && !/\s/u.test(before);
      const run = end - i + 1;
      if (opens && !closes) open.delimiters += run;
      else if (closes && !opens) open.delimiters = Math.max(0, open.delimiters - run);
      deepest = Math.max(deepest, Math.ceil(open.delimiters / 2));
      i = end;
    }
  }
  return deepest;
}

/** A line that starts a new paragraph's worth of inline content: a list item or a heading. */
const BLOCK_START = /^[ \t>]*(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$))/;

/** A fence opened with only whitespace before it: its text is code, never parsed as markdown. */
const PLAIN_FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;

interface OpenFence {
  marker: string;
  indent: number;
}

/** Columns of leading whitespace, a tab reaching the next multiple of four (CommonMark's rule). */
function columnsOf(whitespace: string): number {
  let column = 0;
  for (const char of whitespace) column += char === '\t' ? 4 - (column % 4) : 1;
  return column;
}

/** Whether a line leaves the fence: its closer, or a less indented line that ends the list item holding it. */
function leavesFence(line: string, fence: OpenFence): boolean {
  const indent = /^[ \t]*/.exec(line)![0];
  if (line.length > indent.length && columnsOf(indent) < fence.indent) return true;
  const rest = line.slice(indent.length).trimEnd();
  return rest.length >= fence.marker.length && rest[0] === fence.marker[0] && /^(`+|~+)$/.test(rest);
}

/**
 * The first line (1-based) nested deeper than MAX_NESTING or over the marks limit, in one pass before parsing.
 * Code in a fence opened with only whitespace before it is skipped (a long code block may hold any number of
 * brackets); a fence opened after a list or quote marker is read as text, since where it ends is less sure.
 */
export function findHostileLine(text: string): HostileLine | null {
  let open: OpenInline = { brackets: 0, delimiters: 0, marks: 0 };
  let fence: OpenFence | null = null;
  let lineNumber = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber++;
    const line = text.slice(start, end);
    start = end + 1;
    if (fence) {
      if (leavesFence(line, fence)) fence = null;
      continue;
    }
    const opener = PLAIN_FENCE.exec(line);
    if (opener && !(opener[2]![0] === '`' && opener[3]!.includes('`'))) {
      fence = { marker: opener[2]!, indent: columnsOf(opener[1]!) };
      continue;
    }
    // Inline content never runs past a blank line, a list item or a heading: the count starts again.
    if (line.trim() === '' || BLOCK_START.test(line)) open = { brackets: 0, delimiters: 0, marks: 0 };
    if (line.trim() === '') continue;
    if (containerDepthBound(line) > MAX_NESTING || deepestInline(line, open) > MAX_NESTING) return { line: lineNumber, kind: 'deep' };
    if (open.marks > MAX_MARKS_PER_PARAGRAPH) return { line: lineNumber, kind: 'marks' };
  }
  return null;
}
