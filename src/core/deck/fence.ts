// Plain fenced blocks as roadmaps use them: `组名：` groups of `• 术语：解释` lines, `├──` trees, `key: value` lists.
import { parseConcept, type Concept } from './concept.ts';
import { tidy } from './inline.ts';

export interface FenceEntry {
  line: number;
  concept: Concept;
  /** Sub-items of a `├──` tree node. */
  children: FenceEntry[];
}

export interface FenceGroup {
  /** The `组名：` line or tree root above the entries; null for entries with no heading line. */
  label: string | null;
  line: number;
  entries: FenceEntry[];
}

const TREE = /^([\s│|┃]*)(?:├──?|└──?|┣━+|┗━+|\|--|`--|\+--)\s*(.*)$/u;
const BULLET = /^(?:[•·▪●◦‣]|[-*+](?=\s)|\d{1,3}[.)、](?=\s))\s*(.*)$/u;
const COMMENT = /^#+\s+(.*)$/u;

/** `api/   # API服务入口` → `api/（API服务入口）`; markdown residue removed. */
function treeText(raw: string): string {
  const [body, ...comment] = raw.split(/\s#\s*/u);
  const main = tidy(body ?? '').replace(/`/g, '');
  const note = tidy(comment.join(' '));
  return note ? `${main}（${note}）` : main;
}

/** Languages whose fences hold prose-like notes; anything else (go, python, sql…) is code, not cards. */
export function isNoteFence(lang: string | null | undefined): boolean {
  return !lang || /^(?:text|txt|plain|plaintext|yaml|yml|none|markdown|md|tree)$/i.test(lang);
}

export function parseFence(value: string, firstLine: number): FenceGroup[] {
  const groups: FenceGroup[] = [];
  let current: FenceGroup | null = null;
  // The tree nodes currently open, by depth, so a deeper `│   ├──` line nests under its parent.
  let treeStack: FenceEntry[] = [];

  const close = () => {
    if (current && current.entries.length === 0 && current.label) {
      // A lone line with nothing under it is content, not a heading.
      current.entries.push({ line: current.line, concept: parseConcept(current.label), children: [] });
      current.label = null;
    }
    if (current && current.entries.length > 0) groups.push(current);
    current = null;
    treeStack = [];
  };
  const open = (label: string | null, line: number): FenceGroup => {
    close();
    current = { label, line, entries: [] };
    return current;
  };

  const lines = value.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = firstLine + index;
    const text = raw.replace(/\u00a0/g, ' ').trimEnd();
    if (text.trim() === '') {
      close();
      return;
    }
    const tree = TREE.exec(text);
    if (tree) {
      const group = current ?? open(null, line);
      const depth = Math.round((tree[1] ?? '').replace(/\t/g, '    ').length / 4);
      const entry: FenceEntry = { line, concept: parseConcept(treeText(tree[2] ?? '')), children: [] };
      treeStack.length = Math.min(treeStack.length, depth);
      const parent = treeStack[depth - 1];
      if (parent) parent.children.push(entry);
      else group.entries.push(entry);
      treeStack[depth] = entry;
      return;
    }
    const trimmed = text.trim();
    const bullet = BULLET.exec(trimmed);
    if (bullet) {
      const group = current ?? open(null, line);
      group.entries.push({ line, concept: parseConcept(tidy(bullet[1] ?? '')), children: [] });
      return;
    }
    const comment = COMMENT.exec(trimmed);
    if (comment) {
      open(tidy(comment[1] ?? ''), line);
      return;
    }
    const concept = parseConcept(tidy(trimmed));
    if (concept.type === 'label') {
      open(concept.label, line);
    } else if (concept.type === 'definition' || concept.type === 'mapping') {
      (current ?? open(null, line)).entries.push({ line, concept, children: [] });
    } else if (current && current.entries.length > 0 && current.label === null) {
      current.entries.push({ line, concept, children: [] });
    } else {
      // Possibly the root of a `├──` tree that follows; `close` turns it into content if nothing does.
      open(tidy(trimmed).replace(/`/g, ''), line);
    }
  });
  close();
  return groups;
}
