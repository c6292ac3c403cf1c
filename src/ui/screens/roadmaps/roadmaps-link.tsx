// Settings' way into /roadmaps: one section with a link, and the backup summary's line for restored roadmaps (strings here, not in the Roadmaps screen's chunk).
import { defineStrings } from '../../i18n.ts';

const linkT = defineStrings(
  { title: '路线图', hint: '在手机上添加自己的路线图文件（.md / .txt），或更新、移除已添加的。', open: '添加或管理路线图', restored: '恢复了 {n} 个在应用里添加的路线图。' },
  {
    title: 'Roadmaps',
    hint: 'Add a roadmap file of your own (.md / .txt) on this device, or update or remove one you added.',
    open: 'Add or manage roadmaps',
    restored: 'Restored {n} roadmaps added in the app.',
  },
);

/** The backup summary's line for roadmaps a backup brought back (Settings → Backup). */
export function roadmapsRestoredLine(n: number): string {
  return linkT('restored', { n });
}

export function RoadmapsLink() {
  return (
    <section class="settings-section" data-role="roadmaps-link">
      <h2>{linkT('title')}</h2>
      <p>{linkT('hint')}</p>
      <a class="button" href="/roadmaps" data-action="open-roadmaps">
        {linkT('open')}
      </a>
    </section>
  );
}
