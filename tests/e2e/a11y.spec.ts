// Accessibility: axe-core finds no violations on the main, compare, evacuate, embed and
// presentation views (light and dark) or in the dialogs; the dialogs work from the
// keyboard; a polite live region announces phase changes, not every frame.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';
import { settled } from './helpers';

async function violations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const views: [string, string, ((page: Page) => Promise<void>)?][] = [
  ['main', '?t=40'],
  ['main, dark', '?t=40&theme=dark'],
  ['compare', '?view=compare'],
  ['compare, dark', '?view=compare&theme=dark'],
  ['evacuate', '?view=evacuate&k=2&t=60'],
  ['evacuate, dark', '?view=evacuate&theme=dark', (p) => p.getByTestId('evac-maintenance').click()],
  ['embed', '?embed=1&controls=type,bw,dirty,mem,ws,downtime,policy&t=40'],
  ['embed, dark', '?embed=1&controls=type,bw,dirty&theme=dark'],
  ['presentation', '?t=40', (p) => p.getByTestId('present-toggle').click()],
  ['presentation, dark', '?t=40&theme=dark', (p) => p.getByTestId('present-toggle').click()],
  ['link notice', '?bw=fast&mem=1KiB'],
  ['Share dialog', '', (p) => p.getByTestId('share-open').click()],
  ['Embed dialog', '', (p) => p.getByTestId('embed-open').click()],
  ['Export dialog', '', (p) => p.getByTestId('export-open').click()],
  ['shortcuts dialog', '', (p) => p.keyboard.press('?')],
];

for (const [name, query, setup] of views) {
  test(`axe: no violations on the ${name} view`, async ({ page }) => {
    await openApp(page, query);
    if (setup) await setup(page);
    await settled(page);
    expect(await violations(page)).toEqual([]);
  });
}

test('dialogs open and close from the keyboard and give focus back', async ({ page }) => {
  await openApp(page);
  for (const id of ['share-open', 'embed-open', 'export-open', 'help-open']) {
    const dialog = page.locator('dialog[open]');
    // Opened from the keyboard (only focus and Enter, never a click), once: the previous
    // dialog's close has settled (below), and a slow open is waited for, not pressed
    // again (a second Enter would land inside the dialog).
    await page.getByTestId(id).focus();
    await expect(page.getByTestId(id)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    // Focus is inside the dialog, and Tab never reaches the page behind it (past the
    // last control it may leave for the browser's own controls).
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(
        () => document.activeElement === document.body || !!document.activeElement?.closest('dialog'),
      );
      expect(inside, id).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId(id)).toBeFocused();
    await settled(page);
  }
});

test('a polite live region announces each phase once, not every frame', async ({ page }) => {
  await openApp(page);
  const region = page.getByTestId('phase-announcer');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(region).toHaveText('Phase: pre-copy round 0. VM running.');
  // Count the region's changes while playing fast through many frames and phases.
  await page.evaluate(() => {
    const w = window as any;
    w.changes = [];
    const el = document.querySelector('[data-testid=phase-announcer]')!;
    new MutationObserver(() => w.changes.push(el.textContent)).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    w.frames = 0;
    const tick = () => {
      w.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.getByTestId('slider-speed').fill('1000');
  await page.getByTestId('play').click();
  // About three seconds of frames at 60 per second, however long they take here.
  await expect.poll(() => page.evaluate(() => (window as any).frames as number), { timeout: 30_000 }).toBeGreaterThan(180);
  await page.getByTestId('play').click();
  const { changes, frames } = await page.evaluate(() => ({
    changes: (window as any).changes as string[],
    frames: (window as any).frames as number,
  }));
  expect(frames).toBeGreaterThan(60);
  expect(changes.length).toBeGreaterThan(0);
  expect(changes.length).toBeLessThan(frames / 4);
  // Each change is a new sentence: no repeats in a row.
  for (let i = 1; i < changes.length; i++) expect(changes[i]).not.toBe(changes[i - 1]);
});
