import type { SiteId, Thread } from '../model';

/**
 * One adapter per site family. Adapters are pure functions of a parsed document and its
 * URL: they run unchanged in the content script (live DOM) and in Node (linkedom), so they
 * use only standard DOM APIs (`querySelector*`, `textContent`, attributes) and never
 * `innerText`, layout, or `window`.
 */
export interface SiteAdapter {
  id: SiteId;
  /** Human name shown in the popup. */
  name: string;
  /** What the site calls a post's score, plural ("favorites", "votes", "points"); default "votes". */
  scoreNoun?: string;
  /**
   * Match patterns for the hosts this adapter knows; the manifest's content-script
   * matches are built from them. Empty for adapters that recognise software on any host
   * (those run only when the reader asks, or on hosts the reader allowed).
   */
  matches: readonly string[];
  /** Cheap check: is this page a thread this adapter can read? Must not throw. */
  detect(doc: Document, url: URL): boolean;
  /** Full extraction. Returns null when the page turns out not to be a thread. */
  extract(doc: Document, url: URL): Thread | null;
  /**
   * The element holding a post's own text on the live page (without bylines, vote widgets
   * or nested replies), where highlights are placed. Optional: without it the content script
   * uses `findPostElement` (lib/content/scroll.ts).
   */
  postBody?(doc: Document, postId: string): Element | null;
}
