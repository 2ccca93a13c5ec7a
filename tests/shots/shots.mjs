// Takes the README's screenshots at 1280×720 in headless Chromium: every migration type
// mid-migration. Usage: node tests/shots/shots.mjs [BASE_URL] [OUT_DIR]
// (scripts/screenshots.sh builds and serves the release build first.)
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'docs/screenshots';
const args = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
// type button, where to put the playhead (share of the run), extra setup
const shots = [
  ['live', 0.93, null],
  ['cold', 0.45, async (page) => {
    await page.getByTestId('check-shared-storage').uncheck();
  }],
  ['suspended', 0.5, async (page) => {
    await page.getByTestId('check-hold').check();
  }],
  ['postcopy', 0.35, null],
  ['hybrid', 0.45, null],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
await page.goto(base);
for (const [type, at, setup] of shots) {
  await page.getByTestId(`type-${type}`).click();
  if (setup) await setup(page);
  const tl = page.getByTestId('timeline');
  const box = await tl.boundingBox();
  await page.mouse.click(box.x + box.width * at, box.y + box.height / 2);
  await page.waitForTimeout(100);
  await page.screenshot({ path: `${out}/${type}.png` });
  console.log(`${out}/${type}.png`);
}
await browser.close();
