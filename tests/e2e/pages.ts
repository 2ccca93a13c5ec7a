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

  /// The playhead to the end of the run, from the keyboard.
  async toEnd() {
    await this.timeline.focus();
    await this.page.keyboard.press('End');
    await expect(this.page.getByTestId('metric-outcome').locator('.now')).not.toHaveText('in progress');
  }
}

/// The compare view: one row and one timeline per migration type.
export class CompareView {
  constructor(readonly page: Page) {}

  /// A value of a type's row (`downtime`, `total`, …).
  cell(type: string, col: string) {
    return this.page.getByTestId(`compare-row-${type}`).locator(`.${col} .value`);
  }
}

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
