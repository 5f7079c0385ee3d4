/**
 * The content script's highlighting on one page: fetches the page's marks from the
 * background after the thread is reported, answers the popup's and the background's
 * highlight messages, and saves selections through the background (the content script
 * never opens IndexedDB). Everything stops when `signal` aborts.
 */
import type { SaveSelectionResult } from '../../highlight/types';
import { onMessage, sendMessage } from '../../messaging/protocol';
import { findAdapter } from '../../sites/registry';
import type { SiteAdapter } from '../../sites/types';
import { findPostElement, indexPosts, scrollToPost } from '../scroll';
import { runInSlices } from '../slices';
import { Highlighter } from './highlighter';
import { highlightsEnabled, rememberHighlights } from './settings';

export interface HighlightSession {
  /** After each report of the page: `isThread` is what `reportPage` said. */
  refresh(isThread: boolean): Promise<void>;
}

/** Deep equality of two plain-data values (what crosses the message boundary), stopping at the first difference. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (
      !Object.hasOwn(b, k) ||
      !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
    )
      return false;
  }
  return true;
}

export function startHighlightSession(doc: Document, signal: AbortSignal): HighlightSession {
  const hostname = (): string => doc.location?.hostname ?? '';
  let adapter: SiteAdapter | null = null;
  const postElement = (postId: string): Element | null => {
    try {
      return adapter?.postBody?.(doc, postId) ?? findPostElement(doc, postId);
    } catch {
      return findPostElement(doc, postId);
    }
  };
  const highlighter = new Highlighter(doc, {
    signal,
    postElement,
    scrollToPost: (postId) => void scrollToPost(doc, postId, postElement),
    onDelete: (id) => {
      highlighter.removeSaved(id);
      void sendMessage('deleteHighlight', { id }).catch(() => undefined);
    },
  });

  const loadMarks = async (): Promise<void> => {
    const marks = await sendMessage('getPageMarks', {}).catch(() => null);
    // Posts found by their anchors: the page's index is built between slices, not in the paint's first.
    if (marks && !adapter?.postBody) await runInSlices(indexPosts(doc), { signal });
    // Compared in place: two JSON strings of a 5,000-comment thread's marks were a long stretch.
    if (!sameData(marks, highlighter.current) || highlighter.needsRepaint()) highlighter.update(marks);
  };

  /** The reader's choice for this site: read once, then set by toggles. */
  let wanted: boolean | null = null;
  const setEnabled = async (enabled: boolean): Promise<boolean> => {
    wanted = enabled;
    await rememberHighlights(hostname(), enabled).catch(() => undefined);
    highlighter.setEnabled(enabled);
    return enabled;
  };

  const save = async (): Promise<SaveSelectionResult> => {
    if (!highlighter.current) return { saved: false, reason: 'not-thread' };
    const selection = doc.getSelection();
    const got = highlighter.capture(selection);
    if (!got.ok) {
      // The menu item or shortcut did nothing visible otherwise: say why, where the reader looks.
      const rect = selection?.rangeCount
        ? selection.getRangeAt(0).getBoundingClientRect()
        : new DOMRect(16, 16, 0, 0);
      highlighter.notice(
        got.reason === 'no-selection'
          ? 'Select some text in an answer first.'
          : 'Select text inside one answer to save it as advice.',
        rect,
      );
      return { saved: false, reason: got.reason };
    }
    const highlight = await sendMessage('saveHighlight', got.draft);
    highlighter.addSaved(highlight);
    return { saved: true, highlight };
  };

  const removers = [
    // The popup's links: found the way highlights are, by the site's own markup first.
    onMessage('scrollToPost', ({ data }) => scrollToPost(doc, data.postId, postElement)),
    onMessage('setHighlights', ({ data }) => setEnabled(data.enabled)),
    onMessage('toggleHighlights', () => setEnabled(!highlighter.enabled)),
    onMessage('getHighlightState', () => highlighter.state()),
    onMessage('moveAdvice', ({ data }) => highlighter.move(data.direction)),
    onMessage('saveSelection', () => save()),
    onMessage('highlightsChanged', () => loadMarks()),
  ];
  signal.addEventListener('abort', () => removers.forEach((remove) => remove()), { once: true });

  return {
    async refresh(isThread) {
      if (signal.aborted) return;
      if (!isThread) {
        highlighter.clear();
        highlighter.update(null);
        return;
      }
      try {
        adapter = findAdapter(doc, new URL(doc.location.href));
      } catch {
        adapter = null;
      }
      wanted ??= await highlightsEnabled(hostname());
      if (wanted && !highlighter.enabled) highlighter.setEnabled(true);
      await loadMarks();
    },
  };
}
