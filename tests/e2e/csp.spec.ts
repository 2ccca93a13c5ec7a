// The app under a strict Content-Security-Policy: no 'unsafe-inline', no 'unsafe-eval',
// only 'wasm-unsafe-eval' (tests/e2e/serve.mjs --csp). Any violation fails: the
// browser logs it as a console error (the fixture) and fires securitypolicyviolation.
import { test, expect } from './fixtures';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';
import { distDir, gotoApp, playheadMoved, playheadOf } from './helpers';

const PORT = 4178 + (Number(process.env.TEST_PARALLEL_INDEX) || 0) * 10;
const base = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;

test.beforeAll(async () => {
  server = spawn('node', ['tests/e2e/serve.mjs', distDir, String(PORT), '--csp'], { stdio: 'pipe' });
  await new Promise<void>((ready, fail) => {
    server.stdout!.on('data', () => ready());
    server.on('exit', (code) => fail(new Error(`csp server exited (${code})`)));
  });
});
test.afterAll(() => {
  server?.kill();
});

async function open(page: Page, query = '') {
  await page.addInitScript(() => {
    const w = window as any;
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
  const res = await gotoApp(page, `${base}/${query}`);
  expect(res!.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.getByRole('heading', { name: 'VM Migration Lab' })).toBeVisible();
}

const violations = (page: Page) => page.evaluate(() => (window as any).violations as string[]);

test('the built page has no inline script or style attribute', async ({ request }) => {
  const html = await (await request.get(`${base}/`)).text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle=/);
});

test('the app runs under the strict policy: play, dialogs, themes, presentation, export', async ({ page }) => {
  await open(page, '?t=20&bw=fast');
  await expect(page.getByTestId('link-notice')).toBeVisible();
  const before = await playheadOf(page);
  await page.getByTestId('play').click();
  await playheadMoved(page, before);
  await page.getByTestId('play').click();
  for (const id of ['share-open', 'embed-open', 'help-open']) {
    await page.getByTestId(id).click();
    await expect(page.locator('dialog[open]')).toBeVisible();
    await page.keyboard.press('Escape');
  }
  await page.getByTestId('theme-toggle').click();
  await page.getByTestId('theme-toggle').click();
  await page.getByTestId('present-toggle').click();
  await page.getByTestId('present-toggle').click();
  for (const key of ['png', 'svg', 'trace-json']) {
    await page.getByTestId('export-open').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${key}`).click()]);
    expect(download.suggestedFilename()).toMatch(/^vm-migration-/);
  }
  await page.getByTestId('view-compare').click();
  await expect(page.getByTestId('compare-view')).toBeVisible();
  expect(await page.locator('[style]').count()).toBe(0);
  expect(await violations(page)).toEqual([]);
});

test('the embed runs under the strict policy in a sandboxed frame', async ({ page }) => {
  await open(page, '?embed=1&controls=type,bw,dirty,policy&autoplay=1');
  await expect(page.getByTestId('embed-controls')).toBeVisible();
  // Autoplay runs: the playhead leaves the start.
  await expect.poll(async () => Number(await playheadOf(page))).toBeGreaterThan(0);
  expect(await violations(page)).toEqual([]);
});

test('the built page carries the policy itself: a host that sends no header still enforces it', async ({ browser, baseURL, request }) => {
  // The suite's own server (no --csp) sends no policy header.
  const res = await request.get('/');
  expect(res.headers()['content-security-policy']).toBeUndefined();
  const html = await res.text();
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  expect(meta, 'a CSP <meta> in the built index.html').not.toBeNull();
  expect(meta![1]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(meta![1]).toContain("style-src 'self'");
  expect(meta![1]).not.toContain('unsafe-inline');
  // A meta cannot carry frame-ancestors (Chromium logs an error); it stays a header.
  expect(meta![1]).not.toContain('frame-ancestors');
  // Its own page: the blocked script below is logged as a console error, which the
  // fixture's page would count as a failure.
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const w = window as any;
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(e.violatedDirective));
  });
  await gotoApp(page, `${baseURL}/`);
  expect(await violations(page)).toEqual([]);
  // An injected inline script does not run, and the browser reports it.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = '(window as any).injected = true'.replace(' as any', '');
    document.body.append(s);
  });
  await expect.poll(() => violations(page)).toEqual(['script-src-elem']);
  expect(await page.evaluate(() => (window as any).injected)).toBeUndefined();
  await page.close();
});
