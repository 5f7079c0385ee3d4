import { browser } from 'wxt/browser';
import { ENGINE_VERSION, PostReadings, analyzeThread } from '../advice';
import { threadKind } from '../advice/thread-kind';
import { kindOf } from '../advice/kind';
import type { ThreadwiseDB, ThreadRecord } from '../db/database';
import { isCurrent, loadThread, saveThread } from '../db/threads';
import { threadFingerprint } from '../fingerprint';
import { mergePart } from '../thread-parts';
import { indexThread } from '../search/sync';
import type { Suggestion, Thread } from '../model';
import { onMessage, type SiteInfo, type TabView, type ThreadSummary } from '../messaging/protocol';
import { showCount } from './badge';
import { isKnownHost } from './site-access';
import { clearTab, doneReading, isReading, markReading, rememberTab, tabThread } from './tab-state';
import { ThreadTransfers } from './thread-transfer';

function summary(record: ThreadRecord, site: SiteInfo): ThreadSummary {
  return {
    id: record.id,
    site: record.site,
    siteName: site.siteName,
    scoreNoun: site.scoreNoun,
    url: record.url,
    knownHost: isKnownHost(record.url),
    title: record.title,
    answers: record.answerCount,
    savedAt: record.savedAt,
    kind: record.kind ?? threadKind(record),
  };
}

/**
 * Posts read by recent analyses: a thread whose comments load as the reader scrolls is analysed
 * again at each step, and only its new posts need reading.
 */
const readings = new PostReadings();

/**
 * Analyses and stores a thread unless it is stored unchanged. The analysis runs before
 * the write transaction so the transaction stays short; the write is all-or-nothing.
 */
export async function ingestThread(db: ThreadwiseDB, read: Thread, site: SiteInfo): Promise<ThreadSummary> {
  // One page of a thread split into pages joins the pages read before; it never replaces them.
  const thread = read.part === undefined ? read : mergePart(await loadThread(db, read.id), read);
  const fingerprint = threadFingerprint(thread);
  let record: ThreadRecord | undefined;
  if (await isCurrent(db, thread.id, fingerprint, ENGINE_VERSION)) {
    record = await db.threads.get(thread.id);
  }
  if (!record) {
    const suggestions = analyzeThread(thread, readings);
    record = await saveThread(db, thread, fingerprint, {
      suggestions,
      engineVersion: ENGINE_VERSION,
      kind: kindOf(thread),
    });
    remember(record.id, fingerprint, suggestions);
    // Search must never cost the reader a saved thread: an index failure is caught up on the next start.
    await indexThread(db, thread, suggestions).catch((e: unknown) =>
      console.warn('Threadwise: indexing failed', e),
    );
  }
  return summary(record, site);
}

/** A failed save, in words for the reader, with the technical detail kept for "Details". */
export function describeFailure(e: unknown): { message: string; detail: string } {
  const err = e instanceof Error ? e : new Error(String(e));
  const quota =
    err.name === 'QuotaExceededError' || (err as { inner?: Error }).inner?.name === 'QuotaExceededError';
  return {
    message: quota
      ? 'Your browser has no room left for Threadwise, so this thread was not saved. Everything saved before is safe: delete old threads in the library or free some disk space, then reload the page.'
      : 'Threadwise could not save this thread. Everything saved before is safe; reloading the page usually helps.',
    detail: `${err.name}: ${err.message}`,
  };
}

/**
 * The popup's list for the threads analysed most recently, kept in memory: the popup usually
 * opens moments after the page was analysed, and reading a 1,000-answer analysis back from
 * IndexedDB (with every sentence of every supporter) was most of its time to paint.
 */
const views = new Map<string, { fingerprint: string; suggestions: Suggestion[] }>();
const VIEW_CACHE_SIZE = 16;
/** Supporters the popup shows before "Show more" (it folds lists longer than this). */
const FIRST_SUPPORTERS = 4;

/** Every suggestion of a thread with all supporters, without the sentence lists. */
export async function allSuggestions(db: ThreadwiseDB, threadId: string): Promise<Suggestion[]> {
  const record = await db.threads.get(threadId);
  if (!record) return [];
  return (
    cachedView(threadId, record.fingerprint) ??
    remember(threadId, record.fingerprint, (await db.analyses.get(threadId))?.suggestions ?? [])
  );
}

