// Checks a typed answer: exact, a near miss (a typo, shown as a character diff) or a miss, with the FSRS grade each implies.
import { charLength, normalizeAnswer } from './normalize.ts';

export type TypedVerdict = 'exact' | 'near' | 'miss';

/** One run of the diff between the expected answer and what was typed, both in normal form. */
export interface DiffSegment {
  /** equal: typed right; missing: expected but not typed; extra: typed but not expected. */
  op: 'equal' | 'missing' | 'extra';
  text: string;
}

export interface TypedAnswerCheck {
  verdict: TypedVerdict;
  /** FSRS grade the verdict suggests: exact → 3 Good, near → 2 Hard, miss → 1 Again. The learner may override. */
  grade: 3 | 2 | 1;
  /** Edits (insert, delete, substitute, swap two neighbours) between the normal forms. */
  distance: number;
  /** Character diff over the normal forms (lower case, no spaces or punctuation); empty when nothing was typed. */
  diff: DiffSegment[];
}

/** Short terms typed in a hurry: the longest a term may be to be asked as a typed answer. */
export const MAX_TYPED_TERM_LENGTH = 24;

/**
 * Edits tolerated as a near miss for an answer of `length` characters (normal form): none below 4 characters
 * (one edit turns "GC" into "GO", 并发 into 并行 — a different concept), 1 up to 10, then 20 %.
 */
export function nearMissAllowance(length: number): number {
  if (length < 4) return 0;
  if (length <= 10) return 1;
  return Math.floor(length * 0.2);
}

export function checkTypedAnswer(expected: string, typed: string): TypedAnswerCheck {
  const want = [...normalizeAnswer(expected)];
  const got = [...normalizeAnswer(typed)];
  if (got.length === 0) return { verdict: 'miss', grade: 1, distance: want.length, diff: [] };
  const distance = editDistance(want, got);
  const diff = characterDiff(want, got);
  if (distance === 0) return { verdict: 'exact', grade: 3, distance, diff };
  if (distance <= nearMissAllowance(want.length)) return { verdict: 'near', grade: 2, distance, diff };
  return { verdict: 'miss', grade: 1, distance, diff };
}

/** Optimal-string-alignment distance: Levenshtein plus swapped neighbours ("gorm" → "grom") as one typo. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] as number;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Diff by longest common subsequence: what a learner reads as "you left out this, you added that". */
export function characterDiff(expected: readonly string[], typed: readonly string[]): DiffSegment[] {
  const n = expected.length;
  const m = typed.length;
  // lcs[i][j] = LCS length of expected[i..] and typed[j..]
  const lcs = new Array<number>((n + 1) * (m + 1)).fill(0);
  const at = (i: number, j: number) => lcs[i * (m + 1) + j] as number;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = expected[i] === typed[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const segments: DiffSegment[] = [];
  const push = (op: DiffSegment['op'], char: string) => {
    const last = segments[segments.length - 1];
    if (last && last.op === op) last.text += char;
    else segments.push({ op, text: char });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === typed[j]) {
      push('equal', expected[i] as string);
      i++;
      j++;
    } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
      push('missing', expected[i] as string);
      i++;
    } else {
      push('extra', typed[j] as string);
      j++;
    }
  }
  return segments;
}

/** Whether a term is short enough to be asked as a typed answer. */
export function isTypeableTerm(term: string): boolean {
  const length = charLength(term.trim());
  return length > 0 && length <= MAX_TYPED_TERM_LENGTH && normalizeAnswer(term).length > 0;
}
