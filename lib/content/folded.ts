import type { FoldedSummary } from '../messaging/protocol';
import { findAdapter } from '../sites/registry';
import type { FoldedReplies } from '../sites/types';

function folded(doc: Document, href: string): FoldedReplies | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const adapter = findAdapter(doc, url);
  if (!adapter?.foldedReplies) return null;
  try {
    return adapter.foldedReplies(doc);
  } catch {
    return null;
  }
}

/** The page's folded replies: null when the page is no thread or its site has no such controls. */
export function foldedSummary(doc: Document, href: string): FoldedSummary | null {
  const f = folded(doc, href);
  return f && { controls: f.controls.length, replies: f.replies };
}

/**
 * Clicks every control that loads folded replies, as the reader asked: the page loads them,
 * and the page watcher (lib/content/watch.ts) reads the thread again once they are in.
 * Replies how many controls were clicked.
 */
export function loadFoldedReplies(doc: Document, href: string): number {
  const f = folded(doc, href);
  if (!f) return 0;
  let clicked = 0;
  for (const el of f.controls) {
    if (!el.isConnected) continue;
    (el as HTMLElement).click();
    clicked++;
  }
  return clicked;
}
