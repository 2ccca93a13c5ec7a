// Export: the view as PNG and SVG, the run as CSV (one row per round) and JSON (the
// trace in the CLI's schema), and every type compared as CSV. The files parse and match
// what the page shows.
import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';
import { seconds } from './helpers';
import { dialogs, mainView } from './pages';

const save = (page: Page, key: string) => dialogs(page).save(key);
const total = (page: Page, id: string) => mainView(page).total(id).textContent();

test('rounds CSV and trace JSON match the run shown', async ({ page }) => {
  await openApp(page);
  const json = await save(page, 'trace-json');
  expect(json.name).toBe('vm-migration-live-trace.json');
  const trace = JSON.parse(json.body.toString());
  for (const k of ['phases', 'rounds', 'events', 'metrics', 'stop_reason', 'params']) expect(trace).toHaveProperty(k);
  expect(trace.params.bandwidth_bytes_per_s).toBe(125e6);

  // The metrics the page shows are the JSON's, rounded for people.
  const m = trace.metrics;
  expect(Math.abs(seconds((await total(page, 'time'))!) - m.total_time_s)).toBeLessThan(1);
  expect(Math.abs(seconds((await total(page, 'downtime'))!) - m.downtime_s)).toBeLessThan(0.0005);
  expect(await total(page, 'round')).toBe(`${m.precopy_rounds} pre-copy`);
  expect(await total(page, 'outcome')).toBe(m.outcome);
  const sent = (await total(page, 'sent'))!;
  expect(sent).toContain(`(${m.bytes_sent_x_memory.toFixed(2)}×)`);

  const csv = await save(page, 'rounds-csv');
  const rows = csv.body.toString().trim().split('\n');
  const header = rows[0].split(',');
  expect(header.slice(0, 3)).toEqual(['round', 'start_s', 'duration_s']);
  expect(rows.length - 1).toBe(trace.rounds.length);
  for (const [i, row] of rows.slice(1).entries()) {
    const cells = row.split(',');
    expect(cells).toHaveLength(header.length);
    expect(Number(cells[0])).toBe(trace.rounds[i].index);
    expect(Number(cells[header.indexOf('bytes_sent')])).toBe(trace.rounds[i].bytes_sent);
  }
  expect(rows.filter((r) => r.endsWith(',false')).length).toBe(m.precopy_rounds);
});

test('the comparison CSV has every type with the compare table\'s figures', async ({ page }) => {
  await openApp(page, '?view=compare');
  const csv = await save(page, 'compare-csv');
  const rows = csv.body.toString().trim().split('\n').map((r) => r.split(','));
  expect(rows[0].slice(0, 4)).toEqual(['type', 'outcome', 'total_time_s', 'downtime_s']);
  expect(rows.slice(1).map((r) => r[0])).toEqual(['cold', 'suspended', 'live', 'postcopy', 'hybrid']);
  for (const r of rows.slice(1)) {
    const text = (await page.getByTestId(`compare-row-${r[0]}`).locator('td.downtime .value').textContent())!;
    const want = Number(r[3]);
    // The table rounds for people: whole seconds past a minute, else 3 significant digits.
    const tolerance = /min| h /.test(text) ? 0.51 : 0.006 * want + 1e-6;
    expect(Math.abs(seconds(text) - want), `${r[0]}: ${text} vs ${want}`).toBeLessThanOrEqual(tolerance);
  }
});

test('the picture exports as PNG and as SVG with the timeline', async ({ page }) => {
  await openApp(page, '?t=40');
  // Drawn from the run, not read from the page: the standard 1000 × 380 picture at twice
  // its size, whatever the screen shows.
  const png = await save(page, 'png');
  expect(png.name).toBe('vm-migration-live-40s.png');
  expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([2000, 760]);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('stage-canvas')).toHaveAttribute('data-layout', 'stacked');
  const phonePng = await save(page, 'png');
  expect(phonePng.body.equals(png.body), 'the same picture from a phone-sized page').toBe(true);
  await page.setViewportSize({ width: 1280, height: 720 });

  const svg = await save(page, 'svg');
  expect(svg.name).toBe('vm-migration-live-40s.svg');
  const phases = await page.getByTestId('timeline').locator('rect > title').count();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      image: doc.querySelector('image')?.getAttribute('href')?.slice(0, 22),
      phases: doc.querySelectorAll('svg.timeline rect > title').length,
      text: doc.documentElement.textContent,
    };
  }, svg.body.toString());
  expect(parsed.error).toBeNull();
  expect(parsed.image).toBe('data:image/png;base64,');
  expect(parsed.phases).toBe(phases);
  expect(parsed.text).toContain('Live (pre-copy) migration at 40 s');
  expect(parsed.text).toContain(((await page.getByTestId('narration').textContent()) ?? '').split(' ').slice(0, 4).join(' '));
});
