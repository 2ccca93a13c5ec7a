// Charts: the sweep follows the sliders, the per-round chart shows the run, scenarios
// tell their story, and every value can be read out from the keyboard. Every spec
// fails on a console or page error (the fixture).
import { test, expect, openApp } from './fixtures';

test('moving the dirty-rate slider moves the point and changes the table', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('view-compare').click();
  const point = page.getByTestId('sweep-current');
  await expect(point).toBeVisible();
  const x0 = (await point.getAttribute('data-x'))!;
  const liveTotal = page.getByTestId('compare-row-live').locator('.total .value');
  const before = (await liveTotal.textContent())!;
  const slider = page.getByTestId('slider-dirty-rate');
  await slider.focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowLeft');
  await expect(point).not.toHaveAttribute('data-x', x0);
  expect(+(await point.getAttribute('data-x'))!).toBeLessThan(+x0);
  await expect(liveTotal).not.toHaveText(before);
  await expect(page.getByTestId('sweep-readout')).toContainText('Now: dirty rate');
  // The sweep recomputed within a frame in this browser, and says how long it took.
  await page.getByTestId('slider-memory').focus();
  await page.keyboard.press('ArrowRight');
  const ms = await page.getByTestId('sweep').getAttribute('data-sweep-ms');
  console.log(`sweep of ${await page.getByTestId('sweep').getAttribute('data-sweep-points')} runs: ${ms} ms`);
  expect(Number(ms)).toBeGreaterThan(0);
});

test('the sweep marks λ = 1 and reads out exact values from the keyboard', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('view-compare').click();
  await expect(page.getByTestId('sweep-lambda')).toBeVisible();
  const chart = page.getByTestId('sweep').locator('svg.chart');
  await chart.focus();
  const readout = page.getByTestId('sweep-readout');
  await page.keyboard.press('Home');
  await expect(readout).toContainText('At dirty rate 1 MB/s');
  await expect(page.getByTestId('sweep-crosshair')).toBeVisible();
  await page.keyboard.press('End');
  await expect(readout).toContainText('At dirty rate 10 GB/s');
  // Live never converges at λ = 80.
  await expect(readout).toContainText('Live did not converge');
  // Other axis and metric.
  await page.getByTestId('sweep-axis-bandwidth').click();
  await page.getByTestId('sweep-metric-bytes-sent').click();
  await expect(chart.locator('title').first()).toHaveText('Data sent against bandwidth');
  await chart.focus();
  await page.keyboard.press('End');
  await expect(readout).toContainText('At bandwidth 100 Gbit/s');
  const atEnd = (await readout.textContent())!;
  // Hovering reads out too, at the value under the pointer: a readout other than End's,
  // and the crosshair moved under the pointer.
  const box = (await chart.boundingBox())!;
  const mx = box.x + box.width * 0.5;
  await page.mouse.move(mx, box.y + box.height * 0.6);
  await expect(readout).not.toHaveText(atEnd);
  await expect(readout).toContainText('At bandwidth');
  const hair = page.getByTestId('sweep-crosshair').locator('line');
  await expect
    .poll(async () => {
      const b = await hair.boundingBox();
      return b ? Math.abs(b.x + b.width / 2 - mx) : Infinity;
    })
    .toBeLessThan(4);
});

test('charts carry no inline style (strict CSP) and are standalone SVG', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('panel-charts').click();
  await page.getByTestId('view-compare').click();
  await expect(page.locator('[style]')).toHaveCount(0);
  for (const svg of await page.locator('svg.chart').all()) {
    await expect(svg).toHaveAttribute('xmlns', 'http://www.w3.org/2000/svg');
    await expect(svg).toHaveAttribute('viewBox', /^0 0 \d+/);
  }
  await page.getByTestId('view-main').click();
  await expect(page.getByTestId('charts-panel')).toBeVisible();
  await expect(page.locator('[style]')).toHaveCount(0);
});

test('the per-round chart shows rounds, the threshold and where the run stops', async ({ page }) => {
  // The textbook worked example of docs/model.md: 22 whole pre-copy rounds, then
  // stop-and-copy (the default qemu policy ends its passes part-way: 29 of them).
  await openApp(page, '?policy=textbook');
  await page.getByTestId('panel-charts').click();
  const chart = page.getByTestId('round-chart');
  await expect(chart).toHaveAttribute('data-rounds', '23');
  await expect(chart).toContainText('Textbook: stop at ≤ 35.8 MiB');
  const readout = page.getByTestId('round-chart-readout');
  await expect(readout).toContainText('22 pre-copy rounds, converged');
  await chart.locator('svg').focus();
  await page.keyboard.press('End');
  await expect(readout).toContainText('Stop-and-copy (VM paused): sent');
  await page.keyboard.press('Home');
  await expect(readout).toContainText('Round 0: sent 4 GiB');
  // Hovering a bar reads out that round: round 11 of 23 sits just right of the middle.
  const box = (await chart.locator('svg').boundingBox())!;
  const plotLeft = box.x + (92 / 336) * box.width;
  const plotRight = box.x + ((336 - 16) / 336) * box.width;
  await page.mouse.move(plotLeft + ((11.5) / 23) * (plotRight - plotLeft), box.y + box.height * 0.7);
  await expect(readout).toContainText('Round 11: sent');
  // Cold has no rounds.
  await page.getByTestId('type-cold').click();
  await expect(page.getByTestId('round-chart-empty')).toBeVisible();
  // Auto-converge shows the throttle.
  await page.getByTestId('preset-select').selectOption('hpc-auto-converge');
  await expect(chart).toContainText('vCPU throttle');
  await page.getByTestId('preset-select').selectOption('hpc-thrash');
  await expect(readout).toContainText('not converged');
  await expect(chart).not.toContainText('vCPU throttle');
});

test('a scenario tells its story, and the story can be hidden and shown again', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('preset-select').selectOption('clark-specweb');
  const story = page.getByTestId('story');
  await expect(story).toBeVisible();
  await expect(story).toContainText('210 ms');
  await expect(page.getByTestId('type-live')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('story-close').click();
  await expect(story).toHaveCount(0);
  await page.getByTestId('story-show').click();
  await expect(story).toBeVisible();
  // Changing a parameter keeps the story but says the run is no longer the scenario.
  await page.getByTestId('story-close').click();
  await page.getByTestId('slider-dirty-rate').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('preset-changed')).toBeVisible();
});
