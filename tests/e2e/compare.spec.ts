// The compare view: every type run with the current parameters, side by side. Its
// table must say exactly what each type's own view says. Every spec fails on a console
// or page error (the fixture).
import { test, expect, openApp } from './fixtures';
import { compareView, mainView, overlap } from './pages';

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
  await expect.poll(() => mainView(page).figures()).toEqual(want);
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
  // A forked change's long row name wraps in the sweep's readout instead of widening the page.
  await openApp(page, '?view=compare&by=change&values=none,bw:100Mbit/s@40s');
  await expect(view.rows).toHaveCount(2);
  await expect(page.getByTestId('sweep-readout')).toContainText('bandwidth 100 Mbit/s from 40 s');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await openApp(page, POLICY_LINK);
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

/// A duration as the table writes it ("169.6 s", "10 min 00 s", "254 ms") in seconds.
function seconds(text: string): number {
  const unit = { ms: 1e-3, s: 1, min: 60, h: 3600 };
  const parts = [...text.matchAll(/([\d.]+)\s*(ms|min|s|h)\b/g)];
  if (parts.length === 0) throw new Error(`not a duration: ${text}`);
  return parts.reduce((sum, m) => sum + Number(m[1]) * unit[m[2] as keyof typeof unit], 0);
}

test('"What if… here?" at 40 s forks a bandwidth drop from then on: two rows, the forked one ends later, and the link round-trips', async ({ page }) => {
  await openApp(page, '?t=40');
  const fork = page.getByTestId('fork');
  // The choice names the new rate: a tenth of the link in force at the playhead.
  await expect(fork.locator('option[value=bandwidth-drop]')).toHaveText('bandwidth drops to 100 Mbit/s from now on');
  await expect(fork.locator('option[value=writes-faster]')).toHaveText('the guest writes faster: 200 MB/s from now on');
  await fork.selectOption('bandwidth-drop');
  const view = compareView(page);
  await expect(page.getByTestId('compare-view')).toBeVisible();
  await expect(view.rows).toHaveCount(2);
  expect(await view.names()).toEqual(['no change', 'bandwidth 100 Mbit/s from 40 s']);
  expect(await view.values()).toEqual(['none', 'bw:100Mbit/s@40s']);
  await expect(page).toHaveURL(/view=compare&by=change&values=none,bw:100Mbit\/s@40s/);
  const was = await view.figures('none');
  const forked = await view.figures('bw:100Mbit/s@40s');
  expect(seconds(forked.total)).toBeGreaterThan(seconds(was.total));
  expect(was.outcome).toBe('completed');
  // The link read back gives the same two rows with the same figures.
  await openApp(page, new URL(page.url()).search);
  await expect(view.rows).toHaveCount(2);
  expect(await view.values()).toEqual(['none', 'bw:100Mbit/s@40s']);
  expect(await view.figures('bw:100Mbit/s@40s')).toEqual(forked);
  expect(await view.figures('none')).toEqual(was);
  // Writing faster forks by change too.
  await openApp(page, '?t=40');
  await page.getByTestId('fork').selectOption('writes-faster');
  expect(await view.values()).toEqual(['none', 'dirty:200MB/s@40s']);
});

test('by another parameter the sweep draws one named line per row', async ({ page }) => {
  await openApp(page, '?view=compare&by=policy&values=qemu,xen');
  const sweep = page.getByTestId('sweep');
  await expect(sweep.getByTestId('sweep-legend')).toHaveText(['QEMU', 'Xen (classic)']);
  expect(await sweep.getAttribute('data-sweep-points')).toBe('400');
  // Two lines that differ: each row's stop rule, swept.
  const paths = await sweep.locator('svg.chart polyline').evaluateAll((ls) =>
    [...new Set(ls.map((l) => l.getAttribute('stroke')))]);
  expect(paths.length).toBe(2);
  await expect(sweep.getByTestId('sweep-readout')).toContainText('Xen (classic)');
  // By type, the five types as before.
  await openApp(page, '?view=compare');
  await expect(page.getByTestId('sweep').getByTestId('sweep-legend')).toHaveText(['Cold', 'Suspended', 'Live', 'Post-copy', 'Hybrid']);
});

/// Each line's points, by its colour: a line drawn in several pieces joins them.
async function sweepLines(page: import('@playwright/test').Page) {
  return page.getByTestId('sweep').locator('svg.chart polyline').evaluateAll((ls) => {
    const by: Record<string, string> = {};
    for (const l of ls) by[l.getAttribute('stroke')!] = (by[l.getAttribute('stroke')!] ?? '') + l.getAttribute('points');
    return Object.values(by);
  });
}

