// Starts the app. Trunk's default is an inline <script type="module">, which a strict
// Content-Security-Policy (no 'unsafe-inline') blocks; this file is loaded by src
// instead (Trunk.toml `pattern_script` writes the tag with the hashed file names).
//
// The page already shows the first screen (prerendered at build time, src/app/prerender.rs),
// so the JS glue and the wasm are fetched only once that screen has painted: on a slow
// phone they would otherwise compete with it for the network. Trunk's preload links are
// off for the same reason (Trunk.toml `pattern_preload`). A hidden tab paints nothing,
// and a link that hides the prerender (assets/head.js) has nothing to wait for.
const tag = document.querySelector('script[data-wasm]');
const waitForPaint =
  document.visibilityState === 'visible' && document.documentElement.dataset.prerender !== 'aside';
if (waitForPaint) {
  // The first contentful paint as the browser reports it (a frame's rAF callback runs
  // before that frame is presented); a browser without paint timing gets two frames.
  await new Promise((painted) => {
    const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(painted, 0)));
    if (!('PerformanceObserver' in window) || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      frames();
      return;
    }
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        setTimeout(painted, 0);
      }
    }).observe({ type: 'paint', buffered: true });
    // Never wait long for a paint that is not reported.
    setTimeout(painted, 1000);
  });
}
// The release build's wasm comes in two halves (assets/split.js, docs/loading.md). A link
// that opens a lesson, an exercise set, a recording or another view needs the second
// half at once, so it is fetched beside the first.
const query = new URLSearchParams(location.search);
// A page in Spanish or Chinese runs Fluent and its catalogues, which are in the second
// half too (docs/translating.md): the language as the app picks it, from `lang=` (the
// tags `Lang::from_link` reads, the pseudo-locale `en-XA` among them) or else the
// browser's first language the app has (`i18n::from_preferences`).
const lang = query.get('lang')?.trim().toLowerCase().replace('_', '-');
const preferred = (navigator.languages ?? []).map((l) => l.toLowerCase().replace('_', '-')).find((l) => /^(en|es|zh)(-|$)/.test(l) && !/^zh-(.*-)?(tw|hk|mo|hant)(-|$)/.test(l));
const otherLanguage = lang !== undefined ? ['es', 'zh-cn', 'en-xa'].includes(lang) : /^(es|zh)/.test(preferred ?? 'en');
const eager = otherLanguage || ['view', 'lesson', 'rec', 'set', 'q', 'present'].some((k) => query.has(k));
const secondary = tag.dataset.wasm.replace(/_bg\.wasm$/, '_split.wasm');
const [{ default: init }, { splitLoader }] = await Promise.all([import(tag.dataset.js), import('./split.js')]);
const split = splitLoader(secondary, eager, tag.dataset.css);
const wasm = await split.init(init, tag.dataset.wasm);
// The app runs: what was fetched before this is the first download (make bench).
performance.mark('app-started');
split.prefetch();
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
