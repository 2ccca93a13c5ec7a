// A page's life (issue 13): a click, a tap or the arrow keys on the picture select a cell
// and the stage tells its story in this run; a clicker still drives the lecture.
import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';

const canvas = (page: Page) => page.getByTestId('stage-canvas');

/// Clicks the picture at logical pixel (x, y) of its 1000-wide default layout.
async function clickLogical(page: Page, x: number, y: number) {
  const box = (await canvas(page).boundingBox())!;
  const logical = Number(await canvas(page).getAttribute('data-logical-width'));
  const k = box.width / logical;
  await canvas(page).click({ position: { x: x * k, y: y * k } });
}

test('a click on a cell tells its life: sent in round 0, dirtied, sent again, present at the end', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await expect(page.getByTestId('page-life')).toHaveCount(0);
  // The source grid's first cell: 12 px in from the host box at (8, 8), under its 48 px header.
  await clickLogical(page, 8 + 12 + 3, 8 + 48 + 8 + 3);
  await expect(canvas(page)).toHaveAttribute('data-selected-cell', '0');
  const life = page.getByTestId('page-life');
  await expect(life.getByRole('heading')).toContainText('Cell 1 of 768');
  const steps = life.locator('li');
  await expect(steps.first()).toContainText('At the start: source not yet copied');
  await expect(life).toContainText('in round 0');
  await expect(steps.last()).toContainText('The VM runs at the destination with this page.');
  // The default guest keeps writing its first pages: this one is sent more than once.
  expect(await life.getByText(/guest wrote to it/i).count()).toBeGreaterThan(0);
  // A click on the link, between the hosts, is no cell: the selection stays.
  await clickLogical(page, 500, 200);
  await expect(canvas(page)).toHaveAttribute('data-selected-cell', '0');
  await life.getByTestId('page-life-close').click();
  await expect(life).toHaveCount(0);
});

test('the keyboard moves from cell to cell on the focused picture, and Esc closes the story', async ({ page }) => {
  await openApp(page);
  await canvas(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(canvas(page)).toHaveAttribute('data-selected-cell', '1');
  await page.keyboard.press('ArrowDown');
  await expect(canvas(page)).toHaveAttribute('data-selected-cell', '33');
  await expect(page.getByTestId('page-life').getByRole('heading')).toContainText('Cell 34 of 768');
  // The arrows moved the cell, not the playhead.
  expect(Number(await page.getByTestId('timeline').getAttribute('aria-valuenow'))).toBe(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('page-life')).toHaveCount(0);
});

test('after a click on the picture a clicker still steps the lecture', async ({ page }) => {
  await openApp(page);
  await clickLogical(page, 8 + 12 + 3, 8 + 48 + 8 + 3);
  await expect(canvas(page)).toHaveAttribute('data-selected-cell', '0');
  const before = Number(await page.getByTestId('timeline').getAttribute('aria-valuenow'));
  await page.keyboard.press('PageDown');
  await expect
    .poll(async () => Number(await page.getByTestId('timeline').getAttribute('aria-valuenow')))
    .toBeGreaterThan(before);
  await expect(canvas(page)).toHaveAttribute('data-selected-cell', '0');
});

test.describe('390×844 phone, touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });

  test('a tap on a cell of the stacked picture tells its life, readable on the phone', async ({ page }) => {
    await openApp(page, '?t=20');
    await expect(canvas(page)).toHaveAttribute('data-layout', 'stacked');
    const box = (await canvas(page).boundingBox())!;
    // The source host is on top: a cell a fifth of the way across, a few rows under its
    // 48 px header.
    await canvas(page).tap({ position: { x: box.width * 0.2, y: 8 + 48 + 8 + 20 } });
    await expect(canvas(page)).toHaveAttribute('data-selected-cell', /^\d+$/);
    const cell = Number(await canvas(page).getAttribute('data-selected-cell'));
    expect(cell).toBeGreaterThanOrEqual(0);
    const life = page.getByTestId('page-life');
    await expect(life.getByRole('heading')).toContainText(`Cell ${cell + 1} of 768`);
    await expect(life.locator('li').first()).toContainText('At the start');
    // The story fits the phone's width and its close button is a full touch target.
    const panel = (await life.boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(390);
    const close = (await life.getByTestId('page-life-close').boundingBox())!;
    expect(Math.min(close.width, close.height)).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await life.getByTestId('page-life-close').tap();
    await expect(life).toHaveCount(0);
  });
});
