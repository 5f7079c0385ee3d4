import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { DocDraft } from './documents';
import { normalizeTerm, queryTerms } from './terms';
import type { DocKind, SearchDoc, SearchFilters, SearchHit } from './types';

/** Bump when documents, fields or term processing change: an older snapshot is then rebuilt. */
export const INDEX_SCHEMA = 1;

/** What the engine knows of each thread it indexed: enough to tell a stale entry and remove it. */
export interface ThreadEntry {
  /** The stored thread's `updatedAt` when indexed. */
  stamp: number;
  /** `highlightsKey` of its highlights when indexed. */
  highlights: string;
  ids: number[];
}

export interface EngineSnapshot {
  schema: number;
  index: string;
  threads: Record<string, [number, string, number[]]>;
}

const OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'text'],
  storeFields: ['t', 'k', 'r', 's', 'a'],
  processTerm: (term) => normalizeTerm(term),
  searchOptions: { boost: { title: 3 } },
};

/** Kinds ranked up: a suggestion or the reader's own highlight says more than a passing mention. */
const KIND_BOOST: Record<DocKind, number> = { question: 1.2, answer: 1, suggestion: 1.3, highlight: 1.5 };

function searchOptions(filters: SearchFilters, combineWith: 'AND' | 'OR'): SearchOptions {
  const { site, adviceOnly, highlightsOnly } = filters;
  const filtered = Boolean(site) || adviceOnly === true || highlightsOnly === true;
  return {
    combineWith,
    // Prefix search on the word being typed (the last), from its third letter: earlier words are
    // finished, and expanding them too multiplies the cost. One typo from five letters, two from ten.
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
    weights: { prefix: 0.6, fuzzy: 0.35 },
    boostDocument: (_id, _term, stored) => KIND_BOOST[(stored?.k as DocKind | undefined) ?? 'answer'],
    filter: filtered
      ? (r) =>
          (!site || r.s === site) &&
          (adviceOnly !== true || r.a === 1) &&
          (highlightsOnly !== true || r.k === 'highlight')
      : undefined,
  };
}

/**
 * The full-text index over every stored thread, updated one thread at a time. Pure: it runs
 * the same in Node, a service worker and a page; persistence is the caller's job.
 */
export class SearchEngine {
  private readonly mini: MiniSearch<SearchDoc>;
  private readonly entries: Map<string, ThreadEntry>;
  private nextId: number;

  private constructor(mini: MiniSearch<SearchDoc>, entries: Map<string, ThreadEntry>) {
    this.mini = mini;
    this.entries = entries;
    let max = 0;
    for (const e of entries.values()) for (const id of e.ids) if (id > max) max = id;
    this.nextId = max + 1;
  }

  static empty(): SearchEngine {
    return new SearchEngine(new MiniSearch<SearchDoc>(OPTIONS), new Map());
  }

  /** Rebuilds an engine from `snapshot()`; null when it was written by another index schema. */
  static fromSnapshot(snap: EngineSnapshot): SearchEngine | null {
    if (snap.schema !== INDEX_SCHEMA) return null;
    const entries = new Map<string, ThreadEntry>();
    for (const [t, [stamp, highlights, ids]] of Object.entries(snap.threads)) {
      entries.set(t, { stamp, highlights, ids });
    }
    return new SearchEngine(MiniSearch.loadJSON<SearchDoc>(snap.index, OPTIONS), entries);
  }

  snapshot(): EngineSnapshot {
    const threads: EngineSnapshot['threads'] = {};
    for (const [t, e] of this.entries) threads[t] = [e.stamp, e.highlights, e.ids];
    return { schema: INDEX_SCHEMA, index: JSON.stringify(this.mini), threads };
  }

  /** Replaces everything indexed for a thread by these documents. */
  replaceThread(threadId: string, stamp: number, highlights: string, docs: readonly DocDraft[]): void {
    this.removeThread(threadId);
    const ids: number[] = [];
    const full = docs.map((d) => {
      const id = this.nextId++;
      ids.push(id);
      return { ...d, id };
    });
    this.mini.addAll(full);
    this.entries.set(threadId, { stamp, highlights, ids });
  }

  removeThread(threadId: string): void {
    const entry = this.entries.get(threadId);
    if (!entry) return;
    // discard() leaves the postings to a batched vacuum: removing a 1,000-post thread stays cheap.
    this.mini.discardAll(entry.ids);
    this.entries.delete(threadId);
  }

  entry(threadId: string): ThreadEntry | undefined {
    return this.entries.get(threadId);
  }

  threadIds(): string[] {
    return [...this.entries.keys()];
  }

  get documentCount(): number {
    return this.mini.documentCount;
  }

  /**
   * Ranked hits: every word must match (as a prefix or with a typo); when nothing does, any
   * word may. Empty for a query of stopwords only.
   */
  search(query: string, filters: SearchFilters = {}, limit = 50): SearchHit[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const q = terms.join(' ');
    let raw = this.mini.search(q, searchOptions(filters, 'AND'));
    if (raw.length === 0 && terms.length > 1) raw = this.mini.search(q, searchOptions(filters, 'OR'));
    return raw.slice(0, limit).map((r) => ({
      threadId: r.t as string,
      kind: r.k as DocKind,
      ref: r.r as string,
      score: r.score,
      terms: r.terms,
    }));
  }
}
