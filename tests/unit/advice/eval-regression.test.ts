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
  prf,
  TEST_SETS,
  type TestSet,
} from '../../../lib/cli/eval-data';

/**
 * F1 reached, as printed by `npm run eval -- --json` (2026-12-01, model of the same commit as
 * this file; Reddit sentences read in their replies, SemEval sentences alone).
 */
const REACHED: Record<TestSet, number> = {
  'reddit-askparents': 0.514,
  'reddit-needadvice': 0.723,
  'semeval-a': 0.376,
  'semeval-b': 0.774,
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

describe('eval helpers', () => {
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

  it('undoes spaCy tokenisation', () => {
    expect(detokenise("I 'd say , do n't worry ( really ) .")).toBe("I'd say, don't worry (really).");
  });
});
