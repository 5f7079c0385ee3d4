import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { Highlight, Post, SiteId, Suggestion } from '../model';

/** A stored thread: everything but its answers, which live in `posts`. */
export interface ThreadRecord {
  id: string;
  site: SiteId;
  url: string;
  title: string;
  question: Post;
  answerCount: number;
  fingerprint: string;
  /** First time the thread was saved (ms since epoch). */
  savedAt: number;
  /** Last time its content changed. */
  updatedAt: number;
}

/** One answer of a stored thread. */
export interface PostRecord extends Post {
  threadId: string;
  /** Position in the thread, to restore page order. */
  order: number;
}

/** The advice engine's result for a thread at one fingerprint. */
export interface AnalysisRecord {
  threadId: string;
  fingerprint: string;
  engineVersion: string;
  suggestions: Suggestion[];
  analyzedAt: number;
}

/**
 * The search index, serialised (schema v2). One row per index generation key: the background
 * writes it some seconds after the last change, so a cold library page deserialises it instead
 * of re-reading every post. `threads` says what each thread's documents were built from, so a
 * snapshot that lags behind the store (the service worker stopped before writing) is caught up
 * per thread on load, never rebuilt whole.
 */
export interface SearchIndexRecord {
  id: string;
  /** Layout of the serialised index; a different one is rebuilt instead of loaded. */
  schema: number;
  /** MiniSearch's own JSON. */
  index: string;
  /** threadId → [the thread's `updatedAt`, a hash of its highlight ids, its document ids]. */
  threads: Record<string, [number, string, number[]]>;
  savedAt: number;
}

export const DB_NAME = 'threadwise';

/**
 * The extension's database. It is opened only in the background and extension pages:
 * opened from a content script it would belong to the web page's origin.
 * Schema versions are append-only: each new version keeps every row of the one before.
 */
export class ThreadwiseDB extends Dexie {
  threads!: EntityTable<ThreadRecord, 'id'>;
  posts!: Table<PostRecord, [string, string]>;
  analyses!: EntityTable<AnalysisRecord, 'threadId'>;
  highlights!: EntityTable<Highlight, 'id'>;
  searchIndex!: EntityTable<SearchIndexRecord, 'id'>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      threads: 'id, site, updatedAt, savedAt',
      posts: '[threadId+id], threadId',
      analyses: 'threadId',
      highlights: 'id, threadId, [threadId+postId], createdAt',
    });
    // v2 only adds the persisted search index; every v1 table and row is kept as it is.
    this.version(2).stores({
      searchIndex: 'id',
    });
  }
}
