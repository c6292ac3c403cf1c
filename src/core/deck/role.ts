// A card's role: knowledge worth recalling ("concept") or roadmap furniture kept for browsing ("reference").
import type { CardRole, CardKind } from './schema.ts';
import { cleanLabel } from './inline.ts';
import { isSyllabusBack } from './syllabus.ts';

/*
 * HOW THE ROLE IS DECIDED (from the roadmap's structure and wording, never from line numbers)
 *
 * Daily review and drills take concepts only; reference cards stay in the deck for browsing. A card is
 * reference when the roadmap presents it as one of:
 *   - a plan or schedule: `Week 1-2`, `第 3 周`, `分周实现计划`, `每周任务`, `前 3 个月`, `学习计划/路径/建议/策略`;
 *   - a reading list: `必读书籍`, `学习资源`, `附加资源推荐`, a label naming a book (`《…》`);
 *   - a certification catalogue: `推荐认证课程`, `Go 语言认证：`, a term such as `AWS Certified …`;
 *   - salary and market figures: `薪资水平`, `发展前景`, `市场机会`, a back with `35万 - 65万` or `30K`;
 *   - a folder tree: a list whose label or items are directories (`cmd/`, `internal/`);
 *   - an overview of the stages: a heading naming in parentheses the stages it previews (`基础技术栈（第 1-2 阶段）`,
 *     `进阶阶段（第 3-4 阶段）`): its topic names are what those stages teach in full, card by card;
 *   - a syllabus phrase for a back: `时序数据：时序数据库的特点和应用`, `GoFrame vs Gin vs Echo 的优劣` (syllabus.ts);
 *   - a target: `性能目标`, a project (`项目：DEX 聚合服务`, `阶段实战项目`), a self-check that names a
 *     number or a deliverable (`API 响应时间<100ms？`, `完成 8 周学习笔记？`).
 *
 * The card is read from the inside out, and the first scope that says something decides:
 *   1. the card itself (its term, its back, its items, a self-check's prompt);
 *   2. the label it sits under (the `「X」` of its question, and the label above that);
 *   3. its section titles, deepest first.
 * A scope can also say "knowledge" (a `… 笔记` notes heading, `知识框架`, `核心技能`), which stops the walk:
 * `Week 1-2 → PostgreSQL 实战笔记 → 表设计原则` is a design principle even though it sits in a weekly plan.
 * Stage headings (第一阶段：…（2 个月）) say nothing either way: a stage's length is not a schedule item,
 * and a heading that groups the stages (`分阶段学习计划详情`, `学习路线（按阶段拆分）`) is the roadmap's body.
 * Nothing decides → concept.
 */

export interface RoleScope {
  title: string;
  /** Section kind, for section titles; absent for labels. */
  kind?: 'stage' | 'heading' | 'label';
}

export interface RoleInput {
  kind: CardKind;
  term?: string;
  back: string;
  items?: readonly string[];
  /** The labels the card sits under, innermost first (its question's context, then the label above it). */
  labels: readonly string[];
  /** The section path, top first. */
  sections: readonly RoleScope[];
}

const PLAN =
  /\bweek\s*\d|第\s*[\d一二三四五六七八九十]+\s*(?:[-–~～至]\s*[\d一二三四五六七八九十]+\s*)?周|分周|每周|周计划|时间安排|学习(?:计划|路径|方法|建议|策略|重点|成果)|补充学习|^(?:前|后|中间|最后)\s*\d+\s*(?:个)?月/iu;
/** `（第 1-2 阶段）` after a heading's name: the heading previews those stages. */
const STAGE_PREVIEW = /[（(]\s*第\s*[\d一二三四五六七八九十]+(?:\s*[-–~～至]\s*[\d一二三四五六七八九十]+)?\s*阶段\s*[）)]\s*$/u;
/** A heading that holds the stages is the roadmap's whole body, not one plan. */
const STAGE_CONTAINER = /分阶段|按阶段/u;
const READING = /书籍|书单|读物|推荐阅读|学习资源|资源推荐|附加资源|参考资料|推荐资源|《/u;
const CERTIFICATE = /(?<!身份|双因素)认证(?!授权|机制|方式|流程|中心)|certif/iu;
const MARKET = /薪资|薪酬|年薪|月薪|工资|待遇|发展前景|市场机会|市场需求|求职|招聘|就业/u;
const TARGET = /性能目标|总目标|^目标$|实战(?:项目|建议)|项目架构|^项目$/u;
const KNOWLEDGE = /笔记$|知识框架|知识体系|核心技能|技能(?:要求|补充)?$|核心概念/u;

const MONEY = /\d+(?:\.\d+)?\s*万|\d+\s*[kK](?=\s*[-–~+]|\s*$|\s*\/)|人民币|年薪|月薪/u;
const FOLDER = /^[\w.@-]+\/(?:\s|（|\(|$)/u;
const SELF_CHECK_TARGET =
  /[<>≤≥＜＞]\s*\d|\d+\s*[+%＋]|\d+\s*(?:ms|毫秒|秒|分钟|小时|天|周)|完成|达到|具备|^(?:系统|项目|代码|API|服务)/iu;
const BOOK_TITLE = /^《[^》]+》/u;

type Verdict = 'reference' | 'concept' | null;

function scopeVerdict(raw: string, kind?: RoleScope['kind']): Verdict {
  const title = cleanLabel(raw);
  if (STAGE_PREVIEW.test(title)) return 'reference';
  if (kind === 'stage') return null;
  if (KNOWLEDGE.test(title)) return 'concept';
  if (PLAN.test(title) && !STAGE_CONTAINER.test(title)) return 'reference';
  if (READING.test(title) || CERTIFICATE.test(title) || MARKET.test(title) || TARGET.test(title)) return 'reference';
  return null;
}

function ownVerdict(card: RoleInput): Verdict {
  if (card.kind === 'self-check') return SELF_CHECK_TARGET.test(card.term ?? card.back) ? 'reference' : 'concept';
  const term = cleanLabel(card.term ?? '');
  if (term && (PLAN.test(term) || /certif/iu.test(term) || MARKET.test(term) || TARGET.test(term))) return 'reference';
  if (MONEY.test(card.back) || BOOK_TITLE.test(card.back.trim())) return 'reference';
  if (card.kind === 'definition' && isSyllabusBack(term, card.labels[0] ?? '', card.back)) return 'reference';
  const items = card.items ?? [];
  if (items.length > 0 && items.filter((item) => FOLDER.test(item.trim())).length * 2 >= items.length) return 'reference';
  return null;
}

export function cardRole(card: RoleInput): CardRole {
  const own = ownVerdict(card);
  if (own) return own;
  const titles = new Set(card.sections.map((s) => cleanLabel(s.title)));
  for (const label of card.labels) {
    if (FOLDER.test(label.trim())) return 'reference';
    // A card with no group of its own shows its section's title: that title is judged as a section below.
    if (titles.has(cleanLabel(label))) continue;
    const verdict = scopeVerdict(label);
    if (verdict) return verdict;
  }
  for (let i = card.sections.length - 1; i >= 0; i--) {
    const verdict = scopeVerdict(card.sections[i]!.title, card.sections[i]!.kind);
    if (verdict) return verdict;
  }
  return 'concept';
}