test('by the bandwidth the sweep runs over the dirty rate, where the rows\' lines differ, and says why', async ({ page }) => {
  await openApp(page, '?view=compare&by=bw&values=1Gbit/s,10Gbit/s');
  const sweep = page.getByTestId('sweep');
  await expect(sweep.getByTestId('sweep-legend')).toHaveText(['1 Gbit/s', '10 Gbit/s']);
  // A bandwidth sweep would set both rows' bandwidth alike: not offered, and said so.
  await expect(sweep.getByTestId('sweep-axis-bandwidth')).toHaveCount(0);
  await expect(sweep.getByTestId('sweep-axis-dirty-rate')).toHaveAttribute('aria-pressed', 'true');
  await expect(sweep.getByTestId('sweep-note')).toContainText('No sweep over the bandwidth');
  await expect(sweep.locator('svg.chart title').first()).toHaveText(/against dirty rate/);
  const lines = await sweepLines(page);
  expect(lines.length).toBe(2);
  expect(lines[0]).not.toEqual(lines[1]);
  // The same by the dirty rate: the bandwidth axis, two lines that differ.
  await openApp(page, '?view=compare&by=dirty&values=10MB/s,100MB/s');
  await expect(sweep.getByTestId('sweep-axis-dirty-rate')).toHaveCount(0);
  await expect(sweep.locator('svg.chart title').first()).toHaveText(/against bandwidth/);
  const dirty = await sweepLines(page);
  expect(dirty.length).toBe(2);
  expect(dirty[0]).not.toEqual(dirty[1]);
  // Rows that differ in anything else keep both axes and no note.
  await openApp(page, '?view=compare&by=policy&values=qemu,xen');
  await expect(sweep.getByTestId('sweep-axis-bandwidth')).toHaveCount(1);
  await expect(sweep.getByTestId('sweep-note')).toHaveCount(0);
});

test('where the rows fork, the shared time axis marks the moment with a labelled line clear of every other word', async ({ page }) => {
  const view = compareView(page);
  const fork = page.getByTestId('compare-fork');
  const links = [
    '?view=compare&by=change&values=none,bw:100Mbit/s@40s',
    '?preset=ecommerce-rollback&view=compare&by=fault&values=none,link-failure@40s',
  ];
  for (const [i, link] of links.entries()) {
    // The second on a phone: the label stays inside the narrower chart.
    if (i === 1) await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, link);
    await expect(view.rows).toHaveCount(2);
    await expect(fork).toHaveCount(1);
    await expect(fork.getByTestId('compare-fork-label')).toHaveText('fork at 40 s');
    // The line stands where the axis's ticks put 40 s.
    const { ticks, forks } = await view.forkLines();
    expect(forks.map((f) => f.at)).toEqual([40]);
    const [a, b] = ticks.slice(0, 2).map((t) => ({ x: t.x, s: seconds(t.text) }));
    expect(Math.abs(a.x + ((40 - a.s) * (b.x - a.x)) / (b.s - a.s) - forks[0].x), link).toBeLessThan(1);
    // Its label overlaps no other word of the chart (row names, ticks, the axis title)
    // and stays inside it.
    const texts = await view.chartTexts('[data-testid=compare-timelines]');
    const label = texts.find((t) => t.text === 'fork at 40 s')!;
    const others = texts.filter((t) => t !== label && overlap(t.box, label.box)).map((t) => t.text);
    expect(others, link).toEqual([]);
    const svg = (await page.getByTestId('compare-timelines').boundingBox())!;
    expect(label.box.x0).toBeGreaterThanOrEqual(svg.x);
    expect(label.box.x1).toBeLessThanOrEqual(svg.x + svg.width);
    expect(label.box.y0).toBeGreaterThanOrEqual(svg.y);
  }
  // Rows that differ in no moment have no fork.
  await openApp(page, '?view=compare&by=policy&values=qemu,xen');
  await expect(view.rows).toHaveCount(2);
  await expect(fork).toHaveCount(0);
});

test('long row names on the time axis wrap whole, at 1366×768, 1024×768 and on a phone without sideways scroll', async ({ page }) => {
  const view = compareView(page);
  for (const [width, height] of [[1366, 768], [1024, 768], [390, 844]]) {
    await page.setViewportSize({ width, height });
    await openApp(page, '?view=compare&by=change&values=none,bw:100Mbit/s@40s,dirty:200MB/s@40s');
    await expect(view.rows).toHaveCount(3);
    const size = `${width}×${height}`;
    // Every name whole, in one or more lines, none cut.
    const lines = await view.timelineNames();
    expect(lines.map((l) => l.join(' ')), size).toEqual(await view.names());
    expect(lines.flat().filter((l) => l.endsWith('…')), size).toEqual([]);
    expect(lines[1].length, `${size}: the long name wraps`).toBeGreaterThan(1);
    expect(await view.namesOverBars(), size).toEqual([]);
    // No word of the chart on another or outside it, and the page does not scroll sideways.
    const texts = await view.chartTexts('[data-testid=compare-timelines]');
    const svg = (await page.getByTestId('compare-timelines').boundingBox())!;
    for (const t of texts) {
      expect(t.box.x0, `${size}: ${t.text}`).toBeGreaterThanOrEqual(svg.x - 0.5);
      expect(t.box.x1, `${size}: ${t.text}`).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
      const hits = texts.filter((u) => u !== t && overlap(u.box, t.box)).map((u) => u.text);
      expect(hits, `${size}: ${t.text}`).toEqual([]);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), size).toBeLessThanOrEqual(0);
  }
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
