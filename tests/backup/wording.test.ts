// The backup section's words: summaries with grouped counts and each refusal's reason, in both UI languages.
import { afterEach, describe, expect, it } from 'vitest';
import { problemMessage, summaryLines } from '../../src/ui/screens/settings/backup-lib.ts';
import { setLocale } from '../../src/ui/i18n.ts';

afterEach(() => setLocale('zh'));

const summary = { reviewsAdded: 1234, cardsUpdated: 56, drillsAdded: 0, interviewsAdded: 0, settingsRestored: false };

describe('backup wording', () => {
  it('summarizes an import with grouped counts', () => {
    setLocale('zh');
    expect(summaryLines(summary)).toEqual(['导入 1,234 条复习记录，更新 56 张卡片']);
    setLocale('en');
    expect(summaryLines({ ...summary, settingsRestored: true })).toEqual(['Imported 1,234 reviews, updated 56 cards', 'Settings restored.']);
  });

  it('says which row of which table is wrong, counting rows from 1', () => {
    setLocale('en');
    expect(problemMessage({ kind: 'bad-row', table: 'logs', index: 1233, field: 'after.phase' })).toBe(
      'The backup file is damaged: “after.phase” in review log entry 1,234 is not valid.',
    );
    expect(problemMessage({ kind: 'bad-row', table: null, index: null, field: 'exportedAt' })).toBe(
      'The backup file is damaged: “exportedAt” in the file header is not valid.',
    );
    setLocale('zh');
    expect(problemMessage({ kind: 'bad-row', table: 'drills', index: null, field: '' })).toBe('备份文件已损坏：测验记录的「drills」不正确。');
    expect(problemMessage({ kind: 'future-version', version: 3 })).toContain('格式 3');
    expect(problemMessage({ kind: 'not-backup' })).toBe('这不是 Roadcards 的备份文件。');
  });
});
