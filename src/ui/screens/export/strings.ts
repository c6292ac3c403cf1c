// The Anki export screen's own words, Chinese and English.
import { defineStrings } from '../../i18n.ts';

export const exportT = defineStrings(
  {
    title: '导出到 Anki',
    intro: '生成一个 Anki 卡组文件（.apkg）：每张卡片是一条“Roadcards”笔记（正面、背面、章节、出处），路线图的层级成为 Anki 的子卡组（A::B::C）。',
    node: '导出范围：{path}（{n} 张卡片）',
    includeHistory: '包括复习记录和 FSRS 记忆状态（在 Anki 里接着复习）',
    download: '生成并下载 .apkg',
    working: '正在生成…首次导出需要下载 SQLite 组件（约 340 KB）。',
    done: '已生成 {file}：{notes} 张卡片，{decks} 个卡组，{reviews} 条复习记录，{kb} KB。',
    failed: '导出失败：{message}',
    offline: '导出需要的 SQLite 组件还未下载：请联网后再试一次。',
    notFound: '找不到这个节点：{id}',
    listTitle: '导出到 Anki',
    exportLink: '导出',
  },
  {
    title: 'Export to Anki',
    intro: 'Makes an Anki deck file (.apkg): each card becomes a “Roadcards” note (Front, Back, Section, Source), and the roadmap’s tree becomes Anki subdecks (A::B::C).',
    node: 'Exporting: {path} ({n} cards)',
    includeHistory: 'Include review history and FSRS memory state (continue in Anki where you are)',
    download: 'Make and download the .apkg',
    working: 'Working… the first export downloads the SQLite component (about 340 KB).',
    done: 'Made {file}: {notes} cards, {decks} decks, {reviews} reviews, {kb} KB.',
    failed: 'Export failed: {message}',
    offline: 'The SQLite component the export needs is not downloaded yet: connect and try again.',
    notFound: 'No such node: {id}',
    listTitle: 'Export to Anki',
    exportLink: 'Export',
  },
);
