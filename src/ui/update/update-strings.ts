// The update flow's own strings (zh and en): a page left behind by a newer version, and a screen whose code is gone.
import { defineStrings } from '../i18n.ts';

export const updateText = defineStrings(
  {
    staleWorker: '新版本已在其他标签页启用：答完这张卡片后刷新',
    staleSchema: '其他标签页打开了新版本的数据库：答完这张卡片后刷新，答案会保存',
    staleChunk: '这一页需要新版本：刷新后即可打开',
    reloadNow: '立即刷新',
    chunkTitle: '这一页打不开了',
    chunkBody: '应用已更新，旧版本的这部分已不在。刷新即可使用新版本，学习进度都在。',
    details: '详情',
  },
  {
    staleWorker: 'A newer version took over in another tab: this page reloads after this card',
    staleSchema: 'Another tab opened a newer database: this page reloads after this card, and your answer is kept',
    staleChunk: 'This screen needs the new version: reload to open it',
    reloadNow: 'Reload now',
    chunkTitle: 'This screen could not open',
    chunkBody: 'The app has been updated and this part of the old version is gone. Reload to use the new one; your progress is kept.',
    details: 'Details',
  },
);
