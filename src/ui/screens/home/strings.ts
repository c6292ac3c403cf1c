// Home's own words (the summary, the study-due action, the rows' spoken counts and action names, the statistics and browse links), Chinese and English.
import { defineStrings } from '../../i18n.ts';

export const homeT = defineStrings(
  {
    studyDue: '开始复习 · {n} 张',
    allRoadmaps: '全部路线图',
    todayTitle: '今天',
    countsSpoken: '{new} 张新卡，{learning} 张学习中，{due} 张待复习',
    studyNode: '学习：{title}',
    drillNode: '测验：{title}',
    drillHint: '测验这一部分（不影响复习安排）',
    nodeCards: '共 {n} 张卡片',
    statsLink: '统计',
    statsNode: '统计：{title}',
    browseLink: '浏览',
    browseNode: '浏览卡片：{title}',
  },
  {
    studyDue: 'Study due · {n}',
    allRoadmaps: 'All roadmaps',
    todayTitle: 'Today',
    countsSpoken: '{new} new, {learning} learning, {due} due',
    studyNode: 'Study: {title}',
    drillNode: 'Drill: {title}',
    drillHint: 'Drill this part (leaves the schedule alone)',
    nodeCards: '{n} cards in all',
    statsLink: 'Statistics',
    statsNode: 'Statistics: {title}',
    browseLink: 'Browse',
    browseNode: 'Browse cards: {title}',
  },
);
