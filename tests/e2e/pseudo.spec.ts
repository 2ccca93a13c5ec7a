// Issue 28's last check: the pseudo-locale `lang=en-XA` (English accented, in brackets
// and about 40 % longer: "Share" → "[Šĥåŕé ~~~]"; model/src/i18n/pseudo.rs) finds text
// that a longer language would cut. At 1024×768, 1280×720, 1366×768 and 1920×1080
// presenting, and on a 390×844 touch phone, the main view, the exercises view and the
// drama lesson's first step are opened in it, and every visible element is checked:
// no text clipped by its own box or an ancestor's (overflow hidden or clip, an ellipsis),
// no box sticking out of the page sideways (but inside a row that scrolls sideways by
// design), no two controls on top of each other. The check knows no element by name, so
// it covers the words other parts of the app translate later. A failure lists every
// offender by its text, the page and the size. PSEUDO_SHOTS=<dir> writes a screenshot of
// each page and size there.
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { settled } from './helpers';
import { lessonPanel } from './pages';

const SHOTS = process.env.PSEUDO_SHOTS;

/// A pseudo-localised message: brackets, and `~` padding before the closing one.
const PSEUDO = /^\[.+ ~+\]$/s;

/// The pages checked, with the element whose pseudo text says the language has taken
/// over (the first screen is prerendered in English).
const PAGES = [
  { name: 'main view', query: 't=20', ready: (p: Page) => p.locator('#metrics-title') },
  { name: 'exercises', query: 'view=exercises&set=7&q=1', ready: (p: Page) => p.getByTestId('ex-check') },
  { name: 'drama lesson, step 1', query: 'lesson=drama&step=1', ready: (p: Page) => lessonPanel(p).position },
];

/// Everything cut, outside the page or overlapping on the page as it is now, one line
/// each: `"text" (tag.class): why`. Runs in the page.
function findCuts(): string[] {
  const out: string[] = [];
  const vw = document.documentElement.clientWidth;
  // A container by its markup alone: its text is its children's.
  const box = (el: Element) => {
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const testid = el.getAttribute('data-testid');
    return `${el.tagName.toLowerCase()}${testid ? `[${testid}]` : cls}`;
  };
  const name = (el: Element) => {
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ');
    const label = text || el.getAttribute('aria-label') || el.getAttribute('title') || '';
    return `"${label.slice(0, 60)}" (${box(el)})`;
  };
  const clips = (v: string) => v === 'hidden' || v === 'clip';
  const scrolls = (v: string) => v === 'auto' || v === 'scroll';
  // Shown to the eye: rendered, not transparent, not in the 1 px clipped box of a text
  // for screen readers only (`.visually-hidden`).
  const shown = (el: Element) => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 2 || r.height <= 2) return false;
    for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.clipPath !== 'none' || cs.clip !== 'auto') return false;
    }
    return true;
  };
  const ownText = (el: Element) =>
    Array.from(el.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
  // Option text is exempt (a menu shows its choice in the browser's own widget).
  const exempt = (el: Element) => !!el.closest('select, option, script, style, svg, canvas, noscript, template');
  // The nearest ancestor that scrolls sideways (a types row on a phone): what is inside it
  // may leave the page, as long as the row itself does not.
  const scroller = (el: Element) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (scrolls(getComputedStyle(a).overflowX) && a.scrollWidth > a.clientWidth) return a;
    }
    return null;
  };
  // The box of `el` that can be seen: cut to every scrolling or clipping ancestor.
  const seen = (el: Element) => {
    const r = el.getBoundingClientRect();
    let [x0, x1, y0, y1] = [r.left, r.right, r.top, r.bottom];
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
      const b = a.getBoundingClientRect();
      [x0, x1, y0, y1] = [Math.max(x0, b.left), Math.min(x1, b.right), Math.max(y0, b.top), Math.min(y1, b.bottom)];
    }
    return { x0, x1, y0, y1 };
  };

  const all = Array.from(document.body.querySelectorAll('*')).filter((el) => !exempt(el) && shown(el));
  for (const el of all) {
    const text = ownText(el);
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    if (text) {
      // Cut by its own box: it hides what does not fit, or ends it with an ellipsis.
      const hides = clips(cs.overflowX) || cs.textOverflow === 'ellipsis';
      if (hides && el.scrollWidth > el.clientWidth + 1) {
        out.push(`${name(el)}: cut, ${el.scrollWidth} px of text in ${el.clientWidth} px`);
      }
      if (clips(cs.overflowY) && el.scrollHeight > el.clientHeight + 1) {
        out.push(`${name(el)}: cut, ${el.scrollHeight} px of lines in ${el.clientHeight} px`);
      }
      // Cut by an ancestor that hides what sticks out of it.
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const acs = getComputedStyle(a);
        if (scrolls(acs.overflowX)) break;
        if (!clips(acs.overflowX) && !clips(acs.overflowY)) continue;
        const b = a.getBoundingClientRect();
        const sideways = clips(acs.overflowX) && (r.left < b.left - 1 || r.right > b.right + 1);
        const down = clips(acs.overflowY) && (r.top < b.top - 1 || r.bottom > b.bottom + 1);
        if (sideways || down) out.push(`${name(el)}: cut by ${name(a)}`);
        break;
      }
    }
    // Text that runs out of the boxes around it where nothing hides it, over what lies
    // beside it (a label wider than its column). Up to the nearest box that scrolls, and
    // not past one placed on its own (absolute or fixed: it lies where it was put).
    if (text) {
      const words = Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      const rects = words.map((n) => {
        const range = document.createRange();
        range.selectNodeContents(n);
        return range.getBoundingClientRect();
      });
      const [left, right] = [Math.min(...rects.map((q) => q.left)), Math.max(...rects.map((q) => q.right))];
      for (let c: Element = el, a = el.parentElement; a && a !== document.body; c = a, a = a.parentElement) {
        if (['absolute', 'fixed'].includes(getComputedStyle(c).position)) break;
        const acs = getComputedStyle(a);
        if (scrolls(acs.overflowX)) break;
        if (acs.display.startsWith('inline') || acs.display === 'contents') continue;
        const b = a.getBoundingClientRect();
        if (left < b.left - 1 || right > b.right + 1) {
          out.push(`${name(el)}: runs out of ${box(a)} (${Math.round(left)}…${Math.round(right)} in ${Math.round(b.left)}…${Math.round(b.right)})`);
          break;
        }
      }
    }
    // Outside the page sideways (unless inside a row that scrolls by design).
    if ((text || el.matches('button, input, select, textarea, a[href]')) && (r.left < -1 || r.right > vw + 1)) {
      if (!scroller(el)) out.push(`${name(el)}: outside the page (${Math.round(r.left)}…${Math.round(r.right)} of ${vw} px)`);
    }
  }
  // A box that scrolls sideways hides what is beyond its edge too, unless it is a row
  // made to scroll (a single flex row, such as the types on a phone) or holds a table.
  for (const el of all) {
    const cs = getComputedStyle(el);
    if (!scrolls(cs.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
    const row = cs.display.includes('flex') && cs.flexDirection.startsWith('row') && cs.flexWrap === 'nowrap';
    if (!row && !el.querySelector('table')) {
      out.push(`${box(el)}: scrolls sideways, ${el.scrollWidth} px in ${el.clientWidth} px`);
    }
  }
  if (document.documentElement.scrollWidth > vw + 1) {
    out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${vw} px`);
  }

  // Controls on top of each other (what can be seen of each; one inside the other, as
  // a label around its check box, is not an overlap).
  const controls = Array.from(
    document.body.querySelectorAll(
      'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab], [role=slider], [tabindex]:not([tabindex="-1"])',
    ),
  )
    .filter((el) => !el.closest('option') && shown(el))
    .map((el) => ({ el, box: seen(el) }))
    .filter(({ box }) => box.x1 - box.x0 > 1 && box.y1 - box.y0 > 1);
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const [a, b] = [controls[i], controls[j]];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const w = Math.min(a.box.x1, b.box.x1) - Math.max(a.box.x0, b.box.x0);
      const h = Math.min(a.box.y1, b.box.y1) - Math.max(a.box.y0, b.box.y0);
      if (w > 1 && h > 1) out.push(`${name(a.el)} and ${name(b.el)}: controls overlap by ${Math.round(w)}×${Math.round(h)} px`);
    }
  }
  return out;
}

/// Opens `query` in the pseudo-locale, waits until its words have taken over and the
/// layout is still, and returns what is cut, each line prefixed with `where`.
async function cutsOn(page: Page, where: string, query: string, ready: (p: Page) => ReturnType<Page['locator']>) {
  await openApp(page, `?${query}&lang=en-XA`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(ready(page)).toHaveText(PSEUDO);
  await page.evaluate(() => document.fonts.ready);
  await settled(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/pseudo-${where.replace(/[^a-z0-9]+/gi, '-')}.png` });
  return (await page.evaluate(findCuts)).map((line) => `${where}: ${line}`);
}

