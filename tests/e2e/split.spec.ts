// The wasm in two halves (docs/loading.md, assets/split.js, tools/split-wasm): the first
// screen runs on the primary alone; the secondary comes after the app has started, or at
// once for a link that needs it; a function wanted before it arrived waits for it; a
// secondary that cannot be downloaded is reported, never a blank page.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { appStarted, frames, gotoApp, playheadMoved, playheadOf, settledUrl, snapshot } from './helpers';

const SECONDARY = /_split\.wasm$/;

// Every parameter a link can carry, and the types (shared with scripts/split-profile.mjs,
// which profiles these links).
const { types: TYPES, everyParameter: EVERY_PARAMETER } = JSON.parse(
  readFileSync('tests/e2e/course-links.json', 'utf8'),
) as { types: string[]; everyParameter: string };

/// When the app said it was ready (`data-app="ready"`), on the page's clock.
async function recordReady(page: Page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.app === 'ready') {
        (window as unknown as { readyAt: number }).readyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
  });
}

/// What a test that holds the secondary back, or aborts it, makes the browser say.
const ABORTED = /Failed to load resource|the app's secondary module (could not be|is not) loaded/;

const marks = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n, 'mark').map((m) => (m as PerformanceMark).detail), name);

test('the first screen runs on the primary; the secondary is fetched after the app starts', async ({ page }) => {
  await recordReady(page);
  const wasm: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(r.url());
  });
  await gotoApp(page, '/');
  await expect.poll(() => marks(page, 'split-loaded')).toHaveLength(1);
  expect(await marks(page, 'split-sync-load'), 'no function waited for the secondary').toEqual([]);
  expect(wasm.map((u) => SECONDARY.test(u))).toEqual([false, true]);
  const { readyAt, secondaryAt } = await page.evaluate(() => ({
    readyAt: (window as unknown as { readyAt: number }).readyAt,
    secondaryAt: performance.getEntriesByType('resource').find((e) => e.name.endsWith('_split.wasm'))!.startTime,
  }));
  expect(secondaryAt, 'requested after the app was ready').toBeGreaterThanOrEqual(readyAt);
  // The feature views' style sheet comes with the secondary, not with the first screen.
  const featuresAt = await featureSheetAt(page);
  const startedAt = await page.evaluate(() => performance.getEntriesByName('app-started')[0].startTime);
  expect(featuresAt, 'the feature style sheet, after the app started').toBeGreaterThanOrEqual(startedAt);
  // Play, pause and the clicker keys run on the primary too.
  const before = await playheadOf(page);
  await page.keyboard.press('.');
  await playheadMoved(page, before);
  await page.keyboard.press('PageDown');
  expect(await marks(page, 'split-sync-load')).toEqual([]);
});

test('a link into a lesson fetches both halves at once and never waits for the second', async ({ page }) => {
  await recordReady(page);
  await gotoApp(page, '/?lesson=drama');
  await expect(page.getByTestId('lesson')).toBeVisible();
  expect(await marks(page, 'split-sync-load')).toEqual([]);
  expect(await marks(page, 'split-loaded')).toHaveLength(1);
  // The lesson's styles were there before the app drew it: its panel is laid out by them.
  const { readyAt, featuresEnd } = await page.evaluate(() => ({
    readyAt: (window as unknown as { readyAt: number }).readyAt,
    featuresEnd: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
      /\/features-[0-9a-f]+\.css$/.test(e.name),
    )!.responseEnd,
  }));
  expect(featuresEnd, 'the feature style sheet, before the app was ready').toBeLessThanOrEqual(readyAt);
  await expect(page.getByTestId('lesson').locator('.lesson-head')).toHaveCSS('display', 'flex');
});

/// When the page asked for the feature style sheet (scripts/merge-css.mjs), on its clock.
async function featureSheetAt(page: Page): Promise<number> {
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('link[href*="/features-"]').length))
    .toBe(1);
  return page.evaluate(
    () => performance.getEntriesByType('resource').find((e) => /\/features-[0-9a-f]+\.css$/.test(e.name))!.startTime,
  );
}

