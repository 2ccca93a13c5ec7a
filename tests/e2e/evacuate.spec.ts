// Issue 27: the host-evacuation view. Two 4 GiB VMs writing 100 MB/s over 1 Gbit/s
// converge one at a time and not together; the view opens from a link, plays on the
// app's one playhead, K changes the outcome, a phone shows it without sideways
// scrolling, and a malformed vm= is named in the notice.
import { test, expect, openApp } from './fixtures';
import { evacuateView } from './pages';
import { gotoApp, settledUrl } from './helpers';

const TWO = '?view=evacuate&vm=mem=4GiB,dirty=100MB/s&vm=mem=4GiB,dirty=100MB/s';

test('the view opens from a link and writes the same link back', async ({ page }) => {
  await openApp(page, `${TWO}&k=1`);
  const v = evacuateView(page);
  await expect(v.root).toBeVisible();
  await expect(page.getByTestId('view-evacuate')).toHaveAttribute('aria-pressed', 'true');
  await expect(v.caption).toContainText('every VM leaves one at a time (K = 1)');
  await expect(v.caption).toContainText('with K = 2, vm1 and vm2 do not converge');
  await expect(v.table.locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
  // The specs stay readable in the address bar and read back the same.
  const url = await settledUrl(page);
  expect(url).toContain('view=evacuate&vm=mem=4GiB,dirty=100MB/s&vm=mem=4GiB,dirty=100MB/s&k=1');
  const figures = await v.table.textContent();
  await gotoApp(page, url);
  await expect(v.table).toHaveText(figures!);
});

test('the evacuation opens from the view tabs and plays on the one playhead', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('view-evacuate').click();
  const v = evacuateView(page);
  await expect(v.root).toBeVisible();
  await expect(v.tile(1)).toHaveAttribute('data-status', 'waiting');
  await page.getByTestId('play').click();
  await expect(v.scrub).not.toHaveValue('0');
  await expect(v.tile(0)).toHaveAttribute('data-status', 'copying');
  // Its memory drains as its pages cross.
  await expect
    .poll(async () => Number(await v.tile(0).getAttribute('data-on-host')))
    .toBeLessThan(0.9);
  await page.getByTestId('play').click();
  const paused = await v.scrub.inputValue();
  await expect(page.getByTestId('play')).toHaveText(/Play/);
  await expect(v.scrub).toHaveValue(paused);
  // Scrubbing to the end: both left the host.
  await v.scrub.fill('1000');
  await expect(v.tile(0)).toHaveAttribute('data-status', 'left');
  await expect(v.tile(1)).toHaveAttribute('data-status', 'left');
});

test('K changes the outcome: one at a time both converge, together neither does', async ({ page }) => {
  await openApp(page, TWO);
  const v = evacuateView(page);
  expect(await v.converged()).toEqual(['yes', 'yes']);
  await expect(v.stayed).toHaveText('none');
  await v.setK(2);
  await expect.poll(() => v.converged()).toEqual(['no', 'no']);
  await expect(v.stayed).toHaveText('vm1 and vm2');
  await expect(page.getByTestId('evac-peak')).toHaveText('2');
  await expect(page.getByTestId('evac-link-words')).toContainText('vm1 62.5 MB/s (50 %)');
  const link = new URL(await settledUrl(page, (q) => q.get('k') === '2'));
  expect(link.searchParams.get('k')).toBe('2');
  await v.setK(1);
  await expect.poll(() => v.converged()).toEqual(['yes', 'yes']);
});

test('a VM is added with the form and removed from its tile', async ({ page }) => {
  await openApp(page, TWO);
  const v = evacuateView(page);
  await page.getByTestId('evac-add-mem').fill('2');
  await page.getByTestId('evac-add-dirty').fill('10');
  await page.getByTestId('evac-add-name').fill('small');
  await page.getByTestId('evac-add-button').click();
  await expect(v.table.locator('tbody tr')).toHaveCount(3);
  await expect(v.tile(2)).toContainText('small');
  const link = new URL(await settledUrl(page, (q) => q.getAll('vm').length === 3));
  expect(link.searchParams.getAll('vm')[2]).toBe('mem=2GiB,dirty=10MB/s,name=small');
  await page.getByTestId('evac-remove-2').click();
  await expect(v.table.locator('tbody tr')).toHaveCount(2);
  // Out of the sliders' range: named, nothing added.
  await page.getByTestId('evac-add-mem').fill('5000');
  await page.getByTestId('evac-add-button').click();
  await expect(page.getByTestId('evac-add-error')).toContainText('Memory 0.25–1024 GiB');
  await expect(v.table.locator('tbody tr')).toHaveCount(2);
});

test('a phone shows the evacuation without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, `${TWO}&k=2`);
  const v = evacuateView(page);
  await expect(v.root).toBeVisible();
  await page.getByTestId('evac-maintenance').click();
  await expect(v.table.locator('tbody tr')).toHaveCount(8);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(wide).toBeLessThanOrEqual(0);
  for (const id of ['evac-caption', 'evac-k', 'evac-bars', 'evac-table', 'evac-add-button']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.x, id).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, id).toBeLessThanOrEqual(390);
  }
});

test('a malformed vm=, k and order are named in the notice and the rest is used', async ({ page }) => {
  await openApp(page, '?view=evacuate&vm=mem=lots&vm=mem=4GiB,dirty=100MB/s,name=db&k=0&order=random');
  const notice = page.getByTestId('link-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('vm=mem=lots');
  await expect(notice).toContainText('k=0');
  await expect(notice).toContainText('order=random');
  const v = evacuateView(page);
  await expect(v.table.locator('tbody tr')).toHaveCount(1);
  await expect(v.table).toContainText('db');
  // Nothing usable: the two writers, and the notice says so.
  await openApp(page, '?view=evacuate&vm=nonsense');
  await expect(page.getByTestId('link-notice')).toContainText('vm=nonsense');
  await expect(v.table.locator('tbody tr')).toHaveCount(2);
});

// A lesson's evacuation step on a projector: the step, the hosts, the link and the
// playback are all on the screen at once, and the clicker still steps the lesson.
for (const [width, height] of [[1024, 768], [1280, 720], [1366, 768], [1920, 1080]]) {
  test(`presenting a lesson's evacuation step at ${width}×${height} keeps the playback on screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    // Step 5 has the longest text of the lesson's evacuation steps.
    await openApp(page, '?lesson=evacuation&step=5&present=1');
    const v = evacuateView(page);
    await expect(v.root).toBeVisible();
    for (const part of [page.getByTestId('lesson-text'), v.tile(0), v.tile(1), v.scrub, page.getByTestId('play'), page.getByTestId('lesson').getByRole('button', { name: /Next/ })]) {
      const box = (await part.boundingBox())!;
      expect(box, 'on the page').not.toBeNull();
      expect(box.y + box.height, 'above the screen\'s bottom edge').toBeLessThanOrEqual(height);
      expect(box.x + box.width, 'inside the screen\'s right edge').toBeLessThanOrEqual(width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('lesson-position')).toContainText('6');
  });
}
