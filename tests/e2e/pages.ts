// Page objects: what a spec reads and does on the app's main view and compare view, in
// one place, so a change of markup is one edit here rather than one per spec.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { pictureHash, seconds, slide } from './helpers';

/// The animated view: picture, narration, timeline, metrics, sliders.
export class MainView {
  constructor(readonly page: Page) {}

  get canvas() {
    return this.page.getByTestId('stage-canvas');
  }

  get timeline() {
    return this.page.getByTestId('timeline');
  }

  get narration() {
    return this.page.getByTestId('narration');
  }

  /// A metric's whole-run column (`metric-downtime`, …).
  total(metric: string) {
    return this.page.getByTestId(`metric-${metric}`).locator('.total');
  }

  /// The whole run's figures in the words and units the compare table uses.
  async figures() {
    const text = async (m: string) => (await this.total(m).textContent()) ?? '';
    // Rounds only for the types that iterate; the table writes "–" for the others.
    const round = (await this.total('round').count()) ? await text('round') : '–';
    return {
      downtime: await text('downtime'),
      total: await text('time'),
      sent: await text('sent'),
      rounds: round.replace(/ pre-copy$/, ''),
      outcome: await text('outcome'),
    };
  }

  /// "22 pre-copy" → 22.
  async rounds() {
    const text = (await this.total('round').textContent()) ?? '';
    const m = text.match(/^(\d+) pre-copy$/);
    if (!m) throw new Error(`not a round count: "${text}"`);
    return +m[1];
  }

  /// Moves a slider to a position (0 ..= 1000), as a drag ending there does.
  slide(id: string, pos: number) {
    return slide(this.page, id, pos);
  }

  /// The playhead, as the timeline tells screen readers (seconds, 3 decimals).
  playhead() {
    return this.timeline.getAttribute('aria-valuenow');
  }

  /// Phase names on the timeline, in order ("pre-copy round 3", "hold: compliance review").
  async timelinePhases() {
    const titles = await this.timeline.locator('rect > title').allTextContents();
    return titles.map((t) => t.replace(/: [^:]*$/, ''));
  }

  /// Everything a still picture shows: canvas, its text alternative, narration, metrics.
  async snapshot() {
    return {
      playhead: await this.playhead(),
      picture: await pictureHash(this.page),
      description: await this.canvas.getAttribute('aria-label'),
      narration: await this.narration.textContent(),
      metrics: await this.page.locator('.metrics td.now').allTextContents(),
    };
  }

  /// Where the picture put each host's title, memory line and the VM's badge (the canvas's
  /// `data-headers`, logical px from the host's corner), once it has painted.
  async headers() {
    await expect(this.canvas).toHaveAttribute('data-headers', /source: title/);
    const text = (await this.canvas.getAttribute('data-headers'))!;
    return text.split('; ').map((part) => {
      const [host, rest] = part.split(': ');
      const box = (name: string) => {
        const m = rest.match(new RegExp(`${name} ([\\d.]+) ([\\d.]+) ([\\d.]+) ([\\d.]+)`));
        return m ? { x0: +m[1], x1: +m[2], y0: +m[3], y1: +m[4] } : null;
      };
      return { host, title: box('title')!, badge: box('badge'), memory: box('memory') };
    });
  }

  /// The playhead to the end of the run, from the keyboard.
  async toEnd() {
    await this.timeline.focus();
    await this.page.keyboard.press('End');
    await expect(this.page.getByTestId('metric-outcome').locator('.now')).not.toHaveText('in progress');
  }
}

/// The compare view: one row and one timeline per migration type, or per value of the
/// parameter it compares by (`by=policy&values=…`).
export class CompareView {
  constructor(readonly page: Page) {}

  /// A value of a row (`downtime`, `total`, …); the row is a type or a value as the
  /// link writes it (`live`, `xen`, `link-failure@40s`).
  cell(row: string, col: string) {
    return this.page.getByTestId(`compare-row-${row}`).locator(`.${col} .value`);
  }

  get table() {
    return this.page.getByTestId('compare-table');
  }

  get rows() {
    return this.table.locator('tbody tr');
  }

  /// The rows' names, in order ("QEMU", "Xen (classic)", "no fault").
  names() {
    return this.rows.locator('th .open-type').allTextContents();
  }

  /// The rows' values as a link writes them, in order.
  async values() {
    return this.rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-value') ?? ''));
  }

  /// Why a row's run stopped.
  why(row: string) {
    return this.page.getByTestId(`compare-row-${row}`).getByTestId('compare-why');
  }

  /// A row's figures as the table shows them.
  async figures(row: string) {
    const text = async (col: string) => (await this.cell(row, col).textContent()) ?? '';
    return {
      downtime: await text('downtime'),
      total: await text('total'),
      sent: await text('sent'),
      rounds: await text('rounds'),
      outcome: await text('outcome'),
    };
  }

