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

// Compare by any parameter (issue 25): `by=<link key>&values=…`, one named row per value.
const POLICIES = ['qemu', 'xen', 'vmotion', 'simgrid', 'textbook'];
const POLICY_LINK = `?view=compare&by=policy&values=${POLICIES.join(',')}`;

test('every stop rule on one VM: five named rows whose figures equal each policy opened alone', async ({ page, browser }) => {
  await openApp(page, POLICY_LINK);
  const view = compareView(page);
  await expect(view.rows).toHaveCount(5);
  expect(await view.names()).toEqual(['QEMU', 'Xen (classic)', 'vMotion', 'SimGrid', 'Textbook (Clark et al.)']);
  expect(await view.values()).toEqual(POLICIES);
  await expect(view.table.locator('thead th').first()).toHaveText('Stop policy');
  for (const p of POLICIES) {
    await expect(page.getByTestId(`compare-timeline-${p}`)).toBeVisible();
    // Each row says why its run stopped, in the model's words.
    await expect(view.why(p)).toHaveText(/\w{3,}/);
  }
  await expect(view.why('xen')).toContainText('3× memory');
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
  // Each policy opened alone, in a page of its own, shows the same figures.
  const alone = await browser.newPage();
  for (const p of POLICIES) {
    const want = await view.figures(p);
    await openApp(alone, `?policy=${p}`);
    expect(await mainView(alone).figures(), p).toEqual(want);
  }
  await alone.close();
  // A row opens its run in the main view.
  const want = await view.figures('vmotion');
  await page.getByTestId('compare-open-vmotion').click();
  await expect(page.getByTestId('compare-view')).toHaveCount(0);
  expect(await mainView(page).figures()).toEqual(want);
  await expect(page).toHaveURL(/policy=vmotion/);
});

test('the e-commerce VM with and without the link failure: one row completes, one rolls back', async ({ page }) => {
  await openApp(page, '?preset=ecommerce-rollback&view=compare&by=fault&values=none,link-failure@40s');
  const view = compareView(page);
  await expect(view.rows).toHaveCount(2);
  expect(await view.names()).toEqual(['no fault', 'link failure at 40 s']);
  await expect(view.cell('none', 'outcome')).toHaveText('completed');
  await expect(view.cell('link-failure@40s', 'outcome')).toHaveText('rolled back');
  await expect(view.why('link-failure@40s')).toContainText(/link/i);
  await expect(view.table.locator('thead th').first()).toHaveText('Fault');
});

test('links round-trip: the address bar carries by and values, and reopening it shows the same rows', async ({ page }) => {
  await openApp(page, POLICY_LINK);
  await expect(page).toHaveURL(/view=compare&by=policy&values=qemu,xen,vmotion,simgrid,textbook/);
  // The control picks another parameter: its suggested values, then values typed in.
  const view = compareView(page);
  await view.compareBy('bw');
  expect(await view.names()).toEqual(['1 Gbit/s', '10 Gbit/s']);
  await view.compareBy('bw', '10Gbps, 2.5Gbit/s, fast');
  expect(await view.values()).toEqual(['10Gbit/s', '2.5Gbit/s']);
  await expect(page.getByTestId('compare-bad')).toContainText('“fast”');
  await expect(page).toHaveURL(/by=bw&values=10Gbit\/s,2.5Gbit\/s/);
  const url = page.url();
  const rows = await view.names();
  await openApp(page, url.slice(url.indexOf('?')));
  await expect(view.rows).toHaveCount(2);
  expect(await view.names()).toEqual(rows);
  // Back to every type.
  await view.compareBy('type');
  await expect(view.rows).toHaveCount(5);
});

test('a malformed value is named in the notice and left out; too few values compare every type', async ({ page }) => {
  await openApp(page, '?view=compare&by=policy&values=qemu,qemm,xen');
  const view = compareView(page);
  await expect(view.rows).toHaveCount(2);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('values=qemm');
  await expect(notice).toContainText('expected one of');
  await openApp(page, '?view=compare&by=policy&values=qemm');
  await expect(view.rows).toHaveCount(5);
  await expect(notice).toContainText('values=qemm');
  await expect(view.table).toHaveAttribute('data-by', 'type');
});

