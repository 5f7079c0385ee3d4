/**
 * The background's part in in-page highlighting: it reads the stored analysis and the
 * reader's highlights for the content script (which must never open IndexedDB: it would
 * be the web page's database), stores and deletes highlights, and turns keyboard commands
 * and the context menu into messages to the tab's content script.
 */
import { browser, type Browser } from 'wxt/browser';
import type { MenuItem, MenuRegistry } from './menus';
import type { ThreadwiseDB } from '../db/database';
import { loadThread } from '../db/threads';
import { buildPageMarks } from '../highlight/marks';
import type { HighlightDraft, ListedHighlight, PageMarks } from '../highlight/types';
import { onMessage, sendMessage } from '../messaging/protocol';
import type { Highlight } from '../model';
import { contentScriptMatches } from '../sites/registry';
import { tabThread } from './tab-state';

export const SAVE_MENU_ID = 'threadwise-save-advice';

/** Keyboard commands, as named in the manifest's `commands`. */
export const COMMANDS = {
  toggle: 'toggle-highlights',
  next: 'next-advice',
  previous: 'previous-advice',
  save: 'save-highlight',
} as const;

/** Longest quote kept: a selection of a whole page is not a highlight. */
const MAX_QUOTE = 5000;

/** The advice sentences and saved highlights of a stored thread, or null when it is not stored. */
export async function pageMarks(db: ThreadwiseDB, threadId: string): Promise<PageMarks | null> {
  const [thread, analysis, highlights] = await Promise.all([
    loadThread(db, threadId),
    db.analyses.get(threadId),
    db.highlights.where('threadId').equals(threadId).toArray(),
  ]);
  if (!thread) return null;
  return buildPageMarks(thread, analysis?.suggestions ?? [], highlights);
}

/** Checks a draft from a content script: the page is not trusted to send sane values. */
function validDraft(d: HighlightDraft): boolean {
  return (
    typeof d.threadId === 'string' &&
    typeof d.postId === 'string' &&
    typeof d.quote === 'string' &&
    d.quote.trim().length > 0 &&
    d.quote.length <= MAX_QUOTE &&
    typeof d.prefix === 'string' &&
    typeof d.suffix === 'string' &&
    Number.isInteger(d.start) &&
    Number.isInteger(d.end) &&
    d.start >= 0 &&
    d.end - d.start === d.quote.length
  );
}

export async function saveHighlight(
  db: ThreadwiseDB,
  draft: HighlightDraft,
  now = Date.now(),
): Promise<Highlight> {
  if (!validDraft(draft)) throw new Error('invalid highlight');
  // Highlights are listed by creation time: two saved within one millisecond (a quick double
  // save) must still list in the order they were saved, so each is stamped after the last.
  const last = await db.highlights.orderBy('createdAt').last();
  if (last && last.createdAt >= now) now = last.createdAt + 1;
  const highlight: Highlight = {
    id: crypto.randomUUID(),
    threadId: draft.threadId,
    postId: draft.postId,
    quote: draft.quote,
    prefix: draft.prefix.slice(-32),
    suffix: draft.suffix.slice(0, 32),
    start: draft.start,
    end: draft.end,
    createdAt: now,
  };
  await db.highlights.add(highlight);
  return highlight;
}

/** Deletes a highlight; replies the thread it belonged to, or null when there was none. */
export async function deleteHighlight(db: ThreadwiseDB, id: string): Promise<string | null> {
  return db.transaction('rw', db.highlights, async () => {
    const existing = await db.highlights.get(id);
    if (!existing) return null;
    await db.highlights.delete(id);
    return existing.threadId;
  });
}

/** The reader's highlights of a thread, oldest first. */
export async function threadHighlights(db: ThreadwiseDB, threadId: string): Promise<Highlight[]> {
  return db.highlights.where('threadId').equals(threadId).sortBy('createdAt');
}

