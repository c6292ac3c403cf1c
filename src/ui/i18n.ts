// The UI's words: Chinese by default, English when the browser prefers a non-Chinese language; every string the UI shows comes from here.

export type Locale = 'zh' | 'en';

const zh = {
  appName: 'Roadcards',
  home: '首页',
  settings: '设置',
  back: '返回',
  loading: '加载中…',
  preparingDecks: '正在载入卡组…首次打开需要几秒钟。',
  loadFailed: '加载失败：{message}',
  retry: '重试',
  decksTitle: '我的路线图',
  noDecks: '还没有卡组。运行 `npm run decks` 编译 decks/ 中的路线图。',
  countNew: '新',
  countLearning: '学习中',
  countDue: '待复习',
  study: '学习',
  expand: '展开',
  collapse: '收起',
  nothingDue: '今天没有要复习的卡片。',
  nextDueAt: '下一张卡片 {relative}到期（{time}）',
  noNextDue: '这里的卡片都已安排妥当。',
  totalCards: '{n} 张卡片',
  reveal: '显示答案',
  revealHint: '点按、空格或回车',
  gradeAgain: '重来',
  gradeHard: '困难',
  gradeGood: '良好',
  gradeEasy: '简单',
  undo: '撤销',
  updatedCard: '内容已更新',
  progress: '本轮进度',
  doneTitle: '完成！',
  doneReviewed: '本轮复习了 {n} 张卡片。',
  backHome: '回到首页',
  unknownNode: '找不到这个卡组：{id}',
  emptyNode: '这里没有卡片。',
  updateAvailable: '更新可用',
  updateApply: '立即更新',
  updateLater: '稍后',
  updateAfterCard: '答完这张卡片后更新',
  settingsTitle: '设置',
  desiredRetention: '目标记忆保持率',
  maximumInterval: '最长间隔（天）',
  learningSteps: '学习步长',
  relearningSteps: '重学步长',
  stepsHint: '以空格分隔，例如 1m 10m 1h 1d',
  enableFuzz: '间隔随机扰动',
  newPerDay: '每日新卡上限',
  reviewsPerDay: '每日复习上限',
  dayStartHour: '每日开始时间（时）',
  save: '保存',
  saved: '已保存',
  invalidSettings: '请检查：{fields}',
  persistence: '持久存储',
  persisted: '已获准：浏览器不会自动清除你的学习记录。',
  notPersisted: '未获准：存储空间紧张时浏览器可能清除数据。',
  requestPersistence: '申请持久存储',
  offlineReady: '已可离线使用',
  syncProblems: '{n} 个卡组文件未能载入，其余卡组照常可用。',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appName: 'Roadcards',
  home: 'Home',
  settings: 'Settings',
  back: 'Back',
  loading: 'Loading…',
  preparingDecks: 'Loading your decks… the first visit takes a few seconds.',
  loadFailed: 'Could not load: {message}',
  retry: 'Retry',
  decksTitle: 'My roadmaps',
  noDecks: 'No decks yet. Run `npm run decks` to compile the roadmaps in decks/.',
  countNew: 'New',
  countLearning: 'Learning',
  countDue: 'Due',
  study: 'Study',
  expand: 'Expand',
  collapse: 'Collapse',
  nothingDue: 'Nothing to review right now.',
  nextDueAt: 'Next card due {relative} ({time})',
  noNextDue: 'Everything here is scheduled.',
  totalCards: '{n} cards',
  reveal: 'Show answer',
  revealHint: 'Tap, Space or Enter',
  gradeAgain: 'Again',
  gradeHard: 'Hard',
  gradeGood: 'Good',
  gradeEasy: 'Easy',
  undo: 'Undo',
  updatedCard: 'Updated',
  progress: 'Session progress',
  doneTitle: 'Done!',
  doneReviewed: 'You reviewed {n} cards this session.',
  backHome: 'Back to Home',
  unknownNode: 'No such deck: {id}',
  emptyNode: 'There are no cards here.',
  updateAvailable: 'Update available',
  updateApply: 'Update now',
  updateLater: 'Later',
  updateAfterCard: 'Updating after this card',
  settingsTitle: 'Settings',
  desiredRetention: 'Desired retention',
  maximumInterval: 'Maximum interval (days)',
  learningSteps: 'Learning steps',
  relearningSteps: 'Relearning steps',
  stepsHint: 'Separated by spaces, e.g. 1m 10m 1h 1d',
  enableFuzz: 'Fuzz intervals',
  newPerDay: 'New cards per day',
  reviewsPerDay: 'Reviews per day',
  dayStartHour: 'Day starts at (hour)',
  save: 'Save',
  saved: 'Saved',
  invalidSettings: 'Please check: {fields}',
  persistence: 'Persistent storage',
  persisted: 'Granted: the browser will not clear your progress on its own.',
  notPersisted: 'Not granted: the browser may clear data when storage runs low.',
  requestPersistence: 'Request persistent storage',
  offlineReady: 'Ready to work offline',
  syncProblems: '{n} deck file(s) could not be loaded; the other decks work as usual.',
};

const dictionaries: Record<Locale, Record<MessageKey, string>> = { zh, en };

/** Chinese unless the browser's first language is something else: the roadmaps are Chinese, so is the default. */
export function pickLocale(language: string | undefined): Locale {
  if (!language) return 'zh';
  return language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

let current: Locale = pickLocale(typeof navigator === 'undefined' ? undefined : navigator.language);

export function getLocale(): Locale {
  return current;
}

/** Switches the dictionary and `<html lang>`; called once at start-up (and by tests). */
export function setLocale(locale: Locale): void {
  current = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
}

/** The message for `key` in the current locale, `{name}` placeholders filled from `vars`. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const template = dictionaries[current][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
