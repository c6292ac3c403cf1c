// `npm run screenshots:before`: builds the app as it was before issue 8 in a temp folder and writes its Home, Study and drill results at 390×844 to test-results/before/.
import { execSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchProfile } from '../tests/e2e/chromium.ts';
import { drillToResults } from '../tests/e2e/screenshots.ts';

/** The last commit before issue 8's work (the next one, eaff784, starts it with the axe-core helper). */
const BEFORE_COMMIT = '67f681492e8c5bab742779ab8a9719774c3b4a22';
/** As the after-screenshots (tests/e2e/screenshots.ts): a roadmap with every kind of drill question. */
const DECK = 'go-career-paths';
const OUT = resolve('test-results/before');
const WAIT = { timeout: 120_000 };

function run(command: string, cwd: string): void {
  execSync(command, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The old commit's files with this checkout's node_modules (its dependencies are a subset of today's). */
async function buildBefore(dir: string): Promise<void> {
  run(`git archive ${BEFORE_COMMIT} | tar -x -C ${JSON.stringify(dir)}`, process.cwd());
  await symlink(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  // Its own decks compiler, bundled into the temp folder (not into the shared node_modules/.cache).
  run('node_modules/.bin/esbuild scripts/compile-decks.ts --bundle --platform=node --format=esm --log-level=warning --outfile=.compile-decks.mjs', dir);
  run('node .compile-decks.mjs', dir);
  run('node node_modules/vite/bin/vite.js build --logLevel warn', dir);
}

/** The browser's default font size doubled, as Chrome's text-size setting does (every rem and em follows). */
async function textSize(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * percent) / 100, fixed: (13 * percent) / 100 } });
  await cdp.detach();
}

async function shoot(page: Page, name: string, schemes: readonly ('light' | 'dark')[] = ['light', 'dark']): Promise<void> {
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function capture(page: Page, base: string): Promise<void> {
  // Home: the old one draws every roadmap expanded once its decks are merged (5–15 s on a first visit).
  await page.goto(`${base}/`);
  await page.locator('[data-screen="home"] [data-node-id]').first().waitFor(WAIT);
  await shoot(page, 'home');
  await textSize(page, 200);
  await shoot(page, 'home-200pct', ['light']);
  await textSize(page, 100);

  await page.goto(`${base}/study/${DECK}`);
  await page.locator('[data-card-id][data-side="front"]').waitFor(WAIT);
  await page.keyboard.press('Space');
  await page.locator('[data-card-id][data-side="back"]').waitFor();
  await page.locator('button[data-grade]').first().waitFor();
  await shoot(page, 'study');
  await textSize(page, 200);
  await shoot(page, 'study-200pct', ['light']);
  await textSize(page, 100);

  await page.goto(`${base}/drill/${DECK}`);
  await page.locator('button[data-action="start-drill"]').click(WAIT);
  await drillToResults(page, 'button[data-judge]');
  await shoot(page, 'drill-results');
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'roadcards-before-'));
  const profileDir = await mkdtemp(join(tmpdir(), 'roadcards-before-profile-'));
  try {
    console.log(`building ${BEFORE_COMMIT.slice(0, 7)} in ${dir}`);
    await buildBefore(dir);
    const server = await preview({ root: dir, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
    const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
    if (!base) throw new Error('vite preview did not report a URL');
    // No service worker: the old one would show its "ready offline" note over the header in the first shots.
    const context = await launchProfile(profileDir, { width: 390, height: 844, serviceWorkers: 'block' });
    try {
      await mkdir(OUT, { recursive: true });
      await capture(context.pages()[0] ?? (await context.newPage()), base);
    } finally {
      await context.close();
      await server.close();
    }
    console.log(`written to ${OUT}: home, study, drill-results (light, dark), home-200pct, study-200pct`);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(profileDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