test('a phone shows a comparison without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, POLICY_LINK);
  const view = compareView(page);
  await expect(view.rows).toHaveCount(5);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(wide).toBeLessThanOrEqual(0);
  // The time axis is drawn at the phone's width, the table's rows are cards: both inside the screen.
  const boxes = {
    'compare-by': page.getByTestId('compare-by'),
    'time axis box': page.getByTestId('compare-timelines').locator('xpath=..'),
    'compare-table': page.getByTestId('compare-table'),
  };
  for (const [id, loc] of Object.entries(boxes)) {
    const box = (await loc.boundingBox())!;
    expect(box.x, id).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, id).toBeLessThanOrEqual(390);
  }
  const axisText = await page.getByTestId('compare-timelines').evaluate((svg: SVGSVGElement) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
  });
  expect(axisText).toBeGreaterThanOrEqual(11.9);
  // Every word of the time axis (row names, ticks, its title) inside the chart.
  const outside = await page.getByTestId('compare-timelines').evaluate((svg: SVGSVGElement) => {
    const b = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')]
      .filter((t) => { const r = t.getBoundingClientRect(); return r.left < b.left - 0.5 || r.right > b.right + 0.5; })
      .map((t) => t.textContent);
  });
  expect(outside).toEqual([]);
});

test('"What if… here?" at 40 s forks a link failure and opens the comparison', async ({ page }) => {
  await openApp(page, '?t=40');
  await page.getByTestId('fork').selectOption('link-failure');
  const view = compareView(page);
  await expect(page.getByTestId('compare-view')).toBeVisible();
  await expect(view.rows).toHaveCount(2);
  expect(await view.names()).toEqual(['no fault', 'link failure at 40 s']);
  await expect(view.cell('link-failure@40s', 'outcome')).toHaveText('rolled back');
  await expect(page).toHaveURL(/view=compare&by=fault&values=none,link-failure@40s/);
  // A run with faults keeps them in both rows: the e-commerce VM, a destination failure at 30 s.
  await openApp(page, '?preset=ecommerce-rollback&t=30');
  await page.getByTestId('fork').selectOption('destination-failure');
  await expect(view.rows).toHaveCount(2);
  expect((await view.names())[1]).toContain('destination host failure at 30 s');
});

test('the rows\' memory grids play together on one playhead', async ({ page }) => {
  await openApp(page, '?preset=ecommerce-rollback&view=compare&by=fault&values=none,link-failure@40s');
  const grids = page.getByTestId('compare-grids');
  await expect(grids.locator('canvas')).toHaveCount(2);
  const hashes = () =>
    grids.locator('canvas').evaluateAll((cs) =>
      (cs as HTMLCanvasElement[]).map((c) => {
        const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        let h = 0x811c9dc5;
        for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i], 0x01000193);
        return h >>> 0;
      }),
    );
  const before = await hashes();
  const seek = (t: number) =>
    page.getByTestId('compare-grids-time').evaluate((el: HTMLInputElement, t) => {
      el.value = String(t);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, t);
  // At 50 s one run is still copying and the other is rolling back.
  await seek(50);
  await expect(page.getByTestId('compare-grid-link-failure@40s').getByTestId('compare-grid-doing')).toContainText(/rollback|rolled back/);
  await expect(page.getByTestId('compare-grid-none').getByTestId('compare-grid-doing')).toContainText('pre-copy');
  // Playing moves both grids from the same moment.
  await seek(0);
  await page.getByTestId('compare-grids-play').click();
  await expect(page.getByTestId('compare-grids-now')).not.toHaveText(/^0 s of/);
  await expect.poll(async () => {
    const now = await hashes();
    return now.every((h, i) => h !== before[i]);
  }).toBe(true);
  // A grid opens its run in the main view at the same moment.
  await page.getByTestId('compare-grids-play').click();
  await seek(50);
  await page.getByTestId('compare-grid-link-failure@40s').click();
  await expect(page.getByTestId('compare-view')).toHaveCount(0);
  await expect.poll(() => mainView(page).playhead()).toBe('50.000');
  await expect(page).toHaveURL(/fault=link-failure@40s/);
});
