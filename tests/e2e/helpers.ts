// Helpers for the specs of issue 6 (links, embed, presentation, keyboard, export,
// accessibility, CSP, single file).
import { expect } from '@playwright/test';
import type { Frame, FrameLocator, Page } from '@playwright/test';

type Scope = Page | Frame;

/// Waits until the app runs: `data-app="ready"` on <html> (src/app/page.rs `mark_ready`),
/// set once the Yew app has mounted. Before that the page shows the prerendered first
/// screen (src/app/prerender.rs), with the same headings and buttons, disabled: a spec that
/// waited for markup would find the prerender and act on controls that do nothing.
export async function appStarted(scope: Page | Frame | FrameLocator) {
  await expect(scope.locator('html[data-app="ready"]')).toHaveCount(1, { timeout: 20_000 });
}

/// Every spec's navigation to the app: go to `url` (a path with a query, a link, a
/// file:// URL) and wait until the app runs.
export async function gotoApp(page: Page, url: string) {
  const res = await page.goto(url);
  await appStarted(page);
  return res;
}

/// A hash of every canvas pixel: equal hashes = the same picture.
export async function pictureHash(scope: Scope) {
  return scope.getByTestId('stage-canvas').evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let h = 0x811c9dc5;
    for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i], 0x01000193);
    return `${c.width}x${c.height}:${(h >>> 0).toString(16)}`;
  });
}

/// Everything a still view shows: picture, playhead, narration, metrics, slider values.
export async function snapshot(scope: Scope) {
  return {
    picture: await pictureHash(scope),
    playhead: await scope.getByTestId('timeline').getAttribute('aria-valuenow'),
    narration: await scope.getByTestId('narration').textContent(),
    metrics: await scope.locator('.metrics td').allTextContents(),
    sliders: await scope.locator('.slider-value').allTextContents(),
    type: await scope.locator('[data-testid^=type-][aria-pressed=true]').getAttribute('data-testid'),
  };
}

/// Moves a range input to a position (0 ..= 1000), as a drag ending there does.
export async function slide(scope: Scope, id: string, pos: number) {
  const s = scope.getByTestId(`slider-${id}`);
  await s.fill(String(pos));
  await expect(s).toHaveValue(String(pos));
}

/// Waits until the URL has settled and returns it. The app writes its link with
/// `history.replaceState` at most once per 400 ms after a change (src/app/page.rs
/// `use_url_sync`), and on a busy machine the change itself may come late. So: first,
/// when the caller names what the link must show (`until`, on its query), until it shows
/// it; then until the URL has stayed the same over reads spanning `quietMs` (1.5 s, more
/// than three of the app's periods). Each read is made in the page, so it also waits for
/// the page's main thread: a page too busy to run its timer is not read as quiet.
export async function settledUrl(
  page: Page,
  until?: (query: URLSearchParams) => boolean,
  quietMs = 1500,
) {
  const read = () => page.evaluate(() => location.href);
  if (until) {
    await expect
      .poll(async () => until(new URL(await read()).searchParams), {
        message: 'the URL shows what the test expects',
        timeout: 20_000,
      })
      .toBe(true);
  }
  let last = await read();
  let since = Date.now();
  await expect
    .poll(
      async () => {
        const now = await read();
        if (now !== last) {
          last = now;
          since = Date.now();
        }
        return Date.now() - since;
      },
      { message: `the URL stays the same for ${quietMs} ms`, timeout: 30_000, intervals: [250] },
    )
    .toBeGreaterThanOrEqual(quietMs);
  return last;
}

/// Waits until the page has drawn `n` more animation frames: an input before this was
/// handled and its re-render painted; while playing, that many frames played. Frames,
/// not milliseconds: a slow machine waits longer instead of looking too early.
export async function frames(scope: Scope, n = 2) {
  await scope.evaluate(
    (k) =>
      new Promise<void>((done) => {
        let left = k;
        const tick = () => (--left <= 0 ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/// Waits until what the page shows is still: two frames drawn, then every finite CSS
/// animation and transition finished (a dialog fading in).
export async function settled(scope: Scope) {
  await frames(scope, 2);
  await scope.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/// The playhead (the timeline's `aria-valuenow`).
export const playheadOf = (scope: Scope) => scope.getByTestId('timeline').getAttribute('aria-valuenow');

/// Waits until the playhead has moved from `from` (playback is running).
export async function playheadMoved(scope: Scope, from: string | null) {
  await expect.poll(() => playheadOf(scope)).not.toBe(from);
}

/// "254 ms", "3.71 s", "2 min 50 s", "1 h 05 min", "0 s" → seconds.
export function seconds(text: string): number {
  const t = text.trim();
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d+) h (\d+) min$/))) return +m[1] * 3600 + +m[2] * 60;
  if ((m = t.match(/^(\d+) min (\d+) s$/))) return +m[1] * 60 + +m[2];
  if ((m = t.match(/^([\d.]+) s$/))) return +m[1];
  if ((m = t.match(/^([\d.]+) ms$/))) return +m[1] / 1e3;
  if ((m = t.match(/^([\d.]+) µs$/))) return +m[1] / 1e6;
  throw new Error(`not a duration: "${text}"`);
}

/// The directory of the release build the suite runs against.
export const distDir = process.env.E2E_DIST ?? 'dist';
