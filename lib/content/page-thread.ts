import { sendMessage } from '../messaging/protocol';
import { findAdapter, readThread, type Recognised } from '../sites/registry';
import { runInSlices, watchForChanges, yieldToPage, type SliceOptions } from './slices';

/**
 * What one report of the page found: a thread (sent to the background), no thread (said so),
 * or a page that kept changing while it was read (nothing sent: the page watcher calls again
 * once it settles, see lib/content/watch.ts).
 */
export type PageReport = 'thread' | 'not-thread' | 'changing';

/** Readings started over because the page changed under them, before leaving it to the watcher. */
const ATTEMPTS = 3;

export type ReadOptions = Pick<SliceOptions, 'budgetMs' | 'pause' | 'now' | 'signal'>;

/** A thread read from one state of the page, and whether reading it took more than one slice. */
export interface PageRead extends Recognised {
  long: boolean;
}

/**
 * Recognises and reads the page in slices (lib/content/slices.ts), so a 5,000-comment thread
 * never holds the page's main thread for long. A reading during which the page's tree or
 * address changed is thrown away and started again: a thread is always read from one state of
 * the page, never half from one and half from the next. Null for a page that is not a thread
 * (or whose reading failed), 'changing' when the page never held still long enough.
 */
export async function readPage(
  doc: Document,
  url: URL,
  options: ReadOptions = {},
): Promise<PageRead | null | 'changing'> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (options.signal?.aborted) return 'changing';
    const adapter = findAdapter(doc, url);
    if (!adapter) return null;
    const watch = watchForChanges(doc);
    try {
      const run = await runInSlices(readThread(adapter, doc, url), {
        ...options,
        stale: () => watch.changed(),
      });
      if (run.done && !watch.changed()) {
        return run.value ? { adapter, thread: run.value, long: run.pauses > 0 } : null;
      }
    } catch {
      // A broken page is not a thread; a half-read thread is never returned.
      return null;
    } finally {
      watch.stop();
    }
  }
  return 'changing';
}

/**
 * Reads the page: a thread goes to the background; anything else is reported as "not a
 * thread" and the page is left exactly as it was.
 */
export async function reportPage(
  doc: Document,
  href: string,
  options: ReadOptions = {},
): Promise<PageReport> {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'not-thread';
  }
  const found = await readPage(doc, url, options);
  if (found === 'changing') return 'changing';
  if (!found) {
    await sendMessage('pageNotThread', undefined).catch(() => undefined);
    return 'not-thread';
  }
  // Handing a long thread to the browser's messaging is a stretch of work of its own: after a
  // reading that took several slices it starts a fresh one rather than prolonging the last.
  if (found.long) await (options.pause ?? yieldToPage)();
  await sendMessage('threadExtracted', {
    thread: found.thread,
    siteName: found.adapter.name,
    scoreNoun: found.adapter.scoreNoun ?? 'votes',
  });
  return 'thread';
}