  /// Compares by another parameter with the "Compare by" control: the key's suggested
  /// values, or `values` typed in and applied.
  async compareBy(key: string, values?: string) {
    await this.page.getByTestId('compare-by-key').selectOption(key);
    if (values !== undefined) {
      await this.page.getByTestId('compare-values').fill(values);
      await this.page.getByTestId('compare-apply').click();
    }
    await expect(this.table).toHaveAttribute('data-by', key);
  }

  /// Every chart text of the view as shown (or of the charts `chart` selects, e.g.
  /// `[data-testid=compare-timelines]`): its words, its size in CSS px (the SVG's font
  /// size times the chart's scale on screen) and its box.
  chartTexts(chart = 'svg.chart') {
    return this.page.locator(`[data-testid=compare-view] ${chart}`).evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const s = svg as SVGSVGElement;
        const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
        return [...s.querySelectorAll('text')].map((t) => {
          const r = t.getBoundingClientRect();
          return {
            text: t.textContent ?? '',
            px: parseFloat(t.getAttribute('font-size') ?? '0') * scale,
            axis: t.closest('.y-axis') ? 'y' : t.closest('.x-axis') ? 'x' : '',
            box: { x0: r.left, x1: r.right, y0: r.top, y1: r.bottom },
          };
        });
      }),
    );
  }

  /// Each row's name on the time axis, line by line.
  timelineNames() {
    return this.page.getByTestId('compare-timelines').locator('.compare-row > text').evaluateAll((ts) =>
      ts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '')));
  }

  /// Row names on the time axis that reach past the axis's start, over the bars.
  namesOverBars() {
    return this.page.getByTestId('compare-timelines').evaluate((svg) => {
      const x0 = svg.querySelector('.x-axis > line')!.getBoundingClientRect().left;
      return [...svg.querySelectorAll('.compare-row > text')]
        .filter((t) => t.getBoundingClientRect().right > x0)
        .map((t) => t.textContent ?? '');
    });
  }

  /// The time axis's fork lines: each one's moment (s) and x, and where the axis's ticks
  /// put that moment (both in the chart's own units).
  forkLines() {
    return this.page.getByTestId('compare-timelines').evaluate((svg) => {
      const ticks = [...svg.querySelectorAll('.x-axis > g')].map((g) => ({
        x: Number(g.querySelector('line')!.getAttribute('x1')),
        text: g.querySelector('text')!.textContent ?? '',
      }));
      return {
        ticks,
        forks: [...svg.querySelectorAll('[data-testid=compare-fork]')].map((g) => ({
          at: Number(g.getAttribute('data-at')),
          x: Number(g.querySelector('line')!.getAttribute('x1')),
        })),
      };
    });
  }

  /// Table cells cut by the table's box (or scrolled out of it): their texts.
  cutCells() {
    return this.page.getByTestId('compare-table').evaluate((table) => {
      const box = table.getBoundingClientRect();
      const out = [...table.querySelectorAll('tbody th, tbody td')]
        .filter((c) => {
          const r = c.getBoundingClientRect();
          return r.right > box.right + 0.5 || r.left < box.left - 0.5 || c.scrollWidth > c.clientWidth + 1;
        })
        .map((c) => c.textContent ?? '');
      if (table.scrollWidth > table.clientWidth + 1) out.push(`table scrolls: ${table.scrollWidth} > ${table.clientWidth}`);
      return out;
    });
  }
}

/// Boxes that share more than an edge.
export type Box = { x0: number; x1: number; y0: number; y1: number };
export const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export const mainView = (page: Page) => new MainView(page);
export const compareView = (page: Page) => new CompareView(page);

/// A duration shown on the page ("254 ms", "2 min 50 s") in seconds.
export async function durationOf(loc: Locator) {
  return seconds((await loc.textContent()) ?? '');
}

/// The toolbar's dialogs: Share, Embed, Export and the keyboard help.
export type DialogName = 'share' | 'embed' | 'export' | 'help';

export class Dialogs {
  constructor(readonly page: Page) {}

  /// Opens one from its toolbar button and returns the dialog.
  async open(name: DialogName) {
    await this.page.getByTestId(`${name}-open`).click();
    const dialog = this.page.getByTestId(`dialog-${name}`);
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /// The Embed dialog's list of what the embed will ignore (absent when it ignores nothing).
  get embedIgnored() {
    return this.page.getByTestId('embed-ignored');
  }

  /// Saves an export (`png`, `svg`, `trace-json`, …) and returns its file name and bytes.
  async save(kind: string) {
    await this.open('export');
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`export-${kind}`).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    const body = await readFile((await download.path())!);
    return { name: download.suggestedFilename(), body };
  }
}

export const dialogs = (page: Page) => new Dialogs(page);

