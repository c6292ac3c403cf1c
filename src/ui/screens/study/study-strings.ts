// Study's own words (Chinese and English): the heading, grade prompt, key hints, undo feedback, the done count, and cards left out or undo refused, card info.
import { defineStrings } from '../../i18n.ts';

export const s = defineStrings(
  {
    studyHeading: '学习：{title}',
    gradePrompt: '记得怎么样？',
    revealKeys: '空格或回车',
    gradeKeys: '1–4 评分 · U 撤销',
    undone: '已撤销',
    progressText: '已完成 {value} / {max} 张卡片',
    doneCards: '本轮复习了 {n} 张卡片。',
    doneCardsAndAnswers: '本轮复习了 {n} 张卡片，共作答 {answers} 次。',
    gradesWait: '答案已显示，评分按钮马上可用',
    skipped: '已跳过 {n} 张卡片：它们保存的复习进度已损坏（数值超出范围，可能来自有问题的备份），无法安排下次复习。',
    skippedAdvice: '它们的复习记录仍然保留。导入一份完好的备份即可恢复这些卡片；其余卡片照常学习。',
    undoRefused: '无法撤销：这张卡片在那之后又被复习过（可能是在另一个标签页中）。',
    actionFailed: '操作没有完成。请再试一次；如果仍然失败，请重新加载页面。',
    details: '技术细节（用于报告问题）',
    cardInfo: '卡片信息',
    cardActions: '暂停 · 旗标 · 笔记',
    cardInfoMissing: '找不到这张卡片的信息。',
    close: '关闭',
  },
  {
    studyHeading: 'Study: {title}',
    gradePrompt: 'How well did you recall it?',
    revealKeys: 'Space or Enter',
    gradeKeys: '1–4 grade · U undo',
    undone: 'Undone',
    progressText: '{value} of {max} cards done',
    doneCards: 'You reviewed {n} cards this session.',
    doneCardsAndAnswers: 'You reviewed {n} cards this session ({answers} answers).',
    gradesWait: 'Answer shown; the grade buttons are ready in a moment',
    skipped: 'Skipped {n} card(s): their saved progress is damaged (values out of range, perhaps from a faulty backup), so they cannot be scheduled.',
    skippedAdvice: 'Their review history is kept. Import a sound backup to bring them back; the other cards go on as usual.',
    undoRefused: 'Cannot undo: the card has been reviewed again since (perhaps in another tab).',
    actionFailed: 'That did not work. Try again; if it keeps failing, reload the page.',
    details: 'Technical details (for a bug report)',
    cardInfo: 'Card info',
    cardActions: 'Suspend · flag · note',
    cardInfoMissing: 'No information found for this card.',
    close: 'Close',
  },
);

/** The same words under the name the failure and skip notes use. */
export const studyText = s;
