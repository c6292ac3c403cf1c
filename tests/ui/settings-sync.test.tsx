// Settings → Sync in the rendered app against a real pouchdb-server: the fields are saved, the outcome is said in words.
import { fireEvent } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COUCH_ADMIN, startCouchServer, type CouchServer } from '../../scripts/couch-test-server.ts';
import { statusWords } from '../../src/ui/screens/settings/sync-strings.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import { MINI_DECK } from './fixtures.ts';
import { closeApp, findElement, renderApp, START, type Harness } from './harness.tsx';

let server: CouchServer;
let harness: Harness | null = null;
beforeAll(async () => {
  server = await startCouchServer();
}, 60_000);
afterAll(() => server?.stop());
afterEach(async () => {
  await closeApp(harness);
  harness = null;
});

function fill(name: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  fireEvent.input(input, { target: { value } });
}

async function syncWith(password: string, db: string) {
  await findElement('[data-action="sync-now"]');
  fill('sync-url', server.url);
  fill('sync-db', db);
  fill('sync-user', COUCH_ADMIN.user);
  fill('sync-password', password);
  fireEvent.click(document.querySelector('[data-action="sync-now"]')!);
}

describe('Settings → Sync', () => {
  it('a wrong password: the status says so in words, marked error, and the fields stay as typed', async () => {
    harness = renderApp('/settings', async (roadcards, now) => void (await roadcards.grade(MINI_DECK.cards[0]!.id, 3, now)));
    await syncWith('not it', 'settings-wrong');
    const status = await findElement('[data-sync-status][data-value="error"]');
    expect(status.textContent).toContain('用户名或密码错误');
    expect(status.textContent).toContain('本设备上的数据没有任何改动');
    expect(document.querySelector<HTMLInputElement>('input[name="sync-password"]')!.value).toBe('not it');
    expect(document.body.textContent).toContain('只保存在本设备上');
  }, 60_000);

  it('the right one: sent and received counts, and the fields stored on the device', async () => {
    harness = renderApp('/settings', async (roadcards, now) => {
      await roadcards.grade(MINI_DECK.cards[0]!.id, 3, now);
      await roadcards.grade(MINI_DECK.cards[1]!.id, 4, now);
    });
    await syncWith(COUCH_ADMIN.password, 'settings-right');
    const status = await findElement('[data-sync-status][data-value="ok"]');
    expect(status.textContent).toMatch(/发送 2 条，接收 0 条/);
    const stored = await (await (await harness.data.ready).historySync()).config();
    expect(stored).toEqual({ url: server.url, db: 'settings-right', user: COUCH_ADMIN.user, password: COUCH_ADMIN.password });
  }, 60_000);

  it('words every failure with what to do, CORS with the settings CouchDB needs', () => {
    setLocale('en');
    const at = START;
    const cors = statusWords({ at, ok: false, sent: 0, received: 0, error: { kind: 'cors', message: '' } }, { origin: 'https://cards.example', db: 'x' });
    expect(cors).toContain('enable_cors = true');
    expect(cors).toContain('origins = https://cards.example');
    const unreachable = statusWords({ at, ok: false, sent: 0, received: 0, error: { kind: 'unreachable', message: '' } }, { origin: '', db: 'x' });
    expect(unreachable).toContain('Cannot reach the server');
    expect(statusWords({ at, ok: true, sent: 3, received: 7 }, { origin: '', db: 'x' })).toMatch(/3 sent, 7 received/);
    const leftOut = { at, ok: true, sent: 0, received: 1, problems: ['broken.md:1: the file is empty'] };
    expect(statusWords(leftOut, { origin: '', db: 'x' })).toMatch(/1 received\. Roadmaps received but not added: broken\.md:1: the file is empty$/);
    setLocale('zh');
    expect(statusWords(leftOut, { origin: '', db: 'x' })).toContain('以下收到的路线图没有加入：broken.md:1:');
  });
});
