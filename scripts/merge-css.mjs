// Release builds: the page's style sheets as two files (run by scripts/post-build.sh on
// Trunk's staging folder). One gzip stream over several sheets is smaller than one per
// sheet, and a phone makes one request instead of seven.
//
// - The first screen's sheets (`styles/*.css`), in their order, become the one sheet the
//   page links.
// - The feature sheets (`styles/features/*.css`: the compare, evacuation, exercises,
//   replay and lesson views) become a second file the page does not link. The boot
//   script's tag carries its name (`data-css`), and assets/split.js adds it with the
//   wasm's secondary half, which holds those views' code (docs/loading.md).
//
// Which sheet is which is read from the tracked index.html: Trunk writes one link per
// `<link data-trunk rel="css">`, in the same order.
//
//   node scripts/merge-css.mjs STAGING
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [staging] = process.argv.slice(2);
const page = join(staging, 'index.html');
let html = readFileSync(page, 'utf8');
const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]*?)([^"/]+\.css)"\s*\/?>/g)];
const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'index.html'), 'utf8');
const sources = [...source.matchAll(/<link data-trunk rel="css" href="([^"]+)"/g)].map((m) => m[1]);
if (sources.length !== links.length) {
  console.error(`merge-css: index.html names ${sources.length} style sheets, the build wrote ${links.length}`);
  process.exit(1);
}
const feature = (i) => sources[i].startsWith('styles/features/');

/// The sheets as one file named by its content; returns that name.
const merge = (group, prefix) => {
  const css = group.map(([, , file]) => readFileSync(join(staging, file), 'utf8').trim()).join('\n');
  const name = `${prefix}-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  writeFileSync(join(staging, name), `${css}\n`);
  for (const [, , file] of group) rmSync(join(staging, file));
  return name;
};
const escape = (tag) => tag.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const drop = (tag) => {
  html = html.replace(new RegExp(`[ \\t]*${escape(tag)}\\n?`), '');
};

const first = links.filter((_, i) => !feature(i));
const features = links.filter((_, i) => feature(i));
const firstName = merge(first, 'styles');
html = html.replace(first[0][0], `<link rel="stylesheet" href="${first[0][1]}${firstName}"/>`);
for (const [tag] of first.slice(1)) drop(tag);
if (features.length) {
  const name = merge(features, 'features');
  for (const [tag] of features) drop(tag);
  const boot = /<script type="module" src="[^"]*boot\.js"/;
  if (!boot.test(html)) {
    console.error('merge-css: no boot.js script tag to carry the feature style sheet');
    process.exit(1);
  }
  html = html.replace(boot, (tag) => `${tag} data-css="${features[0][1]}${name}"`);
}
writeFileSync(page, html);
console.log(`merge-css: ${first.length} style sheets → ${firstName}, ${features.length} feature sheets`);
