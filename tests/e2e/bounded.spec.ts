// Heavy inputs (issue 24): links whose values are in range but make runs of 80,000 and
// 100,000 pre-copy rounds, and a 95 MB recording. These tests check what the user sees:
// the page opens them, plays them and answers a slider; the recording is read in slices
// (the progress bar moves, so the page answered between slices). How long each task
// takes is measured by `make bench` (tests/bench/bench.mjs, "Heavy inputs"; the figures
// in BENCHMARKS.md), not asserted here: a time bound in a test fails on a busy machine.
import { writeFileSync } from 'node:fs';
import { test, expect, openApp } from './fixtures';
import { mainView } from './pages';
import { longRecording } from '../long-recording.mjs';

const HEAVY = [
  { name: '80,114 rounds', query: '?dirty=124.99MB/s&limit=10000000s' },
  { name: '100,000 rounds of 16 TiB', query: '?mem=16TiB&bw=100GB/s&dirty=99.99GB/s&limit=10000000s&downtime=1ms' },
];

for (const { name, query } of HEAVY) {
  test(`${name}: the link opens, plays and answers a slider`, async ({ page }) => {
    test.setTimeout(90_000);
    await openApp(page, query);
    const play = page.getByRole('button', { name: 'Play' });
    await expect(play).toBeVisible();
    const view = mainView(page);
    await expect(view.narration).not.toBeEmpty();

    await play.click();
    const t0 = Number(await view.playhead());
    await expect.poll(async () => Number(await view.playhead()), { timeout: 10_000 }).toBeGreaterThan(t0);
    await page.getByRole('button', { name: 'Pause' }).click();

    const before = await view.snapshot();
    await view.slide('dirty-rate', 600);
    await expect.poll(async () => JSON.stringify(await view.snapshot()), { timeout: 10_000 }).not.toEqual(JSON.stringify(before));
  });
}

test('a 200,000-sample recording is read in slices with a moving progress bar, then replayed', async ({ page }, info) => {
  test.setTimeout(180_000);
  const text = longRecording(200_000);
  expect(text.length).toBeGreaterThan(40e6);
  // Over 50 MB as a buffer for Playwright: the file goes by its path.
  const file = info.outputPath('long.jsonl');
  writeFileSync(file, text);
  await openApp(page);
  await page.getByTestId('recording-file').setInputFiles(file);
  const bar = page.getByTestId('recording-progress').locator('progress');
  // Each answer to this poll is a task the page ran between two slices of the reading.
  const seen = new Set<string>();
  await expect
    .poll(async () => {
      const v = await bar.getAttribute('value', { timeout: 1_000 }).catch(() => null);
      if (v !== null && Number(v) > 0 && Number(v) < 1) seen.add(v);
      return seen.size;
    }, { timeout: 120_000, message: 'the progress bar shows at least two values on the way' })
    .toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('replay')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('recording-progress')).toHaveCount(0);

  const play = page.getByRole('button', { name: 'Play' });
  await play.click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});
