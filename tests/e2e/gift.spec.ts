// `migsim exercise --format gift` read back by an independent GIFT parser (gift-pegjs,
// the grammar Moodle's format is documented by): every question parses, with the type,
// title, answer, tolerance and feedback of the same set's JSON. No browser needed (the
// shared fixture opens none unless a test asks for a page).
import { test, expect } from './fixtures';
import { execFileSync } from 'node:child_process';
import { parse } from 'gift-pegjs';

function migsim(...args: string[]): string {
  return execFileSync(
    'cargo',
    ['run', '-q', '-p', 'migration-model', '--bin', 'migsim', '--', 'exercise', ...args],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
}

type Answer = {
  metric: string;
  value: number | boolean;
  unit: string;
  tolerance: number;
  accept?: number[];
};
type Exercise = {
  id: string;
  topic: string;
  question: string;
  args_each?: string[][];
  choices?: string[];
  answer: Answer;
  solution: string;
};

// English for three seeds; Spanish and Chinese (issue 28, docs/translating.md) for one:
// their words differ, GIFT's syntax and answers must not.
const runs: [string, string][] = [
  ['3', 'en'],
  ['7', 'en'],
  ['2026', 'en'],
  ['2026', 'es'],
  ['2026', 'zh-CN'],
];

// The first `cargo run` may compile migsim (minutes on a busy two-core machine): it is
// built once here, under a limit of its own, so each test only runs it.
test.beforeAll(() => {
  test.setTimeout(600_000);
  execFileSync('cargo', ['build', '-q', '-p', 'migration-model', '--bin', 'migsim'], { stdio: 'inherit' });
});

for (const [seed, lang] of runs) {
  test(`GIFT of seed ${seed} in ${lang} reads back with gift-pegjs`, () => {
    // Two runs of a debug build and a parse, on a machine twice as slow.
    test.setTimeout(240_000);
    const flags = ['--seed', seed, '--count', '40', '--level', '3', '--lang', lang];
    const set: { exercises: Exercise[] } = JSON.parse(migsim(...flags, '--format', 'json'));
    const questions = parse(migsim(...flags, '--format', 'gift')) as any[];
    expect(questions).toHaveLength(set.exercises.length);
    const types = new Set<string>();
    set.exercises.forEach((ex, i) => {
      const q = questions[i];
      types.add(q.type);
      expect(q.title).toBe(`${ex.id} ${ex.topic}`);
      expect(q.stem.text.startsWith(ex.question)).toBe(true);
      expect(q.globalFeedback.text).toBe(ex.solution);
      if (ex.args_each) {
        expect(q.type).toBe('MC');
        expect(q.choices.map((c: any) => c.text.text)).toEqual(ex.choices);
        const right = q.choices.flatMap((c: any, k: number) => (c.isCorrect ? [k] : []));
        // Every tied choice is keyed right (`answer.accept`), the value among them.
        expect(ex.answer.accept).toContain(ex.answer.value);
        expect(right).toEqual(ex.answer.accept);
      } else if (typeof ex.answer.value === 'boolean') {
        expect(q.type).toBe('TF');
        expect(q.isTrue).toBe(ex.answer.value);
      } else {
        expect(q.type).toBe('Numerical');
        const scale = ex.answer.unit === 'B' ? 1e-9 : 1;
        const want = ex.answer.value * scale;
        expect(q.choices.number).toBeCloseTo(want, 9);
        expect(q.choices.range).toBeCloseTo(Math.abs(want * ex.answer.tolerance), 9);
      }
    });
    // A 40-problem level-3 set uses all three GIFT question types.
    expect([...types].sort()).toEqual(['MC', 'Numerical', 'TF']);
  });
}
