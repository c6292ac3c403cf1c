// Serves the built PWA (dist/) with `vite preview` on a free loopback port for the browser tests.
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  findChromium(); // fails the run with install instructions instead of skipping
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does).');
  }
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
