// Starts the app. Trunk's default is an inline <script type="module">, which a strict
// Content-Security-Policy (no 'unsafe-inline') blocks; this file is loaded by src
// instead (Trunk.toml `pattern_script` writes the tag with the hashed file names).
const tag = document.querySelector('script[data-wasm]');
const { default: init } = await import(tag.dataset.js);
const wasm = await init({ module_or_path: tag.dataset.wasm });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
