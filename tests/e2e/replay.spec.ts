// A real QEMU recording beside the model (issue 15): open one from a file, see both
// curves and the table; open a broken file, see the message, keep the state; a built-in
// recording is fetched only when chosen; a 20,000-sample recording loads in under a second.
import { test, expect, openApp } from './fixtures';
import { readFileSync } from 'node:fs';
import { gotoApp } from './helpers';

const runs = 'model/tests/data/qemu/runs';

// The English of the replay's sentences (model.ftl's replay-said-… and replay-from-…):
// each message's words between its variables, long enough to be a phrase, not a name.
const englishPhrases = readFileSync('model/locales/en/model.ftl', 'utf8')
  .split('\n')
  .filter((l) => /^replay-(said|from)-/.test(l))
  .flatMap((l) => l.slice(l.indexOf('=') + 1).split(/\{[^}]*\}/))
  .map((p) => p.trim())
  .filter((p) => p.length >= 16 && p.includes(' '));

test('a recording opened from a file shows both curves and the table', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('recording-file').setInputFiles(`${runs}/moderate.jsonl`);
  const view = page.getByTestId('replay');
  await expect(view).toBeVisible();
  await expect(view.locator('h2')).toContainText('moderate.jsonl beside the model');
  const table = page.getByTestId('replay-table');
  await expect(table).toContainText('Total time');
  await expect(table).toContainText('4.42 s');
  await expect(table).toContainText('Bytes sent');
  // QEMU's curve and the model's, on the same axes.
  const lines = page.getByTestId('replay-bytes').locator('polyline');
  await expect(lines).toHaveCount(4);
  for (const l of await lines.all()) expect(((await l.getAttribute('points')) ?? '').split(' ').length).toBeGreaterThan(10);
  await expect(page.getByTestId('replay-passes').locator('rect')).not.toHaveCount(0);
  await expect(page.getByTestId('replay-narration')).not.toBeEmpty();
  // The parameters came from the file: 384 MiB of guest memory.
  await expect(page.getByTestId('slider-memory')).toHaveAttribute('aria-valuetext', /38[45]/);
});

test('a broken file gives a message naming the line and keeps the page as it was', async ({ page }, info) => {
  await openApp(page);
  await page.getByTestId('recording-file').setInputFiles(`${runs}/idle.jsonl`);
  await expect(page.getByTestId('replay')).toContainText('idle.jsonl beside the model');
  const mem = await page.getByTestId('slider-memory').getAttribute('aria-valuetext');
  const table = await page.getByTestId('replay-table').textContent();
  const broken = info.outputPath('broken.jsonl');
  require('node:fs').writeFileSync(broken, 'hello\n{"status": "active", "ram": {"transferred": 12\n');
  await page.getByTestId('recording-file').setInputFiles(broken);
  const err = page.getByTestId('recording-error');
  await expect(err).toContainText('broken.jsonl: Not a migration recording');
  await expect(err).toContainText('line 1: expected a JSON object');
  await expect(err).toContainText('line 2: not JSON at column');
  // Nothing else changed: the recording, its table, the parameters.
  await expect(page.getByTestId('replay')).toContainText('idle.jsonl beside the model');
  expect(await page.getByTestId('replay-table').textContent()).toBe(table);
  await expect(page.getByTestId('slider-memory')).toHaveAttribute('aria-valuetext', mem!);
  await page.getByTestId('recording-error-dismiss').click();
  await expect(err).toHaveCount(0);
});

