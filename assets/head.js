// Runs in <head> before the first paint (a plain external script: the page's
// Content-Security-Policy allows no inline script), so that the prerendered first
// screen never shows in the wrong colours or for the wrong link.
//
// - The theme: the one stored by the app (src/app/page.rs, THEME_KEY), else the system's.
//   localStorage throws inside a sandboxed frame (an embed): then the system's.
// - The prerender is the app with no link. Any query or fragment (a link's parameters,
//   ?embed=1, a lesson, any key added later) may mean another screen, so the prerender
//   steps aside (html[data-prerender=aside], styles/main.css) and only the starting
//   status shows until the app has mounted.
(function () {
  var root = document.documentElement;
  var stored = null;
  try {
    stored = window.localStorage.getItem('vm-migration-lab.theme');
  } catch (e) {
    stored = null;
  }
  var dark =
    stored === 'dark' ||
    (stored !== 'light' && !!window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.setAttribute('data-theme', dark ? 'dark' : 'light');
  if (location.search.length > 1 || location.hash.length > 1) {
    root.setAttribute('data-prerender', 'aside');
  }
})();
