// A back that is a syllabus phrase (时序数据库的特点和应用) names what to study, not what it is: nothing to recall.
import { containedShare } from './list-items.ts';

/*
 * Roadmaps often list a topic with what a course would cover about it: `时序数据：时序数据库的特点和应用`,
 * `数据建模：不同场景下的数据建模策略`, `Web 框架对比：GoFrame vs Gin vs Echo 的优劣`. Asked as a definition, the answer
 * teaches nothing a learner could get wrong, so the card is reference (kept in the deck for browsing, out of daily
 * review; role.ts) and keeps its id. A back is such a phrase when
 *   - it asks for a comparison without giving the verdict: `… 的优劣`, `… 的优缺点`, `… 的异同`; or
 *   - it wraps a topic in syllabus wording (`…的特点和应用`, `…的应用`, `…的使用`, `…详解`, `不同场景下的…策略`)
 *     and the topic only restates the card's own term and group (时序数据库 for 时序数据).
 * A topic that names something new stays a concept: `泛型编程：TypeVar、Generic的使用` teaches which tools,
 * `二分查找：bisect模块的应用` which module.
 */

const COMPARISON = /的(?:优劣|优缺点|利弊|异同)$/u;
const PREFIX = /^不同(?:场景|情况|环境|业务|需求)下?的?/u;
const SUFFIX = /的?(?:特点(?:[和与及]应用)?|应用(?:场景)?|使用|用法|详解|介绍|概述|策略)$/u;
/** Longest back still read as a phrase rather than an explanation. */
const MAX_PHRASE = 30;
/** Share of the topic's characters the card's term and group already show for the topic to count as restated. */
const RESTATED = 0.75;

const norm = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}`]/gu, '');

/** Whether a definition's back (`时序数据库的特点和应用`) is a syllabus phrase for its term (`时序数据`) in its group. */
export function isSyllabusBack(term: string, group: string, back: string): boolean {
  const text = back.trim();
  if (!term || text.includes('\n') || [...text].length > MAX_PHRASE) return false;
  if (COMPARISON.test(text)) return true;
  // The syllabus wording is the ending; `不同环境的配置分离` (环境隔离) says what the isolation is.
  if (!SUFFIX.test(text)) return false;
  const topic = text.replace(SUFFIX, '').replace(PREFIX, '');
  if (topic.length === 0) return false;
  return containedShare([...norm(topic)].join(''), norm(`${term}${group}`)) >= RESTATED;
}
