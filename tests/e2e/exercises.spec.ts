// The exercises view on a phone: a student answers three problems of set 7 (level 3,
// the committed native set's first three), one of them wrong, reads the worked
// solution and presses "Show me".
import { test, expect, openApp } from './fixtures';
import { mainView } from './pages';
import { gotoApp } from './helpers';
import { readFileSync } from 'node:fs';

const fixture = JSON.parse(readFileSync('model/tests/data/exercises-seed-7.json', 'utf8'));

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });

async function answer(page, ex, right: boolean) {
  if (ex.args_each) {
    const pick = right ? ex.answer.value : (ex.answer.value + 1) % ex.choices.length;
    await page.getByTestId('ex-problem').getByRole('button', { name: ex.choices[pick], exact: true }).tap();
  } else if (typeof ex.answer.value === 'boolean') {
    await page.getByTestId('ex-problem').getByRole('button', { name: (ex.answer.value === right) ? 'Yes' : 'No', exact: true }).tap();
  } else {
    const v = ex.answer.value * (right ? 1 : 2);
    const text = ex.answer.unit === 'B' ? `${v / 1e9} GB` : `${v}`;
    await page.getByTestId('ex-answer').fill(text);
  }
  await page.getByTestId('ex-check').tap();
}

test('a student answers three problems on a phone, one wrong, then Show me', async ({ page }) => {
  await gotoApp(page, '/?view=exercises&set=7&q=1&level=3');
  await expect(page.getByTestId('exercises')).toBeVisible();
  for (let i = 0; i < 3; i++) {
    const ex = fixture.exercises[i];
    await expect(page.getByTestId('ex-count')).toHaveText(`Problem ${i + 1} of 10`);
    await expect(page.getByTestId('ex-question')).toHaveText(ex.question);
    const right = i !== 1;
    await answer(page, ex, right);
    await expect(page.getByTestId('ex-verdict')).toHaveText(right ? /^Right/ : /^Not quite/);
    await expect(page.getByTestId('ex-solution')).toContainText(ex.solution.split('\n')[0]);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${i + 1}(&|$)`));
    // Tap targets are at least 44 px.
    for (const id of ['ex-check', 'ex-showme', 'ex-next']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    if (i < 2) await page.getByTestId('ex-next').tap();
  }
  // The wrong one: back to it, its solution, and Show me plays its scenario.
  await page.getByTestId('ex-prev').tap();
  await expect(page.getByTestId('ex-count')).toHaveText('Problem 2 of 10');
  await page.getByTestId('ex-solution-toggle').tap();
  await expect(page.getByTestId('ex-solution')).toBeVisible();
  await page.getByTestId('ex-showme').tap();
  await expect(page.getByTestId('exercises')).toHaveCount(0);
  await expect(page.getByTestId('narration')).toBeVisible();
  await expect(page.getByTestId('view-main')).toHaveAttribute('aria-pressed', 'true');
});

// Issue 22: a wrong number is told how far off it was; "Show me" is a history entry of
// its own, so a phone's Back returns to the problem instead of leaving the app.
test('a wrong number says how far off it was; Show me, then Back, shows the problem again', async ({ page }) => {
  // The fixture's first problem that asks for a number.
  const i = fixture.exercises.findIndex((e) => !e.args_each && typeof e.answer.value === 'number' && e.topic !== 'evacuation');
  expect(i, 'the fixture has a number problem').toBeGreaterThanOrEqual(0);
  const ex = fixture.exercises[i];
  const q = i + 1;
  await openApp(page, `?view=exercises&set=7&q=${q}&level=3`);
  await expect(page.getByTestId('ex-question')).toHaveText(ex.question);
  const half = ex.answer.value / 2;
  await page.getByTestId('ex-answer').fill(ex.answer.unit === 'B' ? `${half / 1e9} GB` : `${half}`);
  await page.getByTestId('ex-check').tap();
  await expect(page.getByTestId('ex-verdict')).toHaveText(/^Not quite: yours is 50 % low\. The answer is /);

  await page.getByTestId('ex-showme').tap();
  await expect(page.getByTestId('exercises')).toHaveCount(0);
  await expect(mainView(page).narration).toBeVisible();
  await expect(page).not.toHaveURL(/[?&]view=exercises(&|$)/);

  await page.goBack();
  await expect(page.getByTestId('exercises')).toBeVisible();
  await expect(page.getByTestId('ex-count')).toHaveText(`Problem ${q} of 10`);
  await expect(page.getByTestId('ex-question')).toHaveText(ex.question);
  await expect(page).toHaveURL(/[?&]view=exercises(&|$)/);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${q}(&|$)`));
});

// Issue 27: "With K = 2, how long until the host is empty?" is graded with its tolerance,
// and Show me plays the fleet in the evacuation view, where the host empties at the answer.
test('an evacuation problem is graded and Show me plays its fleet in the evacuation view', async ({ page }) => {
  const i = fixture.exercises.findIndex((e) => e.topic === 'evacuation');
  expect(i, 'the fixture has an evacuation problem').toBeGreaterThanOrEqual(0);
  const ex = fixture.exercises[i];
  await openApp(page, `?view=exercises&set=7&q=${i + 1}&level=3`);
  await expect(page.getByTestId('ex-question')).toHaveText(ex.question);
  await page.getByTestId('ex-answer').fill(`${ex.answer.value * 1.03}`);
  await page.getByTestId('ex-check').tap();
  await expect(page.getByTestId('ex-verdict')).toHaveText(/^Right/);
  await expect(page.getByTestId('ex-solution')).toContainText('max-min fairly');

  await page.getByTestId('ex-showme').tap();
  await expect(page.getByTestId('exercises')).toHaveCount(0);
  await expect(page.getByTestId('view-evacuate')).toHaveAttribute('aria-pressed', 'true');
  const vms = ex.args.filter((_: string, j: number) => j > 0 && ex.args[j - 1] === '--vm');
  await expect(page).toHaveURL(/[?&]view=evacuate(&|$)/);
  for (const vm of vms) expect(decodeURIComponent(page.url())).toContain(`vm=${vm}`);

  await page.goBack();
  await expect(page.getByTestId('exercises')).toBeVisible();
  await expect(page.getByTestId('ex-question')).toHaveText(ex.question);
});

test('a malformed exercise link keeps its defaults and says so', async ({ page }) => {
  await gotoApp(page, '/?view=exercises&set=7&q=99');
  await expect(page.getByTestId('ex-count')).toHaveText('Problem 1 of 10');
  await expect(page.getByText(/q/).first()).toBeVisible();
});
