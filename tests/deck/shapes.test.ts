// Each source shape the roadmaps use becomes the right kind of card, with readable Chinese text.
import { describe, expect, it } from 'vitest';
import { cardWithFront, compile, deckOf, fixture, RESIDUE } from './helpers.ts';

describe('definitions', () => {
  it('turns `• 术语：解释` lines in a fence under a bold label into definitions, with no list of their bare terms', () => {
    const deck = deckOf(`# Python\n\n## 1. 🐍 基础\n\n### 1.1 核心\n\n${fixture('python-fence-groups.md')}`);
    const card = cardWithFront(deck, '「数据类型深度理解」中的「基本类型」有哪些？');
    expect(card.kind).toBe('definition');
    expect(card.back).toBe('int、float、str、bool、None');
    expect(card.term).toBe('基本类型');
    expect(card.explanation).toBe('int、float、str、bool、None');
    expect(card.section).toEqual(['1. 🐍 基础', '1.1 核心', '🎯 语言基础掌握要点']);
    // Every item has its own card: a list recalling only their labels would test nothing more.
    expect(deck.cards.filter((c) => c.front.includes('「数据类型深度理解」包括哪些？'))).toEqual([]);
    const terms = deck.cards.filter((c) => c.front.startsWith('「数据类型深度理解」中的')).map((c) => c.term);
    expect(terms).toEqual(['基本类型', '容器类型', '类型系统', '内存模型', '数字系统']);
  });

  it('asks `A → B` rule lines as "A → ？"', () => {
    const deck = deckOf(`# P\n\n## 选型\n\n${fixture('python-fence-groups.md')}`);
    const card = cardWithFront(deck, '「选择原则」：键值映射 → ？');
    expect(card.back).toBe('dict');
  });

  it('reads `term：explanation` list items under a parent item, the parent naming the group', () => {
    const deck = deckOf(fixture('golang-nested-list.md'));
    const card = cardWithFront(deck, '「语言基础」中的「并发编程」是什么？');
    expect(card.back).toBe('goroutine、channel、select、sync包的熟练使用');
    expect(card.section).toEqual(['Golang基础']); // the heading is a link: its text, not the URL
    const plain = cardWithFront(deck, '「标准库掌握」包括哪些？');
    expect(plain.items).toEqual(['net/http、context、datastore/sql', 'encoding/json、fmt、log', 'sync、time、os等']);
  });

  it('reads `**term**：explanation` and `**term** - explanation`, keeping the bold term whole', () => {
    const deck = deckOf(
      [
        '# 计划', '', '## 认证', '', '**Go 语言认证：**', '',
        '- **Go Programming Language (Coursera + Google)** - Go 官方认证',
        "- **Go: The Complete Developer's Guide (Udemy)** - 实战项目认证", '',
        '## 框架', '', '- ✅ **可以继续使用**：GoFrame 是一个功能完整的框架，适合快速开发',
      ].join('\n'),
    );
    expect(cardWithFront(deck, "「Go: The Complete Developer's Guide (Udemy)」").back).toBe('实战项目认证');
    expect(cardWithFront(deck, '「Go Programming Language (Coursera + Google)」').back).toBe('Go 官方认证');
    expect(cardWithFront(deck, '「可以继续使用」').back).toBe('GoFrame 是一个功能完整的框架，适合快速开发');
  });

  it('splits a folded paragraph into its lines (`> 核心： …` then `> 技能：` heading a list)', () => {
    const deck = deckOf(fixture('k8s-role.md'));
    expect(cardWithFront(deck, '「核心」是什么？').back).toBe('稳定性、可观测性、自动化。');
    expect(cardWithFront(deck, '「深入Linux」是什么？').back).toBe('性能调优（perf, bpftrace）、网络抓包分析（tcpdump, Wireshark）');
    // The quote closes the role after its salary sub-heading: its skills are the role's, not the salary's.
    expect(cardWithFront(deck, '「1.Kubernetes 平台工程师 / SRE (站点可靠性工程师) · 技能」中的「IaC大师」是什么？').back).toBe('Terraform（模块化、状态管理最佳实践）');
  });

  it('makes a heading that carries a value into a card, its paragraph joining the answer', () => {
    const deck = deckOf(fixture('k8s-role.md'));
    const card = cardWithFront(deck, '「发展前景」是什么？');
    expect(card.back.startsWith('极好\n随着K8s成为事实标准')).toBe(true);
    expect(card.section.at(-1)).toBe('发展前景');
    const salary = cardWithFront(deck, '「中级 (3-5年经验)」是什么？');
    expect(salary.back).toBe('35万 - 65万人民币');
  });
});

