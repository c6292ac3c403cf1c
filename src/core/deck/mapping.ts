// A term whose value names the tools, APIs or keywords for it is a mapping: 「监控指标」用什么实现？, not 是什么？.
//
// `监控指标：Prometheus集成` does not say what 监控指标 is; it says what provides it. Asked 「监控指标」是什么？, a learner
// recalls a definition and is marked wrong by a tool name. The rule reads only the pair's wording:
//   - the term is a Chinese name for a capability or a kind (mostly Han characters, not an English name itself);
//   - the value is short and every part of it (split at 、，, / + and spaces) is a Latin identifier — a library, a
//     class, a call, a command, a file (`Celery集成`, `Depends()函数`, `select_related、prefetch_related`,
//     `requirements.txt`), a generic suffix such as 集成, 函数, 模块, 配置 allowed; comparisons (`dict vs list`) are not;
//   - a term that names a kind whose members are listed (…类型, …级别, …函数, …查询, …视图, …选择, or a term under a `…数据结构` /
//     `…类型` group: `日志级别：DEBUG、INFO…`) is asked 有哪些？; any other is asked 用什么实现？.
// A definition keeps its id, term and explanation; only its question changes.

const HAN = /\p{Script=Han}/u;
const SUFFIX = /(?:集成|函数|模型验证|验证|库|框架|工具|实现|支持|组件|类|对象|方法|装饰器|模块|配置|命令|自动生成)$/u;
const IDENTIFIER = /^[A-Za-z][\w.:-]*(?:\(\))?$/u;
const KIND_TERM = /(?:类型|级别|函数|查询|视图|选择|表示法|博客|书籍)$/u;
const KIND_GROUP = /(?:数据结构|类型)$/u;
const MAX_VALUE = 60;

export type MappingQuestion = '用什么实现？' | '有哪些？';

function latinShare(text: string): number {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  return letters.length === 0 ? 0 : letters.filter((c) => /[A-Za-z]/u.test(c)).length / letters.length;
}

/** Whether `value` only names tools, APIs or keywords (see the rule above). */
export function namesTools(value: string): boolean {
  const text = value.trim().replace(/[。；;.]$/u, '');
  if (text.length === 0 || text.length > MAX_VALUE || /\bvs\.?\b/iu.test(text)) return false;
  const parts = text
    .split(/\s*[、,，/+|]\s*|\s+/u)
    .map((part) => part.replace(SUFFIX, ''))
    .filter((part) => part.length > 0);
  return parts.length > 0 && parts.every((part) => IDENTIFIER.test(part));
}

/** How to ask `term：value` when it is a mapping; null when 是什么？ is the right question. */
export function mappingQuestion(term: string, value: string, group = ''): MappingQuestion | null {
  if (!HAN.test(term) || latinShare(term) >= 0.5 || !namesTools(value)) return null;
  return KIND_TERM.test(term) || KIND_GROUP.test(group) ? '有哪些？' : '用什么实现？';
}

/** The question a compiled definition's front ends with, for asking it the same way elsewhere (a drill). */
export function questionEnding(front: string): MappingQuestion | '是什么？' {
  if (front.endsWith('」用什么实现？')) return '用什么实现？';
  if (front.endsWith('」有哪些？')) return '有哪些？';
  return '是什么？';
}
