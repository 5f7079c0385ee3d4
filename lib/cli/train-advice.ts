/**
 * `npm run train:advice`: retrains the advice model (logistic regression over hashed
 * features, lib/advice/detect-features.ts) on the Reddit advice TRAIN splits only, tunes its
 * threshold on the Reddit DEV splits, and writes lib/advice/model/advice-model.json.
 * Deterministic: fixed seed, fixed data order, rounded weights → same data, same file.
 * SemEval data is never read here (its licence forbids shipping anything derived from it).
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HASH_BITS, sentenceFeatures } from '../advice/detect-features';
import { prf, redditSplit, type Labelled } from './eval-data';
import { seededRandom as rng } from '../random';

export interface TrainOptions {
  epochs: number;
  /** L2 penalty per example step. */
  l2: number;
  /** AdaGrad base learning rate. */
  rate: number;
  /** Weight of positive examples (advice is the minority class). */
  posWeight: number;
  /** Share of the target taken from the majority vote instead of Dawid–Skene (soft labels). */
  soft: number;
  /** Models trained on different shuffles and averaged (less variance than one SGD run). */
  bags: number;
}

/** Chosen on the Reddit dev splits: more epochs or a higher rate overfit the ~15k sentences. */
export const DEFAULT_OPTIONS: TrainOptions = {
  epochs: 3,
  l2: 1e-5,
  rate: 0.03,
  posWeight: 1.3,
  soft: 0,
  bags: 1,
};

export interface TrainedModel {
  hashBits: number;
  bias: number;
  weights: Float64Array;
}

/** Logistic regression by AdaGrad SGD with L2 over sparse binary features. */
export function train(rows: Labelled[], opt: TrainOptions = DEFAULT_OPTIONS): TrainedModel {
  const feats = rows.map((r) => sentenceFeatures(r.text).idx);
  const dim = 1 << HASH_BITS;
  const sum = new Float64Array(dim);
  let biasSum = 0;
  for (let b = 0; b < opt.bags; b++) {
    const m = trainOne(rows, feats, opt, 20200 + b);
    for (let i = 0; i < dim; i++) sum[i] = sum[i]! + m.weights[i]! / opt.bags;
    biasSum += m.bias / opt.bags;
  }
  return { hashBits: HASH_BITS, bias: biasSum, weights: sum };
}

function trainOne(rows: Labelled[], feats: number[][], opt: TrainOptions, seed: number): TrainedModel {
  const dim = 1 << HASH_BITS;
  const w = new Float64Array(dim);
  const g2 = new Float64Array(dim).fill(1e-8);
  let bias = 0;
  let bg2 = 1e-8;
  const order = rows.map((_, i) => i);
  const rand = rng(seed);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const x = feats[k]!;
      let z = bias;
      for (const f of x) z += w[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const row = rows[k]!;
      const y = (1 - opt.soft) * row.label + opt.soft * (row.majority ?? row.label);
      const g = (p - y) * (y > 0 ? opt.posWeight : 1);
      for (const f of x) {
        const gf = g + opt.l2 * w[f]!;
        g2[f] = g2[f]! + gf * gf;
        w[f] = w[f]! - (opt.rate * gf) / Math.sqrt(g2[f]!);
      }
      bg2 += g * g;
      bias -= (opt.rate * g) / Math.sqrt(bg2);
    }
  }
  return { hashBits: HASH_BITS, bias, weights: w };
}

export function scoreWith(model: TrainedModel, text: string): number {
  let z = model.bias;
  for (const f of sentenceFeatures(text).idx) z += model.weights[f]!;
  return 1 / (1 + Math.exp(-z));
}

/** Threshold maximising the mean F1 over the dev sets (a coarse grid keeps it stable). */
export function tuneThreshold(scores: number[][], gold: (0 | 1)[][]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.2; t <= 0.8 + 1e-9; t += 0.01) {
    let sum = 0;
    for (let d = 0; d < scores.length; d++) {
      sum += prf(
        gold[d]!,
        scores[d]!.map((s) => s >= t),
      ).f1;
    }
    const f1 = sum / scores.length;
    if (f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, f1 };
  }
  return best;
}

/** int8 quantisation with one scale (largest |weight| → 127), rounded so the file is stable. */
export function quantise(weights: Float64Array): { scale: number; bytes: Int8Array } {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const scale = Number((max / 127 || 1).toPrecision(6));
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++)
    bytes[i] = Math.max(-127, Math.min(127, Math.round(weights[i]! / scale)));
  return { scale, bytes };
}

export function dequantise(scale: number, bytes: Int8Array): Float64Array {
  return Float64Array.from(bytes, (b) => b * scale);
}

export const MODEL_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../advice/model/advice-model.json',
);

function main(): void {
  const trainRows = [...redditSplit('askparents', 'train'), ...redditSplit('needadvice', 'train')];
  const devs = [redditSplit('askparents', 'dev'), redditSplit('needadvice', 'dev')];
  const model = train(trainRows);
  // int8 weights with one scale, base64: 2^18 weights in ~350 KB; quantisation steps of
  // ~0.007 cost nothing measurable on dev (the weights' own noise is far larger).
  const quantised = quantise(model.weights);
  const q = { ...model, weights: dequantise(quantised.scale, quantised.bytes) };
  const qScores = devs.map((d) => d.map((r) => scoreWith(q, r.text)));
  const { threshold, f1 } = tuneThreshold(
    qScores,
    devs.map((d) => d.map((r) => r.label)),
  );
  const json = {
    note: 'Advice sentence model: logistic regression over hashed features (lib/advice/detect-features.ts). Trained by `npm run train:advice` on the Reddit advice train splits (Govindarajan et al., EMNLP 2020, MIT licence); threshold tuned on their dev splits. weights: base64 of int8, weight = value * scale.',
    hashBits: model.hashBits,
    bias: Math.round(model.bias * 1e4) / 1e4,
    threshold,
    scale: quantised.scale,
    weights: Buffer.from(quantised.bytes.buffer, quantised.bytes.byteOffset, quantised.bytes.length).toString(
      'base64',
    ),
  };
  writeFileSync(MODEL_PATH, JSON.stringify(json) + '\n');
  process.stdout.write(
    `trained on ${trainRows.length} sentences; dev mean F1 ${f1.toFixed(3)} at threshold ${threshold}; wrote ${MODEL_PATH}\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
