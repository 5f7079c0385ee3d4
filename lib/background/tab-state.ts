import { browser } from 'wxt/browser';
import type { SiteInfo } from '../messaging/protocol';

/**
 * Which thread a tab shows, and whether its analysis is still running. Kept in session
 * storage: the service worker may restart at any time.
 */
export interface TabThread extends SiteInfo {
  threadId: string;
  /** Set while the thread is being analysed, for the popup's progress state. */
  analysing?: { title: string; answers: number };
  /** Set when storing the thread failed; nothing of it was written. */
  failed?: { message: string; detail: string };
}

const key = (tabId: number): string => `tab:${tabId}`;

export async function rememberTab(tabId: number, state: TabThread): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function tabThread(tabId: number): Promise<TabThread | undefined> {
  const got = await browser.storage.session.get(key(tabId));
  return got[key(tabId)] as TabThread | undefined;
}

export async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([key(tabId), readingKey(tabId)]);
}

const readingKey = (tabId: number): string => `reading:${tabId}`;

/**
 * How long a page is taken to be still being read after it said so. A page that keeps changing
 * is read again once it settles, and may never report: after this the popup stops waiting.
 */
export const READING_MS = 10_000;

/** The tab's page said it is reading a thread (see the pageReading message). */
export async function markReading(tabId: number, now = Date.now()): Promise<void> {
  await browser.storage.session.set({ [readingKey(tabId)]: now });
}

/** Whether the tab's page is reading a thread it has not reported yet. */
export async function isReading(tabId: number, now = Date.now()): Promise<boolean> {
  const got = await browser.storage.session.get(readingKey(tabId));
  const since = got[readingKey(tabId)] as number | undefined;
  return since !== undefined && now - since < READING_MS;
}

/** The page reported: what it read is now the tab's state (or it read no thread). */
export async function doneReading(tabId: number): Promise<void> {
  await browser.storage.session.remove(readingKey(tabId));
}
