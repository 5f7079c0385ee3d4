/**
 * The library page's side of the background: thread list and detail, delete, search,
 * export / import and storage usage, plus the toolbar button's "Open library" menu item.
 */
import { browser } from 'wxt/browser';
import type { MenuItem, MenuRegistry } from './menus';
import { threadKind } from '../advice/thread-kind';
import type { ThreadwiseDB } from '../db/database';
import { exportLibrary, importLibrary, parseLibraryExport } from '../db/export';
import { deleteThread, loadThread } from '../db/threads';
import { onMessage } from '../messaging/protocol';
import type { LibraryThread, LibraryThreadDetail, StorageInfo } from '../search/library-types';
import { searchLibrary } from '../search/query';
import { indexThread, searchIndex, unindexThread } from '../search/sync';
import type { SearchRequest, SearchResult } from '../search/types';

export const LIBRARY_PATH = '/library.html';
const MENU_ID = 'threadwise-open-library';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export async function listThreads(db: ThreadwiseDB): Promise<LibraryThread[]> {
  const [threads, counts, hlThreads] = await Promise.all([
    db.threads.orderBy('savedAt').reverse().toArray(),
    db.analyses.toArray((rows) => new Map(rows.map((a) => [a.threadId, a.suggestions.length]))),
    db.highlights.orderBy('threadId').keys(),
  ]);
  const hl = new Map<string, number>();
  for (const t of hlThreads) hl.set(String(t), (hl.get(String(t)) ?? 0) + 1);
  return threads.map((t) => ({
    id: t.id,
    site: t.site,
    host: hostOf(t.url),
    url: t.url,
    title: t.title,
    answers: t.answerCount,
    suggestions: counts.get(t.id) ?? 0,
    highlights: hl.get(t.id) ?? 0,
    askedAt: t.question.time,
    savedAt: t.savedAt,
    updatedAt: t.updatedAt,
  }));
}

export async function threadDetail(db: ThreadwiseDB, id: string): Promise<LibraryThreadDetail | null> {
  const [thread, record, analysis, highlights] = await Promise.all([
    loadThread(db, id),
    db.threads.get(id),
    db.analyses.get(id),
    db.highlights.where('threadId').equals(id).sortBy('createdAt'),
  ]);
  if (!thread || !record) return null;
  return {
    thread,
    suggestions: analysis?.suggestions ?? [],
    highlights,
    kind: record.kind ?? threadKind(record),
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
  };
}

export function search(db: ThreadwiseDB, req: SearchRequest): Promise<SearchResult[]> {
  return searchLibrary(db, req);
}

export async function storageEstimate(): Promise<StorageInfo> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.estimate) return { usage: null, quota: null };
  const { usage, quota } = await storage.estimate();
  return { usage: usage ?? null, quota: quota ?? null };
}

/**
 * Highlights are saved by another service: watching the table keeps them searchable without
 * that service knowing about search. Re-indexing waits for the transaction to commit.
 */
function watchHighlights(db: ThreadwiseDB): void {
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = (threadId: string): void => {
    pending.add(threadId);
    timer ??= setTimeout(() => {
      timer = null;
      const ids = [...pending];
      pending.clear();
      for (const id of ids) void indexThread(db, { id }).catch(() => undefined);
    }, 200);
  };
  db.highlights.hook('creating', (_key, obj, trans) => {
    trans.on('complete', () => schedule(obj.threadId));
  });
  db.highlights.hook('deleting', (_key, obj, trans) => {
    trans.on('complete', () => schedule(obj.threadId));
  });
}

/** The toolbar button's context menu item that opens the library in a tab. */
function libraryMenuItem(): MenuItem {
  return {
    id: MENU_ID,
    title: 'Open Threadwise library',
    contexts: ['action'],
    onClick: () => void browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PATH) }),
  };
}

/** Wires the library messages and menu. Called once from the background entrypoint. */
export function registerLibraryService(db: ThreadwiseDB, menus?: MenuRegistry): void {
  onMessage('listThreads', () => listThreads(db));
  onMessage('getThread', ({ data }) => threadDetail(db, data.id));
  onMessage('deleteThread', async ({ data }) => {
    await deleteThread(db, data.id);
    await unindexThread(db, data.id);
  });
  onMessage('search', ({ data }) => search(db, data));
  onMessage('exportLibrary', () => exportLibrary(db));
  onMessage('importLibrary', async ({ data }) => {
    const report = await importLibrary(db, parseLibraryExport(data.text));
    for (const id of report.changed) await indexThread(db, { id });
    return report;
  });
  onMessage('storageEstimate', () => storageEstimate());
  watchHighlights(db);
  menus?.add(libraryMenuItem());
  // Load (and catch up) the index now, so the library's first search does not wait for it.
  void searchIndex(db, '').catch(() => undefined);
}
