// Starts the app. Trunk's default is an inline <script type="module">, which a strict
// Content-Security-Policy (no 'unsafe-inline') blocks; this file is loaded by src
// instead (Trunk.toml `pattern_script` writes the tag with the hashed file names).
//
// The page already shows the first screen (prerendered at build time, src/prerender.rs),
// so the JS glue and the wasm are fetched only once that screen has painted: on a slow
// phone they would otherwise compete with it for the network. Trunk's preload links are
// off for the same reason (Trunk.toml `pattern_preload`). A hidden tab paints nothing,
// and a link that hides the prerender (assets/head.js) has nothing to wait for.
const tag = document.querySelector('script[data-wasm]');
const waitForPaint =
  document.visibilityState === 'visible' && document.documentElement.dataset.prerender !== 'aside';
if (waitForPaint) {
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
}
const { default: init } = await import(tag.dataset.js);
const wasm = await init({ module_or_path: tag.dataset.wasm });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
