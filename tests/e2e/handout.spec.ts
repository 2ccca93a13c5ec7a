// Print handouts (issue 26): every built-in lesson prints as a handout, with every step's
// title, its text with the numbers filled, a picture per step, the questions, and the
// answers on a last page; A4 and Letter PDFs have more than one page.
import { test, expect, openApp } from './fixtures';
import { handoutPage, HandoutPage, lessonPanel, pdfPages } from './pages';

// The built-in lessons, in the order of the lesson menu (model/src/lesson/mod.rs).
const BUILT_IN = ['drama', 'precopy', 'hypervisors', 'postcopy', 'replay', 'evacuation'];

test.describe('every built-in lesson prints as a handout', () => {
  for (const id of BUILT_IN) {
    test(`?lesson=${id}&handout=1`, async ({ page }) => {
      test.setTimeout(90_000);
      await HandoutPage.countPrints(page);
      const panel = lessonPanel(page);
      const handout = handoutPage(page);
      await openApp(page, `?lesson=${id}&handout=1`);
      const [, total] = await panel.where();
      // The step list names every step: the handout heads each the same way.
      const listed = await page.getByTestId('lesson-steps').locator('option').allTextContents();
      expect(listed).toHaveLength(total);
      const title = await panel.region.locator('h2.lesson-title').textContent();
      await expect.poll(() => handout.prints()).toBe(1);
      // On screen the handout is not shown; on paper it is all there is.
      await expect(handout.root).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(handout.root).toBeVisible();
      await expect(panel.region).toBeHidden();
      await expect(handout.steps).toHaveCount(total);
      expect(await handout.titles()).toEqual(listed);
      await expect(handout.root.locator('h1')).toHaveText(title ?? '');
      // A picture per step, drawn from its run; no placeholder left in braces.
      await expect(handout.steps.locator('svg')).toHaveCount(total);
      await expect(handout.root).not.toContainText('{');
      await expect(handout.root).not.toContainText('NaN');
      // The questions with room to answer; the answers, one per question, last.
      const asked = await handout.root.locator('.handout-question').count();
      expect(asked).toBeGreaterThan(0);
      await expect(handout.answers).toBeVisible();
      await expect(handout.answers.getByRole('heading', { name: 'Answers' })).toBeVisible();
      await expect(handout.answers.locator('li')).toHaveCount(asked);
      const breaks = await handout.answers.evaluate((e) => getComputedStyle(e).breakBefore);
      expect(breaks).toBe('page');

      for (const [format, width, height] of [['A4', 595, 842], ['Letter', 612, 792]] as const) {
        const pdf = pdfPages(await page.pdf({ format }));
        expect(pdf.pages, `${id} on ${format}`).toBeGreaterThan(1);
        // A4 is 595.3 × 841.9 pt, Letter 612 × 792; Chromium rounds to whole device pixels.
        expect(Math.abs(pdf.width - width), `${format} width ${pdf.width}`).toBeLessThan(2);
        expect(Math.abs(pdf.height - height), `${format} height ${pdf.height}`).toBeLessThan(2);
      }
    });
  }
});

test('"Print handout" in the lesson panel prints, again on each press', async ({ page }) => {
  await HandoutPage.countPrints(page);
  const handout = handoutPage(page);
  await openApp(page, '?lesson=precopy&step=5');
  await expect(handout.root).toHaveCount(0);
  await handout.button.click();
  await expect.poll(() => handout.prints()).toBe(1);
  await expect(handout.steps).toHaveCount(12);
  // The numbers are the run's: the threshold step's answer is the textbook's 22 rounds.
  await expect(handout.answers).toContainText('Where it stops: the threshold: 22.');
  await handout.button.click();
  await expect.poll(() => handout.prints()).toBe(2);
  // The screen keeps the lesson at its step.
  await expect(lessonPanel(page).position).toHaveText('Step 5 of 12');
});

test('handout=1 without a lesson is named in the notice', async ({ page }) => {
  await HandoutPage.countPrints(page);
  await openApp(page, '?handout=1');
  await expect(page.getByTestId('link-notice')).toContainText('handout=1');
  await expect(page.getByTestId('link-notice')).toContainText('add lesson=ID');
  expect(await handoutPage(page).prints()).toBe(0);
});
