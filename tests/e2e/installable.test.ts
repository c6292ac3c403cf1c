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

test('Chromium reports no installability errors; the manifest names the app with 192/512 and maskable icons, an id, phone screenshots and shortcuts', async () => {
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

  // A fixed id; phone screenshots for the install dialog; shortcuts to Study due and Drill that the app routes.
  expect(manifest.id).toBe('/');
  const screenshots = manifest.screenshots as (ManifestIcon & { form_factor?: string })[];
  expect(screenshots.length).toBeGreaterThan(0);
  expect(screenshots.every((shot) => shot.form_factor === 'narrow')).toBe(true);
  const shortcuts = manifest.shortcuts as { name: string; url: string }[];
  expect(shortcuts.map((shortcut) => shortcut.url)).toEqual(['/study/all', '/drill']);
  await page.goto(baseUrl() + '/study/all');
  await page.locator('[data-card-id]').waitFor();

  // Each icon and screenshot is a real image of the size it claims.
  for (const shot of screenshots) {
    const size = await page.evaluate(async (src) => {
      const bitmap = await createImageBitmap(await (await fetch(src)).blob());
      return `${bitmap.width}x${bitmap.height}`;
    }, shot.src);
    expect(shot.sizes, shot.src).toBe(size);
  }
  for (const icon of manifest.icons) {
    const size = await page.evaluate(async (src) => {
      const bitmap = await createImageBitmap(await (await fetch(src)).blob());
      return `${bitmap.width}x${bitmap.height}`;
    }, icon.src);
    expect(icon.sizes.split(' '), icon.src).toContain(size);
  }
});
