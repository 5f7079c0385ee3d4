import { browser } from 'wxt/browser';
import type { HighlightState, ListedHighlight } from '@/lib/highlight/types';
import { sendMessage, type FoldedSummary, type TabView } from '@/lib/messaging/protocol';
import type { Suggestion } from '@/lib/model';

/** Everything the popup asks of the extension, behind one interface so components test without a browser. */
export interface PopupHost {
  /** The tab whose thread to show: `?tabId=N`, else the active tab of the last focused window. */
  resolveTabId(): Promise<number | null>;
  getTabView(tabId: number): Promise<TabView>;
  /** Every suggestion of the thread with all supporters (the first view carries only the first few). */
  getSuggestions(threadId: string): Promise<Suggestion[]>;
  /** Brings a post into view in its tab; opens the permalink when the tab no longer shows it. */
  openPost(tabId: number, postId: string, permalink: string): Promise<void>;
  /** Runs Threadwise on a page of a site it does not know, at the reader's request. */
  analyseAnyway(tabId: number): Promise<boolean>;
  copyText(text: string): Promise<void>;
  /** Whether pages of this host are analysed automatically (optional host permission granted). */
  hostAllowed(host: string): Promise<boolean>;
  /** Asks the browser for permission to analyse every page of this host; resolves whether granted. */
  allowHost(host: string, allow: boolean): Promise<boolean>;
  openLibrary(): Promise<void>;
  close(): void;
  /** What the tab's page shows; null when its content script does not answer. */
  highlightState(tabId: number): Promise<HighlightState | null>;
  setHighlights(tabId: number, enabled: boolean): Promise<boolean>;
  listHighlights(tabId: number): Promise<ListedHighlight[]>;
  deleteHighlight(id: string): Promise<boolean>;
  /** The replies the tab's page folds behind "load more" controls; null when its script does not answer. */
  foldedReplies(tabId: number): Promise<FoldedSummary | null>;
  /** Asks the tab's page to load them; resolves how many controls it clicked. */
  loadFoldedReplies(tabId: number): Promise<number>;
}

export function browserPopupHost(): PopupHost {
  return {
    async resolveTabId() {
      const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
      if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    },
    getTabView: (tabId) => sendMessage('getTabView', { tabId }),
    getSuggestions: (threadId) => sendMessage('getSuggestions', { threadId }),
    async openPost(tabId, postId, permalink) {
      const shown = await sendMessage('scrollToPost', { postId }, tabId).catch(() => false);
      if (shown) {
        const tab = await browser.tabs.update(tabId, { active: true });
        if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      } else {
        await browser.tabs.create({ url: permalink });
      }
    },
    analyseAnyway: (tabId) => sendMessage('analyseTabOnRequest', { tabId }),
    copyText: (text) => navigator.clipboard.writeText(text),
    hostAllowed: (host) => browser.permissions.contains({ origins: [`*://${host}/*`] }),
    async allowHost(host, allow) {
      const origins = [`*://${host}/*`];
      if (allow) return browser.permissions.request({ origins });
      await browser.permissions.remove({ origins });
      return false;
    },
    async openLibrary() {
      await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    },
    close: () => window.close(),
    highlightState: (tabId) => sendMessage('getHighlightState', undefined, tabId).catch(() => null),
    setHighlights: (tabId, enabled) => sendMessage('setHighlights', { enabled }, tabId),
    listHighlights: (tabId) => sendMessage('listHighlights', { tabId }),
    deleteHighlight: (id) => sendMessage('deleteHighlight', { id }),
    foldedReplies: (tabId) => sendMessage('getFoldedReplies', undefined, tabId).catch(() => null),
    loadFoldedReplies: (tabId) => sendMessage('loadFoldedReplies', undefined, tabId),
  };
}