for (const [width, height] of [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const) {
  test.describe(`${width}×${height} presenting`, () => {
    test.use({ viewport: { width, height } });

    test('in en-XA no text is cut, nothing leaves the page, no controls overlap', async ({ page }) => {
      const cuts: string[] = [];
      for (const p of PAGES) {
        cuts.push(...(await cutsOn(page, `${width}×${height} ${p.name}`, `present=1&${p.query}`, p.ready)));
        await expect(page.locator('html')).toHaveClass(/presenting/);
      }
      expect(cuts, 'cut or overlapping in en-XA').toEqual([]);
    });
  });
}

test.describe('390×844 phone, touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });

  test('in en-XA no text is cut, nothing leaves the page, no controls overlap', async ({ page }) => {
    const cuts: string[] = [];
    for (const p of PAGES) cuts.push(...(await cutsOn(page, `390×844 ${p.name}`, p.query, p.ready)));
    expect(cuts, 'cut or overlapping in en-XA').toEqual([]);
  });
});

test('lang=en-XA is pseudo-English that links keep, and no menu offers it', async ({ page }) => {
  await openApp(page, '?lang=en-XA');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.getByTestId('share-open')).toHaveText(/^\[Šĥåŕé ~+\]$/);
  await expect(page).toHaveURL(/[?&]lang=en-XA(&|$)/);
  await expect(page.getByTestId('lang-menu').locator('option')).toHaveText(['English', 'Español', '简体中文']);
  await page.reload();
  await expect(page.getByTestId('share-open')).toHaveText(/^\[Šĥåŕé ~+\]$/);
  // A number passed into a message stays as it is; only the message's own words change.
  await openApp(page, '?lesson=drama&step=1&lang=en-XA');
  await expect(lessonPanel(page).position).toHaveText(/^\[Šţéþ 1 öƒ \d+ [~ ]+\]$/);
  await expect(page).toHaveURL(/[?&]lang=en-XA(&|$)/);
});

test.describe('a browser that prefers en-XA', () => {
  test.use({ locale: 'en-XA' });

  test('gets English: only a link reaches the pseudo-locale', async ({ page }) => {
    await openApp(page, '?t=1');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('share-open')).toHaveText('Share');
  });
});
