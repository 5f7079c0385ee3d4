/**
 * Advice detection: is a sentence advice, for or against something, and does it join
 * another answer's advice ("seconding", "Nthing", "+1")? A logistic model over hashed word
 * features (trained on the Reddit advice corpus by `npm run train:advice`) is combined with
 * linguistic rules for phrasings the corpus is too small to learn reliably.
 * Cost per sentence: one tokenising pass, a map lookup per word, the few rule regexes its
 * words can trigger, and a few dozen array reads.
 */
import { firedRules, HASH_BITS, normalise, sentenceFeatures } from './detect-features';
import model from './model/advice-model.json';
import type { AdviceVerdict } from './types';

// A model trained with another hash width would silently score garbage: refuse it.
if (model.hashBits !== HASH_BITS) {
  throw new Error(
    `advice model has ${model.hashBits} hash bits, features use ${HASH_BITS}: run npm run train:advice`,
  );
}

/** Decoded once at load: int8 weights (base64) times the model's scale. */
const weights: Float32Array = decodeWeights(model.weights, model.scale);
const bias: number = model.bias;
/** Tuned on the Reddit dev splits by the trainer. */
export const ADVICE_THRESHOLD: number = model.threshold;

/**
 * Rules strong enough to make a sentence advice whatever its words ("I'd recommend",
 * "have you tried", "+1 to"): the floor their score is lifted to. Hand-set, not fitted.
 */
const RULE_FLOOR: Record<string, number> = {
  i_recommend: 0.8,
  question_suggest: 0.7,
  agree: 0.75,
  wish_would: 0.7,
  endorse: 0.7,
  // First-hand success is how forum answers recommend most ("X helped me"); the Reddit labels
  // count it less often, so the floor sits just above the threshold (costs ~0.005 dev F1).
  helped_me: ADVICE_THRESHOLD + 0.05,
};

/** "Don't worry", "don't hesitate": reassurance or encouragement, not advice against something. */
const NOT_AGAINST =
  /\b(?:(?:don't|dont|do not|never) (?:worry|hesitate|be afraid|be shy|forget|give up|feel (?:bad|guilty))|(?:can't|cannot|can not) go wrong|you can't beat|never (?:been|felt) better)\b/;

/** A sentence that only thanks or wishes luck is never advice, whatever its words. */
const ONLY_COURTESY =
  /^(?:(?:thanks?|thank you|thx|ty)(?: (?:so|very) much| all| everyone| again| for [^.!?]*)?|good luck[^.!?]*|best of luck[^.!?]*|hope (?:this|that|it) helps|(?:have|enjoy) (?:a |an )?(?:great|good|nice|wonderful|fun|lovely|happy|safe) [a-z]+|enjoy)[.!?\s:)]*$/;

function decodeWeights(base64: string, scale: number): Float32Array {
  // atob is standard in browsers, workers and Node ≥ 16: no Buffer needed in the extension.
  const bin = atob(base64);
  const out = new Float32Array(bin.length);
  for (let i = 0; i < bin.length; i++) {
    const b = bin.charCodeAt(i);
    out[i] = (b > 127 ? b - 256 : b) * scale;
  }
  return out;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * The verdict on one sentence. With `byAsker` (a post by the question's author) it is
 * strict: the asker's replies are thanks and follow-ups far more often than advice.
 */
export function detectAdvice(sentence: string, ctx?: { byAsker?: boolean }): AdviceVerdict {
  const { idx, rules, lower } = sentenceFeatures(sentence);
  let z = bias;
  for (const f of idx) z += weights[f] ?? 0;
  let score = sigmoid(z);
  for (const r of rules) {
    const floor = RULE_FLOOR[r];
    if (floor !== undefined && floor > score) score = floor;
  }
  // Courtesy lines are short; the anchored regex is skipped for anything longer.
  if (lower.length < 80 && ONLY_COURTESY.test(lower)) score = Math.min(score, 0.05);
  const agreement = rules.includes('agree') || (rules.includes('agree_weak') && score >= ADVICE_THRESHOLD);
  const stance: 'for' | 'against' = rules.includes('against') && !NOT_AGAINST.test(lower) ? 'against' : 'for';
  let threshold = ADVICE_THRESHOLD;
  if (ctx?.byAsker) {
    // Only what the model is very sure of: rule floors alone never make the asker's words advice.
    threshold = Math.max(0.85, ADVICE_THRESHOLD + 0.4);
    if (rules.includes('thanks')) score = Math.min(score, 0.1);
  }
  return { score, advice: score >= threshold, stance, agreement };
}

/** The rule names that fire on a sentence: exposed for tests and error analysis. */
export function adviceRules(sentence: string): string[] {
  return firedRules(normalise(sentence));
}
