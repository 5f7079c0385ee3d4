import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Highlight, Post, SiteId, Suggestion, Thread, ThreadKind } from '../model';
import type {
  HighlightDraft,
  HighlightState,
  ListedHighlight,
  PageMarks,
  SaveSelectionResult,
} from '../highlight/types';
import type { ImportReport, LibraryExport } from '../db/export';
import type { LibraryThread, LibraryThreadDetail, StorageInfo } from '../search/library-types';
import type { SearchRequest, SearchResult } from '../search/types';

/** What the popup needs to know about a stored thread. */
export interface ThreadSummary {
  id: string;
  site: SiteId;
  siteName: string;
  url: string;
  title: string;
  answers: number;
  savedAt: number;
  /** What the site's votes are called ("favorites", "votes", "points"). */
  scoreNoun: string;
  /** The thread's host is one the manifest covers; otherwise the reader may choose to allow it. */
  knownHost: boolean;
  /** A discussion asks nothing: its list is what the replies bring up most, not answers. */
  kind: ThreadKind;
}

/** What the popup is told of the replies a page folds behind its own "load more" controls. */
export interface FoldedSummary {
  /** Controls on the page that load replies in place. */
  controls: number;
  /** How many replies they hold, when the page says. */
  replies: number | null;
}

/** How the content script describes the site a thread came from. */
export interface SiteInfo {
  siteName: string;
  scoreNoun: string;
}

/** What the popup shows for one tab. */
export type TabView =
  | { status: 'not-thread' }
  /** The tab's page is a thread being read; its analysis has not started yet. */
  | { status: 'reading' }
  | { status: 'analysing'; title: string; answers: number }
  | { status: 'error'; message: string; detail: string }
  | { status: 'ready'; thread: ThreadSummary; suggestions: SuggestionView[]; people: number };

/**
 * A suggestion as the popup first receives it: its first supporters (and every one who argued
 * against, and any answer the asker vouched for) with the total, so a 1,000-answer thread's list
 * crosses the message boundary small.
 */
export interface SuggestionView extends Suggestion {
  supporterCount: number;
}

/** How a long thread's answers were sent ahead of it: the transfer's id and its number of parts. */
export interface ThreadTransfer {
  id: string;
  parts: number;
}

/**
 * The one typed message contract. Each entry is one call: its argument and its reply.
 * Direction is in the name's comment; the background owns storage and analysis, the
 * content script owns the page, views only ask.
 */
export interface ProtocolMap {
  /**
   * content → background: this page is a thread; store and analyse it. A long thread's answers
   * come ahead in `threadPart` messages (`transfer` says which, and how many), so no single
   * message holds the page for long; the thread is stored only once every part is in.
   */
  threadExtracted(data: { thread: Thread; transfer?: ThreadTransfer } & SiteInfo): ThreadSummary;
  /** content → background: one part of a long thread's answers, in order (see threadExtracted). */
  threadPart(data: { transfer: string; index: number; answers: Post[] }): void;
  /** content → background: this page is not a thread (clears any stale state for the tab). */
  pageNotThread(): void;
  /**
   * content → background: this page looks like a thread and is being read; a popup opened
   * meanwhile says so and waits, instead of "not a thread" (threadExtracted or pageNotThread follows).
   */
  pageReading(): void;
  /** popup → background: the state of a tab's thread. */
  getTabView(data: { tabId: number }): TabView;
  /** popup → background: every suggestion of a thread with all its supporters ("Show more", copy). */
  getSuggestions(data: { threadId: string }): Suggestion[];
  /** popup → content: bring a post into view and flash it. Replies false when it is not on the page. */
  scrollToPost(data: { postId: string }): boolean;
  /** popup → content: the replies the page folds behind "load more" controls; null when none can be loaded in place. */
  getFoldedReplies(): FoldedSummary | null;
  /** popup → content: the reader asked to load the folded replies; replies how many controls were clicked. */
  loadFoldedReplies(): number;
  /**
   * popup → background: the reader asked to analyse a page on a site Threadwise does not know
   * (uses the activeTab grant). Replies whether the script could run there.
   */
  analyseTabOnRequest(data: { tabId: number }): boolean;
  /**
   * content → background: the advice sentences and saved highlights to place on this page.
   * Without a thread id, the thread the sender's tab last reported. Null when none is stored.
   */
  getPageMarks(data: { threadId?: string }): PageMarks | null;
  /** content → background: store a highlight the reader made. */
  saveHighlight(data: HighlightDraft): Highlight;
  /** popup or content → background: delete a saved highlight (open pages of its thread repaint). */
  deleteHighlight(data: { id: string }): boolean;
  /** popup → background: the reader's highlights on a tab's thread, with whether the page placed each. */
  listHighlights(data: { tabId: number }): ListedHighlight[];
  /** popup → content: turn in-page highlights on or off (remembered per site). Replies the new state. */
  setHighlights(data: { enabled: boolean }): boolean;
  /** popup or background → content: what the page shows. */
  getHighlightState(): HighlightState;
  /** background → content (keyboard command): flip highlights. Replies the new state. */
  toggleHighlights(): boolean;
  /** background → content (keyboard command): focus the next (1) or previous (-1) advice. */
  moveAdvice(data: { direction: 1 | -1 }): boolean;
  /** background → content (context menu, keyboard command): save the current selection. */
  saveSelection(): SaveSelectionResult;
  /** background → content: the thread's saved highlights changed elsewhere; repaint. */
  highlightsChanged(): void;
  /** library → background: every stored thread, most recently saved first. */
  listThreads(): LibraryThread[];
  /** library → background: one stored thread with its answers, suggestions and highlights; null when gone. */
  getThread(data: { id: string }): LibraryThreadDetail | null;
  /** library → background: delete a thread with its posts, suggestions and highlights (and unindex it). */
  deleteThread(data: { id: string }): void;
  /** library → background: full-text search over titles, questions, answers, suggestions and highlights. */
  search(data: SearchRequest): SearchResult[];
  /** library → background: the whole library as a JSON export file's content. */
  exportLibrary(): LibraryExport;
  /** library → background: merge a library file (its text). Rejects a bad file with a message, changing nothing. */
  importLibrary(data: { text: string }): ImportReport;
  /** library → background: bytes used and available to the extension's storage. */
  storageEstimate(): StorageInfo;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
