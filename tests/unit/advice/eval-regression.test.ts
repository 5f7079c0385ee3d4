/**
 * Advice detection must not regress: the same dataset evaluation as `npm run eval` (the test
 * splits in ../shared/datasets; missing data fails the test), each F1 at most 0.02 below the
 * figure reached. The seed thread's figures belong to the grouping/ranking tests.
 */
import { describe, expect, it } from 'vitest';
import { detectAdvice, detectAdviceInPost } from '../../../lib/advice/detect';
import {
  detokenise,
  evaluateDetection,
  loadTestSet,
  parseCsv,
  postsOf,
  prf,
  TEST_SETS,
  type TestSet,
} from '../../../lib/cli/eval-data';
import { semevalInDomain, unwrapQuotes } from '../../../lib/cli/eval-in-domain';

/**
 * F1 reached, as printed by `npm run eval -- --json` (2026-12-01, model of the same commit as
 * this file; Reddit sentences read in their replies, SemEval sentences alone; SemEval A's
 * 0.381 on 2026-12-04, stop 33, when the imperative list learnt more verbs; SemEval B's 0.779
 * on 2026-12-07, stop 61, with contractions typed without apostrophes; needadvice's 0.726 on
 * 2026-12-07, stop 62, with encouragement read as remarks).
 */
const REACHED: Record<TestSet, number> = {
  'reddit-askparents': 0.514,
  'reddit-needadvice': 0.726,
  'semeval-a': 0.381,
  'semeval-b': 0.779,
};

describe('advice detection on the test splits', () => {
  const results = evaluateDetection({
    alone: (text) => detectAdvice(text).advice,
    inPost: (texts) => detectAdviceInPost(texts).map((v) => v.advice),
  });

  it.each(TEST_SETS)('%s F1 stays within 0.02 of the reached figure', (name) => {
    expect(results[name].f1).toBeGreaterThanOrEqual(REACHED[name] - 0.02);
  });

  it('reads every test set whole', () => {
    // Sizes and positives from the datasets' READMEs: a reader that drops or merges rows would skew F1.
    const expected: Record<TestSet, [number, number]> = {
      'reddit-askparents': [1091, 285],
      'reddit-needadvice': [898, 330],
      'semeval-a': [833, 87],
      'semeval-b': [824, 348],
    };
    for (const name of TEST_SETS) {
      const rows = loadTestSet(name);
      expect([rows.length, rows.filter((r) => r.label === 1).length]).toEqual(expected[name]);
    }
  });
});

describe("SemEval A and B by the task's own protocol (trained on its data for the run, never shipped)", () => {
  /**
   * F1 printed by `npm run eval -- --json` as `semeval-a-in-domain` (2026-12-02, its first run)
   * and `semeval-b-in-domain` (2026-12-02, stop 18, its first run).
   */
  const REACHED_IN_DOMAIN = { a: 0.664, b: 0.654 };
  const figures = semevalInDomain();

  it.each(['a', 'b'] as const)(
    'subtask %s stays within 0.02 of the reached F1, with its threshold from the trial split',
    (subtask) => {
      const f = figures[subtask];
      expect(f.test.f1).toBeGreaterThanOrEqual(REACHED_IN_DOMAIN[subtask] - 0.02);
      // Tuned on the balanced trial split, within the tuning grid.
      expect(f.threshold).toBeGreaterThanOrEqual(0.2);
      expect(f.threshold).toBeLessThanOrEqual(0.8);
      expect(f.trialF1).toBeGreaterThan(0.5);
    },
  );

  it('lives in the command line only: nothing the extension bundles imports it', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '../../..');
    const files = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const shipped = ['entrypoints', 'components', 'lib']
      .flatMap(files)
      .filter((f) => !f.startsWith(join('lib', 'cli')));
    expect(shipped.length).toBeGreaterThan(20);
    for (const f of shipped)
      expect(readFileSync(join(root, f), 'utf8'), f).not.toMatch(/(from|import\()\s*['"][^'"]*\/cli\//);
  });
});

describe('eval helpers', () => {
  it('takes the extra literal quotes off SemEval training sentences', () => {
    expect(unwrapQuotes('"Please enable removing language code"')).toBe(
      'Please enable removing language code',
    );
    expect(unwrapQuotes('API uses a WebView-based auth.')).toBe('API uses a WebView-based auth.');
    expect(unwrapQuotes('Use the "Store" tab')).toBe('Use the "Store" tab');
    expect(unwrapQuotes('"')).toBe('"');
  });

  it('computes precision, recall and F1 of the positive class', () => {
    // tp = 2, fp = 1, fn = 1 → P = R = F1 = 2/3.
    const r = prf([1, 1, 1, 0, 0], [true, true, false, true, false]);
    expect(r.precision).toBeCloseTo(2 / 3, 10);
    expect(r.recall).toBeCloseTo(2 / 3, 10);
    expect(r.f1).toBeCloseTo(2 / 3, 10);
    expect(prf([0, 0], [false, false])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('parses quoted CSV with commas, doubled quotes and line breaks', () => {
    const rows = parseCsv('1,"a, ""b""",0\r\n2,"two\nlines",1\n3,plain,1\n');
    expect(rows).toEqual([
      ['1', 'a, "b"', '0'],
      ['2', 'two\nlines', '1'],
      ['3', 'plain', '1'],
    ]);
  });

  it('regroups Reddit rows into their replies, sentences in index order', () => {
    const row = (id: string, text: string) => ({ id, text, label: 0 as const });
    const posts = postsOf([
      row('abc-2-1', 'second of reply 2'),
      row('abc-1-0', 'only sentence of reply 1'),
      row('abc-2-0', 'first of reply 2'),
      row('abc-2.1-0', 'a reply to reply 2'),
      row('xyz-1-10', 'eleventh'),
      row('xyz-1-9', 'tenth'),
    ]);
    expect(posts.map((p) => [p.thread, p.rows.map((r) => r.text)])).toEqual([
      ['abc', ['first of reply 2', 'second of reply 2']],
      ['abc', ['only sentence of reply 1']],
      ['abc', ['a reply to reply 2']],
      ['xyz', ['tenth', 'eleventh']],
    ]);
  });

  it('undoes spaCy tokenisation', () => {
    expect(detokenise("I 'd say , do n't worry ( really ) .")).toBe("I'd say, don't worry (really).");
  });
});
