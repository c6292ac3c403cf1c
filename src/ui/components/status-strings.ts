// Words for a screen whose data could not be read: what happened and what to do (the raw error goes in the details).
import { defineStrings } from '../i18n.ts';

export const statusText = defineStrings(
  {
    loadFailed: '无法读取这里的数据。',
    closed: '无法读取这里的数据：数据库已被关闭（可能是另一个标签页更新了应用）。',
    advice: '请点“重试”或重新加载页面；如果仍然失败，请把下面的技术细节告诉我们。',
    details: '技术细节（用于报告问题）',
  },
  {
    loadFailed: 'The data for this screen could not be read.',
    closed: 'The data for this screen could not be read: the database was closed (perhaps another tab updated the app).',
    advice: 'Tap Retry or reload the page; if it keeps failing, send us the technical details below.',
    details: 'Technical details (for a bug report)',
  },
);