describe('lists, trees and sequences', () => {
  it('turns a `├──` tree in a fence into a list card per root, without tree glyphs', () => {
    const deck = deckOf(`# 路线\n\n${fixture('tree-fence.md')}`);
    const card = cardWithFront(deck, '「Go语言核心」包括哪些？');
    expect(card.items).toEqual(['并发编程（goroutine、channel）', '内存管理（GC、逃逸分析）', '接口设计（interface、泛型）', '性能优化（pprof、benchmark）']);
    expect(card.back).not.toMatch(RESIDUE);
  });

  it('nests deeper tree levels and keeps `# comments` as notes', () => {
    const deck = deckOf('# D\n\n## 结构\n\n```\nsvc/\n├── cmd/\n│   ├── api/      # API服务入口\n│   └── cli/      # 命令行\n└── docs/         # 文档\n```\n');
    expect(cardWithFront(deck, '「svc/」包括哪些？').items).toEqual(['cmd/', 'docs/（文档）']);
    expect(cardWithFront(deck, '「cmd/」').items).toEqual(['api/（API服务入口）', 'cli/（命令行）']);
  });

  it('turns a numbered list into a sequence card numbered 1. 2.', () => {
    const deck = deckOf('# D\n\n## 学习路径\n\n1. 安装 Go\n2. 写 Hello World\n3. 学习 goroutine\n');
    const card = cardWithFront(deck, '「学习路径」依次是什么？');
    expect(card.kind).toBe('sequence');
    expect(card.back).toBe('1. 安装 Go\n2. 写 Hello World\n3. 学习 goroutine');
  });

  it('splits a long group into parts whose backs stay under 400 characters, in order', () => {
    const items = Array.from({ length: 30 }, (_, i) => `第${i + 1}项${'很长的说明文字'.repeat(3)}用于测试拆分`);
    const deck = deckOf(`# D\n\n## 大组\n\n${items.map((item) => `- ${item}`).join('\n')}\n`);
    const parts = deck.cards.filter((c) => c.kind === 'list');
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.back.length).toBeLessThanOrEqual(400);
    expect(parts.flatMap((p) => p.items)).toEqual(items);
    expect(parts.map((p) => p.part?.index)).toEqual(parts.map((_, i) => i + 1));
    expect(new Set(parts.map((p) => p.id)).size).toBe(parts.length);
  });
});

describe('tables', () => {
  it('makes one card per row, each cell named by its header', () => {
    const deck = deckOf(fixture('stage-tables.md'));
    const card = cardWithFront(deck, '「熟练 Django + DRF 开发」的内容、工具/框架？');
    expect(card.kind).toBe('table-row');
    expect(card.back).toBe('内容：注册登录、JWT认证、CRUD、分页、权限\n工具/框架：Django、Django REST Framework');
    expect(card.cells?.[0]).toEqual({ header: '目标', value: '熟练 Django + DRF 开发' });
  });

  it('does not shift a short row silently: warns with the line and labels cells from the left', () => {
    const result = compile(fixture('stage-tables.md'));
    const warnings = result.problems.filter((p) => p.message.includes('table row has 2 cells'));
    expect(warnings.map((w) => w.line)).toEqual([19, 20, 21]);
    const card = cardWithFront(result.deck!, '「实现异步注册/邮件任务」');
    expect(card.back).toBe('内容：Celery + Redis');
  });
});

describe('checklists and questions', () => {
  it('turns `- [ ] 能…` into self-check prompts', () => {
    const deck = deckOf(fixture('stage-checklist.md'));
    const card = cardWithFront(deck, '你能解释 goroutine 调度原理吗？');
    expect(card.kind).toBe('self-check');
    expect(cardWithFront(deck, '自检：项目代码质量达到生产级别标准？').kind).toBe('self-check');
  });

  it('pairs a question item with the answer under it, and asks a bare question as a self-check', () => {
    const deck = deckOf('# D\n\n## 思考\n\n- 为什么用 channel？\n  - 通信代替共享内存\n- OLTP vs OLAP 的架构差异？\n');
    const qa = cardWithFront(deck, '为什么用 channel？');
    expect(qa.kind).toBe('qa');
    expect(qa.back).toBe('通信代替共享内存');
    expect(cardWithFront(deck, '思考：OLTP vs OLAP 的架构差异？').kind).toBe('self-check');
  });
});

