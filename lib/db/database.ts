import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { Highlight, Post, SiteId, Suggestion, ThreadKind } from '../model';
import type { SearchBlock } from '../search/blocks';

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
  /** Whether it asks, as the engine read it with its replies (older records: read from the title and question). */
  kind?: ThreadKind;
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
 * Schema v2 kept the search index as one MiniSearch JSON snapshot (hundreds of MB for a large
 * library). v3 drops that table (the index is derived data, rebuilt from the store) for
 * `searchBlocks`: our own index in small binary blocks (lib/search/blocks.ts).
 */
export type SearchBlockRecord = SearchBlock;

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
  searchBlocks!: EntityTable<SearchBlockRecord, 'id'>;

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
    // v3 replaces the MiniSearch snapshot by the block-wise index; every other table and row is
    // kept as it is. The old snapshot is derived data: the new index is built from the store.
    this.version(3).stores({
      searchIndex: null,
      searchBlocks: 'id',
    });
  }
}
