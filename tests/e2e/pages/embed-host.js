// The host side of an embed: load the app with this page's query, and fit the frame to
// the heights it posts (the Embed dialog's snippet does the same). Messages are kept in
// window.heights for the tests.
window.heights = [];
const frame = document.getElementById('lab');
addEventListener('message', (e) => {
  const d = e.data;
  if (!d || d.type !== 'vm-migration-lab:height') return;
  if (e.source !== frame.contentWindow) return;
  window.heights.push(d.height);
  frame.height = Math.ceil(d.height);
});
frame.src = '/' + location.search;
