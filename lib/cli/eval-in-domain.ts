/**
 * SemEval-2019 task 9 by the task's own protocol: the same detector (features, learner, rule
 * floors) trained on the task's training split (a Windows developer forum's suggestions), its
 * threshold tuned on a subtask's trial split, scored on that subtask's test split: A (the same
 * forum) and B (hotel reviews, the task's cross-domain subtask, which has no training split of
 * its own and lets its trial split be used).
 *
 * Evaluation only. The shipped model is trained on Reddit advice alone, and a Reddit model
 * scored on A measures transfer to "please add X to the SDK", not whether this detector can
 * learn a forum's kind of advice from that forum's labels. SemEval's licence is
 * non-commercial, so these weights live in memory for one run: nothing here is written to
 * disk, and nothing in lib/ outside lib/cli imports this file.
 */
import { resolve } from 'node:path';
import { AdviceDetector } from '../advice/detect';
import { datasetsDir, prf, readSemevalCsv, type Labelled, type Prf } from './eval-data';
import { DEFAULT_OPTIONS, train, tuneThresholds } from './train-advice';

export interface InDomainFigures {
  /** Threshold tuned on A's trial split (the task's development data). */
  threshold: number;
  /** F1 on A's trial split at that threshold. */
  trialF1: number;
  test: Prf;
}

/**
 * Many training sentences carry a second pair of literal quotes (`"Please enable …"` inside
 * the CSV's own quoting); the test sentences do not, so they are taken off.
 */
export function unwrapQuotes(text: string): string {
  const t = text.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).trim() : t;
}

/**
 * The training rows regrouped into their posts: ids are `<post>_<sentence>` (`663_3`), so the
 * learner sees each sentence alone and with its post's other sentences, as on Reddit.
 */
function trainingPosts(rows: readonly Labelled[]): { thread: string; rows: Labelled[] }[] {
  const posts = new Map<string, Labelled[]>();
  for (const r of rows) {
    const post = r.id.split('_')[0]!;
    const list = posts.get(post);
    if (list) list.push(r);
    else posts.set(post, [r]);
  }
  return [...posts].map(([thread, list]) => ({ thread, rows: list }));
}

/** A model trained in memory on SemEval's training split, scored on one subtask. */
function scoreSubtask(model: ReturnType<typeof train>, trial: Labelled[], test: Labelled[]): InDomainFigures {
  // Tuned as the shipped thresholds are (the rule floors follow the threshold); the trial
  // sentences come alone, so only the threshold for sentences read alone is used.
  const tuned = tuneThresholds(model, [trial.map((r) => [r])]);
  // Test sentences come without their posts: each is read alone, as `npm run eval` reads them.
  const detector = new AdviceDetector({
    ...model,
    threshold: tuned.thresholdAlone,
    thresholdAlone: tuned.thresholdAlone,
  });
  return {
    threshold: tuned.thresholdAlone,
    trialF1: tuned.f1Alone,
    test: prf(
      test.map((r) => r.label),
      test.map((r) => detector.detect(r.text).advice),
    ),
  };
}

/** Subtasks A and B by the task's protocol, from one model trained on the training split. */
export function semevalInDomain(): { a: InDomainFigures; b: InDomainFigures } {
  const dir = resolve(datasetsDir(), 'semeval2019-task9');
  const training = readSemevalCsv(resolve(dir, 'V1.4_Training.csv')).map((r) => ({
    ...r,
    text: unwrapQuotes(r.text),
  }));
  const model = train(trainingPosts(training), DEFAULT_OPTIONS);
  // The trial files are not UTF-8 (see the datasets' README).
  const subtask = (name: 'A' | 'B'): InDomainFigures =>
    scoreSubtask(
      model,
      readSemevalCsv(resolve(dir, `subtask${name}/Subtask${name}_Trial_Test_Labeled.csv`), 'latin1'),
      readSemevalCsv(resolve(dir, `subtask${name}/Subtask${name}_EvaluationData_labeled.csv`)),
    );
  return { a: subtask('A'), b: subtask('B') };
}
