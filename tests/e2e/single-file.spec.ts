// The one offline file (make single-file → dist-single/vm-migration-lab.html) works
// opened from disk: links, drawing, playback, dialogs.
import { test, expect, drawnPixels } from './fixtures';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gotoApp } from './helpers';

const file = resolve(process.env.E2E_SINGLE_FILE ?? 'dist-single/vm-migration-lab.html');

test('the single HTML file runs from file://', async ({ page }) => {
  expect(existsSync(file), `${file} is built by make single-file (make test builds it)`).toBe(true);
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
});
