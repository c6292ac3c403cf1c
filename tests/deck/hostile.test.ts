// Hostile roadmaps (issue 13): huge, deep or oddly broken files give a deck or `file:line` problems, never a crash or a hang.
import { describe, expect, it } from 'vitest';
import { buildDeckIndexEntry, compileRoadmap, type Deck } from '../../src/core/deck/index.ts';
import { contentHashOf } from '../../src/core/deck/ids.ts';
import { MAX_NESTING } from '../../src/core/deck/limits.ts';
import * as hostile from '../../scripts/hostile-roadmaps.ts';

/** The one error a refused roadmap gets: where, and what. */
function refusal(text: string) {
  const result = compileRoadmap(text, 'hostile.md');
  expect(result.deck).toBeNull();
  const errors = result.problems.filter((p) => p.severity === 'error');
  expect(errors).toHaveLength(1);
  return { line: errors[0]!.line, message: errors[0]!.message };
}
const TOO_DEEP = `nesting deeper than ${MAX_NESTING} levels (lists, quotes, links or emphasis): flatten it`;

describe('deck index of a huge deck', { timeout: 120_000 }, () => {
  it('hashes 100,000 sections and 100,000 cards without overflowing the stack, as contentHashOf does for small ones', () => {
    const small = compileRoadmap('# 小\n\n## 并发\n\n- goroutine：轻量级线程\n', 'small.md').deck!;
    const parts = [small.title, ...small.sections.map((s) => `${s.id}:${s.title}`), ...small.cards.map((c) => `${c.id}:${c.contentHash}:${c.role ?? ''}`)];
    expect(buildDeckIndexEntry(small).contentHash).toBe(contentHashOf(...parts));

    const sections = Array.from({ length: 100_000 }, (_, i) => ({ ...small.sections[0]!, id: `big.s${i}`, title: `第 ${i} 节` }));
    const cards = Array.from({ length: 100_000 }, (_, i) => ({ ...small.cards[0]!, id: `big.c${i}` }));
    const big: Deck = { ...small, id: 'big', slug: 'big', sections, cards };
    const entry = buildDeckIndexEntry(big);
    expect(entry.sectionCount).toBe(100_000);
    expect(entry.cardCount).toBe(100_000);
    expect(entry.contentHash).toMatch(/^[a-z0-9]{11}$/);
  });
});

describe('line endings', { timeout: 120_000 }, () => {
  const LF = [
    '---',
    'title: 换行测试',
    '---',
    '## 并发',
    '',
    '```',
    '核心概念：',
    '• goroutine：轻量级线程',
    '• channel：通信管道',
    '```',
    '',
    '- select：多路复用',
    '',
  ].join('\n');
  const summary = (deck: Deck) => ({ title: deck.title, cards: deck.cards.map((c) => [c.id, c.front, c.back, c.source.line]) });

  it('reads a CR-only roadmap as lines: its fenced block keeps its cards, ids and line numbers', () => {
    const lf = compileRoadmap(LF, 'eol.md').deck!;
    expect(lf.cards.map((c) => c.back)).toEqual(expect.arrayContaining(['轻量级线程', '通信管道']));
    const cr = compileRoadmap(LF.replace(/\n/g, '\r'), 'eol.md').deck!;
    expect(summary(cr)).toEqual(summary(lf));
  });

  it('reads mixed CR, LF and CRLF endings as the same lines', () => {
    // In this order a CR is never followed by an LF ending, which would read as one CRLF.
    const endings = ['\n', '\r', '\r\n'];
    let i = 0;
    const mixed = LF.replace(/\n/g, () => endings[i++ % 3]!);
    expect(summary(compileRoadmap(mixed, 'eol.md').deck!)).toEqual(summary(compileRoadmap(LF, 'eol.md').deck!));
  });
});