/// The open lesson's panel (the region named "Lesson") and the launcher's file picker.
export class LessonPanel {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: 'Lesson', exact: true });
  }

  /// "Step 3 of 4".
  get position() {
    return this.page.getByTestId('lesson-position');
  }

  get text() {
    return this.page.getByTestId('lesson-text');
  }

  /// The mistakes of a reloaded file that gave no step (the open lesson stays).
  get reloadErrors() {
    return this.region.getByTestId('lesson-reload-errors');
  }

  /// Opens a lesson file from the launcher (no lesson open).
  openFile(name: string, text: string | Buffer) {
    const buffer = typeof text === 'string' ? Buffer.from(text) : text;
    return this.page.getByTestId('lesson-file').setInputFiles({ name, mimeType: 'text/plain', buffer });
  }

  /// "Reload lesson file…" in the open lesson's panel.
  reload(name: string, text: string | Buffer) {
    const buffer = typeof text === 'string' ? Buffer.from(text) : text;
    return this.page.getByTestId('lesson-reload-file').setInputFiles({ name, mimeType: 'text/plain', buffer });
  }

  /// Drops a file on the panel, as a file dragged from the desktop.
  async drop(name: string, text: string) {
    const data = await this.page.evaluateHandle(
      ([name, text]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], name, { type: 'text/plain' }));
        return dt;
      },
      [name, text],
    );
    await this.region.dispatchEvent('drop', { dataTransfer: data });
  }

  /// "Step 7 of 22" → [7, 22].
  async where(): Promise<[number, number]> {
    await expect(this.position).toHaveText(/^Step \d+ of \d+$/);
    const m = (await this.position.textContent())!.match(/^Step (\d+) of (\d+)$/)!;
    return [+m[1], +m[2]];
  }

  /// The toolbar's lesson menu.
  get menu() {
    return this.page.getByTestId('lesson-menu');
  }

  /// "Next lesson ▶", shown on a built-in lesson's last step.
  get nextLesson() {
    return this.region.getByTestId('lesson-next-lesson');
  }

  /// Answers the step's question with a choice (a radio's label), reveals it and returns
  /// the feedback ("Right: …" or "Not quite: …").
  async answer(choice: string) {
    await this.region.getByTestId('lesson-question').getByText(choice, { exact: true }).click();
    await this.region.getByTestId('lesson-reveal-button').click();
    await expect(this.region.getByTestId('lesson-reveal')).toBeVisible();
    return (await this.region.getByTestId('lesson-feedback').textContent())!;
  }

  /// Jumps to a step (from 1) with the step list.
  async go(step: number) {
    await this.page.getByTestId('lesson-steps').selectOption({ index: step - 1 });
    await expect(this.position).toHaveText(new RegExp(`^Step ${step} of `));
  }
}

export const lessonPanel = (page: Page) => new LessonPanel(page);

/// The host-evacuation view (`?view=evacuate&vm=…&k=…&order=…`): tiles, link, bars,
/// the per-VM table and its controls.
export class EvacuateView {
  constructor(readonly page: Page) {}

  get root() {
    return this.page.getByTestId('evacuate-view');
  }

  get caption() {
    return this.page.getByTestId('evac-caption');
  }

  get table() {
    return this.page.getByTestId('evac-table');
  }

  get scrub() {
    return this.page.getByTestId('evac-scrub');
  }

  /// "Converged" for each VM, in the order given ("yes"/"no").
  converged() {
    return this.table.locator('tbody td.converged').allTextContents();
  }

  /// The VMs still on the host at the end ("none", "vm1 and vm2").
  get stayed() {
    return this.page.getByTestId('evac-stayed');
  }

  /// Sets K with its slider (a range input: keyboard-free, as a drag ending there).
  async setK(k: number) {
    await this.page.getByTestId('evac-k').fill(String(k));
    await expect(this.page.getByTestId('evac-k-value')).toHaveText(new RegExp(`^${k} of `));
  }

  tile(i: number) {
    return this.page.getByTestId(`evac-tile-${i}`);
  }
}

export const evacuateView = (page: Page) => new EvacuateView(page);

/// The lesson's printed handout (in `<body>` beside the app, shown in print only) and
/// the window.print calls it made (counted by `countPrints`, as no dialog opens in a test).
export class HandoutPage {
  constructor(readonly page: Page) {}

  /// Replaces window.print with a counter before the app loads.
  static async countPrints(page: Page) {
    await page.addInitScript(() => {
      (window as unknown as { __prints: number }).__prints = 0;
      window.print = () => {
        (window as unknown as { __prints: number }).__prints += 1;
      };
    });
  }

  prints() {
    return this.page.evaluate(() => (window as unknown as { __prints: number }).__prints);
  }

  get root() {
    return this.page.getByTestId('handout');
  }

  get steps() {
    return this.root.getByTestId('handout-step');
  }

  get answers() {
    return this.root.getByTestId('handout-answers');
  }

  /// "Print handout" in the lesson panel.
  get button() {
    return this.page.getByTestId('lesson-print');
  }

  /// The step titles as the handout heads them ("3. The one number that matters: λ").
  titles() {
    return this.steps.locator('h2').allTextContents();
  }
}

export const handoutPage = (page: Page) => new HandoutPage(page);

/// Pages of a PDF Chromium wrote, and the first page's size in points.
export function pdfPages(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  return { pages, width: box ? +box[1] : 0, height: box ? +box[2] : 0 };
}