// Issue 28: the reader's reasons are the model's sentences (model.ftl's
// recording-error-…), shown in the page's language; so are the skipped lines of a file
// read in part.
for (const [lang, want] of [
  ['es', {
    file: 'roto.jsonl: No es una grabación de migración: ninguna muestra de query-migrate se puede usar;',
    line1: "línea 1: se esperaba un objeto JSON ('{…}') o una marca de tiempo Unix seguida de uno, pero se encontró 'hola'",
    line2: 'línea 2: no es JSON en la columna 47: se esperaba \',\' o \'}\' después de un valor, pero se encontró el final de la línea (¿está cortada?)',
    skipped: /^Se leyeron \d+ muestras; se omitió 1 de \d+ líneas: línea \d+: se esperaba un objeto JSON/,
    builtIn: 'QEMU 10 real: escrituras moderadas (8 MiB/s) junto al modelo',
    headline: /^QEMU completó la migración en 4,42 s \(4 pasadas\): la VM corre en el destino\. El modelo y QEMU coinciden: /,
    from: 'pre-copia (lo predeterminado en QEMU)',
  }],
  ['zh-CN', {
    file: 'roto.jsonl：这不是迁移录制文件：没有可用的 query-migrate 采样；',
    line1: "第 1 行：应为 JSON 对象（'{…}'）或后接 JSON 对象的 Unix 时间戳，却遇到了 'hola'",
    line2: "第 2 行：第 47 列起不是 JSON：值之后应为 ',' 或 '}'，却遇到了行尾（这一行是否被截断了？）",
    skipped: /^读取了 \d+ 条采样；\d+ 行中跳过了 1 行：第 \d+ 行：应为 JSON 对象/,
    builtIn: 'QEMU 10 真实录制：中等写入（8 MiB/s） 与模型对照',
    headline: /^QEMU 用 4\.42 s（4 轮）完成了迁移：虚拟机在目标主机上运行。模型与 QEMU 一致：/,
    from: '预拷贝（QEMU 的默认方式）',
  }],
] as const) {
  test(`?lang=${lang}: a malformed recording is refused in ${lang}, and a file read in part says what it skipped in ${lang}`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const buffer = Buffer.from('hola\n{"status": "active", "ram": {"transferred": 12\n');
    await page.getByTestId('recording-file').setInputFiles({ name: 'roto.jsonl', mimeType: 'text/plain', buffer });
    const err = page.getByTestId('recording-error');
    await expect(err).toContainText(want.file);
    await expect(err).toContainText(want.line1);
    await expect(err).toContainText(want.line2);
    await expect(err).not.toContainText(/Not a migration|expected|found/);
    await page.getByTestId('recording-error-dismiss').click();
    const partly = readFileSync(`${runs}/idle.jsonl`, 'utf8') + '\nhola\n';
    await page.getByTestId('recording-file').setInputFiles({ name: 'parte.jsonl', mimeType: 'text/plain', buffer: Buffer.from(partly) });
    await expect(page.getByTestId('replay')).toBeVisible();
    await expect(page.getByTestId('replay-skipped')).toHaveText(want.skipped);
    await expect(page.getByTestId('recording-error')).toHaveCount(0);
    // A built-in recording is named by its title in the language.
    await page.getByTestId('preset-select').selectOption('rec:moderate');
    await expect(page.getByTestId('replay').locator('h2')).toHaveText(want.builtIn);
    // The comparison sentence and where each parameter came from, in the language: no
    // English phrase of the catalogue left.
    const headline = page.getByTestId('replay-narration');
    await expect(headline).toHaveText(want.headline);
    const sources = page.locator('.replay-flags dd');
    await expect(sources.first()).toHaveText(want.from);
    const said = `${await headline.textContent()}\n${(await sources.allTextContents()).join('\n')}`;
    expect(englishPhrases.length).toBeGreaterThan(40);
    for (const phrase of englishPhrases) expect(said, phrase).not.toContain(phrase);
  });
}

test('a built-in recording is fetched only when chosen', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/recordings/')) fetched.push(r.url()); });
  await openApp(page);
  expect(fetched).toEqual([]);
  await page.getByTestId('preset-select').selectOption({ label: 'Real QEMU 10: twice the cap, auto-converge' });
  await expect(page.getByTestId('replay')).toContainText('auto-converge beside the model');
  expect(fetched.length).toBe(1);
  await expect(page.getByTestId('replay-table')).toContainText('41.9 s');
  await page.getByTestId('replay-close').click();
  await expect(page.getByTestId('replay')).toHaveCount(0);
});

