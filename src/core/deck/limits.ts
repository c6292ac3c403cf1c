// Limits that keep a hostile roadmap from crashing or stalling the compiler, and the `file:line` problems that report them.
import type { Nodes, Root } from 'mdast';
import type { Problem } from './problems.ts';
import type { HostileLine } from './prescan.ts';

/**
 * Largest roadmap file: 4 MB. The real roadmaps are 4–61 KB; 4 MB is 60× the largest and holds a 100,000-section
 * roadmap (2.4 MB), while it bounds the compile (linear, but micromark reads only ~100 KB of dense markdown per
 * CPU second); a 50 MB file took minutes and gigabytes before failing.
 */
export const MAX_ROADMAP_BYTES = 4 * 1024 * 1024;

/**
 * Deepest nesting of lists, quotes, links or emphasis: 100, markdown-it's default `maxNesting`. The real roadmaps
 * nest 4 levels at most; micromark's cost grows with depth times length (a list 300 levels deep took seconds,
 * 2,000 nested images minutes), and 100 keeps the tree shallow enough for any recursion over it.
 */
export const MAX_NESTING = 100;

/** UTF-8 size of a string, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : c >= 0xdc00 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/**
 * Most emphasis marks and brackets in one paragraph: 1,000. micromark pairs them in time that grows with their
 * square (20,000 `a* ` in one paragraph ran for minutes); the real roadmaps have at most 36 in a paragraph.
 */
export const MAX_MARKS_PER_PARAGRAPH = 1000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function tooLargeProblem(file: string, bytes: number): Problem {
  return {
    file,
    line: 1,
    severity: 'error',
    message: `file is ${mb(bytes)}; a roadmap may be at most ${mb(MAX_ROADMAP_BYTES)}: split it into several files`,
  };
}

export function hostileLineProblem(file: string, found: HostileLine): Problem {
  const message =
    found.kind === 'deep'
      ? `nesting deeper than ${MAX_NESTING} levels (lists, quotes, links or emphasis): flatten it`
      : `more than ${MAX_MARKS_PER_PARAGRAPH} emphasis marks or brackets in one paragraph: split it with blank lines`;
  return { file, line: found.line, severity: 'error', message };
}

export const tooDeepProblem = (file: string, line: number): Problem => hostileLineProblem(file, { line, kind: 'deep' });

/**
 * Safety net after parsing: the line of the first node nested more than 4 × MAX_NESTING deep in the tree (a list
 * level is two nodes, list and item), walked with an explicit stack. Null when the tree is shallow enough for the
 * compiler's recursive walks.
 */
export function findTooDeepNode(root: Root): number | null {
  const stack: { node: Nodes; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > 4 * MAX_NESTING) return node.position?.start.line ?? 1;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, depth: depth + 1 });
  }
  return null;
}

/** Thrown out of the outline walk when markdown fences nested in markdown fences would re-parse the file over and over. */
export class NestedFenceLimit extends Error {
  constructor(readonly line: number) {
    super('markdown fences nested too deep');
  }
}

/**
 * The parser for markdown inside ```markdown fences, with a budget: each nesting level parses its text once more,
 * so fences nested hundreds deep would cost hundreds of passes over the file. Twice the file's length covers notes
 * fenced two deep; beyond that the fence is refused at its line.
 */
export function budgetedParser(source: string, parse: (text: string) => Root): (text: string) => Root {
  let budget = 2 * source.length + 4096;
  return (text) => {
    budget -= text.length;
    if (budget < 0) {
      // The fence's line is not passed in: find its first line of text in the file (line 1 if not found).
      const firstLine = text.split('\n', 1)[0]!.trim();
      const at = firstLine ? source.indexOf(firstLine) : -1;
      let line = 1;
      for (let i = 0; i < at; i++) if (source.charCodeAt(i) === 10) line++;
      throw new NestedFenceLimit(Math.max(1, line - 1)); // the fence opens on the line above its text
    }
    return parse(text);
  };
}
