// A back that is a syllabus phrase (时序数据库的特点和应用) is reference: in the deck, out of daily review, same id.
import { describe, expect, it } from 'vitest';
import { isSyllabusBack } from '../../src/core/deck/syllabus.ts';
import { cardWithFront, deckOf } from './helpers.ts';

// go-backend-advanced.md, 第二阶段 › 知识框架 and 第一阶段 › 技术工具, as written there.
const GO = [
  '# R',
  '',
  '## 第二阶段：数据库架构',
  '',
  '**知识框架：**',
  '',
  '- **RDBMS 深入**：PostgreSQL/MySQL 的内核机制',
  '- **NoSQL 生态**：文档、列式、图数据库的选择',
  '- **时序数据**：时序数据库的特点和应用',
  '- **数据建模**：不同场景下的数据建模策略',
  '',
  '#### 🔧 技术工具',
  '',
  '- **性能分析**：pprof、trace、benchmark、AI 性能分析',
  '- **Web 框架对比**：GoFrame vs Gin vs Echo 的优劣',
  '',
].join('\n');

// python-roadmap.md, 多态性实现 and 列表优化技巧, as written there.
const PYTHON = ['# R', '', '## 面向对象', '', '```', '多态性实现：', '• 鸭子类型：如果它走起来像鸭子，叫起来像鸭子...', '• 泛型编程：TypeVar、Generic的使用', '', '列表优化技巧：', '• 排序算法：sort()与sorted()的选择', '• 二分查找：bisect模块的应用', '```', ''].join('\n');

describe('definitions whose back is a syllabus phrase', () => {
  const go = deckOf(GO, 'go-backend-advanced.md');

  it('are reference when the phrase only restates the term or asks a comparison without its verdict (go-backend-advanced)', () => {
    for (const term of ['时序数据', '数据建模', 'Web 框架对比']) {
      expect(cardWithFront(go, `「${term}」是什么？`).role, term).toBe('reference');
    }
    // Their neighbours say what the thing is: still concepts.
    for (const term of ['RDBMS 深入', 'NoSQL 生态', '性能分析']) expect(cardWithFront(go, `「${term}」是什么？`).role, term).toBe('concept');
  });

  it('keep their ids: only the role changes', () => {
    const rewritten = deckOf(GO.replace('时序数据库的特点和应用', '按时间索引的写多读少数据，InfluxDB、TimescaleDB'), 'go-backend-advanced.md');
    const before = cardWithFront(go, '「时序数据」是什么？');
    const after = cardWithFront(rewritten, '「时序数据」是什么？');
    expect(after.role).toBe('concept');
    expect(after.id).toBe(before.id);
  });

  it('stay concepts when the phrase names something new (python-roadmap: TypeVar、Generic的使用, bisect模块的应用)', () => {
    const py = deckOf(PYTHON, 'python-roadmap.md');
    for (const term of ['泛型编程', '二分查找', '排序算法']) expect(cardWithFront(py, `「${term}」是什么？`).role, term).toBe('concept');
  });

  it('need the syllabus ending: a prefix alone can be the answer (python-roadmap: 环境隔离：不同环境的配置分离)', () => {
    expect(isSyllabusBack('环境隔离', '配置管理系统', '不同环境的配置分离')).toBe(false);
    expect(isSyllabusBack('嵌套上下文', '上下文管理器', '多个上下文管理器的使用')).toBe(true);
  });
});
