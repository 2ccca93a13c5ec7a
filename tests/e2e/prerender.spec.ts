// The prerendered first screen (src/app/prerender.rs, issue 12): static HTML with the
// default run's real numbers shows before the wasm runs; the wasm is fetched after it
// has painted; the app takes over without a jump; a link, the stored theme and an embed
// never show the wrong screen; until the app runs its controls say it is starting.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { appStarted, frames, gotoApp } from './helpers';

/// Holds the wasm back until `release()`: the page stays on its prerendered screen.
async function holdWasm(page: Page) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/// Where the main parts of the screen are, and what they say.
async function layout(page: Page) {
  const parts = ['h1', '[data-testid=narration]', '[data-testid=stage-canvas]', '[data-testid=play]',
    '[data-testid=timeline]', '.side', '.metrics', '[data-testid=slider-bandwidth]'];
  const out: Record<string, unknown> = {};
  for (const p of parts) {
    const el = page.locator(p).first();
    out[p] = { box: await el.boundingBox(), text: (await el.textContent())?.trim() };
  }
  out.sliders = await page.locator('.slider-value').allTextContents();
  out.metrics = await page.locator('.metrics td').allTextContents();
  return out;
}

const sizes = [
  { name: 'desktop', viewport: { width: 1920, height: 1080 } },
  { name: 'laptop', viewport: { width: 1366, height: 768 } },
  { name: 'projector', viewport: { width: 1024, height: 768 } },
];

for (const { name, viewport } of sizes) {
  test(`${name}: the first screen is the app's, and the app takes over without moving anything`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const release = await holdWasm(page);
    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: 'Starting the simulator' })).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
    // Honest: the default run's narration and numbers, and the controls say they wait.
    await expect(page.getByTestId('narration')).not.toBeEmpty();
    await expect(page.getByTestId('play')).toBeDisabled();
    await expect(page.getByTestId('slider-bandwidth')).toBeDisabled();
    const before = await layout(page);
    release();
    await appStarted(page);
    await expect(page.getByRole('status').filter({ hasText: 'Starting the simulator' })).toHaveCount(0);
    await expect(page.getByTestId('play')).toBeEnabled();
    // Read until the app has painted its first frame: the same boxes and words.
    await expect.poll(() => layout(page)).toEqual(before);
  });
}

// The phone: the prerender cannot know the width at build time, so the style sheet gives its
// canvas the stacked picture's size (styles/lecture.css, the same formula as Layout::fit).
test('phone: the same screen before and after the app starts', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true,
  });
  const page = await context.newPage();
  // Every layout shift, including one in a single frame between the two screens (the app's
  // first frame before its picture is sized), which comparing the two screens cannot see.
  await page.addInitScript(() => {
    (window as unknown as { shifts: number[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { shifts: number[] }).shifts.push((e as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.getByTestId('play')).toBeDisabled();
  const before = await layout(page);
  release();
  await appStarted(page);
  await expect.poll(() => layout(page)).toEqual(before);
  // Shifts are reported after the frame that made them: let the started app draw a few.
  await frames(page, 10);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  // Lighthouse's target for the whole load is CLS <= 0.02.
  expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.02);
  await context.close();
});

test('the prerendered screen passes axe', async ({ page }) => {
  await holdWasm(page);
  await page.goto('/');
  await expect(page.getByTestId('play')).toBeDisabled();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('the wasm is fetched after the first paint, and nothing preloads it', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  expect(html).not.toMatch(/<link rel="(modulepreload|preload)"/);
  expect(html).toContain('class="prerender"');
  await gotoApp(page, '/');
  const t = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('_bg.wasm'));
    return { paint: paint?.startTime, wasm: wasm?.startTime };
  });
  expect(t.paint).toBeGreaterThan(0);
  expect(t.wasm).toBeGreaterThan(t.paint!);
});

test('a link shows only the starting status until its own screen runs', async ({ page }) => {
  for (const query of ['?type=cold&t=30', '?embed=1', '?some-future-key=1', '#a-fragment']) {
    const release = await holdWasm(page);
    await page.goto(`/${query}`);
    await expect(page.locator('html')).toHaveAttribute('data-prerender', 'aside');
    await expect(page.getByRole('status').filter({ hasText: 'Starting the simulator' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'VM Migration Lab' })).toBeHidden();
    await expect(page.getByTestId('narration')).toBeHidden();
    release();
    await appStarted(page);
    await page.unroute(/_bg\.wasm$/);
  }
  await gotoApp(page, '/?type=cold&t=30');
  await expect(page.getByTestId('type-cold')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('narration')).toBeVisible();
});

test('the stored theme and the system theme apply before the first paint', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await gotoApp(page, '/');
  const light = await background();
  await page.evaluate(() => localStorage.setItem('vm-migration-lab.theme', 'dark'));
  let release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background();
  expect(dark).not.toBe(light);
  release();
  await appStarted(page);
  expect(await background()).toBe(dark);
  await page.unroute(/_bg\.wasm$/);

  await page.evaluate(() => localStorage.removeItem('vm-migration-lab.theme'));
  await page.emulateMedia({ colorScheme: 'dark' });
  release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  release();
  await appStarted(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('in a sandboxed frame (storage throws) the head script still sets the theme and steps aside', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/__e2e/embed-host.html?embed=1');
  const frame = page.frameLocator('#lab');
  await appStarted(frame);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.locator('html')).toHaveAttribute('data-prerender', 'aside');
  // The frame really is sandboxed: storage throws there.
  const throws = await page.frames()[1].evaluate(() => {
    try {
      localStorage.length;
      return false;
    } catch {
      return true;
    }
  });
  expect(throws).toBe(true);
});
