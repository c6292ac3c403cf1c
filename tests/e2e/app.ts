// Browser-test helpers: a throwaway profile per test, the app under the service worker, and what Home and IndexedDB show.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { launchProfile } from './chromium.ts';

export interface Profile {
  dir: string;
  context: BrowserContext;
  page: Page;
  /** Closes the browser, keeping the profile folder (to relaunch it). */
  close(): Promise<void>;
  /** Closes the browser and deletes the profile. */
  dispose(): Promise<void>;
}

/**
 * A zone where it is about noon now: the study day turns at 04:00 local, and a test running near that hour would
 * see its 10-minute learning cards fall into tomorrow. Etc/GMT signs are inverted (Etc/GMT-8 is UTC+8).
 */
function middayZone(): string {
  const offset = 12 - new Date().getUTCHours();
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

const TEST_ZONE = middayZone();

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function newProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'roadcards-e2e-'));
}

/** Launches Chromium on `dir` (a new temp profile unless given); `offline` applies before any navigation. */
export async function openProfile(
  options: { dir?: string; offline?: boolean; width?: number; height?: number; locale?: string } = {},
): Promise<Profile> {
  const dir = options.dir ?? (await newProfileDir());
  const context = await launchProfile(dir, { width: options.width, height: options.height, timezoneId: TEST_ZONE, locale: options.locale });
  if (options.offline) await context.setOffline(true);
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close();
  };
  return { dir, context, page, close, dispose: async () => {
    await close();
    await rm(dir, { recursive: true, force: true });
  } };
}

/**
 * First visit: the service worker installs but does not claim the page (the app wants user-confirmed updates),
 * so reload once when it is active and not yet controlling.
 */
export async function visitUntilControlled(page: Page, path = '/'): Promise<void> {
  await page.goto(baseUrl() + path);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

export function node(page: Page, nodeId: string): Locator {
  return page.locator(`[data-node-id="${nodeId}"]`).first();
}

/** Opens a row of Home's tree (rows start collapsed; children render only once opened). */
export async function openRow(page: Page, nodeId: string): Promise<void> {
  const toggle = node(page, nodeId).locator(':scope > .node-row > button[aria-expanded]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await node(page, nodeId).locator(':scope > .node__open').waitFor();
}

export interface Counts {
  new: number;
  learning: number;
  due: number;
}

/** The counts Home shows on a tree node's own row (its first counts, before any child's); a row does not show a zero. */
export async function nodeCounts(page: Page, nodeId: string): Promise<Counts> {
  const row = node(page, nodeId);
  await row.locator('[data-count="new"]').first().waitFor({ state: 'attached' });
  const read = async (kind: keyof Counts) => Number(await row.locator(`[data-count="${kind}"]`).first().textContent());
  return { new: await read('new'), learning: await read('learning'), due: await read('due') };
}

/** Rows in one object store of the app's database, read with plain IndexedDB (no app code). */
export async function storeCount(page: Page, store: 'logs' | 'states' | 'cards' | 'decks' | 'drills'): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('roadcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).count();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** The phases (0 new … 3 relearning) stored for the given cards. */
export async function cardPhases(page: Page, cardIds: string[]): Promise<Record<string, number | null>> {
  return page.evaluate(
    (ids) =>
      new Promise<Record<string, number | null>>((resolve, reject) => {
        const open = indexedDB.open('roadcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('states', 'readonly').objectStore('states');
          const result: Record<string, number | null> = {};
          let left = ids.length;
          if (left === 0) resolve(result);
          for (const id of ids) {
            const request = store.get(id);
            request.onsuccess = () => {
              result[id] = (request.result as { phase?: number } | undefined)?.phase ?? null;
              if (--left === 0) {
                db.close();
                resolve(result);
              }
            };
            request.onerror = () => reject(request.error);
          }
        };
      }),
    cardIds,
  );
}
