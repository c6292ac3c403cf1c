// Turn recognised items and table rows into card drafts: definitions, list recall, self-checks, Q&A, table rows.
import { itemWords, type Concept } from './concept.ts';
import type { CardDraft, GroupLabel, ItemLike } from './drafts.ts';
import { cleanLabel } from './inline.ts';
import type { Problem } from './problems.ts';

export interface Emitter {
  readonly file: string;
  readonly problems: Problem[];
  section(line: number): number;
  sectionTitle(index: number): string;
  add(draft: CardDraft): CardDraft;
}

interface EmitOptions {
  /** Also emit a "what belongs to this group?" card. */
  listCard: boolean;
}

function labelOf(concept: Concept): string {
  return cleanLabel(concept.type === 'definition' || concept.type === 'mapping' ? concept.term : itemWords(concept));
}

export function emitItems(
  em: Emitter,
  items: readonly ItemLike[],
  group: GroupLabel | null,
  ordered: boolean,
  line: number,
  options: EmitOptions,
): void {
  const section = em.section(line);
  const sectionTitle = em.sectionTitle(section);
  // `方向`, `优势` alone say little; the section they sit in makes the question answerable.
  const context = !group
    ? sectionTitle
    : group.text.length <= 2 && group.text !== sectionTitle
      ? `${group.parent ?? sectionTitle} · ${group.text}`
      : /[，。；,;]/u.test(group.text) && group.text.length > 16
        ? sectionTitle
        : group.text;
  const groupKey = group ? (group.key ?? group.text) : '';
  const base = { section, context, groupKey, ...(group?.parent ? { parentContext: group.parent } : {}) };
  const entries: string[] = [];
  let onlyTerms = true;
  let onlyShortGroups = true;
  // A lone `A → B` in prose is a step, not one of a set of rules to recall.
  const mappings = items.filter((it) => it.concept.type === 'mapping').length;

  for (const item of items) {
    const c = item.concept;
    const words = itemWords(c);
    if (item.checked !== null) {
      if (words) em.add({ ...base, kind: 'self-check', line: item.line, subject: words, prompt: words });
      continue;
    }
    if (c.type === 'question') {
      const answer = item.children.map((child) => itemWords(child.concept)).filter(Boolean);
      if (answer.length > 0) {
        em.add({ ...base, kind: 'qa', line: item.line, subject: c.question, prompt: c.question, answer: answer.join('\n') });
        continue;
      }
      // A question with no answer is a prompt to think about: the learner grades themself.
      em.add({ ...base, kind: 'self-check', line: item.line, subject: c.question, prompt: c.question });
      continue;
    }
    if (!(item.children.length > 0 && words.length <= 4)) onlyShortGroups = false;
    if (c.type === 'definition' || (c.type === 'mapping' && mappings >= 2)) {
      em.add({
        ...base,
        kind: 'definition',
        line: item.line,
        subject: c.term,
        term: cleanLabel(c.term),
        explanation: c.explanation,
        ...(c.type === 'mapping' ? { arrow: true } : {}),
      });
      if (c.type === 'mapping') onlyTerms = false;
      entries.push(c.type === 'definition' ? cleanLabel(c.term) : words);
    } else if (c.type === 'steps') {
      em.add({ ...base, kind: 'sequence', line: item.line, subject: words, items: c.items, context });
      entries.push(words);
      onlyTerms = false;
    } else if (words) {
      entries.push(words);
      onlyTerms = false;
    }
    if (item.children.length > 0) {
      // A short value stays in the shown label (`Week 1-2: 《书》`) but not in the children's ids.
      const full = c.type === 'definition' && c.explanation.length <= 40 ? cleanLabel(`${c.term}：${c.explanation}`) : labelOf(c);
      const sub: GroupLabel = { text: full, line: item.line, key: labelOf(c), parent: context };
      emitItems(em, item.children, sub, item.childrenOrdered, item.line, options);
    }
  }

  const worthAsking = (entries.length >= 2 || (entries.length === 1 && !onlyTerms)) && !onlyShortGroups;
  if (options.listCard && worthAsking) {
    const itemLines = items.map((item) => item.line);
    em.add({ ...base, kind: ordered ? 'sequence' : 'list', line: group?.line ?? line, subject: groupKey, items: entries, itemLines });
  }
}

export function emitTable(
  em: Emitter,
  rows: readonly string[][],
  lines: readonly number[],
  group: GroupLabel | null,
  line: number,
): void {
  const [header, ...body] = rows;
  if (!header || body.length === 0) return;
  const section = em.section(line);
  const context = group ? group.text : em.sectionTitle(section);
  const headers = header.map((h, i) => cleanLabel(h) || `第 ${i + 1} 列`);
  const groupKey = `${group?.text ?? ''}|${headers[0] ?? ''}`;

  if (headers.length === 1) {
    const values = body.map((r) => r[0] ?? '').filter(Boolean);
    if (values.length > 0) em.add({ section, context: headers[0]!, groupKey, kind: 'list', line, subject: headers[0]!, items: values });
    return;
  }
  body.forEach((row, i) => {
    const rowLine = lines[i + 1] ?? line;
    if (row.length !== header.length) {
      em.problems.push({
        file: em.file,
        line: rowLine,
        severity: 'warning',
        message:
          row.length < header.length
            ? `table row has ${row.length} cells but the header has ${header.length}: cells are matched to headers from the left and the missing ones left empty — check that no column shifted`
            : `table row has ${row.length} cells but the header has ${header.length}: the extra cells are shown as "补充"`,
      });
    }
    const key = row[0] ?? '';
    const cells = row.map((value, c) => ({ header: headers[c] ?? '补充', value }));
    const rest = cells.slice(1).filter((cell) => cell.value.length > 0);
    if (key.length === 0 || rest.length === 0) return;
    em.add({ section, context, groupKey, kind: 'table-row', line: rowLine, subject: key, headerCells: cells });
  });
}
