// Embed mode: a course page puts the app in <iframe sandbox="allow-scripts">; the embed
// shows the picture, playback and only the chosen controls, links to the full app, and
// posts its height so the frame fits without scrollbars. The Embed dialog writes the
// snippet for the current state.
import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';
import { appStarted, gotoApp, slide } from './helpers';
import { dialogs, evacuateView } from './pages';

const heights = (page: Page) => page.evaluate(() => (window as any).heights as number[]);

async function host(page: Page, query: string) {
  await page.goto(`/__e2e/embed-host.html?${query}`);
  await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
  const frame = page.frameLocator('#lab');
  await appStarted(frame);
  return frame;
}

test('in a sandboxed iframe the embed posts its height and fits without scrollbars', async ({ page }) => {
  const frame = await host(page, 'type=live&bw=1Gbit/s&embed=1&controls=bw,dirty');
  await expect(frame.getByRole('heading', { name: 'VM Migration Lab' })).toBeVisible();
  await expect(page.locator('#lab')).toHaveAttribute('sandbox', 'allow-scripts');
  // Only the chosen controls, the transport, and a link to the full app.
  await expect(frame.getByTestId('slider-bandwidth')).toBeVisible();
  await expect(frame.getByTestId('slider-dirty-rate')).toBeVisible();
  await expect(frame.getByTestId('slider-memory')).toHaveCount(0);
  await expect(frame.getByTestId('play')).toBeVisible();
  await expect(frame.getByTestId('share-open')).toHaveCount(0);
  const full = frame.getByTestId('embed-full-app');
  await expect(full).toHaveAttribute('href', /type=live&bw=1Gbit\/s/);
  await expect(full).not.toHaveAttribute('href', /embed=/);

  // The frame is as tall as the last height posted, and nothing scrolls inside it.
  const last = async () => (await heights(page)).at(-1)!;
  // Both read in each try: a height posted while waiting moves what the frame must match.
  await expect(async () => {
    const want = Math.ceil(await last());
    expect(Number(await page.locator('#lab').getAttribute('height'))).toBe(want);
  }).toPass({ timeout: 10_000 });
  const inner = page.frames().find((f) => f !== page.mainFrame())!;
  const fits = () => inner.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1);
  await expect.poll(fits).toBe(true);

  // A narrower page reflows the embed: it posts again and still fits.
  const before = (await heights(page)).length;
  await page.setViewportSize({ width: 560, height: 720 });
  await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(before);
  await expect.poll(fits).toBe(true);

  // It works: a slider re-runs the model inside the frame.
  const total = await frame.getByTestId('timeline').getAttribute('aria-valuemax');
  await slide(inner, 'bandwidth', 800);
  await expect(frame.getByTestId('timeline')).not.toHaveAttribute('aria-valuemax', total!);
});

test('an embed with no controls listed shows the picture and playback only', async ({ page }) => {
  const frame = await host(page, 'type=cold&embed=1');
  await expect(frame.getByTestId('stage-canvas')).toBeVisible();
  await expect(frame.getByTestId('embed-controls')).toHaveCount(0);
  await frame.getByTestId('play').click();
  // It played from 0 (at this link's speed 8 the run may already have ended: the
  // playhead moved is the proof, whichever the play button says now).
  await expect
    .poll(async () => Number(await frame.getByTestId('timeline').getAttribute('aria-valuenow')))
    .toBeGreaterThan(0);
});

