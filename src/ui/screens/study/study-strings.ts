// The study screen's own messages: cards left out because they cannot be scheduled, and an undo storage refused.
import { defineStrings } from '../../i18n.ts';

export const studyText = defineStrings(
  {
    skipped: '已跳过 {n} 张卡片：它们保存的复习进度已损坏（数值超出范围，可能来自有问题的备份），无法安排下次复习。',
    skippedAdvice: '它们的复习记录仍然保留。导入一份完好的备份即可恢复这些卡片；其余卡片照常学习。',
    undoRefused: '无法撤销：这张卡片在那之后又被复习过（可能是在另一个标签页中）。',
    actionFailed: '操作没有完成。请再试一次；如果仍然失败，请重新加载页面。',
    details: '技术细节（用于报告问题）',
  },
  {
    skipped: 'Skipped {n} card(s): their saved progress is damaged (values out of range, perhaps from a faulty backup), so they cannot be scheduled.',
    skippedAdvice: 'Their review history is kept. Import a sound backup to bring them back; the other cards go on as usual.',
    undoRefused: 'Cannot undo: the card has been reviewed again since (perhaps in another tab).',
    actionFailed: 'That did not work. Try again; if it keeps failing, reload the page.',
    details: 'Technical details (for a bug report)',
  },
);
