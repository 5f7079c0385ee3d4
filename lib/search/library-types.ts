import type { Highlight, SiteId, Suggestion, Thread, ThreadKind } from '../model';

/** A stored thread as the library lists it. */
export interface LibraryThread {
  id: string;
  site: SiteId;
  /** The site's host, e.g. ask.metafilter.com: what the reader recognises. */
  host: string;
  url: string;
  title: string;
  answers: number;
  suggestions: number;
  highlights: number;
  /** When the question was asked (ISO), when the page says. */
  askedAt: string | null;
  savedAt: number;
  updatedAt: number;
}

/** One stored thread in full, for the library's thread view. */
export interface LibraryThreadDetail {
  thread: Thread;
  suggestions: Suggestion[];
  highlights: Highlight[];
  /** Whether the thread asks (see lib/advice/thread-kind.ts). */
  kind: ThreadKind;
  savedAt: number;
  updatedAt: number;
}

/** navigator.storage.estimate(), in bytes; null where the browser does not say. */
export interface StorageInfo {
  usage: number | null;
  quota: number | null;
}
