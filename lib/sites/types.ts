import type { SiteId, Thread } from '../model';

/**
 * An extraction that can pause: a generator that yields after each post it reads, so whoever
 * runs it may give the page its main thread back between any two posts, and that returns the
 * Thread (or null when the page turns out not to be a thread). `lib/sites/reading.ts` runs one
 * to its end in one go; the content script runs it in time slices (lib/content/slices.ts).
 */
export type ThreadReading = Generator<void, Thread | null, void>;

/**
 * One adapter per site family. Adapters are pure functions of a parsed document and its
 * URL: they run unchanged in the content script (live DOM) and in Node (linkedom), so they
 * use only standard DOM APIs (`querySelector*`, `textContent`, attributes) and never
 * `innerText`, layout, or `window`. Write one with `defineAdapter` (lib/sites/reading.ts):
 * an adapter implements `read`, and `extract` is that reading run in one go.
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
  /**
   * Full extraction in steps: yields after each post, returns the Thread or null when the
   * page turns out not to be a thread. Work between two yields stays small (one post, or the
   * page-level reading before the first post), so a caller can keep every slice short.
   */
  read(doc: Document, url: URL): ThreadReading;
  /** Full extraction in one go (`read` run to its end). Returns null when the page is not a thread. */
  extract(doc: Document, url: URL): Thread | null;
  /**
   * The element holding a post's own text on the live page (without bylines, vote widgets
   * or nested replies), where highlights are placed. Optional: without it the content script
   * uses `findPostElement` (lib/content/scroll.ts).
   */
  postBody?(doc: Document, postId: string): Element | null;
  /**
   * The page's own controls that load folded replies in place ("load more comments (3
   * replies)", "22 more replies"). The content script clicks them only when the reader asks.
   * Optional: a site whose "more" controls navigate to another page leaves it out.
   */
  foldedReplies?(doc: Document): FoldedReplies;
}

/** Replies a page folds away behind controls that load them in place. */
export interface FoldedReplies {
  /** The controls, in page order. */
  controls: Element[];
  /** How many replies they hold, summed from what the controls say; null when one says no number. */
  replies: number | null;
}
