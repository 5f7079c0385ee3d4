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
 * Tells the background, before the reading starts, that this page looks like a thread (an
 * adapter takes it): a popup opened in the meantime waits for it instead of saying "not a
 * thread". Recognising costs well under a millisecond on any page.
 */
export async function announceReading(doc: Document, href: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return;
  }
  if (findAdapter(doc, url)) await sendMessage('pageReading', undefined).catch(() => undefined);
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
  const pause = options.pause ?? yieldToPage;
  if (found.long) await pause();
  await sendThread(found, pause);
  return 'thread';
}

/**
 * Answers per message: the browser serialises a message in one go, and 5,000 answers (2.7 MB)
 * held the page for 20–60 ms; a part of 400 takes a few.
 */
export const PART_ANSWERS = 400;

/**
 * Sends a thread to the background: in one message, or for a long one its answers in parts
 * with a pause between them, then the thread itself. If a part goes missing (the background
 * restarted in between), the whole thread is sent once more in one message.
 */
async function sendThread(found: Recognised, pause: () => Promise<void>): Promise<void> {
  const { thread, adapter } = found;
  const site = { siteName: adapter.name, scoreNoun: adapter.scoreNoun ?? 'votes' };
  if (thread.answers.length <= PART_ANSWERS) {
    await sendMessage('threadExtracted', { thread, ...site });
    return;
  }
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const parts = Math.ceil(thread.answers.length / PART_ANSWERS);
  try {
    for (let i = 0; i < parts; i++) {
      const answers = thread.answers.slice(i * PART_ANSWERS, (i + 1) * PART_ANSWERS);
      await sendMessage('threadPart', { transfer: id, index: i, answers });
      await pause();
    }
    await sendMessage('threadExtracted', {
      thread: { ...thread, answers: [] },
      transfer: { id, parts },
      ...site,
    });
  } catch (e) {
    if (!(e instanceof Error) || !/did not arrive/.test(e.message)) throw e;
    await sendMessage('threadExtracted', { thread, ...site });
  }
}