test('the Embed dialog writes the snippet for the current state', async ({ page }) => {
  await openApp(page);
  await slide(page, 'bandwidth', 700);
  await page.getByTestId('next').click();
  await page.getByTestId('embed-open').click();
  const code = page.getByTestId('embed-code');
  await expect(code).toHaveValue(/<iframe src="[^"]*embed=1&amp;controls=type,bw,dirty"/);
  await expect(code).toHaveValue(/sandbox="allow-scripts/);
  await expect(code).toHaveValue(/vm-migration-lab:height/);
  await expect(code).toHaveValue(/&amp;t=/);
  await page.getByTestId('embed-control-mem').check();
  await page.getByTestId('embed-autoplay').check();
  await page.getByTestId('embed-start-0').check();
  await expect(code).toHaveValue(/controls=type,bw,dirty,mem&amp;autoplay=1"/);
  await expect(code).not.toHaveValue(/&amp;t=/);
  await page.getByTestId('embed-script').uncheck();
  await expect(code).not.toHaveValue(/<script>/);

  // The snippet's address, opened in a course page, shows that state and plays.
  const shown = await page.getByTestId('slider-bandwidth-value').textContent();
  const snippet = await code.inputValue();
  const src = snippet.match(/src="([^"]+)"/)![1].replaceAll('&amp;', '&');
  const frame = await host(page, new URL(src).search.slice(1));
  await expect(frame.getByTestId('slider-bandwidth-value')).toHaveText(shown!);
  await expect(frame.getByTestId('slider-memory')).toBeVisible();
  // It played from 0 (at this link's speed 8 the run may already have ended: the
  // playhead moved is the proof, whichever the play button says now).
  await expect
    .poll(async () => Number(await frame.getByTestId('timeline').getAttribute('aria-valuenow')))
    .toBeGreaterThan(0);
});

test('an embed names what its link asked for and did not get, and opens the full app at its lesson step', async ({
  page,
}) => {
  await gotoApp(page, '/?embed=1&bw=warp&lesson=nope');
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('bw=warp');
  await expect(notice).toContainText('lesson=nope');
  await page.getByTestId('link-notice-dismiss').click();
  await expect(notice).toHaveCount(0);
  // A range past the lesson's end is named; the full-app link keeps the lesson and step.
  await gotoApp(page, '/?embed=1&lesson=drama&steps=30-40');
  await expect(page.getByTestId('link-notice')).toContainText('steps=30-40');
  await expect(page.getByTestId('link-notice')).toContainText('the lesson has');
  await expect(page.getByTestId('embed-full-app')).toHaveAttribute('href', /lesson=drama&step=\d+/);
});

test('the Embed dialog lists what the embed will ignore; the embed names it on its notice', async ({ page }) => {
  // The animated view: the embed shows all of its link, and the dialog says nothing.
  await openApp(page, '?type=live');
  const d = dialogs(page);
  await d.open('embed');
  await expect(page.getByTestId('embed-code')).toHaveValue(/embed=1/);
  await expect(d.embedIgnored).toHaveCount(0);

  // From the compare view the link carries view=compare, which an embed leaves out.
  await openApp(page, '?type=live&view=compare');
  await d.open('embed');
  const items = d.embedIgnored.locator('li');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('view=compare');
  await expect(items.first()).toContainText('an embed shows the animated view only');

  // That link, opened as the course page would, names the same key on its notice.
  const snippet = await page.getByTestId('embed-code').inputValue();
  const src = snippet.match(/src="([^"]+)"/)![1].replaceAll('&amp;', '&');
  await gotoApp(page, src);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('view=compare');
  await page.getByTestId('link-notice-dismiss').click();
  await expect(notice).toHaveCount(0);
});

// An embedded lesson's evacuation step shows the hosts and the link (the evacuation
// view, on the embed's playhead), not one VM's picture.
test('an embedded lesson step about host evacuation shows the evacuation', async ({ page }) => {
  await openApp(page, '?embed=1&lesson=evacuation&step=2');
  const v = evacuateView(page);
  await expect(v.root).toBeVisible();
  await expect(v.tile(1)).toBeVisible();
  await expect(page.locator('.embed .stage canvas')).toHaveCount(0);
  await expect(page.locator('main')).toHaveCount(1);
  await page.getByTestId('lesson').getByRole('button', { name: /Back/ }).click();
  await expect(v.root).toBeVisible();
  // Step 3 is one VM alone on the link: the picture again.
  await page.getByTestId('lesson').getByRole('button', { name: /Next/ }).click();
  await page.getByTestId('lesson').getByRole('button', { name: /Next/ }).click();
  await expect(page.getByTestId('lesson-position')).toContainText('3');
  await expect(v.root).toHaveCount(0);
  await expect(page.locator('.embed .stage canvas')).toBeVisible();
});
