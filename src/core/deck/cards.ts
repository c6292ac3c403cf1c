// Card drafts → the cards a learner sees: Chinese question wording, plain-text backs, long lists split short.
import type { Card } from './schema.ts';
import type { CardDraft } from './drafts.ts';
import { cleanLabel } from './inline.ts';
import { mappingQuestion } from './mapping.ts';

/** A back longer than this is hard to check on a phone; lists are split to stay under it. */
export const MAX_BACK = 400;
const MAX_ITEMS_PER_PART = 10;

export type CardText = Omit<Card, 'id' | 'sectionId' | 'section' | 'source' | 'contentHash'> & { subject: string };

function bracket(text: string): string {
  return `「${text}」`;
}

/** Greedy parts under the length budget, then evened out so no part is a lone straggler. */
export function splitItems(items: readonly string[], render: (chunk: readonly string[], start: number) => string): string[][] {
  if (items.length === 0) return [];
  let count = 1;
  let used = 0;
  let inPart = 0;
  for (const item of items) {
    const cost = item.length + 4;
    if (inPart > 0 && (used + cost > MAX_BACK - 20 || inPart >= MAX_ITEMS_PER_PART)) {
      count++;
      used = 0;
      inPart = 0;
    }
    used += cost;
    inPart++;
  }
  for (let parts = count; parts <= items.length; parts++) {
    const size = Math.ceil(items.length / parts);
    const chunks: string[][] = [];
    for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
    const fits = chunks.every((c, i) => c.length === 1 || render(c, i * size).length <= MAX_BACK);
    if (fits) return chunks;
  }
  return items.map((i) => [i]);
}

/** Cut an over-long answer at a sentence boundary; the full text stays in the roadmap. */
export function clip(text: string, max = MAX_BACK): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const boundary = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'), cut.lastIndexOf('\n'));
  return `${boundary > max * 0.6 ? cut.slice(0, boundary + 1) : cut}…`;
}

function selfCheckFront(prompt: string): string {
  const p = prompt.replace(/[。.]$/u, '');
  if (/[？?]$/u.test(p)) return `思考：${p}`;
  if (/^能/u.test(p)) return `你${p}吗？`;
  return `自检：${p}？`.replace(/？？$/u, '？');
}

/** `anchor` is where a self-check sends the learner back to: the stage or chapter the check belongs to. */
export function wordCard(d: CardDraft, sectionTitle: string, anchor = sectionTitle): CardText[] {
  const context = d.context || sectionTitle;
  switch (d.kind) {
    case 'definition': {
      const term = d.term ?? d.subject;
      const explanation = d.explanation ?? '';
      // `监控指标：Prometheus集成` names what provides the term, not what it is (mapping.ts).
      const ask = mappingQuestion(term, explanation, context) ?? '是什么？';
      const front = d.arrow
        ? `${bracket(context)}：${term} → ？`
        : context === term
          ? `${bracket(term)}${ask}`
          : `${bracket(context)}中的${bracket(term)}${ask}`;
      return [{ kind: 'definition', subject: d.subject, front, back: clip(explanation), term, explanation }];
    }
    case 'list':
    case 'sequence': {
      const items = d.items ?? [];
      const ordered = d.kind === 'sequence';
      const render = (chunk: readonly string[], start: number) =>
        chunk.map((item, i) => (ordered ? `${start + i + 1}. ${item}` : `• ${item}`)).join('\n');
      const parts = splitItems(items, render);
      const question = ordered ? `${bracket(context)}依次是什么？` : `${bracket(context)}包括哪些？`;
      let start = 0;
      return parts.map((chunk, index) => {
        const back = clip(render(chunk, start));
        start += chunk.length;
        const part = parts.length > 1 ? { index: index + 1, count: parts.length } : undefined;
        const front = part ? `${question}（第 ${part.index}/${part.count} 部分，共 ${items.length} 项）` : question;
        return { kind: d.kind, subject: d.subject, front, back, label: context, items: [...chunk], ...(part ? { part } : {}) };
      });
    }
    case 'table-row': {
      const cells = d.headerCells ?? [];
      const [key, ...rest] = cells;
      const shown = rest.filter((c) => c.value.length > 0);
      const keyText = cleanLabel(key?.value ?? d.subject);
      // A two-column row `| 向量搜索 | FAISS、Weaviate |` maps a need to its tools, whatever its header says (内容, 说明).
      const mapping = shown.length === 1 && cells.length === 2 ? mappingQuestion(keyText, shown[0]!.value) : null;
      const front = mapping ? `${bracket(keyText)}${mapping}` : `${bracket(keyText)}的${shown.map((c) => c.header).join('、')}？`;
      const back = clip(shown.map((c) => `${c.header}：${c.value}`).join('\n'));
      return [{ kind: 'table-row', subject: d.subject, front, back, cells }];
    }
    case 'self-check': {
      const prompt = d.prompt ?? d.subject;
      const back = `自我评估：能清楚说出或做到就算记住；没把握就回看${bracket(anchor)}的内容。`;
      return [{ kind: 'self-check', subject: d.subject, front: selfCheckFront(prompt), back, term: prompt }];
    }
    case 'qa':
      return [{ kind: 'qa', subject: d.subject, front: d.prompt ?? d.subject, back: clip(d.answer ?? ''), explanation: d.answer ?? '' }];
  }
}
