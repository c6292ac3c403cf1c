// Blockquotes, tables and paragraphs belong to the heading they sit under; a closing blockquote sums up the heading above.
import { describe, expect, it } from 'vitest';
import { cardsUnderClosedHeading } from '../../src/core/deck/heading-fit.ts';
import { deckOf } from './helpers.ts';

// golang-web-backend.md md:148-187: a role, its salary sub-heading, then a blockquote summing up the role.
const role = (next: string) =>
  [
    '# Golang Web 后端', '', '# Kubernetes', '', '## 2.云原生开发工程师', '', '### 核心技能要求：', '- 精通 Go: 这是核心开发语言。', '- 容器化: Dockerfile最佳实践。', '',
    '### 薪资水平', '(2024年，年薪范围)：', '- 中级 (3-5年经验)：40万 - 70万人民币', '- 高级 (5-8年经验)：65万 - 110万+人民币', '',
    '> 核心： 云原生应用设计、开发模式、扩展K8s。', '> 技能：', '> - Operator SDK/Kubebuilder精通： 熟练开发健壮的生产级Operator。',
    '> - 深入 client-go: 理解其机制，能高效、正确地与K8s API交互。', '', next, '',
  ].join('\n');

describe('a blockquote closing a heading’s last sub-heading', () => {
  const deck = deckOf(role('## 3.服务网格工程师\n\n### 核心职责：\n- 部署服务网格'), 'k.md');
  const card = (term: string) => deck.cards.find((c) => c.term === term)!;

  it('goes to the heading it sums up, not to the salary it follows', () => {
    expect(card('核心').section).toEqual(['Kubernetes', '2.云原生开发工程师']);
    expect(card('深入 client-go').section).toEqual(['Kubernetes', '2.云原生开发工程师']);
    expect(card('深入 client-go').front).toBe('「2.云原生开发工程师 · 技能」中的「深入 client-go」是什么？');
  });

  it('is then a concept: the role’s core is knowledge, its salary reference', () => {
    expect(card('核心').role).toBe('concept');
    expect(card('中级 (3-5年经验)').role).toBe('reference');
    expect(card('中级 (3-5年经验)').section).toEqual(['Kubernetes', '2.云原生开发工程师', '薪资水平']);
  });

  it('stays under its sub-heading when a sibling sub-heading follows', () => {
    const inside = deckOf(role('### 发展前景： 非常好'), 'k.md');
    expect(inside.cards.find((c) => c.term === '核心')!.section).toEqual(['Kubernetes', '2.云原生开发工程师', '薪资水平']);
    expect(cardsUnderClosedHeading(inside, role('### 发展前景： 非常好'))).toEqual([]);
  });

  it('is measured: a card of it filed under the sub-heading is counted, none in the compiled deck', () => {
    const text = role('## 3.服务网格工程师');
    const compiled = deckOf(text, 'k.md');
    expect(cardsUnderClosedHeading(compiled, text)).toEqual([]);
    const salary = compiled.sections.find((s) => s.title === '薪资水平')!;
    const misfiled = { ...compiled, cards: compiled.cards.map((c) => (c.term === '核心' ? { ...c, sectionId: salary.id } : c)) };
    expect(cardsUnderClosedHeading(misfiled, text).map((c) => c.term)).toEqual(['核心']);
  });
});
