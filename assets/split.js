// The second half of the app's wasm (docs/loading.md). The release build splits the wasm
// in two (tools/split-wasm, run by scripts/post-build.sh): the primary, which runs the
// first screen, and the secondary (`*_split.wasm`), which holds the rest: lessons,
// exercises, recordings, compare, charts, exports, dialogs. The primary keeps a stub for
// each function that moved; a stub whose function is not there yet calls `split.load`.
//
// - After the app has started and drawn its first screen, the secondary is fetched in the
//   background (`prefetch`), so it is normally there before anyone opens a lesson.
// - A link that opens straight into a secondary view fetches it beside the primary
//   (`eager`) and adds it before the app's first line runs.
// - If a stub runs first anyway, `split.load` fetches the secondary synchronously: the
//   page waits for it once, and nothing is lost.
//
// No code is in both halves: a session downloads the two once.

/// `source`: the secondary's URL, or its bytes (the single-file build). `eager`: fetch it
/// now, beside the primary. `styles`: the URL of the feature style sheet that goes with
/// the secondary (scripts/merge-css.mjs), if the page does not have it already.
export function splitLoader(source, eager, styles = null) {
  const url = typeof source === 'string' ? source : null;
  let primary;
  let loaded = false;
  let compiled;
  // The feature views' style sheet, added once; resolves when it has loaded or failed
  // (a view without its styles is still whole, only plainer).
  let styled;
  const style = () =>
    (styled ??= styles
      ? new Promise((done) => {
          const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: styles });
          link.addEventListener('load', done);
          link.addEventListener('error', done);
          document.head.append(link);
        })
      : Promise.resolve());
  const compile = () =>
    (compiled ??= url ? WebAssembly.compileStreaming(fetch(url)) : WebAssembly.compile(source));
  const add = (module) => {
    if (loaded || !primary || !module) return;
    // Its element segment fills the primary's split table; nothing else runs.
    new WebAssembly.Instance(module, { p: primary });
    loaded = true;
    performance.mark('split-loaded');
    document.querySelector('.crash[data-split]')?.remove();
  };
  // After a failed download, calls in the next few seconds fail at once (one banner, no
  // request per call); a later call tries again. `why` is for people, `detail` for the
  // console.
  let failedAt = -Infinity;
  const failed = (why, detail = why) => {
    failedAt = performance.now();
    let banner = document.querySelector('.crash[data-split]');
    if (!banner) {
      banner = document.createElement('div');
      banner.className = 'crash';
      banner.dataset.split = '';
      banner.setAttribute('role', 'alert');
      document.body.prepend(banner);
    }
    banner.textContent =
      `Part of VM Migration Lab could not be downloaded (${why}). ` +
      'Reload the page when you are online; your link keeps the parameters.';
    return new Error(`the app's secondary module could not be loaded: ${detail}`);
  };
  // A stub found its function missing: fetch and add the secondary now. `slot` names the
  // function (target/split/slots.tsv of the build).
  const load = (slot) => {
    if (loaded) return;
    if (performance.now() - failedAt < 5000) throw new Error("the app's secondary module is not loaded");
    performance.mark('split-sync-load', { detail: slot });
    style();
    if (!url) {
      add(new WebAssembly.Module(source));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url, false);
    // A synchronous request may not ask for an ArrayBuffer: read the bytes as text.
    xhr.overrideMimeType('text/plain; charset=x-user-defined');
    try {
      xhr.send();
    } catch (e) {
      throw failed('no connection to the server', e.message);
    }
    if (xhr.status !== 200 && xhr.status !== 0) throw failed(`HTTP ${xhr.status}`);
    const text = xhr.responseText;
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
    add(new WebAssembly.Module(bytes));
  };
  if (eager) {
    compile().catch(() => {});
    style();
  }
  return {
    /// Wraps wasm-bindgen's init: the primary gets `split.load` among its imports, and
    /// its instance is kept (the secondary imports its exports).
    async init(init, moduleOrPath) {
      const { instantiate, instantiateStreaming } = WebAssembly;
      const imports = (i) => ({ ...i, split: { load } });
      const started = async (result) => {
        const instance = result.instance ?? result;
        const module = result.module;
        const split = module && WebAssembly.Module.imports(module).some((i) => i.module === 'split');
        if (module && !split) loaded = true; // an unsplit build: nothing to fetch
        primary = instance.exports;
        if (eager) {
          const [module] = await Promise.all([loaded ? null : compile().catch(() => null), style()]);
          add(module);
        }
        return result;
      };
      WebAssembly.instantiateStreaming = async (s, i) => started(await instantiateStreaming(s, imports(i)));
      WebAssembly.instantiate = async (s, i) => started(await instantiate(s, imports(i)));
      try {
        return await init({ module_or_path: moduleOrPath });
      } finally {
        Object.assign(WebAssembly, { instantiate, instantiateStreaming });
      }
    },
    /// Fetches and adds the secondary, and the feature style sheet, in the background once
    /// the app has drawn its first screen (`data-app="ready"` on <html>, src/app/page.rs
    /// `mark_ready`) and the page is idle. Not before: the app's first render may run past
    /// `init` (its scheduler yields), and on a busy machine the idle callback's timeout
    /// could otherwise start the download while the first screen is still being made.
    prefetch() {
      const go = () => {
        style();
        if (!loaded) compile().then(add, () => {});
      };
      const idle = () => {
        if ('requestIdleCallback' in window) requestIdleCallback(go, { timeout: 2000 });
        else setTimeout(go, 200);
      };
      const root = document.documentElement;
      if (root.dataset.app === 'ready') {
        idle();
        return;
      }
      new MutationObserver((_, observer) => {
        if (root.dataset.app !== 'ready') return;
        observer.disconnect();
        idle();
      }).observe(root, { attributes: true, attributeFilter: ['data-app'] });
    },
  };
}
