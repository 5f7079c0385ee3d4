import type { SiteAdapter, ThreadReading } from './types';

/**
 * Runs a stepwise computation (a generator that yields between units of work) to its end,
 * synchronously, and returns its result: the analyze CLI, the tests and `extract` read a
 * page in one go this way.
 */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** An adapter as written: everything but `extract`, which `defineAdapter` derives from `read`. */
export type AdapterSpec = Omit<SiteAdapter, 'extract'>;

/** Completes an adapter: `extract(doc, url)` is `read(doc, url)` run to its end. */
export function defineAdapter(spec: AdapterSpec): SiteAdapter {
  return {
    ...spec,
    extract(doc, url) {
      return runToEnd(spec.read(doc, url));
    },
  };
}

/** Yields once per post while mapping elements to posts: the loop most adapters run. */
export function* eachPost<E, P>(
  items: readonly E[],
  read: (item: E, index: number) => P | null,
): Generator<void, P[], void> {
  const out: P[] = [];
  for (let i = 0; i < items.length; i++) {
    const post = read(items[i]!, i);
    if (post !== null) out.push(post);
    yield;
  }
  return out;
}

export type { ThreadReading };
