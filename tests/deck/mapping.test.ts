// A term whose value names its tools is asked as a mapping (「监控指标」用什么实现？), from excerpts of the real roadmaps.
import { describe, expect, it } from 'vitest';
import { mappingQuestion, namesTools } from '../../src/core/deck/mapping.ts';
import { buildChoiceQuestion } from '../../src/core/quiz/choice-question.ts';
import { seededRng } from '../../src/core/quiz/rng.ts';
import { deckOf } from './helpers.ts';

// python-roadmap.md md:786-790 and md:1482, go-python-backend.md md:66-72 (a two-column table), golang-web-backend md:58.
const roadmap = [
  '# P', '', '## FastAPI', '', '```', '性能优化技术：', '• 连接池：数据库连接池配置', '• 并发限制：限制并发请求数量', '• 资源管理：上下文管理器使用',
  '• 监控指标：Prometheus集成', '• 数据验证：Pydantic模型验证', '• 依赖注入：Depends()函数', '```', '', '## 日志', '', '```', '日志设计原则：',
  '• 日志级别：DEBUG、INFO、WARNING、ERROR、CRITICAL', '• 结构化日志：JSON格式、字段标准化', '• 性能对比：dict vs list', '```', '',
  '## 阶段五', '', '| 内容 | 技术 |', '|------|------|', '| 向量搜索 | FAISS、Weaviate、Qdrant |', '| 统一网关管理 | Go 网关服务，路由不同 Python 模块服务 |', '',
  '## 性能优化', '', '- 压力测试：ab、wrk、JMeter', '- Tornado：异步Web框架', '',
].join('\n');

describe('a term whose value names the tools for it', () => {
  const deck = deckOf(roadmap, 'p.md');
  const front = (term: string) => deck.cards.find((c) => c.term === term || c.cells?.[0]?.value === term)!.front;

  it('asks what implements it, not what it is', () => {
    expect(front('监控指标')).toBe('「性能优化技术」中的「监控指标」用什么实现？');
    expect(front('依赖注入')).toBe('「性能优化技术」中的「依赖注入」用什么实现？');
    expect(front('压力测试')).toBe('「性能优化」中的「压力测试」用什么实现？');
  });

  it('asks for the members of a kind (日志级别 → DEBUG、INFO…)', () => {
    expect(front('日志级别')).toBe('「日志设计原则」中的「日志级别」有哪些？');
  });

  it('asks a two-column table row of a need and its tools the same way, whatever the header', () => {
    expect(front('向量搜索')).toBe('「向量搜索」用什么实现？');
    expect(front('统一网关管理')).toBe('「统一网关管理」的技术？');
  });

  it('keeps 是什么 for definitions, comparisons and English names explained in Chinese', () => {
    expect(front('连接池')).toBe('「性能优化技术」中的「连接池」是什么？');
    expect(front('结构化日志')).toBe('「日志设计原则」中的「结构化日志」是什么？');
    expect(front('性能对比')).toBe('「日志设计原则」中的「性能对比」是什么？');
    expect(front('Tornado')).toBe('「性能优化」中的「Tornado」是什么？');
  });

  it('keeps each card’s id: only the question changes', () => {
    const plain = deckOf(roadmap.replace('• 监控指标：Prometheus集成', '• 监控指标：QPS 和延迟'), 'p.md');
    const id = (d: typeof deck) => d.cards.find((c) => c.term === '监控指标')!.id;
    expect(id(plain)).toBe(id(deck));
    expect(plain.cards.find((c) => c.term === '监控指标')!.front).toBe('「性能优化技术」中的「监控指标」是什么？');
  });

  it('is asked the same way in a drill’s multiple choice', () => {
    const card = deck.cards.find((c) => c.term === '监控指标')!;
    const question = buildChoiceQuestion(card, deck.cards, seededRng(1), { variant: 'term-to-explanation' });
    expect(question?.prompt).toBe('「性能优化技术」中的「监控指标」用什么实现？');
  });
});

describe('namesTools', () => {
  it('accepts libraries, calls, commands and files with a generic suffix, and refuses prose and comparisons', () => {
    expect(['Celery集成', 'select_related、prefetch_related', 'requirements.txt、poetry', 'asyncio.wait_for()', 'Terraform, Pulumi。'].every(namesTools)).toBe(true);
    expect(['限制并发请求数量', 'dict vs OrderedDict vs list', 'O(1)、O(log n)', 'SAST（Semgrep、CodeQL）'].some(namesTools)).toBe(false);
    expect(mappingQuestion('Tornado', 'asyncio')).toBeNull();
  });
});
