// A malformed or out-of-range value never breaks the page: the app loads, the bad key
// keeps its default, the valid keys are kept, a notice names what was ignored, and
// nothing from the URL is inserted as HTML. Each link also carries a valid dirty rate,
// which must survive. (The fixture fails any test with a console or page error.)
import { test, expect, openApp, drawnPixels } from './fixtures';
import { settledUrl } from './helpers';

/// [the link's bad part, the key the notice must name]
const corpus: [string, string][] = [
  ['bw=fast', 'bw'],
  ['bw=1Gbit', 'bw'],
  ['bw=-5MB/s', 'bw'],
  ['bw=0B/s', 'bw'],
  ['bw=1e999Gbit/s', 'bw'],
  ['bw=%E2%9C%93', 'bw'],
  ['bw', 'bw'],
  ['mem=1KiB', 'mem'],
  ['mem=99PiB', 'mem'],
  ['mem=lots', 'mem'],
  ['type=warm', 'type'],
  ['type=', 'type'],
  ['policy=kvm', 'policy'],
  ['downtime=300', 'downtime'],
  ['downtime=-1s', 'downtime'],
  ['downtime=2h', 'downtime'],
  ['ws=2TiB', 'ws'],
  ['hot=150%25', 'hot'],
  ['hot=NaN', 'hot'],
  ['zero=0.995', 'zero'],
  ['seed=-1', 'seed'],
  ['seed=1.5', 'seed'],
  ['seed=99999999999999999999999', 'seed'],
  ['hybrid=0', 'hybrid'],
  ['page=3KiB', 'page'],
  ['device=2GiB', 'device'],
  ['rtt=11s', 'rtt'],
  ['limit=0s', 'limit'],
  ['shared=perhaps', 'shared'],
  ['autoconverge=2', 'autoconverge'],
  ['fault=meteor@1s', 'fault'],
  ['fault=link-failure@soon', 'fault'],
  ['fault=bandwidth-drop@10s', 'fault'],
  ['change=bw:fast@40s', 'change'],
  ['change=mem:1GiB@4s', 'change'],
  ['change=bw:1kbit/s@4s', 'change'],
  ['hold=lunch@5s:2h', 'hold'],
  ['hold=compliance@-5s:2h', 'hold'],
  ['t=-3', 't'],
  ['t=abc', 't'],
  ['t=1e9', 't'],
  ['preset=no-such-thing', 'preset'],
  ['view=grid', 'view'],
  ['theme=purple', 'theme'],
  ['present=maybe', 'present'],
  ['%ZZ=1', '%ZZ'],
  ['%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E=1', '<img src=x onerror="window.__pwned=1">'],
  ['bw=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E', 'bw'],
];

test('the corpus is large enough', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(30);
});

/// What the app writes back for the always-written keys when they are at their default.
const defaults: Record<string, string> = { type: 'live', bw: '1Gbit/s' };

for (const [bad, key] of corpus) {
  test(`malformed link: ${bad}`, async ({ page }) => {
    await openApp(page, `?${bad}&dirty=50MB/s`);
    const notice = page.getByTestId('link-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(`${key}=`);
    // The valid key is kept.
    await expect(page.getByTestId('slider-dirty-rate-value')).toHaveText(/^50 MB\/s/);
    expect(await drawnPixels(page)).toBeGreaterThan(10_000);
    // The bad key has its default: the URL the app writes back drops it (or shows the
    // default for the keys it always writes).
    const q = new URL(await settledUrl(page, (p) => p.get(key) === (defaults[key] ?? null))).searchParams;
    expect(q.get('dirty')).toBe('50MB/s');
    expect(q.get(key)).toBe(defaults[key] ?? null);
    // Nothing from the URL became markup.
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await page.locator('.notice img, .notice script').count()).toBe(0);
  });
}

test('the notice can be dismissed and is announced politely', async ({ page }) => {
  await openApp(page, '?bw=fast');
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('bw=fast');
  await expect(notice).toContainText('expected a rate like 1Gbit/s');
  await expect(page.locator('.notice-slot')).toHaveAttribute('role', 'status');
  await page.getByTestId('link-notice-dismiss').click();
  await expect(notice).toHaveCount(0);
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });

  test('the Dismiss button keeps its word inside its border under a long notice', async ({ page }) => {
    await openApp(page, '?view=exercises&nonsense=key');
    const dismiss = page.getByTestId('link-notice-dismiss');
    await expect(dismiss).toBeVisible();
    // The flex row once shrank the button below its text, which ran out of the border.
    const { text, box } = await dismiss.evaluate((b) => {
      const range = document.createRange();
      range.selectNodeContents(b);
      const t = range.getBoundingClientRect();
      const r = b.getBoundingClientRect();
      return { text: [t.left, t.right], box: [r.left, r.right] };
    });
    expect(text[0]).toBeGreaterThanOrEqual(box[0]);
    expect(text[1]).toBeLessThanOrEqual(box[1]);
  });
});

test('a valid link shows no notice', async ({ page }) => {
  await openApp(page, '?type=postcopy&bw=10Gbit/s&dirty=25000pages/s&mem=16GiB&t=3');
  await expect(page.getByTestId('type-postcopy')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('slider-bandwidth-value')).toHaveText(/^10 Gbit\/s/);
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
});