test("the picture plays the recording's progress, the timeline shows its passes, a link names it", async ({ page }) => {
  await openApp(page);
  await page.getByTestId('preset-select').selectOption({ label: 'Real QEMU 10: moderate writes (8 MiB/s)' });
  await expect(page.getByTestId('replay')).toContainText('moderate writes');
  // QEMU's passes under the model's bar, on the same axis.
  const real = page.getByTestId('timeline-real');
  await expect(real).toBeVisible();
  expect(await real.locator('line').count()).toBeGreaterThanOrEqual(2);
  // The model's picture first; the toggle plays QEMU's counters instead.
  await expect(page.getByTestId('picture-model')).toHaveAttribute('aria-pressed', 'true');
  const timeline = page.getByTestId('timeline');
  await timeline.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const canvas = page.getByTestId('stage-canvas');
  const modelPicture = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
  await page.getByTestId('picture-real').click();
  await expect(page.getByTestId('picture-real')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('picture-real-note')).toContainText("QEMU's counters");
  await expect(page.getByTestId('narration')).toContainText(/^QEMU at .*pass \d/);
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(modelPicture);
  await timeline.focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('narration')).toContainText('the VM runs at the destination');
  // Back to the model.
  await page.getByTestId('picture-model').click();
  await expect(page.getByTestId('narration')).not.toContainText('QEMU at');
  // The page's link names the built-in recording; opening it shows it again.
  await expect.poll(() => page.url()).toContain('rec=moderate');
  const link = page.url();
  const again = await page.context().newPage();
  await gotoApp(again, link);
  await expect(again.getByTestId('replay')).toContainText('moderate writes');
  await expect(again.getByTestId('recording-error')).toHaveCount(0);
  await again.close();
});

/** A harness recording of `n` samples 100 ms apart (the shape of the real ones). */
function longRecording(n: number): string {
  const head = readFileSync(`${runs}/nonconverging.jsonl`, 'utf8').split('\n')[0];
  const out = [head.replace('"cancel_after_s": 25', '"cancel_after_s": 3000')];
  for (let k = 1; k <= n; k++) {
    const t = (k * 0.1).toFixed(3);
    const pass = 1 + Math.floor(k / 20);
    if (k % 20 === 0) out.push(`{"kind": "event", "vm": "src", "rel": ${t}, "event": "MIGRATION_PASS", "pass": ${pass}}`);
    out.push(`{"kind": "sample", "rel": ${t}, "status": "active", "total-time": ${k * 100}, "setup-time": 1, "expected-downtime": 2243, "ram.transferred": ${k * 6831430}, "ram.remaining": ${147189760 - (k % 20) * 6000000}, "ram.duplicate": 31686, "ram.normal": ${k * 1664}, "ram.dirty-pages-rate": 16729, "ram.dirty-sync-count": ${pass}, "ram.mbps": 546.32592, "ram.pages-per-second": 16640, "ram.precopy-bytes": ${k * 6831430}, "ram.downtime-bytes": 0, "ram.postcopy-bytes": 0, "ram.postcopy-requests": 0}`);
  }
  return out.join('\n') + '\n';
}

// The time is a measurement for BENCHMARKS.md (printed), not a pass/fail threshold.
test('a 20,000-sample recording loads and is drawn', async ({ page }, info) => {
  await openApp(page);
  const file = info.outputPath('long.jsonl');
  require('node:fs').writeFileSync(file, longRecording(20000));
  const input = page.getByTestId('recording-file');
  const t0 = Date.now();
  await input.setInputFiles(file);
  await expect(page.getByTestId('replay')).toContainText('long.jsonl beside the model', { timeout: 10000 });
  await expect(page.getByTestId('replay-bytes').locator('polyline')).toHaveCount(4);
  const ms = Date.now() - t0;
  console.log(`20,000-sample recording (${(longRecording(20000).length / 1e6).toFixed(1)} MB): shown ${ms} ms after the file was given`);
});
