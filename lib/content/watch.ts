/**
 * Tells the content script when a thread page changed under it: comments that load
 * lazily (shreddit's comment forest, "load more" results the reader asked for) and
 * single-page navigation to another thread. It only observes: it never clicks, scrolls
 * or patches `history`, so the page behaves exactly as it would without the extension.
 */
import { pageTreeChanged } from './own-nodes';

export interface WatchOptions {
  /** Called after the page settles; at most once per debounce window. */
  onChange(): void;
  /** Stops everything when aborted. */
  signal: AbortSignal;
  /** Quiet time that ends a burst of mutations (default 300 ms). */
  debounceMs?: number;
  /** Longest a steady stream of mutations may delay a call (default 2 s). */
  maxWaitMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 300;
const DEFAULT_MAX_WAIT_MS = 2000;

export function watchThread(doc: Document, options: WatchOptions): void {
  const { signal, onChange } = options;
  if (signal.aborted) return;
  const debounceMs = Math.max(0, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  const maxWaitMs = Math.max(debounceMs, options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS);
  const view = doc.defaultView;
  const Observer = view?.MutationObserver ?? globalThis.MutationObserver;
  if (!Observer) return;

  let timer: ReturnType<typeof setTimeout> | null = null;
  /** When the first change of the pending burst arrived; null when nothing is pending. */
  let burstStart: number | null = null;
  let lastHref = doc.location?.href ?? '';

  const fire = (): void => {
    timer = null;
    burstStart = null;
    if (signal.aborted) return;
    try {
      onChange();
    } catch {
      /* a failing listener must not stop the watch */
    }
  };

  const schedule = (): void => {
    if (signal.aborted) return;
    const now = Date.now();
    if (burstStart === null) burstStart = now;
    if (timer !== null) clearTimeout(timer);
    // Debounce, but never past maxWait from the burst's start: a page that keeps
    // streaming comments still gets read every couple of seconds.
    const delay = Math.max(0, Math.min(debounceMs, burstStart + maxWaitMs - now));
    timer = setTimeout(fire, delay);
  };

  /** Single-page navigation shows up as a new URL; reading `href` is cheap enough for every batch. */
  const urlChanged = (): boolean => {
    const href = doc.location?.href ?? '';
    if (href === lastHref) return false;
    lastHref = href;
    return true;
  };

  const observer = new Observer((records) => {
    // Nodes added or removed (attribute and text edits are noise here), other than the
    // extension's own (its style, card and marks: painting must not make the page look new).
    if (urlChanged() || pageTreeChanged(records)) schedule();
  });
  observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true });

  const onPopState = (): void => {
    if (urlChanged()) schedule();
  };
  view?.addEventListener('popstate', onPopState);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      view?.removeEventListener('popstate', onPopState);
      if (timer !== null) clearTimeout(timer);
      timer = null;
      burstStart = null;
    },
    { once: true },
  );
}
