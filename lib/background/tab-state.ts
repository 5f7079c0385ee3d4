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
  await browser.storage.session.remove(key(tabId));
}
