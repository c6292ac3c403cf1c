// The UI's words: Chinese by default, English (i18n-en.ts, loaded on demand) when the browser prefers a non-Chinese language.

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
  nothingDue: '今天没有要复习的卡片。',
  nextDueAt: '下一张卡片 {relative}到期（{time}）',
  noNextDue: '这里的卡片都已安排妥当。',
  reveal: '显示答案',
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
  invalidSettings: '请检查：{fields}',
  persistence: '持久存储',
  persisted: '已获准：浏览器不会自动清除你的学习记录。',
  notPersisted: '未获准：存储空间紧张时浏览器可能清除数据。',
  requestPersistence: '申请持久存储',
  offlineReady: '已可离线使用',
  syncProblems: '{n} 个卡组文件未能载入，其余卡组照常可用。',
  drill: '测验',
  drillTitle: '测验：{title}',
  drillCount: '题目数量',
  drillCountAll: '全部（{n}）',
  interviewDate: '面试日期',
  interviewSet: '已设为这个节点的面试日期：{date}',
  interviewInherited: '沿用上级节点的面试日期：{date}',
  interviewNone: '这个节点还没有面试日期。',
  saveInterview: '设为面试日期',
  clearInterview: '清除面试日期',
  readiness: '准备度 {percent}% · {date}',
  readinessHint: '按面试日期预测的平均回忆率，没学过的卡片计 0。',
  countAsReviews: '把答题计入复习',
  countAsReviewsOff: '关闭时，测验不会改变复习计划。',
  countAsReviewsOn: '开启时，每题像一次复习那样更新卡片的复习计划。',
  startDrill: '开始测验',
  drillProgress: '测验进度',
  next: '继续',
  nextHint: '回车',
  typeHere: '输入答案',
  check: '检查',
  verdictCorrect: '正确 · 记为「良好」',
  verdictNear: '差一点 · 记为「困难」',
  verdictWrong: '不对 · 记为「重来」',
  overrideRight: '我答对了',
  overrideWrong: '算作答错',
  overridden: '已按你的判断计分。',
  expectedAnswer: '答案',
  overrideKeys: 'Y 我答对了 · N 算作答错',
  knewIt: '我会',
  notYet: '还不会',
  selfCheckHint: '如实判断：你能做到吗？',
  flashcardKeys: '1 还不会 · 2 我会',
  promptTermToExplanation: '「{subject}」是什么？',
  promptExplanationToTerm: '哪个术语对应这段解释？',
  promptListMember: '下列哪一项属于「{subject}」？',
  promptTableCell: '「{subject}」对应的{header}是？',
  promptTyped: '写出这段解释对应的术语',
  promptCloze: '「{subject}」还缺哪一项？',
  resultsTitle: '测验结果',
  scoreLine: '答对 {right} / {total}',
  bySection: '各部分正确率',
  missedTitle: '没答对的概念',
  noMissed: '全部答对！',
  sourceLine: '{file} 第 {line} 行',
  drillMissed: '再练答错的 {n} 题',
  drillAgain: '重新设置测验',
  noDrillCards: '这里没有可以测验的卡片。',
  backupTitle: '备份',
  backupHint: '把复习记录、卡片进度、测验和面试日期存成一个文件；换手机、换浏览器或清除数据后导入即可恢复。卡片内容来自路线图，不在文件中。',
  exportBackup: '导出备份',
  exported: '已导出 {file}',
  importBackup: '导入备份',
  restoreSettings: '同时恢复设置',
  importing: '正在导入…',
  importSummary: '导入 {reviews} 条复习记录，更新 {cards} 张卡片',
  settingsRestored: '设置已恢复。',
  importRefused: '没有导入任何内容，学习记录保持不变。',
  backupNotJson: '这个文件不是 JSON，无法读取。',
  backupNotBackup: '这不是 Roadcards 的备份文件。',
  backupFutureVersion: '这个备份来自更新版本的 Roadcards（格式 {version}），请先更新应用再导入。',
  backupBadRow: '备份文件已损坏：{where}的「{field}」不正确。',
  backupDuplicateCard: '备份文件已损坏：卡片 {id} 出现了两次。',
  backupRow: '{table}第 {n} 条',
  backupHeader: '文件开头',
  backupStates: '卡片进度',
  backupLogs: '复习记录',
  backupSettings: '设置',
  backupInterviews: '面试日期',
  backupDrills: '测验记录',
} as const;

export type MessageKey = keyof typeof zh;

/**
 * English (i18n-en.ts) is fetched by loadLocale('en') before the app renders: the Chinese default never downloads it,
 * which keeps ~1.4 KB gzip out of the start-up bundle. Until it has arrived, `t` answers in Chinese.
 */
let english: Record<MessageKey, string> | null = null;

/** Fetches the dictionary `locale` needs (only English is not built in); call before setLocale and the first render. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' && !english) english = (await import('./i18n-en.ts')).en;
}

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

function fill(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/** The message for `key` in the current locale, `{name}` placeholders filled from `vars`. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  return fill((current === 'en' && english ? english : zh)[key], vars);
}

/**
 * A screen's own strings, kept beside the screen (and loaded with it) instead of growing this file: the English
 * dictionary must have every Chinese key, so a missing translation fails the type-check.
 */
export function defineStrings<K extends string>(
  zhStrings: Record<K, string>,
  enStrings: Record<K, string>,
): (key: K, vars?: Record<string, string | number>) => string {
  const byLocale: Record<Locale, Record<K, string>> = { zh: zhStrings, en: enStrings };
  return (key, vars) => fill(byLocale[current][key], vars);
}
