// Finds Debian's Chromium (or CHROME_PATH) and launches it the way this machine allows: no downloads, no background network.
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'Browser tests need Chromium and none was found. Install Debian\'s package ' +
        '(`sudo apt-get update && sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium binary.',
    );
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A persistent profile, so IndexedDB and the service worker survive a browser restart. */
export function launchProfile(
  userDataDir: string,
  options: { width?: number; height?: number; serviceWorkers?: 'allow' | 'block'; timezoneId?: string; locale?: string } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 390, height: options.height ?? 844 },
    deviceScaleFactor: 2,
    isMobile: false,
    hasTouch: true,
    // The benchmark blocks them so a swapped deck index is fetched fresh instead of from the precache.
    serviceWorkers: options.serviceWorkers ?? 'allow',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
}
