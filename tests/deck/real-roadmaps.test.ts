// The five real roadmaps compile cleanly into decks a learner can read on a phone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRoadmap, deckSchema, explainDeckProblem, type CompileResult } from '../../src/core/deck/index.ts';
import { DECKS, RESIDUE } from './helpers.ts';

const files = readdirSync(DECKS).filter((f) => f.endsWith('.md')).sort();
const results = new Map<string, CompileResult>(files.map((f) => [f, compileRoadmap(readFileSync(join(DECKS, f), 'utf8'), f)]));

describe.each(files)('%s', (file) => {
  const result = results.get(file)!;
  const deck = result.deck!;

  it('compiles with no errors into a deck the shared schema accepts', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(explainDeckProblem(deck)).toBeNull();
    expect(deck.cards.length).toBeGreaterThan(20);
  });

  it('has no markdown residue on any card and backs of at most ~400 characters', () => {
    for (const card of deck.cards) {
      expect(card.front, card.id).not.toMatch(RESIDUE);
      expect(card.back, card.front).not.toMatch(RESIDUE);
      expect(card.back.length, card.front).toBeLessThanOrEqual(400);
    }
  });

  it('keeps cards in roadmap order with unique ids and sections that exist', () => {
    const lines = deck.cards.map((c) => c.source.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(new Set(deck.cards.map((c) => c.id)).size).toBe(deck.cards.length);
    const sections = new Map(deck.sections.map((s) => [s.id, s]));
    for (const card of deck.cards) expect(sections.get(card.sectionId)?.path).toEqual(card.section);
  });

  it('leaves at most a few sections without cards, each reported with its line', () => {
    const empty = result.stats.emptySections;
    // Template-only headings (📝 …模板) have nothing to study by design; any other empty section is a miss.
    expect(empty.filter((s) => s.reason !== '模板').length).toBeLessThanOrEqual(2);
    const warned = result.problems.filter((p) => p.message.includes('yielded no cards')).map((p) => p.line);
    expect(warned).toEqual(empty.map((s) => s.line));
  });
});

describe('the roadmaps as a whole', () => {
  it('find the ~1,000 `• 术语：解释` definitions of python-roadmap.md', () => {
    const python = results.get('python-roadmap.md')!;
    expect(python.stats.byKind.definition).toBeGreaterThanOrEqual(1000);
    expect(python.deck!.title).toBe('2、Python学习路线');
  });

  it('cover every card kind the roadmaps contain', () => {
    const kinds = new Set([...results.values()].flatMap((r) => r.deck!.cards.map((c) => c.kind)));
    expect([...kinds].sort()).toEqual(['definition', 'list', 'self-check', 'sequence', 'table-row']);
  });

  it('list exactly the sections left without cards, and why', () => {
    const empty = [...results].flatMap(([file, r]) => r.stats.emptySections.map((s) => `${file}:${s.line} ${s.title} (${s.reason})`));
    expect(empty).toEqual([
      'go-backend-advanced.md:3 从 CRUD 新手到架构师的知识架构成长路径 (no definitions, lists, tables or checklists under it)',
      'go-backend-advanced.md:798 📝 每周学习检查点 (模板)',
      // Its only prose is the roadmap's closing remark (这样的学习计划既保持了系统性…), not an explanation of the heading.
      'go-backend-advanced.md:1498 📝 管理实践模板 (模板)',
      'python-roadmap.md:4 📚 目录 (只有目录链接)',
    ]);
  });

  it('rejects a broken deck with the shared schema', () => {
    const deck = structuredClone(results.get('go-career-paths.md')!.deck!);
    expect(deckSchema.safeParse(deck).success).toBe(true);
    (deck.cards[0] as { front: string }).front = '';
    expect(explainDeckProblem(deck)).toMatch(/^cards\.0\.front/);
    const noSource = structuredClone(results.get('go-career-paths.md')!.deck!) as unknown as { cards: { source?: unknown }[] };
    delete noSource.cards[1]!.source;
    expect(explainDeckProblem(noSource)).toMatch(/^cards\.1\.source/);
  });
});
