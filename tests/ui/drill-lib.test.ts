// The drill flow's logic without the DOM: what each key means at each step, overrides, and the interview day's time.
import { describe, expect, it } from 'vitest';
import { buildFlashcard, buildTypedQuestion, type ChoiceQuestion } from '../../src/core/quiz/index.ts';
import { formatDay } from '../../src/ui/format.ts';
import { loadLocale, setLocale } from '../../src/ui/i18n.ts';
import * as flow from '../../src/ui/screens/drill/lib.ts';
import { cardOf } from './drill-fixtures.ts';

const NOW = Date.UTC(2026, 0, 5, 10);
const typed = buildTypedQuestion(cardOf('solo.k8s'))!;
const flashcard = buildFlashcard(cardOf('hand.c1'));
const choice: ChoiceQuestion = {
  type: 'choice',
  card: cardOf('hand.d1'),
  variant: 'term-to-explanation',
  prompt: '「goroutine」是什么？',
  subject: 'goroutine',
  options: [
    { text: 'goroutine 之间传递数据的管道', correct: false, from: 'section', cardId: 'hand.d2' },
    { text: 'Go 运行时管理的轻量级线程', correct: true, from: null, cardId: 'hand.d1' },
    { text: '同时等待多个通道操作', correct: false, from: 'section', cardId: 'hand.d3' },
  ],
  answerIndex: 1,
  distractorSources: ['section', 'section'],
};
const key = (k: string) => ({ key: k, code: '', ctrlKey: false, metaKey: false, altKey: false, repeat: false, target: null as EventTarget | null });

describe('drill run', () => {
  it('takes the first pick only, goes on with Enter, and records the outcome with its time', () => {
    let run = flow.startRun([choice, typed], NOW);
    expect(flow.actionForKey(run, flow.drillKey(key('4'))!)).toBeNull(); // only three options
    expect(flow.actionForKey(run, flow.drillKey(key('Enter'))!)).toBeNull(); // nothing to go on from yet
    expect(flow.actionForKey(run, flow.drillKey(key('2'))!)).toEqual({ kind: 'pick', option: 1 });
    run = flow.pick(run, 1);
    expect(flow.pick(run, 0).answer).toEqual({ outcome: 'correct', picked: 1 });
    expect(flow.actionForKey(run, flow.drillKey(key('1'))!)).toBeNull();
    run = flow.next(run, NOW + 4_000);
    expect(run.attempts).toEqual([expect.objectContaining({ type: 'choice', outcome: 'correct', answeredAt: NOW + 4_000, durationMs: 4_000 })]);
    expect(flow.currentQuestion(run)).toBe(typed);
  });

  it('checks typed answers: near miss, then Y and N overrides, the last one counting', () => {
    let run = flow.submitTyped(flow.startRun([typed], NOW), 'ｋｕｂｅｒｎｅｔｓ');
    expect(run.answer?.outcome).toBe('near');
    expect(run.answer?.overridden).toBeFalsy();
    expect(flow.actionForKey(run, flow.drillKey(key('Y'))!)).toEqual({ kind: 'override', outcome: 'correct' });
    run = flow.override(run, 'correct');
    expect(run.answer).toMatchObject({ outcome: 'correct', overridden: true });
    run = flow.override(run, 'wrong');
    expect(run.answer).toMatchObject({ outcome: 'wrong', overridden: true });
    run = flow.next(run, NOW);
    expect(run.attempts.map((a) => a.outcome)).toEqual(['wrong']);
    expect(flow.isFinished(run)).toBe(true);
  });

  it('reveals a flashcard with Enter, then 1/N "not yet" and 2/Y "I knew it" answer and go on', () => {
    const run = flow.startRun([flashcard, flashcard], NOW);
    expect(flow.actionForKey(run, flow.drillKey(key('2'))!)).toBeNull();
    expect(flow.actionForKey(run, flow.drillKey(key(' '))!)).toEqual({ kind: 'reveal' });
    const shown = flow.reveal(run);
    expect(flow.actionForKey(shown, flow.drillKey(key('n'))!)).toEqual({ kind: 'judge', knew: false });
    expect(flow.actionForKey(shown, flow.drillKey(key('2'))!)).toEqual({ kind: 'judge', knew: true });
    const after = flow.judge(shown, true, NOW);
    expect(after.index).toBe(1);
    expect(after.attempts.map((a) => a.outcome)).toEqual(['correct']);
  });

  it('leaves keys to a focused text field and to other focused controls', () => {
    const input = { closest: (selector: string) => (selector.includes('input') ? {} : null) };
    const link = { closest: (selector: string) => (selector.startsWith('a,') ? {} : null) };
    expect(flow.drillKey({ ...key('1'), target: input as unknown as EventTarget })).toBeNull();
    expect(flow.drillKey({ ...key('Enter'), target: link as unknown as EventTarget })).toBeNull();
    expect(flow.drillKey({ ...key('1'), ctrlKey: true })).toBeNull();
  });
});

describe('interview day', () => {
  it('reads a date input as 09:00 local that day, and never plans for a time already past', () => {
    const time = flow.interviewTimeOf('2026-12-05')!;
    expect(new Date(time).getHours()).toBe(9);
    expect(flow.dayInputValue(time)).toBe('2026-12-05');
    expect(flow.interviewTimeOf('')).toBeNull();
    expect(flow.planningDate(flow.dayInputValue(NOW), NOW + 12 * 3_600_000)).toBe(NOW + 12 * 3_600_000);
  });

  it('formats the day for the UI language', async () => {
    const time = flow.interviewTimeOf('2026-12-05')!;
    await loadLocale('en');
    setLocale('en');
    expect(formatDay(time)).toBe('Dec 5');
    setLocale('zh');
    expect(formatDay(time)).toBe('12月5日');
  });
});
