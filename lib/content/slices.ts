/**
 * Long work in the page without blocking it: stepwise work (a generator that yields between
 * units, such as an adapter's `read`) runs in slices of a few milliseconds, and between two
 * slices the page gets its main thread back (input, rendering, its own scripts). Work that fits
 * in one slice (a 20-answer thread) finishes at once, without a single pause.
 */
import { pageTreeChanged } from './own-nodes';

/** Longest stretch of work before the page gets its main thread back. */
export const SLICE_MS = 8;

/**
 * Break between two slices: what browsers make a timer of several in a row anyway, long
 * enough for the short tasks queued meanwhile (a collector's step after a slice that
 * allocated) to finish in it rather than run on into the next slice.
 */
const PAUSE_MS = 4;

/**
 * Units of work a slice always does, however slow the machine: a thread of a few posts (or a
 * few marks) is handled in one go, never spread over pauses by a cold start.
 */
export const MIN_STEPS = 4;

/**
 * Gives the page its main thread back until a later task: a timer, so input, rendering and
 * the page's own scripts run, and the thread is seen idle between two slices. (A `yield()` of
 * `scheduler`, or a MessageChannel message, continues at once when nothing else is queued: on
 * an idle page the slices then ran back to back, one long busy stretch to anyone watching.)
 * In a hidden tab, where browsers hold timers back to one a second and nobody is watching,
 * a MessageChannel message: the page's other tasks still get their turn.
 */
export function yieldToPage(): Promise<void> {
  const hidden = (globalThis as { document?: Document }).document?.visibilityState === 'hidden';
  if (hidden && typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
}

export interface SliceOptions {
  /** Longest stretch of work before pausing (default `SLICE_MS`). */
  budgetMs?: number;
  /** Steps every slice does before it may pause (default `MIN_STEPS`). */
  minSteps?: number;
  /** How to pause (default `yieldToPage`). */
  pause?: () => Promise<void>;
  /** The clock (default `performance.now`). */
  now?: () => number;
  /**
   * Asked after every pause: true abandons the run (the page changed under it, or the work is
   * no longer wanted), so a result is never made of two different states of the page.
   */
  stale?: () => boolean;
  signal?: AbortSignal;
}

/** The work's result, with how many times it paused (0: it all fitted in one slice). */
export type SliceResult<T> = { done: true; value: T; pauses: number } | { done: false };

/**
 * Runs stepwise work to its end, pausing whenever a slice has used its budget. Returns
 * `{ done: false }` when `stale` or `signal` stopped it at a pause; errors of the work itself
 * are thrown as they are.
 */
export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  options: SliceOptions = {},
): Promise<SliceResult<T>> {
  const first = startSlices(steps, options);
  return first.done ? { done: true, value: first.value, pauses: 0 } : first.rest;
}

/**
 * Runs stepwise work for up to one slice right now: when it fits, the result is returned at
 * once (no pause, no promise, as if the work had been plain code); otherwise the rest goes on
 * in slices, each after a pause, and `rest` settles with the result.
 */
export function startSlices<T>(
  steps: Generator<void, T, void>,
  options: SliceOptions = {},
): { done: true; value: T } | { done: false; rest: Promise<SliceResult<T>> } {
  const budget = options.budgetMs ?? SLICE_MS;
  const minSteps = options.minSteps ?? MIN_STEPS;
  const now = options.now ?? (() => performance.now());
  const sliceStart = now();
  for (let n = 1; ; n++) {
    const step = steps.next();
    if (step.done) return { done: true, value: step.value };
    if (n >= minSteps && now() - sliceStart >= budget) {
      return { done: false, rest: continueInSlices(steps, options) };
    }
  }
}

async function continueInSlices<T>(
  steps: Generator<void, T, void>,
  options: SliceOptions,
): Promise<SliceResult<T>> {
  const budget = options.budgetMs ?? SLICE_MS;
  const minSteps = options.minSteps ?? MIN_STEPS;
  const pause = options.pause ?? yieldToPage;
  const now = options.now ?? (() => performance.now());
  let pauses = 0;
  for (;;) {
    await pause();
    pauses++;
    if (options.signal?.aborted || options.stale?.()) {
      steps.return(undefined as T);
      return { done: false };
    }
    const sliceStart = now();
    for (let n = 1; ; n++) {
      const step = steps.next();
      if (step.done) return { done: true, value: step.value, pauses };
      if (n >= minSteps && now() - sliceStart >= budget) break;
    }
  }
}

/** Tells whether the page changed since the watch began: its tree or its address. */
export interface PageWatch {
  changed(): boolean;
  stop(): void;
}

/**
 * Watches a page while a reading of it is paused between slices: nodes added or removed
 * (comments loaded, a single-page navigation replacing the thread) or a new address. The
 * extension's own writes (our style, card and marks) are not changes. Text edited in place is
 * not watched, as lib/content/watch.ts does not: it changes no post's place in the thread.
 */
export function watchForChanges(doc: Document): PageWatch {
  const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  const href = doc.location?.href ?? '';
  const moved = (): boolean => (doc.location?.href ?? '') !== href;
  if (typeof Observer !== 'function') return { changed: moved, stop: () => undefined };
  let dirty = false;
  const observer = new Observer((records) => {
    if (!dirty && pageTreeChanged(records)) dirty = true;
  });
  observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true });
  return {
    changed() {
      // Records not yet delivered (the page changed in this very task) count too.
      if (!dirty && pageTreeChanged(observer.takeRecords())) dirty = true;
      if (moved()) dirty = true;
      return dirty;
    },
    stop() {
      observer.disconnect();
    },
  };
}
