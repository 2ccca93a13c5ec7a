// One offline file: the release build (index.html, CSS, the wasm-bindgen JS and the
// wasm) folded into a single HTML file that works opened from disk (file://) and can be
// uploaded to a course platform as one file.
//
//   node scripts/single-file.mjs [DIST] [OUT]      defaults: dist dist-single/vm-migration-lab.html
//   make single-file                                release build, then this
//
// Trunk's loader fetches the wasm by URL, which file:// pages cannot do; here the wasm
// travels as base64 and a small module hands the decoded bytes to wasm-bindgen's init.
// The file has inline script and style by necessity. Its Content-Security-Policy (a
// <meta>, replacing the built page's) allows exactly those: each inline script and
// style sheet by its SHA-256 hash, no 'unsafe-inline', no eval; wasm may compile.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const [dist = 'dist', out = 'dist-single/vm-migration-lab.html'] = process.argv.slice(2);
const files = await readdir(dist);
const wasmName = files.find((f) => f.endsWith('_bg.wasm'));
if (!wasmName) {
  console.error(`single-file: no *_bg.wasm in ${dist}; run the release build first`);
  process.exit(1);
}
const jsName = wasmName.replace(/_bg\.wasm$/, '.js');
const read = (name) => readFile(join(dist, name.replace(/^\.?\//, '')));

let html = await read('index.html').then(String);
const wasm = await read(wasmName);
// The release build's second half (assets/split.js, docs/loading.md), if it was split.
const secondaryName = wasmName.replace(/_bg\.wasm$/, '_split.wasm');
const secondary = files.includes(secondaryName) ? await read(secondaryName) : null;
// Its loader from the source (the built copy is minified, and its short names would clash
// with the glue's in one script), in a scope of its own.
const splitJs = `const splitLoader = (() => {\n${String(
  await readFile(new URL('../assets/split.js', import.meta.url)),
)
  .replace(/^export /gm, '')
  .replaceAll('</script', '<\\/script')}\nreturn splitLoader;\n})();`;
// `</script` inside the module would end the script element early.
const glue = String(await read(jsName)).replaceAll('</script', '<\\/script');

// The feature style sheet (scripts/merge-css.mjs) is linked like the others: this file
// has everything from the start.
const featureCss = html.match(/<script type="module" src="[^"]*boot\.js"[^>]*\sdata-css="([^"]+)"/);
if (featureCss) html = html.replace('</head>', () => `<link rel="stylesheet" href="${featureCss[1]}">\n</head>`);
// Style sheets inline, in their order.
const sheets = [];
html = html.replace(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g, (_, href) => {
  sheets.push(href);
  return `<!--style:${sheets.length - 1}-->`;
});
for (const [i, href] of sheets.entries()) {
  const css = String(await read(href)).replaceAll('</style', '<\\/style');
  html = html.replace(`<!--style:${i}-->`, () => `<style>\n${css}\n</style>`);
}
// The icon as a data URL.
const icon = html.match(/<link rel="icon" href="([^"]+)"[^>]*>/);
if (icon) {
  const svg = (await read(icon[1])).toString('base64');
  html = html.replace(icon[0], `<link rel="icon" href="data:image/svg+xml;base64,${svg}">`);
}
// The head script (theme, link check before the first paint) inline, in its place.
const head = html.match(/<script src="([^"]*head\.js)"><\/script>/);
if (head) {
  const js = String(await read(head[1])).replaceAll('</script', '<\\/script');
  html = html.replace(head[0], () => `<script>${js}</script>`);
}
// Trunk's loader and preloads go; the inline loader replaces them.
html = html
  .replace(/<script type="module" src="[^"]*boot\.js"[^>]*><\/script>/, '')
  .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
// The glue's default export is its init function; minified (scripts/post-build.sh) it
// has a short local name: read it from the export list.
const exported = glue.match(/export\s*\{([^}]*)\}\s*;?\s*$/);
const init = exported?.[1].split(',').map((s) => s.trim().split(/\s+as\s+/)).find((p) => p[1] === 'default')?.[0];
if (!init) {
  console.error(`single-file: no default export (the init function) at the end of ${jsName}`);
  process.exit(1);
}
const loader = `<script type="module">
${glue}
${splitJs}
{
  const decode = (base64) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bytes = decode("${wasm.toString('base64')}");
  const secondary = ${secondary ? `decode("${secondary.toString('base64')}")` : 'new Uint8Array()'};
  // Both halves are in this file: the second is added before the app's first line runs.
  const exports = await splitLoader(secondary, true).init(${init}, bytes);
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: exports } }));
}
</script>`;
html = html.replace('</body>', () => `${loader}\n</body>`);

// The policy: exactly these inline scripts and styles, by hash.
const hashes = (tag) =>
  [...html.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
  );
const policy = [
  "default-src 'none'",
  `script-src ${hashes('script').join(' ')} 'wasm-unsafe-eval'`,
  `style-src ${hashes('style').join(' ')}`,
  'img-src data: blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
const built = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
html = built.test(html) ? html.replace(built, () => meta) : html.replace('<head>', () => `<head>${meta}`);

await mkdir(dirname(out), { recursive: true });
await writeFile(out, html);
const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(
  `single-file: ${out} (${kb(Buffer.byteLength(html))}; wasm ${kb(wasm.length)}` +
    `${secondary ? ` + ${kb(secondary.length)}` : ''})`,
);
