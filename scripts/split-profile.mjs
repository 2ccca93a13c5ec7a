// Writes tools/split-wasm/first-screen.txt: the functions the first screen runs, which
// the release build keeps in the first download (docs/loading.md). `make split-profile`
// builds the profiling wasm (every function reports its index on entry) into DIST, then
// runs this:
//
//   node scripts/split-profile.mjs DIST NAMES.tsv OUT
//
// The scenarios are what a student does before anything else: open the page or a course
// link (desktop, phone, an embed in a course page; links with every parameter, every
// scenario, every type, a theme, a malformed value), press play, pause, step with the
// clicker keys. Everything else comes with the secondary, fetched right after the app
// starts.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';

const [dist, namesFile, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/split-profile.mjs DIST NAMES.tsv OUT');
  process.exit(2);
}
const names = new Map(
  readFileSync(namesFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const tab = l.indexOf('\t');
      return [Number(l.slice(0, tab)), l.slice(tab + 1)];
    }),
);
const port = process.env.SPLIT_PROFILE_PORT ?? '4391';
const server = spawn(process.execPath, ['tests/e2e/serve.mjs', dist, port], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {}
  if (i > 100) throw new Error(`split-profile: the server on ${base} did not start`);
  await new Promise((r) => setTimeout(r, 100));
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const hits = new Set();

// Runs before the page's scripts: the profiling wasm imports `prof.hit`.
const record = () => {
  const seen = new Set();
  window.__splitProfile = () => [...seen];
  const add = (imports) => ({ ...imports, prof: { hit: (i) => seen.add(i) } });
  const { instantiate, instantiateStreaming } = WebAssembly;
  WebAssembly.instantiateStreaming = (s, i) => instantiateStreaming(s, add(i));
  WebAssembly.instantiate = (s, i) => instantiate(s, add(i));
};
const playAndPause = async (page) => {
  await page.keyboard.press('.');
  await page.waitForTimeout(1500);
  await page.keyboard.press('.');
};
async function visit(path, options, act) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw new Error(`${path}: ${e.message}`);
  });
  await page.addInitScript(record);
  await page.goto(base + path);
  await page.waitForSelector('html[data-app=ready]', { timeout: 30_000 });
  await page.waitForTimeout(300);
  if (act) await act(page);
  for (const i of await page.evaluate(() => window.__splitProfile())) hits.add(i);
  await context.close();
}

const desktop = { viewport: { width: 1920, height: 1080 } };
// Every parameter a link can carry, and the types (shared with tests/e2e/split.spec.ts).
const { types: TYPES, everyParameter: EVERY_PARAMETER } = JSON.parse(
  readFileSync('tests/e2e/course-links.json', 'utf8'),
);
await visit('/', desktop, async (page) => {
  // A phone switching to dark at dusk: the page follows the system theme.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(200);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForTimeout(200);
  // A phone turned on its side; the first clicks: a type, a slider.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForTimeout(300);
  for (const type of TYPES) await page.getByTestId(`type-${type}`).click();
  await page.getByTestId('type-live').click();
  await page.locator('input[type=range]').first().focus();
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'End', 'Home']) await page.keyboard.press(key);
  await page.locator('input[type=range]').first().blur();
  await playAndPause(page);
  for (const key of ['PageDown', 'PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft']) await page.keyboard.press(key);
});
// Course links: the link of every scenario, as the app writes it (every parameter the
// scenario sets), and of every type.
const links = new Set(['/?theme=dark&t=30&speed=4', '/?bw=fast&mem=1KiB', '/?autoplay=1&type=live']);
for (const type of TYPES) {
  links.add(`/?type=${type}`);
  links.add(`/?type=${type}&${EVERY_PARAMETER}`);
  // A link's playhead can land in any phase: the picture of each is first-screen code.
  for (const t of [0.003, 5, 20, 40]) links.add(`/?type=${type}&t=${t}`);
}
{
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await page.addInitScript(record);
  await page.goto(base + '/');
  await page.waitForSelector('html[data-app=ready]', { timeout: 30_000 });
  const presets = await page.locator('#preset-select option:not([disabled])').evaluateAll((o) => o.map((x) => x.value));
  for (const preset of presets) {
    await page.goto(`${base}/?preset=${preset}`);
    await page.waitForSelector('html[data-app=ready]', { timeout: 30_000 });
    await page.waitForTimeout(600); // the app writes the URL at most every 400 ms
    links.add(new URL(page.url()).search.replace(/^/, '/'));
    links.add(`/?preset=${preset}`);
  }
  await context.close();
}
for (const link of links) {
  await visit(link, desktop, async (page) => {
    // A link meant to carry every parameter must carry them all: none may be dropped.
    const notice = page.getByTestId('link-notice');
    if (link.includes(EVERY_PARAMETER) && (await notice.count()) > 0) {
      throw new Error(`split-profile: ${link} drops keys: ${await notice.innerText()}`);
    }
  });
}
await visit('/', { viewport: { width: 1366, height: 768 } }, null);
await visit('/', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }, playAndPause);
await visit('/?embed=1', { viewport: { width: 800, height: 600 } }, playAndPause);
await visit('/?embed=1&controls=bw,dirty,type&type=postcopy', { viewport: { width: 800, height: 600 } }, null);
await browser.close();
server.kill();

const kept = [...new Set([...hits].map((i) => names.get(i)).filter(Boolean))].sort();
writeFileSync(
  out,
  `# The functions the first screen runs (scripts/split-profile.mjs, \`make split-profile\`);\n` +
    `# the release build keeps them in the first download and moves the rest to the\n` +
    `# secondary (docs/loading.md). Regenerate after changing what the first screen runs.\n` +
    kept.join('\n') +
    '\n',
);
console.log(`split-profile: ${kept.length} of ${names.size} functions run on the first screen → ${out}`);
