// Property: odd-but-valid markdown never crashes the compiler, and whatever it produces is a valid deck.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRoadmap, explainDeckProblem } from '../../src/core/deck/index.ts';

const word = fc.oneof(
  fc.constantFrom('goroutine', '并发编程', 'GMP', '缓存', '🚀', '✅', '**', '`code`', '[链接](./a.md)', '：', ':', ' - ', '→', '|', '├──', '\u00a0', '<!-- x -->', '第二阶段', '1.', '？', '#', '\\', '*'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const text = fc.array(word, { minLength: 0, maxLength: 6 }).map((ws) => ws.join(''));

const line = fc.oneof(
  text.map((t) => t),
  fc.tuple(fc.integer({ min: 1, max: 6 }), text).map(([d, t]) => `${'#'.repeat(d)} ${t}`),
  fc.tuple(fc.constantFrom('- ', '* ', '  - ', '    - ', '1. ', '- [ ] ', '- [x] ', '• ', '> ', '> - '), text, fc.constantFrom('：', ': ', ' - ', ' → ', '')).chain(
    ([bullet, term, sep]) => text.map((rest) => `${bullet}${term}${sep}${rest}`),
  ),
  text.map((t) => `**${t}**`),
  text.map((t) => `**${t}：**`),
  fc.constantFrom('```', '```markdown', '```yaml', '```go', '---', '', '', '| a | b |', '|---|---|', '<!--', '-->'),
  fc.tuple(text, text, text).map(([a, b, c]) => `| ${a} | ${b} | ${c} |`),
  fc.tuple(fc.constantFrom('├── ', '└── ', '│   ├── ', '    └── '), text).map(([g, t]) => `${g}${t}`),
);
const markdown = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('compileRoadmap on random markdown', { timeout: 120_000 }, () => {
  it('never throws; every deck validates, with unique URL-safe ids and existing sections', () => {
    let withCards = 0;
    fc.assert(
      fc.property(markdown, fc.constantFrom('random.md', 'My Notes.txt', '路线.md'), (md, file) => {
        const result = compileRoadmap(md, file);
        for (const p of result.problems) expect(p.line).toBeGreaterThanOrEqual(1);
        if (!result.deck) {
          expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
          return;
        }
        const deck = result.deck;
        if (deck.cards.length > 0) withCards++;
        expect(explainDeckProblem(deck)).toBeNull();
        expect(new Set(deck.cards.map((c) => c.id)).size).toBe(deck.cards.length);
        expect(new Set(deck.sections.map((s) => s.id)).size).toBe(deck.sections.length);
        const sectionIds = new Set(deck.sections.map((s) => s.id));
        for (const s of deck.sections) {
          expect(s.id).toMatch(/^[a-z0-9._-]+$/);
          if (s.parentId !== null) expect(sectionIds.has(s.parentId)).toBe(true);
        }
        for (const c of deck.cards) {
          expect(c.id).toMatch(/^[a-z0-9._-]+$/);
          expect(sectionIds.has(c.sectionId)).toBe(true);
          expect(c.back.length).toBeLessThanOrEqual(400);
        }
      }),
      { numRuns: 300 },
    );
    // The generator must reach the card-making paths, or the property says nothing.
    expect(withCards).toBeGreaterThan(100);
  });

  it('is deterministic: the same text compiles to the same deck', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        expect(compileRoadmap(md, 'a.md')).toEqual(compileRoadmap(md, 'a.md'));
      }),
      { numRuns: 50 },
    );
  });
});
