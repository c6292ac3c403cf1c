// Study's own words (Chinese and English): the heading, the grade prompt, key hints, undo feedback, the done count, interval units.
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
  },
);
