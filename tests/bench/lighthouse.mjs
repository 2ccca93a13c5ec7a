// Lighthouse on a student's phone (issue 12): the release build served uncompressed
// (tests/e2e/serve.mjs, as python's http.server serves), Lighthouse's default mobile
// preset (simulated slow 4G, 4x CPU slowdown), run N times against the system Chromium;
// the median run's figures; the first download (every file the page requested before the
// app started: assets/boot.js marks `app-started`) in gzip -9 bytes, file by file; and
// the session's download (everything the page fetched, the wasm's second half included:
// docs/loading.md). Reports; never fails because a target is missed.
//
//   node tests/bench/lighthouse.mjs [--dist DIR] [--runs N] [--port P] [--json] [--desktop]
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const dist = resolve(opt('--dist', 'dist'));
const runs = Math.max(1, Number(opt('--runs', 3)));
const port = Number(opt('--port', 4191));
const desktop = args.includes('--desktop');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const lighthouseBin = resolve('node_modules/.bin/lighthouse');

const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok, fail) => {
  server.stdout.once('data', ok);
  server.once('exit', (c) => fail(new Error(`server exited (${c})`)));
});

const url = `http://127.0.0.1:${port}/`;
const flags = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
].join(' ');

function lighthouse() {
  const argv = [
    url, '--quiet', '--output=json', '--output-path=stdout',
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=${flags}`,
    ...(desktop ? ['--preset=desktop'] : []),
  ];
  const out = execFileSync(lighthouseBin, argv, {
    env: { ...process.env, CHROME_PATH: chrome },
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
const gzip9 = (file) => execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 64 * 1024 * 1024 }).length;

const results = [];
try {
  for (let i = 0; i < runs; i++) {
    const r = lighthouse();
    const a = r.audits;
    results.push({
      performance: Math.round(r.categories.performance.score * 100),
      accessibility: Math.round(r.categories.accessibility.score * 100),
      bestPractices: Math.round(r.categories['best-practices'].score * 100),
      fcpS: a['first-contentful-paint'].numericValue / 1000,
      lcpS: a['largest-contentful-paint'].numericValue / 1000,
      tbtMs: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      siS: a['speed-index'].numericValue / 1000,
      requests: a['network-requests'].details.items.map((it) => ({ url: it.url, at: it.rendererStartTime })),
      startedMs: a['user-timings'].details?.items?.find((it) => it.name === 'app-started')?.startTime,
      version: r.lighthouseVersion,
      userAgent: r.environment?.hostUserAgent,
    });
    console.error(`[lighthouse] run ${i + 1}/${runs}: performance ${results.at(-1).performance}, LCP ${results.at(-1).lcpS.toFixed(2)} s`);
  }
} finally {
  server.kill();
}

// The median run by performance score (then LCP): its figures belong together.
const order = [...results].sort((x, y) => x.performance - y.performance || y.lcpS - x.lcpS);
const mid = order[Math.floor((order.length - 1) / 2)];

// The files of dist/ the page requested (in the median run), gzip -9: those requested
// before the app started (the first download), and all of them (the session).
const names = new Set(readdirSync(dist));
const measure = (requests) =>
  [...new Set(requests.map((r) => r.url))]
    .map((u) => new URL(u))
    .filter((u) => u.origin === new URL(url).origin)
    .map((u) => (u.pathname === '/' ? 'index.html' : decodeURIComponent(u.pathname.slice(1))))
    .filter((f) => names.has(f))
    .map((f) => ({ file: f, raw: readFileSync(join(dist, f)).length, gzip: gzip9(join(dist, f)) }))
    .sort((a, b) => b.gzip - a.gzip);
if (mid.startedMs === undefined) console.error('[lighthouse] no app-started mark: every request counts as the first download');
const files = measure(mid.requests.filter((r) => mid.startedMs === undefined || r.at < mid.startedMs));
const sessionFiles = measure(mid.requests);
const total = files.reduce((s, f) => s + f.gzip, 0);
const session = sessionFiles.reduce((s, f) => s + f.gzip, 0);

const report = {
  preset: desktop ? 'desktop' : 'mobile (simulated slow 4G, 4x CPU)',
  lighthouse: mid.version,
  runs: results.map(({ requests, userAgent, version, startedMs, ...r }) => r),
  median: {
    performance: median(results.map((r) => r.performance)),
    lcpS: median(results.map((r) => r.lcpS)),
    cls: median(results.map((r) => r.cls)),
    tbtMs: median(results.map((r) => r.tbtMs)),
    accessibility: median(results.map((r) => r.accessibility)),
    bestPractices: median(results.map((r) => r.bestPractices)),
  },
  firstDownload: { totalGzip: total, files },
  session: { totalGzip: session, later: sessionFiles.filter((f) => !files.some((g) => g.file === f.file)) },
};

if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const kib = (n) => (n / 1024).toFixed(1);
  const m = report.median;
  console.log(`\nLighthouse ${report.lighthouse}, ${report.preset}, median of ${runs} (${url}, served uncompressed)`);
  console.log(`  performance ${m.performance}  LCP ${m.lcpS.toFixed(2)} s  CLS ${m.cls.toFixed(3)}  TBT ${m.tbtMs.toFixed(0)} ms  accessibility ${m.accessibility}  best practices ${m.bestPractices}`);
  for (const r of report.runs) {
    console.log(`  run: performance ${r.performance}, FCP ${r.fcpS.toFixed(2)} s, LCP ${r.lcpS.toFixed(2)} s, SI ${r.siS.toFixed(2)} s, TBT ${r.tbtMs.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}`);
  }
  console.log(`  first download: ${kib(total)} KiB gzip -9 (${total} bytes), target ≤ 230 KiB`);
  const line = (f) => console.log(`    ${f.file.padEnd(40)} ${kib(f.raw).padStart(7)} KiB raw ${kib(f.gzip).padStart(7)} KiB gz`);
  files.forEach(line);
  console.log(`  the session (fetched after the app started as well): ${kib(session)} KiB gzip -9 (${session} bytes)`);
  report.session.later.forEach(line);
  const verdict = (ok, text) => console.log(`  ${ok ? 'meets' : 'MISSES'}: ${text}`);
  if (!desktop) {
    verdict(m.performance >= 95, 'performance ≥ 95');
    verdict(m.lcpS <= 1.5, 'LCP ≤ 1.5 s');
    verdict(m.cls <= 0.02, 'CLS ≤ 0.02');
    verdict(m.accessibility === 100 && m.bestPractices === 100, 'accessibility and best practices 100');
    verdict(total <= 230 * 1024, 'first download ≤ 230 KiB gzip -9');
  }
}
