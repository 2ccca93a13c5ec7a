import { test as base, expect, Page } from '@playwright/test';
import { gotoApp } from './helpers';

// Every spec fails on a page error or a console error, but those a test expects and
// names with `test.use({ expectedProblems: /…/ })` (a download the test itself aborts).
// One pattern, not a list: Playwright reads an array given to `test.use` as
// [value, options].
export const test = base.extend<{ page: Page; expectedProblems: RegExp }>({
  expectedProblems: [/(?!)/, { option: true }],
  page: async ({ page, expectedProblems }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await use(page);
    const unexpected = problems.filter((p) => !expectedProblems.test(p));
    expect(unexpected, 'no page or console errors').toEqual([]);
  },
});
export { expect };

/// Loads the app and waits until it runs (helpers.ts `gotoApp`).
export async function openApp(page: Page, query = '') {
  await gotoApp(page, `/${query}`);
  await expect(page.getByRole('heading', { name: 'VM Migration Lab' })).toBeVisible();
}

/// Counts canvas pixels that differ from the background: proof something was drawn.
export async function drawnPixels(page: Page, selector = '[data-testid=stage-canvas]') {
  return page.locator(selector).evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const [r0, g0, b0] = [data[0], data[1], data[2]];
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== r0 || data[i + 1] !== g0 || data[i + 2] !== b0) n++;
    }
    return n;
  });
}
