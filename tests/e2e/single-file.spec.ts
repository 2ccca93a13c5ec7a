// The one offline file (make single-file → dist-single/vm-migration-lab.html) works
// opened from disk: links, drawing, playback, dialogs.
import { test, expect, drawnPixels } from './fixtures';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gotoApp } from './helpers';

const file = resolve(process.env.E2E_SINGLE_FILE ?? 'dist-single/vm-migration-lab.html');

test('the single HTML file runs from file://', async ({ page }) => {
  expect(existsSync(file), `${file} is built by make single-file (make test builds it)`).toBe(true);
  // Its policy allows exactly its inline scripts and styles, by hash: no 'unsafe-inline'.
  const html = readFileSync(file, 'utf8');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1] ?? '';
  expect(policy).toMatch(/script-src ('sha256-[^']+' ){2}'wasm-unsafe-eval'/);
  expect(policy).toMatch(/style-src 'sha256-/);
  expect(policy).not.toContain('unsafe-inline');
  await page.addInitScript(() => {
    (window as any).violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).violations.push(e.violatedDirective));
  });
  await gotoApp(page, `${pathToFileURL(file)}?type=cold&t=30`);
  await expect(page.getByRole('heading', { name: 'VM Migration Lab' })).toBeVisible();
  await expect(page.getByTestId('type-cold')).toHaveAttribute('aria-pressed', 'true');
  expect(await drawnPixels(page)).toBeGreaterThan(10_000);
  await expect(page.getByTestId('metric-time').locator('.now')).toHaveText('30 s');
  // Nothing was fetched: the document is the only resource.
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  expect(resources.filter((r) => !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveAccessibleName('Pause');
  await page.getByTestId('share-open').click();
  await expect(page.getByTestId('share-link')).toHaveValue(/^file:\/\/.*type=cold/);
  await page.keyboard.press('Escape');
  // Both halves of the wasm (docs/loading.md) are in the file: a secondary view opens
  // without waiting for anything.
  await page.getByTestId('view-compare').click();
  await expect(page.getByTestId('compare-row-live')).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByName('split-sync-load').length)).toBe(0);
  expect(await page.evaluate(() => (window as any).violations)).toEqual([]);
});
