// Grade-button intervals in the UI language: 分钟/小时/天/个月/年 in Chinese, Anki's short 1m/6d/2mo in English.
import { afterEach, describe, expect, it } from 'vitest';
import { formatIntervalLabel } from '../../src/ui/format.ts';
import { setLocale } from '../../src/ui/i18n.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

afterEach(() => setLocale('zh'));

describe('formatIntervalLabel', () => {
  it.each([
    [30_000, '1分钟', '1m'],
    [10 * MINUTE, '10分钟', '10m'],
    [90 * MINUTE, '1.5小时', '1.5h'],
    [6 * DAY, '6天', '6d'],
    [45 * DAY, '1.5个月', '1.5mo'],
    [60 * DAY, '2个月', '2mo'],
    [2 * 365 * DAY, '2年', '2y'],
  ])('%d ms reads %s in Chinese and %s in English', (ms, zh, en) => {
    setLocale('zh');
    expect(formatIntervalLabel(ms)).toBe(zh);
    setLocale('en');
    expect(formatIntervalLabel(ms)).toBe(en);
  });
});
