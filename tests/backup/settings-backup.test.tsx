// Settings → Backup as a learner uses it: export downloads a valid file, a bad file is refused with its reason and changes nothing.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBackup } from '../../src/core/backup/read.ts';
import { RoadcardsDb } from '../../src/storage/schema.ts';
import { MINI_DECK } from '../ui/fixtures.ts';
import { closeApp, renderApp, type Harness } from '../ui/harness.tsx';
import { snapshot } from './helpers.ts';

let harness: Harness | null = null;
let raw: RoadcardsDb | null = null;
const downloads: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  downloads.length = 0;
  // jsdom has no blob URLs and no downloads: catch the Blob and the file name the link would have saved.
  const blobs = new Map<string, Blob>();
  vi.stubGlobal('URL', Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => undefined,
  }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  raw?.close();
  raw = null;
  await closeApp(harness);
  harness = null;
});

/** The settings screen over a database where the first three cards were reviewed. */
async function openSettings(): Promise<Harness> {
  harness = renderApp('/settings', async (roadcards, now) => {
    for (const card of MINI_DECK.cards.slice(0, 3)) await roadcards.grade(card.id, 3, now);
    await roadcards.saveSettings({ newPerDay: 12 });
  });
  await screen.findByRole('button', { name: '导出备份' });
  raw = new RoadcardsDb(harness.dbName);
  await raw.open();
  return harness;
}

function chooseFile(text: string, name = 'backup.json'): void {
  const input = screen.getByLabelText<HTMLInputElement>('导入备份');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

async function exportedText(): Promise<string> {
  fireEvent.click(screen.getByRole('button', { name: '导出备份' }));
  await screen.findByText(/已导出 roadcards-backup-2026-01-05\.json/);
  expect(downloads.map((d) => d.name)).toEqual(['roadcards-backup-2026-01-05.json']);
  return downloads[0]!.blob.text();
}

describe('Settings backup', () => {
  it('export downloads a file that validates and holds the reviews made', async () => {
    await openSettings();
    const read = readBackup(await exportedText());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup.logs.map((entry) => entry.cardId).sort()).toEqual(['mini-c1', 'mini-c2', 'mini-c3']);
    expect(read.backup.settings?.newPerDay).toBe(12);
  });

  it('a bad file shows the reason and leaves every table unchanged', async () => {
    await openSettings();
    const good = JSON.parse(await exportedText()) as { logs: { grade: number }[]; version: number };
    const before = await snapshot(raw!);

    chooseFile('this is not json');
    expect((await screen.findByRole('alert')).textContent).toBe('这个文件不是 JSON，无法读取。没有导入任何内容，学习记录保持不变。');
    expect(await snapshot(raw!)).toEqual(before);

    good.logs[1]!.grade = 9;
    chooseFile(JSON.stringify(good));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('备份文件已损坏：复习记录第 2 条的「grade」不正确。'));
    expect(await snapshot(raw!)).toEqual(before);

    good.logs[1]!.grade = 3;
    good.version = 2;
    chooseFile(JSON.stringify(good));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('更新版本的 Roadcards（格式 2）'));
    expect(await snapshot(raw!)).toEqual(before);
  });

  it('imports a backup into a fresh device, shows the summary and, when ticked, the restored settings', async () => {
    await openSettings();
    const file = await exportedText();
    raw?.close();
    await closeApp(harness);
    harness = renderApp('/settings');
    await screen.findByRole('button', { name: '导出备份' });
    expect(screen.getByLabelText<HTMLInputElement>('每日新卡上限').value).toBe('20');

    fireEvent.click(screen.getByLabelText('同时恢复设置'));
    chooseFile(file);
    expect((await screen.findByText('导入 3 条复习记录，更新 3 张卡片')).closest('[data-role="backup-summary"]')).not.toBeNull();
    expect(screen.getByText('设置已恢复。')).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('每日新卡上限').value).toBe('12'));
    const [root] = await (await harness.data.ready).deckTree(harness.clock.now);
    expect(root?.counts).toEqual({ new: 1, learning: 3, due: 0 });

    chooseFile(file);
    await screen.findByText('导入 0 条复习记录，更新 0 张卡片');
  });
});
