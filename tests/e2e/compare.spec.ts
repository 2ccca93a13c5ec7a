// The compare view: every type run with the current parameters, side by side. Its
// table must say exactly what each type's own view says. Every spec fails on a console
// or page error (the fixture).
import { test, expect, openApp } from './fixtures';
import { compareView, mainView } from './pages';

const TYPES = ['cold', 'suspended', 'live', 'postcopy', 'hybrid'];


test('the header tab opens the compare view, from the keyboard too, and it fits 1280×720', async ({ page }) => {
  await openApp(page);
  const tab = page.getByTestId('view-compare');
  await tab.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('compare-view')).toBeVisible();
  await expect(tab).toHaveAttribute('aria-pressed', 'true');
  for (const t of TYPES) {
    await expect(page.getByTestId(`compare-row-${t}`)).toBeVisible();
    await expect(page.getByTestId(`compare-timeline-${t}`)).toBeVisible();
  }
  for (const id of ['compare-table', 'compare-timelines', 'sweep']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.y + box.height, id).toBeLessThanOrEqual(720);
    expect(box.x + box.width, id).toBeLessThanOrEqual(1280);
  }
  // Back to the animation.
  await page.getByTestId('view-main').click();
  await expect(page.getByTestId('stage-canvas')).toBeVisible();
});

test('every row equals the metrics of that type opened in the main view', async ({ page }) => {
  await openApp(page);
  for (const t of TYPES) {
    await page.getByTestId('view-compare').click();
    const want = {
      downtime: await compareView(page).cell(t, 'downtime').textContent(),
      time: await compareView(page).cell(t, 'total').textContent(),
      sent: await compareView(page).cell(t, 'sent').textContent(),
      outcome: await compareView(page).cell(t, 'outcome').textContent(),
      rounds: await compareView(page).cell(t, 'rounds').textContent(),
    };
    // Keyboard: the row's button opens the type.
    await page.getByTestId(`compare-open-${t}`).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('compare-view')).toHaveCount(0);
    await expect(page.getByTestId(`type-${t}`)).toHaveAttribute('aria-pressed', 'true');
    await expect(mainView(page).total('downtime')).toHaveText(want.downtime!);
    await expect(mainView(page).total('time')).toHaveText(want.time!);
    await expect(mainView(page).total('sent')).toHaveText(want.sent!);
    await expect(mainView(page).total('outcome')).toHaveText(want.outcome!);
    if (t === 'live' || t === 'hybrid') {
      await expect(mainView(page).total('round')).toHaveText(`${want.rounds} pre-copy`);
    } else {
      expect(want.rounds).toBe('–');
    }
  }
});

test('best and worst are marked with a symbol and a word, not colour alone', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('view-compare').click();
  const table = page.getByTestId('compare-table');
  for (const col of ['downtime', 'total', 'sent']) {
    await expect(table.locator(`td.${col} [role=img][aria-label=best]`).first()).toHaveText('★');
    await expect(table.locator(`td.${col} [role=img][aria-label=worst]`).first()).toHaveText('▼');
  }
  // The lecture default: cold is down longest, post-copy and hybrid the shortest.
  await expect(page.getByTestId('compare-row-cold').locator('td.downtime [data-badge]')).toHaveAttribute('data-badge', 'worst');
  await expect(page.getByTestId('compare-row-postcopy').locator('td.downtime [data-badge]')).toHaveAttribute('data-badge', 'best');
  // Clicking anywhere on a row opens it too.
  await page.getByTestId('compare-row-suspended').locator('td.total').click();
  await expect(page.getByTestId('type-suspended')).toHaveAttribute('aria-pressed', 'true');
});

test('a run that never moves the VM is not ranked', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('view-compare').click();
  await page.getByTestId('preset-select').selectOption('hpc-thrash');
  await expect(compareView(page).cell('live', 'outcome')).toHaveText('did not converge');
  // Live's 0 s downtime (it never paused) must not be called the best.
  await expect(page.getByTestId('compare-row-live').locator('[data-badge]')).toHaveCount(0);
});

test('a scenario chosen in the compare view runs through every type', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('view-compare').click();
  await page.getByTestId('preset-select').selectOption('finance-cold');
  // The finance VM: an hour down, cold. "Our reports are due in 5 minutes!"
  await expect(compareView(page).cell('cold', 'downtime')).toHaveText(/^1 h 0\d min$/);
  await expect(page.getByTestId('compare-row-cold')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('slider-bandwidth-value')).toHaveText('1 Gbit/s');
});
