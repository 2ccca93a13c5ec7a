// Links: every parameter, the scenario, the view and the playhead live in the URL,
// which follows the work without adding history entries; a link restores the exact
// state; Share copies it.
import { test, expect, openApp } from './fixtures';
import { gotoApp, settledUrl, slide, snapshot } from './helpers';
import { dialogs } from './pages';

test('a link restores the exact state: picture, metrics, narration, sliders', async ({ page }) => {
  await openApp(page);
  await slide(page, 'bandwidth', 430);
  await slide(page, 'dirty-rate', 655);
  await page.getByTestId('type-hybrid').click();
  await slide(page, 'hybrid-rounds', 444);
  for (let i = 0; i < 3; i++) await page.getByTestId('next').click();
  const link = await settledUrl(page, (q) => q.get('type') === 'hybrid' && Number(q.get('t')) > 0);
  const q = new URL(link).searchParams;
  expect(q.get('type')).toBe('hybrid');
  expect(q.get('bw')).toMatch(/^[\d.]+(G|M)bit\/s$/);
  expect(q.get('dirty')).toMatch(/^[\d.]+(G|M)B\/s$/);
  expect(Number(q.get('t'))).toBeGreaterThan(0);
  const before = await snapshot(page);

  await page.goto('about:blank');
  await gotoApp(page, link);
  await expect(page.getByRole('heading', { name: 'VM Migration Lab' })).toBeVisible();
  expect(await snapshot(page)).toEqual(before);
  expect(page.url()).toBe(link);
});

test('a scenario, a fault and the compare view come back from a link', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('preset-select').selectOption('database-hot-set');
  await page.getByTestId('select-fault').selectOption('latency-spike');
  await page.getByTestId('view-compare').click();
  const link = await settledUrl(page, (q) => q.get('view') === 'compare');
  const q = new URL(link).searchParams;
  expect(q.get('preset')).toBe('database-hot-set');
  expect(q.get('fault')).toMatch(/^latency-spike@/);
  expect(q.get('view')).toBe('compare');
  const table = await page.getByTestId('compare-table').textContent();

  await page.goto('about:blank');
  await gotoApp(page, link);
  await expect(page.getByTestId('compare-view')).toBeVisible();
  await expect(page.getByTestId('compare-table')).toHaveText(table!);
  await expect(page.getByTestId('preset-select')).toHaveValue('database-hot-set');
});

test('the URL follows the sliders but adds no history entries', async ({ page }) => {
  await openApp(page);
  const entries = await page.evaluate(() => history.length);
  for (let pos = 300; pos < 700; pos += 10) await slide(page, 'bandwidth', pos);
  const link = await settledUrl(page);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  const shown = await page.getByTestId('slider-bandwidth-value').textContent();
  await gotoApp(page, link);
  await expect(page.getByTestId('slider-bandwidth-value')).toHaveText(shown!);
  await expect(page.getByTestId('slider-bandwidth')).toHaveValue('690');
});

test('Share copies the link to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '?type=cold&t=12.5');
  const dialog = await dialogs(page).open('share');
  await expect(page.getByTestId('share-status')).toHaveText('Link copied to the clipboard.');
  const link = await page.getByTestId('share-link').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link).toContain('type=cold');
  expect(link).toContain('t=12.5');
  // Without the playhead.
  await page.getByTestId('share-time').uncheck();
  await expect(page.getByTestId('share-link')).not.toHaveValue(/t=/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('without a clipboard, Share selects the link for Ctrl+C', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  });
  await openApp(page);
  await page.getByTestId('share-open').click();
  await expect(page.getByTestId('share-status')).toContainText('selected: press Ctrl+C');
  const selected = await page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    return el.dataset.testid === 'share-link' && el.selectionStart === 0 && el.selectionEnd === el.value.length;
  });
  expect(selected).toBe(true);
});
