// A small hand-made deck in the compiled format (validated by the shared schema), shaped like the real roadmaps.
import { deckSchema, type Card, type Deck } from '../../src/core/deck/schema.ts';
import * as z from 'zod/mini';

type CardInit = Omit<Card, 'id' | 'sectionId' | 'source' | 'contentHash' | 'front' | 'back'> &
  Partial<Pick<Card, 'front' | 'back'>> & { id: string; sectionId: string; line: number };

export function card(init: CardInit): Card {
  const { line, ...rest } = init;
  const front = init.front ?? init.term ?? init.label ?? init.cells?.[0]?.value ?? init.id;
  const back = init.back ?? init.explanation ?? init.items?.join('\n') ?? init.id;
  return { ...rest, front, back, source: { file: 'hand.md', line }, contentHash: `h-${init.id}` };
}

const concurrency = ['第一阶段', '并发编程'];
const memory = ['第一阶段', '内存管理'];
const lonely = ['第一阶段', '错误处理'];
const storage = ['第二阶段', '数据库'];

export const handCards: Card[] = [
  card({ id: 'hand.d1', kind: 'definition', section: concurrency, sectionId: 'hand.s-conc', line: 3, term: 'goroutine', explanation: 'Go 运行时管理的轻量级线程' }),
  card({ id: 'hand.d2', kind: 'definition', section: concurrency, sectionId: 'hand.s-conc', line: 4, term: 'channel', explanation: 'goroutine 之间传递数据的管道' }),
  card({ id: 'hand.d3', kind: 'definition', section: concurrency, sectionId: 'hand.s-conc', line: 5, term: 'select', explanation: '同时等待多个通道操作' }),
  card({ id: 'hand.d4', kind: 'definition', section: concurrency, sectionId: 'hand.s-conc', line: 6, term: 'sync.Mutex', explanation: '互斥锁，保护共享数据' }),
  // The same term defined again elsewhere: its explanation must never be a distractor for d1.
  card({ id: 'hand.d5', kind: 'definition', section: memory, sectionId: 'hand.s-mem', line: 9, term: 'Goroutine', explanation: '用户态协程，初始栈 2KB' }),
  card({ id: 'hand.d6', kind: 'definition', section: memory, sectionId: 'hand.s-mem', line: 10, term: 'GC', explanation: '三色标记并发垃圾回收' }),
  card({ id: 'hand.d7', kind: 'definition', section: memory, sectionId: 'hand.s-mem', line: 11, term: '逃逸分析', explanation: '编译器决定变量分配在栈还是堆' }),
  // A one-card section: multiple choice must borrow from its stage.
  card({ id: 'hand.d8', kind: 'definition', section: lonely, sectionId: 'hand.s-err', line: 14, term: 'errors.Is', explanation: '判断错误链中是否包含目标错误' }),
  card({ id: 'hand.d9', kind: 'definition', section: storage, sectionId: 'hand.s-db', line: 20, term: '索引', explanation: '加速查询的数据结构，常用 B+ 树' }),
  card({ id: 'hand.d10', kind: 'definition', section: storage, sectionId: 'hand.s-db', line: 21, term: '事务', explanation: '一组要么全成功要么全失败的操作' }),
  card({ id: 'hand.l1', kind: 'list', section: concurrency, sectionId: 'hand.s-conc', line: 7, label: '并发原语', items: ['goroutine', 'channel', 'select', 'sync 包'] }),
  card({ id: 'hand.l2', kind: 'list', section: memory, sectionId: 'hand.s-mem', line: 12, label: '内存优化', items: ['对象池 sync.Pool', '减少逃逸', '预分配切片'] }),
  card({ id: 'hand.l3', kind: 'list', section: storage, sectionId: 'hand.s-db', line: 22, label: 'NoSQL 数据库', items: ['Redis', 'MongoDB', 'Elasticsearch'] }),
  // "Redis Stream" overlaps X's "Redis": it must not be offered as a distractor for l3.
  card({ id: 'hand.l4', kind: 'list', section: storage, sectionId: 'hand.s-db', line: 23, label: '消息中间件', items: ['Kafka', 'RabbitMQ', 'Redis Stream', 'channel'] }),
  card({ id: 'hand.t1', kind: 'table-row', section: storage, sectionId: 'hand.s-db', line: 30, cells: [{ header: '目标', value: '熟练 Django' }, { header: '内容', value: '注册登录、JWT认证' }, { header: '工具', value: 'Django REST Framework' }] }),
  card({ id: 'hand.t2', kind: 'table-row', section: storage, sectionId: 'hand.s-db', line: 31, cells: [{ header: '目标', value: '理解模型' }, { header: '内容', value: '一对多、多对多' }, { header: '工具', value: 'PostgreSQL' }] }),
  card({ id: 'hand.t3', kind: 'table-row', section: storage, sectionId: 'hand.s-db', line: 32, cells: [{ header: '目标', value: '简单部署' }, { header: '内容', value: 'gunicorn + nginx 启动服务' }, { header: '工具', value: 'supervisor' }] }),
  card({ id: 'hand.c1', kind: 'self-check', section: concurrency, sectionId: 'hand.s-conc', line: 40, front: '能解释 goroutine 调度原理', back: '能解释 goroutine 调度原理' }),
  card({ id: 'hand.q1', kind: 'qa', section: memory, sectionId: 'hand.s-mem', line: 41, front: 'GC 何时触发？', back: '堆增长到阈值或定时' }),
];

const section = (id: string, path: string[], parentId: string | null, kind: 'stage' | 'heading', line: number) => ({
  id,
  path,
  title: path[path.length - 1] as string,
  parentId,
  kind,
  line,
  cardCount: handCards.filter((c) => c.sectionId === id).length,
});

export const handDeck: Deck = z.parse(deckSchema, {
  formatVersion: 1,
  id: 'hand',
  slug: 'hand',
  title: 'Hand-made',
  file: 'hand.md',
  sections: [
    section('hand.s-1', ['第一阶段'], null, 'stage', 1),
    section('hand.s-conc', concurrency, 'hand.s-1', 'heading', 2),
    section('hand.s-mem', memory, 'hand.s-1', 'heading', 8),
    section('hand.s-err', lonely, 'hand.s-1', 'heading', 13),
    section('hand.s-2', ['第二阶段'], null, 'stage', 18),
    section('hand.s-db', storage, 'hand.s-2', 'heading', 19),
  ],
  cards: handCards,
});

export const cardById = (id: string): Card => {
  const found = handDeck.cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
};
