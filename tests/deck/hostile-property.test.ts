// Fuzz: deep and wide generated roadmaps never throw; each gives a valid deck or errors at a real `file:line`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRoadmap, explainDeckProblem } from '../../src/core/deck/index.ts';

const word = fc.constantFrom('goroutine', '并发：GMP', '术语：解释', '**粗体**', '`code`', 'x', '？', '[链接](./a.md)', '├── 节点');
/** What opens one more level of nesting: a container at the start of a line, or an inline span inside one. */
const opener = fc.constantFrom('> ', '>', '- ', '* ', '1. ', '  ', '\t', '- [ ] ', '> - ');
const inlineOpen = fc.constantFrom('[', '![', '*', '_', '**', '~~', '(*', '`');
const inlineClose = fc.constantFrom(']', '](u)', '*', '_', '**', '~~', '*)', '`', '');

/** One line nested `depth` times at its start and `spans` times inline, the spans closed or not. */
const deepLine = fc
  .tuple(fc.array(opener, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 300 }), fc.array(inlineOpen, { maxLength: 3 }), fc.integer({ min: 0, max: 300 }), word, inlineClose)
  .map(([prefix, depth, spans, spanDepth, text, close]) => {
    const head = Array.from({ length: depth }, (_, i) => prefix[i % prefix.length]).join('');
    const open = Array.from({ length: spanDepth }, (_, i) => spans[i % Math.max(1, spans.length)] ?? '').join('');
    return `${head}${open}${text}${close.repeat(spanDepth)}`;
  });

/** Depth built one line at a time: each line one level deeper than the one before (a staircase). */
const staircase = fc
  .tuple(opener, fc.integer({ min: 1, max: 300 }), word)
  .map(([step, depth, text]) => Array.from({ length: depth }, (_, k) => `${step.repeat(k)}${step.trim() === '' ? '- ' : ''}${text}${k}`).join('\n'));

/** Markdown fences nested inside each other, a longer fence around a shorter one. */
const nestedFences = fc.integer({ min: 1, max: 60 }).map((depth) => {
  const open = Array.from({ length: depth }, (_, k) => `${'`'.repeat(depth + 3 - k)}markdown\n## 层${k}`);
  const close = Array.from({ length: depth }, (_, k) => '`'.repeat(k + 4));
  return [...open, '- 术语：解释', ...close].join('\n');
});

/** Wide inline: a paragraph of hundreds or thousands of marks, paired or not. */
const wideInline = fc
  .tuple(fc.constantFrom('a* ', 'a*', '*a* ', '[a](b ', '![x] ', 'a_ ', '~a ', '**b** ', '[x]'), fc.integer({ min: 1, max: 3000 }))
  .map(([unit, n]) => unit.repeat(n));

const plainLine = fc.oneof(
  word,
  word.map((w) => `## ${w}`),
  word.map((w) => `- ${w}`),
  fc.constantFrom('', '', '```', '```markdown', '| a | b |', '|---|---|', '<!--', '-->', '---', '[ref]: /u'),
);

/** Wide: thousands of ordinary lines. Deep: a few lines nested hundreds deep among them. */
const roadmap = fc
  .tuple(
    fc.array(fc.oneof({ weight: 6, arbitrary: plainLine }, { weight: 2, arbitrary: deepLine }, { weight: 1, arbitrary: staircase }, { weight: 1, arbitrary: nestedFences }, { weight: 1, arbitrary: wideInline }), {
      maxLength: 30,
    }),
    fc.integer({ min: 0, max: 3000 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([blocks, width, eol]) => {
    const wide = Array.from({ length: width }, (_, i) => (i % 7 === 0 ? `## 节 ${i}` : `- 词${i}：释义`));
    return ['# 模糊路线', ...blocks, ...wide].join('\n').replace(/\n/g, eol);
  });

const KNOWN_ERRORS = [
  /^nesting deeper than 100 levels/,
  /^markdown fences nested too deep/,
  /^more than 1000 emphasis marks or brackets in one paragraph/,
  /^file is [\d.]+ MB; a roadmap may be at most/,
  /^empty file/,
];

describe('compileRoadmap on deep and wide generated roadmaps', { timeout: 600_000 }, () => {
  it('never throws: a valid deck, or errors at a line of the file with a known message', () => {
    let refused = 0;
    let compiled = 0;
    fc.assert(
      fc.property(roadmap, (md) => {
        const lineCount = md.split(/\r\n|\r|\n/).length;
        const result = compileRoadmap(md, 'fuzz.md');
        for (const p of result.problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lineCount);
        }
        const errors = result.problems.filter((p) => p.severity === 'error');
        if (!result.deck) {
          refused++;
          expect(errors.length).toBeGreaterThan(0);
          for (const e of errors) expect(KNOWN_ERRORS.some((known) => known.test(e.message)), e.message).toBe(true);
          return;
        }
        compiled++;
        expect(errors).toEqual([]);
        expect(explainDeckProblem(result.deck)).toBeNull();
      }),
      { numRuns: Number(process.env.HOSTILE_RUNS ?? 60) },
    );
    // Both outcomes must be reached, or the property says nothing about one of them.
    expect(refused).toBeGreaterThan(5);
    expect(compiled).toBeGreaterThan(5);
  });
});
