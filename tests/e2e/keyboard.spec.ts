// Keyboard and clicker: space and `.` play/pause, arrows step events, PageDown/PageUp
// step phases and then scenarios, number keys pick the type, `?` lists the shortcuts.
// Keys work with nothing focused (a presenter's remote) and never while typing.
import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';

const playhead = async (page: Page) => Number(await page.getByTestId('timeline').getAttribute('aria-valuenow'));
const play = (page: Page) => page.getByTestId('play');

test('with nothing focused: space and . play and pause, arrows step events', async ({ page }) => {
  await openApp(page);
  await expect(page.locator(':focus')).toHaveCount(0);
  await page.keyboard.press(' ');
  await expect(play(page)).toHaveAccessibleName('Pause');
  await page.keyboard.press('.');
  await expect(play(page)).toHaveAccessibleName('Play');
  const t0 = await playhead(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => playhead(page)).toBeGreaterThan(t0);
  const t1 = await playhead(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => playhead(page)).toBeGreaterThan(t1);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => playhead(page)).toBe(t1);
});

test('PageDown and PageUp step phases, then scenarios', async ({ page }) => {
  await openApp(page, '?preset=finance-cold');
  const preset = page.getByTestId('preset-select');
  const narration = page.getByTestId('narration');
  const seen = new Set([await narration.textContent()]);
  let steps = 0;
  for (; steps < 30; steps++) {
    const before = await playhead(page);
    await page.keyboard.press('PageDown');
    if ((await preset.inputValue()) !== 'finance-cold') break;
    await expect.poll(() => playhead(page)).toBeGreaterThan(before);
    seen.add(await narration.textContent());
  }
  // Every phase, then the next scenario from its start.
  expect(steps).toBeGreaterThanOrEqual(3);
  expect(seen.size).toBeGreaterThanOrEqual(3);
  await expect(preset).not.toHaveValue('finance-cold');
  await expect.poll(() => playhead(page)).toBe(0);
  await page.keyboard.press('PageUp');
  await expect(preset).toHaveValue('finance-cold');
});

test('number keys pick the type; ? lists the shortcuts; Escape closes the list', async ({ page }) => {
  await openApp(page);
  for (const [key, type] of [['1', 'cold'], ['2', 'suspended'], ['4', 'postcopy'], ['5', 'hybrid'], ['3', 'live']]) {
    await page.keyboard.press(key);
    await expect(page.getByTestId(`type-${type}`)).toHaveAttribute('aria-pressed', 'true');
  }
  await page.keyboard.press('?');
  const help = page.getByTestId('dialog-help');
  await expect(help).toBeVisible();
  for (const k of ['Space', 'Page Down', '?', 'P']) await expect(help.locator('kbd', { hasText: k }).first()).toBeVisible();
  // Keys do nothing behind the dialog.
  await page.keyboard.press('1');
  await expect(page.getByTestId('type-live')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('shortcuts never fire while typing in a field', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('select-fault').focus();
  await page.keyboard.press('1');
  await page.keyboard.press('p');
  await expect(page.getByTestId('type-live')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
  await page.getByTestId('slider-bandwidth').focus();
  await page.keyboard.press(' ');
  await page.keyboard.press('?');
  await expect(play(page)).toHaveAccessibleName('Play');
  await expect(page.getByTestId('dialog-help')).toHaveCount(0);
  // In the Share dialog's field, too.
  await page.getByTestId('share-open').click();
  await page.getByTestId('share-link').focus();
  await page.keyboard.press('2');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('type-live')).toHaveAttribute('aria-pressed', 'true');
});

test('after a scenario chosen with the mouse, P presents and Space plays, keeping the scenario', async ({
  page,
}) => {
  await openApp(page);
  const preset = page.getByTestId('preset-select');
  // A pointer choice: the menu is clicked (focus by the pointer), then an option taken.
  // (Escape closes the popup headless Chromium leaves open after selectOption; with a
  // real mouse the choice closes it. The story card it opens closes with it too.)
  await preset.click();
  await preset.selectOption('finance-cold');
  await page.keyboard.press('Escape');
  await expect(preset).toBeFocused();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(preset).toHaveValue('finance-cold');
  await expect(preset).not.toBeFocused();
  // P again leaves (Esc would close the scenario's story card first).
  await page.keyboard.press('p');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
  await preset.click();
  await preset.selectOption('idle');
  await page.keyboard.press('Escape');
  await page.keyboard.press(' ');
  await expect(play(page)).toHaveAccessibleName('Pause');
  await expect(preset).toHaveValue('idle');
  // Reached with Tab, the menu keeps its keys: a letter picks an option, not the page.
  await page.keyboard.press('.');
  await preset.focus();
  await page.keyboard.press('p');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
});
