// A small static server for the release build (Playwright's webServer and the browser
// benchmark). Serves only 127.0.0.1. Usage: node tests/e2e/serve.mjs DIR PORT [--csp]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', port = '4173', ...flags] = process.argv.slice(2);
const root = resolve(dir);
// Test pages (a course page that embeds the app) live beside the specs, under /__e2e/.
const pages = resolve(new URL('.', import.meta.url).pathname, 'pages');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};
// The strict policy the app must work under: no inline script or style, no eval.
const csp =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "frame-ancestors *";

// The longest link the app accepts is 32 KiB (lesson=~…); Node's default header limit
// (16 KiB) would answer 431, so the limit is twice that.
createServer({ maxHeaderSize: 64 * 1024 }, async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  let path = normalize(decodeURIComponent(url.pathname));
  if (path.endsWith('/')) path += 'index.html';
  const [base, rel] = path.startsWith('/__e2e/') ? [pages, path.slice(6)] : [root, path];
  const file = join(base, rel);
  if (!file.startsWith(base)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    const headers = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      // As GitHub Pages sends: an embed in <iframe sandbox="allow-scripts"> has an opaque
      // origin, so its module scripts and wasm are cross-origin requests.
      'access-control-allow-origin': '*',
    };
    if (flags.includes('--csp')) headers['content-security-policy'] = csp;
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}`);
});