/** Tabs that show `threadId` (tab ids need no `tabs` permission). */
async function tabsShowing(threadId: string): Promise<number[]> {
  const tabs = await browser.tabs.query({});
  const out: number[] = [];
  for (const tab of tabs) {
    if (tab.id !== undefined && (await tabThread(tab.id))?.threadId === threadId) out.push(tab.id);
  }
  return out;
}

/** The saved highlights of a tab's thread, marked with whether the open page placed them. */
export async function listForTab(db: ThreadwiseDB, tabId: number): Promise<ListedHighlight[]> {
  const state = await tabThread(tabId);
  if (!state) return [];
  const highlights = await threadHighlights(db, state.threadId);
  const page = await sendMessage('getHighlightState', undefined, tabId).catch(() => null);
  return highlights.map((h) => ({
    ...h,
    status: !page || !page.enabled ? 'unknown' : page.orphans.includes(h.id) ? 'orphan' : 'placed',
  }));
}

/** Sends a keyboard command to the tab's content script; a tab without one just ignores it. */
export async function forwardCommand(
  command: string,
  tab: Pick<Browser.tabs.Tab, 'id'> | undefined,
): Promise<void> {
  const tabId =
    tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? undefined;
  if (tabId === undefined) return;
  const send = (): Promise<unknown> => {
    switch (command) {
      case COMMANDS.toggle:
        return sendMessage('toggleHighlights', undefined, tabId);
      case COMMANDS.next:
        return sendMessage('moveAdvice', { direction: 1 }, tabId);
      case COMMANDS.previous:
        return sendMessage('moveAdvice', { direction: -1 }, tabId);
      case COMMANDS.save:
        return sendMessage('saveSelection', undefined, tabId);
      default:
        return Promise.resolve();
    }
  };
  await send().catch(() => undefined);
}

/** "Save as advice" was clicked: the tab's content script saves its selection. */
export async function onMenuClick(
  menuItemId: string | number,
  tab: Pick<Browser.tabs.Tab, 'id'> | undefined,
): Promise<void> {
  if (menuItemId !== SAVE_MENU_ID || tab?.id === undefined) return;
  await sendMessage('saveSelection', undefined, tab.id).catch(() => undefined);
}

/** The "Save as advice" item, on selections in pages of the supported sites only. */
function saveMenuItem(): MenuItem {
  return {
    id: SAVE_MENU_ID,
    title: 'Save as advice',
    contexts: ['selection'],
    documentUrlPatterns: contentScriptMatches,
    onClick: (tab) => onMenuClick(SAVE_MENU_ID, tab),
  };
}

/** Wires the highlight messages, commands and menu. Called once from the background entrypoint. */
export function registerHighlightService(db: ThreadwiseDB, menus: MenuRegistry): void {
  registerHighlightMessages(db);
  registerHighlightControls(menus);
}

/** The messages alone (what unit tests exercise: the fake browser has no commands or menus). */
export function registerHighlightMessages(db: ThreadwiseDB): void {
  onMessage('getPageMarks', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const threadId = data.threadId ?? (tabId !== undefined ? (await tabThread(tabId))?.threadId : undefined);
    return threadId ? pageMarks(db, threadId) : null;
  });
  onMessage('saveHighlight', ({ data }) => saveHighlight(db, data));
  onMessage('deleteHighlight', async ({ data, sender }) => {
    const threadId = await deleteHighlight(db, data.id);
    if (!threadId) return false;
    // Repaint every open page of the thread but the one that asked (it removes its own).
    for (const tabId of await tabsShowing(threadId)) {
      if (tabId !== sender.tab?.id) void sendMessage('highlightsChanged', undefined, tabId).catch(() => {});
    }
    return true;
  });
  onMessage('listHighlights', ({ data }) => listForTab(db, data.tabId));
}

/** Keyboard commands and the "Save as advice" menu item, both forwarded to the tab. */
export function registerHighlightControls(menus: MenuRegistry): void {
  browser.commands?.onCommand.addListener((command, tab) => void forwardCommand(command, tab));
  menus.add(saveMenuItem());
}
