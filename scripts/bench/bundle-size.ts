// The initial download a phone makes: entry script, modulepreloads and stylesheets of dist/index.html, gzip -9 each.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';

/** The shell's budget (issue 8; the design notes had 80 KB): 60 KB of gzip, KB = 1024 bytes. */
export const INITIAL_BUDGET_BYTES = 60 * 1024;

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