function cachedView(threadId: string, fingerprint: string): Suggestion[] | undefined {
  const hit = views.get(threadId);
  return hit?.fingerprint === fingerprint ? hit.suggestions : undefined;
}

/** The popup shows one quote per supporter: the sentence lists (for in-page highlights) stay behind. */
function remember(threadId: string, fingerprint: string, full: readonly Suggestion[]): Suggestion[] {
  const suggestions = full.map((sg) => ({
    ...sg,
    supporters: sg.supporters.map(({ sentences: _, ...p }) => p),
  }));
  views.delete(threadId);
  views.set(threadId, { fingerprint, suggestions });
  if (views.size > VIEW_CACHE_SIZE) views.delete(views.keys().next().value!);
  return suggestions;
}

/** The popup's view of one tab. */
export async function tabView(db: ThreadwiseDB, tabId: number): Promise<TabView> {
  const state = await tabThread(tabId);
  if (!state) return (await isReading(tabId)) ? { status: 'reading' } : { status: 'not-thread' };
  if (state.failed) return { status: 'error', ...state.failed };
  if (state.analysing) return { status: 'analysing', ...state.analysing };
  const record = await db.threads.get(state.threadId);
  if (!record) return { status: 'not-thread' };
  const full = await allSuggestions(db, record.id);
  const people = new Set(full.flatMap((sg) => sg.supporters.map((p) => p.author))).size;
  const suggestions = full.map((sg) => ({
    ...sg,
    supporters: sg.supporters.filter(
      (p, i) => i < FIRST_SUPPORTERS || p.stance === 'against' || p.accepted !== undefined,
    ),
    supporterCount: sg.supporters.length,
  }));
  return { status: 'ready', thread: summary(record, state), suggestions, people };
}

/**
 * Runs the content script in a tab the reader pointed at, on a site with no adapter of its
 * own (the structured-data and generic adapters then get their chance). The activeTab grant
 * from the toolbar click is what allows it.
 */
export async function analyseOnRequest(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    return true;
  } catch {
    return false;
  }
}

/** Wires the thread messages to the store. Called once from the background entrypoint. */
export function registerThreadService(db: ThreadwiseDB): void {
  const transfers = new ThreadTransfers();
  onMessage('threadPart', ({ data }) => transfers.addPart(data.transfer, data.index, data.answers));
  onMessage('threadExtracted', async ({ data, sender }) => {
    const { siteName, scoreNoun } = data;
    const thread = data.transfer ? transfers.assemble(data.thread, data.transfer) : data.thread;
    const tabId = sender.tab?.id;
    const site = { siteName, scoreNoun };
    if (tabId !== undefined) {
      await rememberTab(tabId, {
        threadId: thread.id,
        ...site,
        analysing: { title: thread.title, answers: thread.answers.length },
      });
      await doneReading(tabId);
    }
    try {
      const result = await ingestThread(db, thread, site);
      if (tabId !== undefined) {
        await rememberTab(tabId, { threadId: result.id, ...site });
        const analysis = await db.analyses.get(result.id);
        await showCount(tabId, analysis?.suggestions.length ?? 0);
      }
      return result;
    } catch (e) {
      // Nothing was written (one transaction), and what was stored before is untouched.
      if (tabId !== undefined)
        await rememberTab(tabId, { threadId: thread.id, ...site, failed: describeFailure(e) });
      throw e;
    }
  });
  onMessage('pageReading', async ({ sender }) => {
    if (sender.tab?.id !== undefined) await markReading(sender.tab.id);
  });
  onMessage('pageNotThread', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      await clearTab(tabId);
      await showCount(tabId, null);
    }
  });
  onMessage('getTabView', ({ data }) => tabView(db, data.tabId));
  onMessage('getSuggestions', ({ data }) => allSuggestions(db, data.threadId));
  onMessage('analyseTabOnRequest', ({ data }) => analyseOnRequest(data.tabId));
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
  // A tab that navigates away forgets its thread: the next page's content script (if the page
  // is on a supported site) reports again; on any other site the popup must not show the old one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTab(tabId);
  });
}