describe('nesting', { timeout: 120_000 }, () => {
  it('reports a list nested 1,000 levels on one line at that line', () => {
    expect(refusal(hostile.listNestedOnOneLine(1000))).toEqual({ line: 5, message: TOO_DEEP });
  });

  it('reports 5,000 nested blockquotes on one line at that line', () => {
    expect(refusal(hostile.quotesNestedOnOneLine(5000))).toEqual({ line: 5, message: TOO_DEEP });
  });

  it('reports the first line past the limit of quotes and lists nested one level per line', () => {
    // Four lines of title and heading, then one level per line: level 101 is on line 105.
    expect(refusal(hostile.quotesNestedPerLine(1000))).toEqual({ line: 105, message: TOO_DEEP });
    expect(refusal(hostile.listNestedPerLine(400))).toEqual({ line: 105, message: TOO_DEEP });
  });

  it('refuses 5,000 levels one per line (25 MB) by its size, without parsing it', () => {
    const { line, message } = refusal(hostile.listNestedPerLine(5000));
    expect(line).toBe(1);
    expect(message).toMatch(/^file is 23\.9 MB; a roadmap may be at most 4\.0 MB: split it into several files$/);
  });

  it('reports images and emphasis nested 2,000 deep, which took micromark seconds to minutes', () => {
    expect(refusal(hostile.imagesNestedOnOneLine(2000))).toEqual({ line: 5, message: TOO_DEEP });
    expect(refusal(hostile.emphasisNested(2000))).toEqual({ line: 5, message: TOO_DEEP });
  });

  it('compiles what stays within the limit: 99 levels of lists, quotes, images and emphasis', () => {
    for (const text of [
      hostile.listNestedPerLine(99),
      hostile.quotesNestedPerLine(99),
      hostile.listNestedOnOneLine(99),
      hostile.imagesNestedOnOneLine(99),
      hostile.emphasisNested(99),
    ]) {
      const result = compileRoadmap(text, 'deep.md');
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(result.deck).not.toBeNull();
    }
    expect(compileRoadmap(hostile.listNestedPerLine(99), 'deep.md').deck!.cards.length).toBeGreaterThan(0);
  });

  it('takes no long thematic break, marker-less indentation or fenced code for nesting', () => {
    const text = ['# 不深', '', '## 节', '', '- 术语：解释', '', '- '.repeat(300), '', `${' '.repeat(400)}缩进的代码`, '', '```', '>'.repeat(300), '```', ''].join('\n');
    const result = compileRoadmap(text, 'shallow.md');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.deck!.cards.map((c) => c.back)).toContain('解释');
  });

  it('reads markdown fences nested three deep, and refuses two hundred at a fence line', () => {
    const three = compileRoadmap(hostile.markdownFencesNested(3), 'fences.md').deck!;
    expect(three.cards.map((c) => c.back)).toContain('解释');
    const { line, message } = refusal(hostile.markdownFencesNested(200));
    expect(message).toBe('markdown fences nested too deep: keep markdown fences at most two deep');
    expect(hostile.markdownFencesNested(200).split('\n')[line - 1]).toMatch(/^`{3,}markdown$/);
  });
});

describe('marks in one paragraph', { timeout: 120_000 }, () => {
  it('reports a paragraph of 20,000 unpaired emphasis marks at its line, which micromark took minutes over', () => {
    expect(refusal(hostile.unpairedMarks(20_000))).toEqual({
      line: 5,
      message: 'more than 1000 emphasis marks or brackets in one paragraph: split it with blank lines',
    });
  });

  it('counts no marks in fenced code, nor across list items: a long code block and a long bold list compile', () => {
    const code = `# 代码\n\n- 索引：下标\n\n\`\`\`python\n${'grid[i][j] = a[i] * b[j]\n'.repeat(500)}\`\`\`\n`;
    expect(compileRoadmap(code, 'code.md').deck).not.toBeNull();
    const bold = `# 粗体\n\n${Array.from({ length: 600 }, (_, i) => `- **术语${i}**：解释`).join('\n')}\n`;
    expect(compileRoadmap(bold, 'bold.md').deck!.cards.length).toBeGreaterThan(0);
  });
});
