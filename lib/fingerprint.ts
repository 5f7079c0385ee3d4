import type { Thread } from './model';

/** 32-bit FNV-1a, as 8 hex digits: a cheap, stable digest for change detection (not security). */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Fingerprint of a thread's content: post ids, scores and texts. An unchanged thread has
 * the same fingerprint on every visit, so it is not stored or analysed again.
 */
export function threadFingerprint(thread: Thread): string {
  let h = fnv1a(thread.title);
  for (const p of [thread.question, ...thread.answers]) {
    h = fnv1a(p.id, h);
    h = fnv1a(String(p.score ?? ''), h);
    h = fnv1a(p.deleted ? 'd' : 'a', h);
    h = fnv1a(p.text, h);
  }
  return `${thread.answers.length}-${h.toString(16).padStart(8, '0')}`;
}
