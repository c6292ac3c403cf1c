// Typed answers: what counts as the same answer, what a near miss is, and the diff a learner sees.
import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from '../../src/core/quiz/normalize.ts';
import { checkTypedAnswer, isTypeableTerm } from '../../src/core/quiz/typed-answer.ts';

describe('normalizeAnswer', () => {
  it('folds full-width letters, case and spaces', () => {
    expect(normalizeAnswer('ＧＯＲＯＵＴＩＮＥ')).toBe('goroutine');
    expect(normalizeAnswer('  Go Routine ')).toBe('goroutine');
    expect(normalizeAnswer('ＨＴＴＰ／２')).toBe(normalizeAnswer('http/2'));
    expect(normalizeAnswer('ｓｙｎｃ．Ｍｕｔｅｘ')).toBe('syncmutex');
  });

  it('drops Chinese and ASCII punctuation but keeps the meaning-bearing # and +', () => {
    expect(normalizeAnswer('「并发」、（编程）：；，。')).toBe('并发编程');
    expect(normalizeAnswer('`context.Context`')).toBe('contextcontext');
    expect(normalizeAnswer('C#')).not.toBe(normalizeAnswer('C'));
    expect(normalizeAnswer('C++')).not.toBe(normalizeAnswer('C'));
  });
});

describe('checkTypedAnswer', () => {
  it('accepts the same answer typed another way as exact (Good)', () => {
    expect(checkTypedAnswer('goroutine', 'ＧＯＲＯＵＴＩＮＥ')).toMatchObject({ verdict: 'exact', grade: 3 });
    expect(checkTypedAnswer('逃逸分析', ' 逃逸 分析。')).toMatchObject({ verdict: 'exact', grade: 3 });
    expect(checkTypedAnswer('sync.WaitGroup', 'sync waitgroup')).toMatchObject({ verdict: 'exact', grade: 3 });
  });

  it('calls one typo in a short term a near miss (Hard) and shows where', () => {
    const check = checkTypedAnswer('goroutine', 'gorutine');
    expect(check).toMatchObject({ verdict: 'near', grade: 2, distance: 1 });
    expect(check.diff).toEqual([
      { op: 'equal', text: 'gor' },
      { op: 'missing', text: 'o' },
      { op: 'equal', text: 'utine' },
    ]);
    expect(checkTypedAnswer('Gorm', 'grom').verdict).toBe('near');
    const extra = checkTypedAnswer('channel', 'channels');
    expect(extra.verdict).toBe('near');
    expect(extra.diff).toEqual([{ op: 'equal', text: 'channel' }, { op: 'extra', text: 's' }]);
  });

  it('allows about 20 % edits on long terms, none on very short ones', () => {
    expect(checkTypedAnswer('Elasticsearch', 'Elastiksearh').verdict).toBe('near'); // 2 edits in 13
    expect(checkTypedAnswer('Elasticsearch', 'Elastic').verdict).toBe('miss');
    expect(checkTypedAnswer('GC', 'GO')).toMatchObject({ verdict: 'miss', grade: 1 });
    expect(checkTypedAnswer('并发', '并行').verdict).toBe('miss');
  });

  it('treats an empty answer as a miss with no diff', () => {
    expect(checkTypedAnswer('goroutine', ' 。')).toEqual({ verdict: 'miss', grade: 1, distance: 9, diff: [] });
  });

  it('rebuilds both strings from the diff', () => {
    const check = checkTypedAnswer('Prometheus', 'Promethues');
    const expected = check.diff.filter((s) => s.op !== 'extra').map((s) => s.text).join('');
    const typed = check.diff.filter((s) => s.op !== 'missing').map((s) => s.text).join('');
    expect([expected, typed]).toEqual(['prometheus', 'promethues']);
    expect(check.verdict).toBe('near');
  });

  it('asks only short terms as typed answers', () => {
    expect(isTypeableTerm('goroutine')).toBe(true);
    expect(isTypeableTerm('微服务架构设计、开发、维护，包括创建松耦合的服务，支持独立开发')).toBe(false);
    expect(isTypeableTerm('「」')).toBe(false);
  });
});
