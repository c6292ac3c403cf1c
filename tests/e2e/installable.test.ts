// Installable: Chromium's own installability check passes and the manifest has what a home-screen icon needs.
import { afterEach, expect, test } from 'vitest';
import { baseUrl, openProfile, visitUntilControlled, type Profile } from './app.ts';

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

let profile: Profile | undefined;
afterEach(async () => {
  await profile?.dispose();
  profile = undefined;
});

test('Chromium reports no installability errors and the manifest names the app with 192/512 and maskable icons', async () => {
  profile = await openProfile();
  const { page, context } = profile;
  await visitUntilControlled(page, '/');

  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  expect(installabilityErrors).toEqual([]);
  await cdp.detach();

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(new URL(href!, baseUrl() + '/').href);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
  expect(manifest).toMatchObject({ name: 'Roadcards', short_name: 'Roadcards', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);

  const hasIcon = (size: string, purpose: string) =>
    manifest.icons.some((icon) => icon.sizes.split(' ').includes(size) && (icon.purpose ?? 'any').split(' ').includes(purpose));
  expect(hasIcon('192x192', 'any')).toBe(true);
  expect(hasIcon('512x512', 'any')).toBe(true);
  expect(manifest.icons.some((icon) => (icon.purpose ?? '').split(' ').includes('maskable'))).toBe(true);

  // Each icon is a real image of the size it claims.
  for (const icon of manifest.icons) {
    const size = await page.evaluate(async (src) => {
      const bitmap = await createImageBitmap(await (await fetch(src)).blob());
      return `${bitmap.width}x${bitmap.height}`;
    }, icon.src);
    expect(icon.sizes.split(' '), icon.src).toContain(size);
  }
});