describe('sections', () => {
  it('builds stage, chapter, heading and bold-label nodes with a parent chain', () => {
    const deck = deckOf(fixture('stage-checklist.md'));
    const byTitle = new Map(deck.sections.map((s) => [s.title, s]));
    expect(byTitle.get('第一阶段：Go 语言核心架构（2 个月）')?.kind).toBe('stage');
    expect(byTitle.get('知识框架：')?.kind).toBe('label');
    const label = byTitle.get('知识框架：')!;
    expect(label.path).toEqual(['📚 分阶段学习计划详情', '第一阶段：Go 语言核心架构（2 个月）', '🎯 核心架构', '知识框架：']);
    const ids = new Set(deck.sections.map((s) => s.id));
    for (const s of deck.sections) if (s.parentId !== null) expect(ids.has(s.parentId)).toBe(true);
    for (const c of deck.cards) expect(ids.has(c.sectionId)).toBe(true);
  });

  it('treats `8. 🚀 缓存与消息队列` as a chapter and `8.1 …` as a heading', () => {
    const deck = deckOf('# R\n\n## 8. 🚀 缓存与消息队列\n\n### 8.1 缓存技术\n\n- 本地缓存：lru_cache\n');
    expect(deck.sections.map((s) => s.kind)).toEqual(['stage', 'heading']);
  });
});

describe('what is not a card', () => {
  it('skips front matter, the link-only table of contents and HTML comments', () => {
    const result = compile(fixture('front-matter-toc.md'), 'python-roadmap.md');
    const deck = result.deck!;
    expect(deck.title).toBe('2、Python学习路线');
    expect(deck.cards.some((c) => /title|目录|Python基础与进阶语言特性\]/u.test(c.front + c.back))).toBe(false);
    expect(result.stats.emptySections).toEqual([expect.objectContaining({ title: '📚 目录', line: 4 })]);
    const commented = deckOf('# D\n\n## A\n\n<!-- 注释：不是卡片 -->\n\n- 术语：解释\n');
    expect(commented.cards.map((c) => c.front)).toEqual(['「A」中的「术语」是什么？']);
  });

  it('skips template fences (`# Week X: [主题]`) but reads markdown notes fences', () => {
    const template = '```markdown\n# Week X: [主题]\n\n## 今日学习目标\n\n- [ ] 阅读《书名》第 X 章\n```';
    const notes = '```markdown\n# Redis 笔记\n\n## 缓存策略设计\n\n- Cache-Aside vs Write-Through 模式\n- 缓存过期策略选择\n```';
    const deck = deckOf(`# D\n\n## 模板\n\n${template}\n\n## 笔记\n\n${notes}\n`);
    expect(deck.cards.some((c) => c.front.includes('阅读《书名》'))).toBe(false);
    const card = cardWithFront(deck, '「缓存策略设计」包括哪些？');
    expect(card.section).toEqual(['笔记', 'Redis 笔记', '缓存策略设计']);
    expect(card.source.line).toBe(20);
  });

  it('reports an empty heading as a section without cards, with its line', () => {
    const result = compile('# D\n\n## 空的标题\n\n## 有内容\n\n- 术语：解释\n');
    expect(result.problems).toContainEqual(expect.objectContaining({ line: 3, severity: 'warning' }));
  });
});

describe('card text', () => {
  it('keeps inline code as backticks, drops bold and links, shows NBSP as a space', () => {
    const deck = deckOf('# D\n\n## 工具\n\n- **`pprof`**：见 [文档](https://go.dev) 的\u00a0**性能分析**\n');
    const card = cardWithFront(deck, '「`pprof`」');
    expect(card.back).toBe('见 文档 的 性能分析');
  });
});

describe('Q&A pairs', () => {
  it('pairs `Q：…？` with the `A：…` line after it, and a question paragraph with the prose answering it', () => {
    const deck = deckOf('# D\n\n## 面试题\n\nQ：GMP 中的 P 是什么？\nA：逻辑处理器，持有本地运行队列\n\n为什么 map 不是并发安全的？\n\n为了性能，读写不加锁。\n');
    const qa = cardWithFront(deck, 'GMP 中的 P 是什么？');
    expect(qa.kind).toBe('qa');
    expect(qa.back).toBe('逻辑处理器，持有本地运行队列');
    const second = cardWithFront(deck, '为什么 map 不是并发安全的？');
    expect(second.kind).toBe('qa');
    expect(second.back).toBe('为了性能，读写不加锁。');
    expect(deck.cards).toHaveLength(2);
  });
});
