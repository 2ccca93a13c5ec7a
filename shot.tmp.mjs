import { chromium } from 'playwright';
const [,, url, w, h, out, extra] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const opts = { viewport: { width: +w, height: +h } };
if (extra === 'phone') Object.assign(opts, { deviceScaleFactor: 3, hasTouch: true, isMobile: true });
const p = await b.newPage(opts);
await p.goto(url);
await p.waitForSelector('html[data-app=ready]', { timeout: 20000 }).catch(() => {});
await p.waitForTimeout(800);
if (process.env.CLICK) { for (const c of process.env.CLICK.split(',')) { await p.click(c); await p.waitForTimeout(400);} }
if (process.env.KEYS) { for (const k of process.env.KEYS.split(',')) { await p.keyboard.press(k); await p.waitForTimeout(300);} }
await p.screenshot({ path: out, fullPage: !!process.env.FULL });
await b.close();