test.describe('with the secondary held back or missing', () => {
test.use({ expectedProblems: ABORTED });

test('a feature used before the background fetch arrives waits for the secondary, then works', async ({ page }) => {
  // The background fetch never arrives; the synchronous request (XHR) is served.
  await page.route(SECONDARY, (route) =>
    route.request().resourceType() === 'xhr' ? route.continue() : route.abort(),
  );
  await gotoApp(page, '/');
  expect(await marks(page, 'split-loaded')).toEqual([]);
  await page.getByTestId('help-open').click();
  await expect(page.getByTestId('dialog-help')).toBeVisible();
  const waited = await marks(page, 'split-sync-load');
  expect(waited).toHaveLength(1);
  expect(typeof waited[0], 'the stub names its slot').toBe('number');
  await page.keyboard.press('Escape');
  await page.getByTestId('view-compare').click();
  await expect(page.getByTestId('compare-row-live')).toBeVisible();
  expect(await marks(page, 'split-sync-load'), 'loaded once').toHaveLength(1);
});

test('a secondary that cannot be downloaded is reported and the first screen stays', async ({ page }) => {
  await page.route(SECONDARY, (route) => route.abort());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await gotoApp(page, '/');
  await page.getByTestId('help-open').click();
  const banner = page.locator('.crash[role=alert]');
  await expect(banner).toContainText('could not be downloaded (no connection to the server)');
  await expect(banner).toContainText('Reload the page');
  await expect(banner).toBeInViewport();
  // More calls in the next seconds neither ask again nor add banners.
  await page.mouse.move(300, 300);
  await page.keyboard.press('ArrowRight');
  await frames(page, 3);
  await expect(banner).toHaveCount(1);
  await expect(page.getByTestId('stage-canvas')).toBeVisible();
  await expect(page.getByTestId('narration')).not.toBeEmpty();
  expect(errors.join('\n')).toContain('secondary module could not be loaded');
});

test('the first interactions never wait for the secondary: system theme, rotation, types, sliders', async ({ page }) => {
  await page.route(SECONDARY, async (route) => {
    await new Promise((r) => setTimeout(r, 5000));
    await route.continue();
  });
  await gotoApp(page, '/');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  await page.setViewportSize({ width: 390, height: 844 });
  await frames(page, 3);
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const type of TYPES) {
    await page.getByTestId(`type-${type}`).click();
    await expect(page.getByTestId(`type-${type}`)).toHaveAttribute('aria-pressed', 'true');
  }
  await page.locator('input[type=range]').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  expect(await marks(page, 'split-sync-load')).toEqual([]);
});
});

test('the embed page starts on the primary alone', async ({ page }) => {
  await page.goto('/?embed=1');
  await appStarted(page);
  const before = await playheadOf(page);
  await page.keyboard.press('.');
  await playheadMoved(page, before);
  expect(await marks(page, 'split-sync-load')).toEqual([]);
});

// The primary carries only the static data its own code can name (tools/split-wasm
// src/data.rs); the rest arrives with the secondary. Before it arrives, what the first
// screen shows must already be whole: the same picture, narration, metrics and sliders.
test.describe('with the secondary missing', () => {
test.use({ expectedProblems: ABORTED });

for (const link of ['/', '/?preset=ecommerce-rollback&t=50', '/?type=postcopy&t=20', '/?type=suspended&t=40']) {
  test(`the first screen needs nothing from the secondary: ${link}`, async ({ page, browser }) => {
    await page.route(SECONDARY, (route) => route.abort());
    await gotoApp(page, link);
    const alone = await snapshot(page);
    expect(await marks(page, 'split-sync-load')).toEqual([]);
    await expect(page.locator('.crash')).toHaveCount(0);
    const other = await browser.newPage();
    await gotoApp(other, link);
    await expect.poll(() => marks(other, 'split-loaded')).toHaveLength(1);
    expect(await snapshot(other)).toEqual(alone);
    await other.close();
  });
}

// A course link starts on the primary alone: every scenario's link as the app writes it,
// and every type with every parameter. A stale tools/split-wasm/first-screen.txt fails
// here (`make split-profile` writes it again).
test('course links start on the primary alone, whatever parameters they carry', async ({ page }) => {
  // About forty page loads (each up to appStarted's 20 s) and a settled URL (at least
  // 1.5 s) for each of the ~18 scenarios: room for a machine twice as slow.
  test.setTimeout(300_000);
  await page.route(SECONDARY, (route) => route.abort());
  await gotoApp(page, '/');
  const presets = await page
    .locator('#preset-select option:not([disabled])')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(presets.length).toBeGreaterThan(5);
  const links: string[] = [];
  for (const preset of presets) {
    await gotoApp(page, `/?preset=${preset}`);
    // The app writes its link at most every 400 ms: wait until it stops changing.
    links.push(new URL(await settledUrl(page)).search);
  }
  for (const type of TYPES) links.push(`?type=${type}&${EVERY_PARAMETER}`);
  for (const link of links) {
    await gotoApp(page, `/${link}`);
    if (link.includes(EVERY_PARAMETER)) await expect(page.getByTestId('link-notice'), link).toHaveCount(0);
    expect(await marks(page, 'split-sync-load'), link).toEqual([]);
    await expect(page.locator('.crash'), link).toHaveCount(0);
  }
});
});
