/**
 * Dataset reading and scoring for advice detection, shared by `npm run eval`, the trainer
 * and the regression test. The datasets live beside the clone in ../shared/datasets and are
 * only ever read from there: nothing derived from them is copied into the project except
 * the weights trained on the MIT-licensed Reddit splits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One labelled sentence. */
export interface Labelled {
  id: string;
  text: string;
  label: 0 | 1;
  /** Reddit only: the crowd's majority vote, a second reading of the same sentence. */
  majority?: 0 | 1;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** ../shared/datasets relative to the repository root; fails loudly when it is missing. */
export function datasetsDir(): string {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const dir = resolve(repoRoot, '../shared/datasets');
  if (!existsSync(resolve(dir, 'reddit-advice-emnlp2020'))) {
    throw new Error(`The datasets are missing: expected ${dir}/reddit-advice-emnlp2020 beside the clone.`);
  }
  return dir;
}

/** The seed thread directory (../shared/seed). */
export function seedDir(): string {
  return resolve(datasetsDir(), '../seed');
}

/**
 * Undoes spaCy tokenisation ("I 'd", "do n't", "word ,") so the detector sees text as a
 * forum shows it; its rules look at contractions and punctuation as written.
 */
export function detokenise(s: string): string {
  return s
    .replace(/ (n['’]t|['’](?:ll|re|ve|d|m|s))\b/gi, '$1')
    .replace(/ ([.,!?;:%)\]}])/g, '$1')
    .replace(/([([{$]) /g, '$1')
    .replace(/ - /g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reddit advice TSV (header row, no quoting); `DS_Label` is the label the authors score. */
export function readRedditTsv(path: string): Labelled[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = lines[0]!.split('\t');
  const iId = header.indexOf('ID');
  const iLabel = header.indexOf('DS_Label');
  const iText = header.indexOf('Sentence');
  const iMajority = header.indexOf('Majority_label');
  if (iId < 0 || iLabel < 0 || iText < 0) throw new Error(`${path}: unexpected header ${lines[0]}`);
  const out: Labelled[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const cols = line.split('\t');
    out.push({
      id: cols[iId]!,
      text: detokenise(cols[iText] ?? ''),
      label: cols[iLabel] === '1' ? 1 : 0,
      majority: cols[iMajority] === '1' ? 1 : 0,
    });
  }
  return out;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

/** SemEval-2019 task 9 labelled CSV (id, sentence, label; no header in the test files). */
export function readSemevalCsv(path: string, encoding: BufferEncoding = 'utf8'): Labelled[] {
  const rows = parseCsv(readFileSync(path, encoding));
  const out: Labelled[] = [];
  for (const r of rows) {
    if (r.length < 3 || (r[2] !== '0' && r[2] !== '1')) continue; // header row or unlabelled
    out.push({ id: r[0]!, text: r[1]!.trim(), label: r[2] === '1' ? 1 : 0 });
  }
  return out;
}

/** Precision, recall and F1 of the positive class (scikit-learn's binary average). */
export function prf(gold: readonly (0 | 1)[], pred: readonly boolean[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] && gold[i] === 1) tp++;
    else if (pred[i]) fp++;
    else if (gold[i] === 1) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export type RedditSplit = 'train' | 'dev' | 'test';
export type RedditSub = 'askparents' | 'needadvice';

export function redditSplit(sub: RedditSub, split: RedditSplit): Labelled[] {
  return readRedditTsv(resolve(datasetsDir(), 'reddit-advice-emnlp2020', `${sub}_${split}.tsv`));
}

/**
 * Reddit rows regrouped into the replies they were split from: the id is
 * `<submission>-<reply>-<sentence index>`, so a reply's sentences are the rows sharing all
 * but the last part, in index order. `thread` is the submission.
 */
export function postsOf(rows: readonly Labelled[]): { thread: string; rows: Labelled[] }[] {
  const posts = new Map<string, { thread: string; rows: { i: number; r: Labelled }[] }>();
  for (const r of rows) {
    const cut = r.id.lastIndexOf('-');
    const key = cut > 0 ? r.id.slice(0, cut) : r.id;
    const i = cut > 0 ? Number(r.id.slice(cut + 1)) : 0;
    let post = posts.get(key);
    if (!post) posts.set(key, (post = { thread: key.split('-')[0]!, rows: [] }));
    post.rows.push({ i, r });
  }
  return [...posts.values()].map((p) => ({
    thread: p.thread,
    rows: p.rows.sort((a, b) => a.i - b.i).map((x) => x.r),
  }));
}

/** The four test sets `npm run eval` scores, keyed as in its JSON output. */
export const TEST_SETS = ['reddit-askparents', 'reddit-needadvice', 'semeval-a', 'semeval-b'] as const;
export type TestSet = (typeof TEST_SETS)[number];

export function loadTestSet(name: TestSet): Labelled[] {
  const d = datasetsDir();
  switch (name) {
    case 'reddit-askparents':
      return redditSplit('askparents', 'test');
    case 'reddit-needadvice':
      return redditSplit('needadvice', 'test');
    case 'semeval-a':
      return readSemevalCsv(resolve(d, 'semeval2019-task9/subtaskA/SubtaskA_EvaluationData_labeled.csv'));
    case 'semeval-b':
      return readSemevalCsv(resolve(d, 'semeval2019-task9/subtaskB/SubtaskB_EvaluationData_labeled.csv'));
  }
}

/** A sentence classifier: one sentence alone, or every sentence of one post in order. */
export interface SentenceClassifier {
  alone(text: string): boolean;
  inPost(texts: readonly string[]): boolean[];
}

/**
 * Scores a sentence classifier on every test set. The Reddit sentences are read in their
 * replies, as the extension reads a post (the dataset's ids say which reply and where); the
 * SemEval sentences come without their posts, so each is read alone.
 */
export function evaluateDetection(classifier: SentenceClassifier): Record<TestSet, Prf> {
  const out = {} as Record<TestSet, Prf>;
  for (const name of TEST_SETS) {
    const rows = loadTestSet(name);
    const pred = new Map<Labelled, boolean>();
    if (name.startsWith('reddit-')) {
      for (const post of postsOf(rows)) {
        const verdicts = classifier.inPost(post.rows.map((r) => r.text));
        post.rows.forEach((r, i) => pred.set(r, verdicts[i]!));
      }
    } else for (const r of rows) pred.set(r, classifier.alone(r.text));
    out[name] = prf(
      rows.map((r) => r.label),
      rows.map((r) => pred.get(r)!),
    );
  }
  return out;
}
