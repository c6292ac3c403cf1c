// The drill's own words (Chinese and English): headings, right/wrong in words, truthful verdicts, what the results lead to.
import { defineStrings } from '../../i18n.ts';

export const s = defineStrings(
  {
    drillHeading: '测验：{title}',
    options: '选项',
    correctOption: '正确答案',
    yourPick: '你的选择',
    verdictCorrect: '正确',
    verdictNear: '差一点，算作答对',
    verdictWrong: '不对',
    notCounted: '只计入测验，不影响复习安排',
    // English prompts of mapping cards; the Chinese prompt comes ready-made from the card.
    promptImplements: '「{subject}」用什么实现？',
    promptMembers: '「{subject}」有哪些？',
  },
  {
    drillHeading: 'Drill: {title}',
    options: 'Options',
    correctOption: 'Correct answer',
    yourPick: 'Your pick',
    verdictCorrect: 'Right',
    verdictNear: 'Almost: counts as right',
    verdictWrong: 'Wrong',
    notCounted: 'Counts in this drill only; your review schedule is unchanged',
    promptImplements: 'What implements “{subject}”?',
    promptMembers: 'What are the kinds of “{subject}”?',
  },
);
