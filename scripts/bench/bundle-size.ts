// The initial download a phone makes: entry script, modulepreloads and stylesheets of dist/index.html, gzip -9 each.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';

/** The shell's budget (issue 8; the design notes had 80 KB): 60 KB of gzip, counted as 60,000 bytes to be safe. */
export const INITIAL_BUDGET_BYTES = 60_000;

export interface ShellFile {
  path: string;
  kind: 'entry' | 'modulepreload' | 'stylesheet';
  rawBytes: number;
  gzipBytes: number;
}

/** Site-absolute URLs of what index.html makes the browser fetch before first paint. */
export function initialAssets(html: string): Array<{ url: string; kind: ShellFile['kind'] }> {
  const { document } = new JSDOM(html).window;
  const found = [
    ...[...document.querySelectorAll('script[type="module"][src]')].map((el) => ({ url: el.getAttribute('src')!, kind: 'entry' as const })),
    ...[...document.querySelectorAll('link[rel="modulepreload"][href]')].map((el) => ({ url: el.getAttribute('href')!, kind: 'modulepreload' as const })),
    ...[...document.querySelectorAll('link[rel="stylesheet"][href]')].map((el) => ({ url: el.getAttribute('href')!, kind: 'stylesheet' as const })),
  ];
  // Only this site's files: a CDN link would not be in dist/ (and is not part of our budget to shrink).
  return found.filter((asset) => !/^[a-z]+:\/\//i.test(asset.url));
}

export async function measureShell(distDir: string): Promise<ShellFile[]> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const files: ShellFile[] = [];
  for (const asset of initialAssets(html)) {
    const bytes = await readFile(join(distDir, asset.url.replace(/^\//, '')));
    files.push({ path: asset.url, kind: asset.kind, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
  }
  return files;
}

/** The English dictionary (src/ui/i18n-en.ts): fetched before the first render by a browser that prefers English. */
export async function measureEnglishStrings(distDir: string): Promise<ShellFile | null> {
  const name = (await readdir(join(distDir, 'assets'))).find((file) => /^i18n-en-.*\.js$/.test(file));
  if (!name) return null;
  const bytes = await readFile(join(distDir, 'assets', name));
  return { path: `/assets/${name}`, kind: 'modulepreload', rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}
