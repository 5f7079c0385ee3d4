/**
 * `npm run eval [-- --json]`: precision, recall and F1 of advice detection on the test
 * splits (Reddit AskParents and needadvice, each sentence read in its reply; SemEval-2019
 * task 9 A and B, each sentence read alone, as they come without their posts), plus the seed
 * thread's figures from ../shared/seed/score_thread.py on the analyze JSON for the seed page,
 * and the same scorer's figures for the threads we wrote gold lists for (lib/cli/eval-threads.ts).
 * SemEval A and B are also scored by the task's own protocol, the same detector trained on the
 * task's data for this run only (lib/cli/eval-in-domain.ts): never saved, never shipped.
 */
import { detectAdvice, detectAdviceInPost } from '../advice/detect';
import { evaluateDetection, TEST_SETS, type Prf } from './eval-data';
import { semevalInDomain, type InDomainFigures } from './eval-in-domain';
import { scoreSeed, type SeedFigures } from './eval-seed';
import { scoreThreads, type ThreadFigures } from './eval-threads';

const json = process.argv.includes('--json');
const detection = evaluateDetection({
  alone: (text) => detectAdvice(text).advice,
  inPost: (texts) => detectAdviceInPost(texts).map((v) => v.advice),
});
const inDomain = semevalInDomain();
// The seed figures depend on the whole engine (grouping, ranking): a failure there must not
// hide the detection figures, so it is reported and turns the exit status to 1.
let seed: SeedFigures | { error: string };
try {
  seed = scoreSeed();
} catch (e) {
  seed = { error: e instanceof Error ? e.message : String(e) };
  process.exitCode = 1;
}
let threads: ThreadFigures[] | { error: string };
try {
  threads = scoreThreads();
} catch (e) {
  threads = { error: e instanceof Error ? e.message : String(e) };
  process.exitCode = 1;
}

const out: Record<
  string,
  Prf | InDomainFigures | SeedFigures | Record<string, SeedFigures> | { error: string }
> = {};
const rounded = (r: Prf): Prf => ({
  precision: Number(r.precision.toFixed(3)),
  recall: Number(r.recall.toFixed(3)),
  f1: Number(r.f1.toFixed(3)),
});
for (const name of TEST_SETS) {
  out[name] = rounded(detection[name]);
}
for (const [name, f] of [
  ['semeval-a-in-domain', inDomain.a],
  ['semeval-b-in-domain', inDomain.b],
] as const)
  out[name] = { ...rounded(f.test), threshold: f.threshold, trialF1: Number(f.trialF1.toFixed(3)) };
out.seed = seed;
out.threads =
  'error' in threads
    ? threads
    : Object.fromEntries(threads.map(({ thread, ...figures }) => [thread, figures]));
if (json) process.stdout.write(JSON.stringify(out) + '\n');
else {
  process.stdout.write('advice detection (test splits)    precision  recall  F1\n');
  for (const name of TEST_SETS) {
    const r = detection[name];
    process.stdout.write(
      `  ${name.padEnd(31)} ${r.precision.toFixed(3).padStart(9)} ${r.recall.toFixed(3).padStart(7)} ${r.f1.toFixed(3).padStart(5)}\n`,
    );
  }
  for (const [name, f] of [
    ['semeval-a, trained in-domain *', inDomain.a],
    ['semeval-b, task protocol *', inDomain.b],
  ] as const) {
    const r = f.test;
    process.stdout.write(
      `  ${name.padEnd(31)} ${r.precision.toFixed(3).padStart(9)} ${r.recall.toFixed(3).padStart(7)} ${r.f1.toFixed(3).padStart(5)}\n`,
    );
  }
  process.stdout.write(
    `    * SemEval's own protocol, evaluation only: the same detector trained for this run on the task's\n` +
      `      training split (a developer forum), its threshold tuned on each subtask's trial split\n` +
      `      (A: ${inDomain.a.threshold}, F1 ${inDomain.a.trialF1.toFixed(3)} there; B, hotel reviews: ${inDomain.b.threshold}, F1 ${inDomain.b.trialF1.toFixed(3)});\n` +
      `      never saved, never shipped. The rows above are the shipped model, trained on Reddit only.\n`,
  );
  process.stdout.write(
    'error' in seed
      ? `seed thread (score_thread.py)  FAILED: ${seed.error}\n`
      : `seed thread (score_thread.py)  recall_major=${seed.recall_major} precision_top=${seed.precision_top} ` +
          `supporter_f1=${seed.supporter_f1} top_ok=${seed.top_ok}\n`,
  );
  if ('error' in threads) process.stdout.write(`our own thread golds  FAILED: ${threads.error}\n`);
  else {
    process.stdout.write('our own thread golds (tests/fixtures/advice-gold, same scorer)\n');
    for (const t of threads)
      process.stdout.write(
        `  ${t.thread.padEnd(40)} recall_major=${t.recall_major} precision_top=${t.precision_top} ` +
          `supporter_f1=${t.supporter_f1} top_ok=${t.top_ok}\n`,
      );
  }
}
