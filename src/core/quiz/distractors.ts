// Picks distractors nearest-first (same section, same stage, the roadmap) and of similar length to the answer.
import type { Card } from '../deck/schema.ts';
import { LENGTH_OUTLIER_RATIO } from './choice-audit.ts';
import type { Rng } from './rng.ts';
import { NEARNESS_ORDER, type Nearness } from './types.ts';

/** One piece of card text that can be an option, with its normal form for comparisons. */
export interface PoolText {
  card: Card;
  text: string;
  norm: string;
  length: number;
}

/**
 * Candidates indexed by section and stage, so a question only looks at its own section unless it needs more:
 * scanning a 1,000-definition roadmap for every question made an all-cards drill take seconds.
 */
export interface Tiered<T extends PoolText> {
  all: T[];
  bySection: Map<string, T[]>;
  byStage: Map<string, T[]>;
}

export function tiered<T extends PoolText>(entries: readonly T[]): Tiered<T> {
  const index: Tiered<T> = { all: [...entries], bySection: new Map(), byStage: new Map() };
  const add = (map: Map<string, T[]>, key: string, entry: T) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const entry of entries) {
    add(index.bySection, entry.card.sectionId, entry);
    const stage = entry.card.section[0];
    if (stage !== undefined) add(index.byStage, stage, entry);
  }
  return index;
}

/** Same deepest section, else same stage (first element of the breadcrumb), else elsewhere in the roadmap. */
export function nearnessOf(asked: Card, other: Card): Nearness {
  if (asked.sectionId === other.sectionId) return 'section';
  const stage = asked.section[0];
  if (stage !== undefined && stage === other.section[0]) return 'stage';
  return 'roadmap';
}

function candidatesIn<T extends PoolText>(source: Tiered<T>, asked: Card, from: Nearness): T[] {
  if (from === 'section') return source.bySection.get(asked.sectionId) ?? [];
  const stage = asked.section[0];
  if (from === 'stage') {
    if (stage === undefined) return [];
    return (source.byStage.get(stage) ?? []).filter((e) => e.card.sectionId !== asked.sectionId);
  }
  return source.all.filter((e) => nearnessOf(asked, e.card) === 'roadmap');
}

function sharedDepth(a: readonly string[], b: readonly string[]): number {
  let depth = 0;
  while (depth < a.length && depth < b.length && a[depth] === b[depth]) depth++;
  return depth;
}

export interface PickedDistractor<T extends PoolText> {
  entry: T;
  from: Nearness;
}

/**
 * Up to `wanted` distractors for `answer`: nearest part of the roadmap first; within a part, lengths close to the
 * answer's (so the longest option is not a giveaway), shuffled among similar lengths. `allowed` rejects candidates
 * that would also be right. Never returns the answer's text or two options with the same normal form.
 */
export function pickDistractors<T extends PoolText>(
  asked: Card,
  answer: PoolText,
  source: Tiered<T>,
  allowed: (candidate: T) => boolean,
  rng: Rng,
  wanted = 3,
): PickedDistractor<T>[] {
  const picked: PickedDistractor<T>[] = [];
  const taken = new Set<string>([answer.norm]);
  // A farther part is only looked at when the nearer ones ran out.
  for (const from of NEARNESS_ORDER) {
    if (picked.length >= wanted) break;
    const ranked = candidatesIn(source, asked, from)
      .filter((entry) => entry.card.id !== asked.id && entry.norm !== '' && !taken.has(entry.norm) && allowed(entry))
      .map((entry) => ({
        entry,
        // Within a stage, a sibling section (same chapter, e.g. 第一阶段 under a 分阶段计划 heading) comes first.
        depth: from === 'stage' ? sharedDepth(asked.section, entry.card.section) : 0,
        // |log ratio| treats 10 vs 20 like 100 vs 200; the jitter mixes candidates within ~±40 % of the answer's length.
        score: Math.abs(Math.log((entry.length + 1) / (answer.length + 1))) + rng() * 0.35,
      }))
      .sort((a, b) => b.depth - a.depth || a.score - b.score);
    for (const { entry } of ranked) {
      if (picked.length >= wanted) break;
      if (taken.has(entry.norm)) continue;
      taken.add(entry.norm);
      picked.push({ entry, from });
    }
  }
  return evenLengths(asked, answer, source, allowed, picked, taken);
}

/**
 * An answer 1.5× longer than every wrong option is picked by its length: swap the shortest wrong option for the
 * nearest candidate long enough to compete, or give up (the card is then asked another way, never as a giveaway).
 */
function evenLengths<T extends PoolText>(
  asked: Card,
  answer: PoolText,
  source: Tiered<T>,
  allowed: (candidate: T) => boolean,
  picked: PickedDistractor<T>[],
  taken: Set<string>,
): PickedDistractor<T>[] {
  const competes = (length: number) => answer.length < LENGTH_OUTLIER_RATIO * length;
  if (picked.length === 0 || picked.some((p) => competes(p.entry.length))) return picked;
  for (const from of NEARNESS_ORDER) {
    const long = candidatesIn(source, asked, from)
      .filter((e) => e.card.id !== asked.id && e.norm !== '' && !taken.has(e.norm) && competes(e.length) && allowed(e))
      .sort((a, b) => Math.abs(a.length - answer.length) - Math.abs(b.length - answer.length))[0];
    if (!long) continue;
    const shortest = picked.reduce((s, p, i) => (p.entry.length < picked[s]!.entry.length ? i : s), 0);
    return picked.map((p, i) => (i === shortest ? { entry: long, from } : p));
  }
  return [];
}
