// The drill's question line in English: a mapping card is asked as a mapping, as its Chinese prompt is.
import { afterEach, describe, expect, it } from 'vitest';
import type { ChoiceQuestion } from '../../src/core/quiz/index.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import { promptOf } from '../../src/ui/screens/drill/drill-question.tsx';

afterEach(() => setLocale('zh'));

function choice(prompt: string, subject: string): ChoiceQuestion {
  return { type: 'choice', card: {} as ChoiceQuestion['card'], variant: 'term-to-explanation', prompt, subject, options: [], answerIndex: 0, distractorSources: [] };
}

describe('promptOf', () => {
  it('asks what implements a mapping, what the kinds of a group are, and what a term is, in English', () => {
    setLocale('en');
    expect(promptOf(choice('「监控指标」用什么实现？', '监控指标'))).toBe('What implements “监控指标”?');
    expect(promptOf(choice('「日志级别」有哪些？', '日志级别'))).toBe('What are the kinds of “日志级别”?');
    expect(promptOf(choice('「GIL」是什么？', 'GIL'))).toBe('What is “GIL”?');
  });

  it('keeps the card\'s own Chinese prompt in Chinese', () => {
    setLocale('zh');
    expect(promptOf(choice('「Redis」中的「监控指标」用什么实现？', '监控指标'))).toBe('「Redis」中的「监控指标」用什么实现？');
  });
});
