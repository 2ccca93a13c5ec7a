// Writes tools/split-wasm/first-screen.txt: the functions the first screen runs, which
// the release build keeps in the first download (docs/loading.md). `make split-profile`
// builds the profiling wasm (every function reports its index on entry) into DIST, then
// runs this:
//
//   node scripts/split-profile.mjs DIST NAMES.tsv OUT
//
// The scenarios are what a student does before anything else: open the page (desktop,
// phone, an embed in a course page), press play, pause. Everything else comes with the
// secondary, fetched right after the app starts.
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

await visit('/', { viewport: { width: 1920, height: 1080 } }, playAndPause);
await visit('/', { viewport: { width: 1366, height: 768 } }, null);
await visit('/', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }, playAndPause);
await visit('/?embed=1', { viewport: { width: 800, height: 600 } }, playAndPause);
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
