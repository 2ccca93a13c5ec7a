import { test, expect, openApp, drawnPixels } from './fixtures';

test('the release build loads, draws the hosts and shows the model figures', async ({ page }) => {
  await openApp(page);
  for (const t of ['Cold', 'Suspended', 'Live (pre-copy)']) {
    await expect(page.getByRole('button', { name: t })).toBeVisible();
  }
  expect(await drawnPixels(page)).toBeGreaterThan(10_000);
  await expect(page.getByTestId('metric-time').locator('.total')).toHaveText('2 min 49 s'); // migsim's default run: 169.6 s
});

test('moving the dirty-rate slider changes its label and the run', async ({ page }) => {
  await openApp(page);
  const label = page.getByTestId('slider-dirty-rate-value');
  await expect(label).toHaveText('100 MB/s (λ = 0.80)');
  const total = page.getByTestId('metric-time').locator('.total');
  const before = await total.textContent();
  const slider = page.getByTestId('slider-dirty-rate');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowLeft');
  await expect(label).not.toHaveText('100 MB/s (λ = 0.80)');
  await expect(total).not.toHaveText(before!);
});
