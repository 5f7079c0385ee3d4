/**
 * The library's full-text index: our own inverted index, built for a library of 500,000 posts
 * in an extension's service worker. Pure (no store, no browser API): it runs the same in Node,
 * a service worker and a page, and hands its persisted form to the caller as blocks
 * (see blocks.ts) so that a save writes only what changed.
 *
 * - Documents (question with title, answers, suggestions, highlights) get increasing numeric
 *   ids; per document a few bytes in typed arrays: thread, kind, advice, alive, site, length.
 * - New documents go to a builder, frozen into a segment before a search or a save; segments
 *   are merged when the newest grows to a third of the one before (so there are a handful),
 *   dropping the postings of removed documents. Removing a thread only clears its documents'
 *   alive flag; when a quarter of the ids are dead, `compact()` renumbers everything.
 * - A query term matches exactly, as a prefix (the last word, from its third letter) and within
 *   one edit (five letters) or two (eight), the first letter as typed: see dictionary.ts. Scores
 *   are BM25+ with the title counted three times, prefix and typo matches weighted down, and a
 *   boost per kind. Every word must match; when no document has them all, any word may.
 * - What a cold start reads lazily: postings per chunk (`missingBlocks(query)` says which a
 *   query needs, `attach()` adds them) and the refs of the threads a search shows (`search`
 *   throws MissingPostingsError naming their blocks, `attachRefs()` adds them).
 */
import {
  chunkId,
  dictId,
  DOC_BLOCK,
  docsId,
  INDEX_SCHEMA,
  readRefsBlock,
  readThreadsBlock,
  REF_BUCKETS,
  refsBlock,
  refsBucket,
  refsId,
  THREAD_BLOCK,
  threadsBlock,
  threadsId,
  type DictionaryBlock,
  type DocsBlock,
  type ManifestBlock,
  type RefsBlock,
  type SearchBlock,
  type ThreadSlot,
  type ThreadsBlock,
} from './blocks';
import { findTerm, fuzzyTerms, lexicon, prefixRange, unionTerms, type Lexicon } from './dictionary';
import type { DocDraft } from './documents';
import { CorruptIndexError, mergeSegments, MissingPostingsError, Segment, SegmentBuilder } from './segment';
import { forEachTerm, queryTerms } from './terms';
import type { DocKind, SearchFilters, SearchHit } from './types';

export { INDEX_SCHEMA };

const KINDS: readonly DocKind[] = ['question', 'answer', 'suggestion', 'highlight'];
const KIND_CODE: Record<DocKind, number> = { question: 0, answer: 1, suggestion: 2, highlight: 3 };
/** Kinds ranked up: a suggestion or the reader's own highlight says more than a passing mention. */
const KIND_BOOST = [1.2, 1, 1.3, 1.5];
const KIND_MASK = 3;
const ADVICE = 4;
const ALIVE = 8;

const TITLE_WEIGHT = 3;
// BM25+ (the delta keeps a long document's match worth something), with the usual k1 and b.
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.35;
/** At most this many query words count (the rest are ignored). */
const MAX_QUERY_TERMS = 16;

/** The builder is frozen into a segment at this many postings even without a search or save. */
const BUILDER_POSTINGS = 3_000_000;
/** The newest segment is merged into the one before once it is a third of its size. */
const MERGE_RATIO = 3;
const MAX_SEGMENTS = 12;
/** A search merges only this many postings at most; larger merges wait for `maintain()`. */
const SEARCH_MERGE_POSTINGS = 1_000_000;

/** What the engine knows of each thread it indexed: enough to tell a stale entry. */
export interface ThreadEntry {
  /** The stored thread's `updatedAt` when indexed. */
  stamp: number;
  /** `highlightsKey` of its highlights when indexed. */
  highlights: string;
}

/** What a save must write and delete; hand it back to `saved()` (or `unsaved()`). */
export interface IndexChanges {
  put: SearchBlock[];
  del: string[];
  /** Internal: what the save covered. */
  readonly segments: ReadonlyMap<number, number>;
  readonly docBlocks: ReadonlySet<number>;
  readonly threadBlocks: ReadonlySet<number>;
  readonly refBuckets: ReadonlySet<number>;
  readonly docBlockCount: number;
  readonly threadBlockCount: number;
}

export interface EngineStats {
  documents: number;
  deadDocuments: number;
  threads: number;
  segments: number;
  terms: number;
  postings: number;
  postingsBytes: number;
  loaded: boolean;
}

interface Expansion {
  term: string;
  weight: number;
  /** Pairs of segment index, term index. */
  refs: number[];
}

interface Plan {
  key: string;
  /** Per query term, what it matches. */
  terms: Expansion[][];
}

/** The ids of the blocks a cold start reads before the first search: all but postings. */
export function headBlockIds(m: ManifestBlock): string[] {
  const ids = m.segments.map((s) => dictId(s.n));
  for (let k = 0; k * DOC_BLOCK < m.nextDoc; k++) ids.push(docsId(k));
  for (let k = 0; k * THREAD_BLOCK < m.nextThread; k++) ids.push(threadsId(k));
  return ids;
}

function grow<T extends Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>>(a: T, need: number): T {
  if (need <= a.length) return a;
  let cap = Math.max(1024, a.length * 2);
  while (cap < need) cap *= 2;
  const next = new (a.constructor as new (n: number) => T)(cap);
  next.set(a);
  return next;
}

export class SearchEngine {
  // Per document.
  private docThread = new Int32Array(0);
  /** Per document, packed so that a posting costs one memory access: flags | site << 8 | length << 16. */
  private docMeta = new Uint32Array(0);
  private nextDoc = 0;
  private alive = 0;
  private sumLen = 0;

  // Per thread ordinal.
  private threads: (ThreadSlot | null)[] = [];
  private byId = new Map<string, number>();

  private sites: string[] = [];
  private siteOrd = new Map<string, number>();

  private segments: Segment[] = [];
  private nextSegment = 1;
  private builder = new SegmentBuilder();
  private version = 0;
  private plan: Plan | null = null;
  private lex: Lexicon | null = null;
  /** Segments whose terms are in `lex`. */
  private lexSegments = new Set<number>();

  // What the store holds (segment n → chunks) and what changed since.
  private stored = new Map<number, number>();
  private storedDocBlocks = 0;
  private storedThreadBlocks = 0;
  private dirtyDocs = new Set<number>();
  private dirtyThreads = new Set<number>();
  /** Per thread ordinal, its refs bucket; per bucket, whether its refs are in memory. */
  private bucketOf = new Uint8Array(0);
  private refsLoaded = new Uint8Array(REF_BUCKETS).fill(1);
  /** Refs buckets to write again. */
  private dirtyRefs = new Set<number>();

  // Query scratch space, reused.
  /** Per document, side by side: score (float32) and the query words it matched (bits). */
  private acc = new Int32Array(0);
  private accScore = new Float32Array(0);
  private touched = new Int32Array(0);

  private constructor() {}

  static empty(): SearchEngine {
    return new SearchEngine();
  }

  /**
   * An engine from the blocks a cold start reads (`headBlockIds`), postings unloaded. Null when
   * written by another index schema; throws CorruptIndexError when blocks are missing or do not fit.
   */
  static load(manifest: ManifestBlock, blocks: ReadonlyMap<string, SearchBlock>): SearchEngine | null {
    if (manifest.schema !== INDEX_SCHEMA) return null;
    const e = new SearchEngine();
    const need = <T extends SearchBlock>(id: string, has: string): T => {
      const b = blocks.get(id);
      if (!b || !(has in b)) throw new CorruptIndexError(`search index block ${id} is missing`);
      return b as T;
    };
    e.nextDoc = manifest.nextDoc;
    e.nextSegment = manifest.nextSegment;
    e.sites = [...manifest.sites];
    e.sites.forEach((s, i) => e.siteOrd.set(s, i));
    for (const { n, chunks } of manifest.segments) {
      e.segments.push(Segment.fromDictionary(n, need<DictionaryBlock>(dictId(n), 'terms'), chunks));
      e.stored.set(n, chunks);
    }
    e.ensureDocs(manifest.nextDoc);
    for (let k = 0; k * DOC_BLOCK < manifest.nextDoc; k++) {
      const b = need<DocsBlock>(docsId(k), 'info');
      const at = k * DOC_BLOCK;
      const size = Math.min(DOC_BLOCK, manifest.nextDoc - at);
      const ok =
        b.info instanceof Uint8Array &&
        b.len instanceof Uint16Array &&
        b.info.length === size &&
        b.len.length === size;
      if (!ok) throw new CorruptIndexError(`search index block ${b.id} does not fit`);
      for (let i = 0; i < size; i++) e.docMeta[at + i] = b.info[i]! | (b.len[i]! << 16);
      e.storedDocBlocks = k + 1;
    }
    e.docThread.fill(-1, 0, manifest.nextDoc);
    for (let k = 0; k * THREAD_BLOCK < manifest.nextThread; k++) {
      const b = need<ThreadsBlock>(threadsId(k), 'hlIds');
      const size = Math.min(THREAD_BLOCK, manifest.nextThread - k * THREAD_BLOCK);
      const slots = readThreadsBlock(b, size);
      if (!slots) throw new CorruptIndexError(`search index block ${b.id} does not fit`);
      for (const slot of slots) {
        const ord = e.threads.length;
        e.threads.push(slot);
        if (!slot) continue;
        const { id, first, count, site } = slot;
        if (!(first >= 0 && first + count <= manifest.nextDoc && site < e.sites.length))
          throw new CorruptIndexError(`thread ${id} does not fit the documents`);
        e.byId.set(id, ord);
        e.setBucket(ord, id);
        e.docThread.fill(ord, first, first + count);
        for (let d = first; d < first + count; d++) e.docMeta[d] = (e.docMeta[d]! & ~0xff00) | (site << 8);
      }
      e.storedThreadBlocks = k + 1;
    }
    // Refs are read per bucket when needed; a bucket without threads has nothing to read.
    e.refsLoaded.fill(1);
    e.threads.forEach((slot, ord) => slot && (e.refsLoaded[e.bucketOf[ord]!] = 0));
    for (let d = 0; d < e.nextDoc; d++) {
      if (e.docMeta[d]! & ALIVE) {
        if (e.docThread[d]! < 0) throw new CorruptIndexError(`document ${d} has no thread`);
        e.alive++;
        e.sumLen += e.docMeta[d]! >>> 16;
      }
    }
    return e;
  }

  private ensureDocs(n: number): void {
    this.docThread = grow(this.docThread, n);
    this.docMeta = grow(this.docMeta, n);
  }

  private site(s: string): number {
    let i = this.siteOrd.get(s);
    if (i === undefined) {
      i = this.sites.length;
      if (i > 255) throw new Error('too many sites for the search index');
      this.sites.push(s);
      this.siteOrd.set(s, i);
    }
    return i;
  }

  private setBucket(ord: number, threadId: string): void {
    if (ord >= this.bucketOf.length) {
      const next = new Uint8Array(Math.max(1024, (ord + 1) * 2));
      next.set(this.bucketOf);
      this.bucketOf = next;
    }
    this.bucketOf[ord] = refsBucket(threadId);
  }

  private isAlive = (doc: number): boolean => (this.docMeta[doc]! & ALIVE) !== 0;

  /** Replaces everything indexed for a thread by these documents. */
  replaceThread(threadId: string, stamp: number, highlights: string, docs: readonly DocDraft[]): void {
    this.killDocs(threadId);
    let ord = this.byId.get(threadId);
    if (ord === undefined) {
      ord = this.threads.length;
      this.threads.push(null);
      this.byId.set(threadId, ord);
    }
    const first = this.nextDoc;
    this.ensureDocs(first + docs.length);
    const builder = this.builder;
    const title = (t: string): void => builder.count(t, TITLE_WEIGHT);
    const body = (t: string): void => builder.count(t, 1);
    const refs: string[] = [];
    const site = docs.length > 0 ? this.site(docs[0]!.s) : 0;
    for (const d of docs) {
      const id = this.nextDoc++;
      if (d.title) forEachTerm(d.title, title);
      forEachTerm(d.text, body);
      const len = Math.min(builder.endDocument(id), 0xffff);
      this.docThread[id] = ord;
      this.docMeta[id] = KIND_CODE[d.k] | (d.a === 1 ? ADVICE : 0) | ALIVE | (site << 8) | (len << 16);
      this.alive++;
      this.sumLen += len;
      refs.push(d.r);
    }
    const hlIds = docs.flatMap((d) => (d.k === 'highlight' ? [d.r] : []));
    this.threads[ord] = { id: threadId, stamp, highlights, first, count: docs.length, site, refs, hlIds };
    this.setBucket(ord, threadId);
    this.dirtyRefs.add(this.bucketOf[ord]!);
    this.markDocs(first, this.nextDoc);
    this.dirtyThreads.add(Math.floor(ord / THREAD_BLOCK));
    if (this.builder.postings >= BUILDER_POSTINGS) this.flush(Infinity);
  }

  removeThread(threadId: string): void {
    const ord = this.byId.get(threadId);
    if (ord === undefined) return;
    this.killDocs(threadId);
    this.threads[ord] = null;
    this.byId.delete(threadId);
    this.dirtyRefs.add(this.bucketOf[ord]!);
    this.dirtyThreads.add(Math.floor(ord / THREAD_BLOCK));
  }

  private killDocs(threadId: string): void {
    const ord = this.byId.get(threadId);
    const slot = ord === undefined ? null : this.threads[ord];
    if (!slot) return;
    for (let d = slot.first; d < slot.first + slot.count; d++) {
      if (this.docMeta[d]! & ALIVE) {
        this.docMeta[d] = this.docMeta[d]! & ~ALIVE;
        this.alive--;
        this.sumLen -= this.docMeta[d]! >>> 16;
      }
    }
    this.markDocs(slot.first, slot.first + slot.count);
  }

  private markDocs(from: number, to: number): void {
    if (to <= from) return;
    for (let k = Math.floor(from / DOC_BLOCK); k <= Math.floor((to - 1) / DOC_BLOCK); k++)
      this.dirtyDocs.add(k);
  }

  entry(threadId: string): ThreadEntry | undefined {
    const ord = this.byId.get(threadId);
    const slot = ord === undefined ? null : this.threads[ord];
    return slot ? { stamp: slot.stamp, highlights: slot.highlights } : undefined;
  }

  /** The latest `stamp` of any indexed thread (-Infinity when none). */
  newestStamp(): number {
    let max = -Infinity;
    for (const slot of this.threads) if (slot && slot.stamp > max) max = slot.stamp;
    return max;
  }

  /** Highlight id → thread id, for every highlight indexed. */
  indexedHighlights(): Map<string, string> {
    const out = new Map<string, string>();
    for (const slot of this.threads) if (slot) for (const h of slot.hlIds) out.set(h, slot.id);
    return out;
  }

  threadIds(): string[] {
    return [...this.byId.keys()];
  }

  get documentCount(): number {
    return this.alive;
  }

  stats(): EngineStats {
    return {
      documents: this.alive,
      deadDocuments: this.nextDoc - this.alive,
      threads: this.byId.size,
      segments: this.segments.length,
      terms: this.segments.reduce((n, s) => n + s.terms.length, 0),
      postings: this.segments.reduce((n, s) => n + s.postings, 0) + this.builder.postings,
      postingsBytes: this.segments.reduce((n, s) => n + s.bytes, 0),
      loaded: this.segments.every((s) => s.loaded),
    };
  }

  /** Freezes the builder into a segment and merges what the policy asks (up to `budget` postings). */
  private flush(budget: number): void {
    if (!this.builder.empty) {
      const seg = this.builder.build(this.nextSegment++, this.isAlive);
      if (seg.terms.length > 0) this.segments.push(seg);
      this.version++;
    }
    this.mergeTail(budget);
  }

  private mergeTail(budget: number): void {
    for (;;) {
      const n = this.segments.length;
      if (n < 2) return;
      const last = this.segments[n - 1]!;
      const prev = this.segments[n - 2]!;
      const due = last.postings * MERGE_RATIO >= prev.postings || n > MAX_SEGMENTS;
      if (!due || !last.loaded || !prev.loaded || last.postings + prev.postings > budget) return;
      const merged = mergeSegments(this.nextSegment++, [prev, last], this.isAlive);
      this.merged(merged, [prev, last]);
      this.segments.splice(n - 2, 2, ...(merged.terms.length > 0 ? [merged] : []));
      this.version++;
    }
  }

  /**
   * Postings blocks still in the store that `maintain()` needs loaded for the merges (and the
   * compaction) it is due to do: a worker that only saves threads still keeps segments few.
   */
  maintenanceBlocks(): string[] {
    if (this.needsCompaction) return this.unloadedBlocks();
    const list: { postings: number; seg: Segment | null }[] = this.segments.map((seg) => ({
      postings: seg.postings,
      seg,
    }));
    if (!this.builder.empty) list.push({ postings: this.builder.postings, seg: null });
    const out: string[] = [];
    while (list.length >= 2) {
      const last = list[list.length - 1]!;
      const prev = list[list.length - 2]!;
      if (last.postings * MERGE_RATIO < prev.postings && list.length <= MAX_SEGMENTS) break;
      for (const x of [prev, last]) if (x.seg) out.push(...x.seg.missingBlocks());
      list.splice(list.length - 2, 2, { postings: prev.postings + last.postings, seg: null });
    }
    return out;
  }

  /** True when enough documents are dead that `compact()` is worth its cost. */
  get needsCompaction(): boolean {
    const dead = this.nextDoc - this.alive;
    return dead >= 4096 && dead * 4 >= this.nextDoc;
  }

  /**
   * Background work: merges the policy left for later and, when a quarter of the ids are dead,
   * compacts. Needs every postings block loaded (else it only does what it can). True when
   * something changed.
   */
  maintain(): boolean {
    const before = this.version;
    this.flush(Infinity);
    if (this.needsCompaction && this.segments.every((s) => s.loaded)) this.compact();
    return this.version !== before;
  }

  /**
   * Rewrites the index as one segment over the live documents, renumbered from 0, and the
   * thread table without the holes of deleted threads. Every postings block must be loaded.
   */
  compact(): void {
    this.flush(0);
    if (!this.segments.every((s) => s.loaded)) throw new Error('compact() needs every postings block loaded');
    const remap = new Int32Array(this.nextDoc).fill(-1);
    let next = 0;
    for (let d = 0; d < this.nextDoc; d++) if (this.docMeta[d]! & ALIVE) remap[d] = next++;
    const merged = mergeSegments(this.nextSegment++, this.segments, this.isAlive, remap);

    const threads: (ThreadSlot | null)[] = [];
    const byId = new Map<string, number>();
    const ordMap = new Int32Array(this.threads.length).fill(-1);
    this.threads.forEach((slot, ord) => {
      if (!slot) return;
      ordMap[ord] = threads.length;
      byId.set(slot.id, threads.length);
      threads.push({ ...slot, first: slot.count > 0 ? remap[slot.first]! : 0 });
    });
    const thread = new Int32Array(Math.max(next, 1));
    const meta = new Uint32Array(Math.max(next, 1));
    for (let d = 0; d < this.nextDoc; d++) {
      const to = remap[d]!;
      if (to < 0) continue;
      thread[to] = ordMap[this.docThread[d]!]!;
      meta[to] = this.docMeta[d]!;
    }
    this.docThread = thread;
    this.docMeta = meta;
    this.nextDoc = next;
    this.threads = threads;
    this.byId = byId;
    threads.forEach((slot, ord) => slot && this.setBucket(ord, slot.id));
    this.segments = merged.terms.length > 0 ? [merged] : [];
    // Start the lexicon over: terms only dead documents had are gone.
    this.lex = null;
    this.lexSegments.clear();
    this.version++;
    this.markDocs(0, next);
    for (let k = 0; k * THREAD_BLOCK < threads.length; k++) this.dirtyThreads.add(k);
  }

  // ---- persistence ----

  /**
   * The blocks to write (and delete) so that the store holds this engine. Freezes the builder
   * and runs the merges the policy asks for first, so a save never writes what is merged next.
   * Hand it to `saved()` once written, or to `unsaved()` if the write failed.
   */
  changes(now = Date.now()): IndexChanges {
    this.flush(Infinity);
    const put: SearchBlock[] = [];
    const del: string[] = [];
    const segments = new Map<number, number>();
    for (const seg of this.segments) {
      segments.set(seg.n, seg.chunks.length);
      if (this.stored.has(seg.n)) continue;
      put.push(seg.dictionaryBlock(), ...seg.postingsBlocks());
    }
    for (const [n, chunks] of this.stored) {
      if (segments.has(n)) continue;
      del.push(dictId(n));
      for (let k = 0; k < chunks; k++) del.push(chunkId(n, k));
    }
    const docBlockCount = Math.ceil(this.nextDoc / DOC_BLOCK);
    const docBlocks = new Set([...this.dirtyDocs].filter((k) => k < docBlockCount));
    // Clean from now on: a change made while these blocks are written marks them again.
    this.dirtyDocs.clear();
    for (const k of docBlocks) {
      const a = k * DOC_BLOCK;
      const b = Math.min(a + DOC_BLOCK, this.nextDoc);
      const info = new Uint8Array(b - a);
      const len = new Uint16Array(b - a);
      for (let d = a; d < b; d++) {
        info[d - a] = this.docMeta[d]! & 0xff;
        len[d - a] = this.docMeta[d]! >>> 16;
      }
      put.push({ id: docsId(k), info, len });
    }
    for (let k = docBlockCount; k < this.storedDocBlocks; k++) del.push(docsId(k));
    const threadBlockCount = Math.ceil(this.threads.length / THREAD_BLOCK);
    const threadBlocks = new Set([...this.dirtyThreads].filter((k) => k < threadBlockCount));
    this.dirtyThreads.clear();
    for (const k of threadBlocks) {
      put.push(threadsBlock(threadsId(k), this.threads.slice(k * THREAD_BLOCK, (k + 1) * THREAD_BLOCK)));
    }
    for (let k = threadBlockCount; k < this.storedThreadBlocks; k++) del.push(threadsId(k));
    // Refs buckets: only those in memory can be written; the others wait (see refsToSave).
    const refBuckets = new Set([...this.dirtyRefs].filter((b) => this.refsLoaded[b] === 1));
    for (const b of refBuckets) this.dirtyRefs.delete(b);
    if (refBuckets.size > 0) {
      const inBucket = new Map<number, ThreadSlot[]>();
      this.threads.forEach((slot, ord) => {
        const b = this.bucketOf[ord]!;
        if (slot && refBuckets.has(b)) inBucket.set(b, [...(inBucket.get(b) ?? []), slot]);
      });
      for (const b of refBuckets) {
        const slots = inBucket.get(b);
        if (slots) put.push(refsBlock(b, slots));
        else del.push(refsId(b));
      }
    }
    put.push({
      id: 'manifest',
      schema: INDEX_SCHEMA,
      savedAt: now,
      nextDoc: this.nextDoc,
      nextThread: this.threads.length,
      nextSegment: this.nextSegment,
      sites: [...this.sites],
      newest: this.newestStamp(),
      segments: this.segments.map((s) => ({ n: s.n, chunks: s.chunks.length })),
    });
    return { put, del, segments, docBlocks, threadBlocks, refBuckets, docBlockCount, threadBlockCount };
  }

  /** Records that `changes` is committed to the store. */
  saved(changes: IndexChanges): void {
    this.stored = new Map(changes.segments);
    this.storedDocBlocks = changes.docBlockCount;
    this.storedThreadBlocks = changes.threadBlockCount;
  }

  /** Records that writing `changes` failed: what it covered is to be written again. */
  unsaved(changes: IndexChanges): void {
    for (const k of changes.docBlocks) this.dirtyDocs.add(k);
    for (const k of changes.threadBlocks) this.dirtyThreads.add(k);
    for (const b of changes.refBuckets) this.dirtyRefs.add(b);
  }

  /** True when there is something `changes()` would write. */
  get dirty(): boolean {
    return (
      !this.builder.empty ||
      this.dirtyDocs.size > 0 ||
      this.dirtyThreads.size > 0 ||
      this.dirtyRefs.size > 0 ||
      this.segments.some((s) => !this.stored.has(s.n)) ||
      this.stored.size !== this.segments.length
    );
  }

  /** Postings blocks still in the store. */
  unloadedBlocks(): string[] {
    return this.segments.flatMap((s) => s.missingBlocks());
  }

  /** Threads shown by these hits whose refs are still in the store: their blocks. */
  private missingRefs(docs: readonly number[]): string[] {
    const out = new Set<string>();
    for (const doc of docs) {
      const ord = this.docThread[doc]!;
      if (!this.threads[ord]?.refs) out.add(refsId(this.bucketOf[ord]!));
    }
    return [...out];
  }

  /** Refs blocks still in the store. */
  unloadedRefs(): string[] {
    const out: string[] = [];
    this.refsLoaded.forEach((loaded, b) => loaded || out.push(refsId(b)));
    return out;
  }

  /** Refs blocks a save must read first: buckets changed since they were last read. */
  refsToSave(): string[] {
    return [...this.dirtyRefs].filter((b) => this.refsLoaded[b] === 0).map(refsId);
  }

  /** Adds a bucket's refs read from the store; false when they do not fit (a corrupt block). */
  attachRefs(block: RefsBlock): boolean {
    const m = /^r(\d+)$/.exec(block.id);
    const b = m ? Number(m[1]) : -1;
    if (!(b >= 0 && b < REF_BUCKETS)) return false;
    if (this.refsLoaded[b] === 1) return true;
    const stored = readRefsBlock(block);
    if (!stored) return false;
    const found: [ThreadSlot, string[]][] = [];
    for (let ord = 0; ord < this.threads.length; ord++) {
      const slot = this.threads[ord];
      if (!slot || slot.refs || this.bucketOf[ord] !== b) continue;
      const refs = slot.count === 0 ? [] : stored.get(slot.id);
      if (!refs || refs.length !== slot.count) return false;
      found.push([slot, refs]);
    }
    for (const [slot, refs] of found) slot.refs = refs;
    this.refsLoaded[b] = 1;
    return true;
  }

  /** Adds a postings block read from the store; false when it is not one this engine wants. */
  attach(id: string, data: Uint8Array): boolean {
    const m = /^s(\d+)\.(\d+)$/.exec(id);
    const seg = m ? this.segments.find((s) => s.n === Number(m[1])) : undefined;
    if (!seg || !(data instanceof Uint8Array)) return false;
    return seg.attach(Number(m![2]), data);
  }

  // ---- search ----

  /** Every term of every segment, sorted, for prefix and typo look-ups done once per query. */
  private lexiconNow(): Lexicon {
    let terms = this.lex?.terms ?? null;
    let grown = false;
    for (const seg of this.segments) {
      if (this.lexSegments.has(seg.n)) continue;
      this.lexSegments.add(seg.n);
      if (terms === null) {
        terms = seg.terms;
        grown = true;
        continue;
      }
      const known = terms;
      const added = seg.terms.filter((t) => findTerm(known, t) < 0);
      if (added.length > 0) {
        terms = unionTerms(known, added);
        grown = true;
      }
    }
    if (grown || !this.lex) this.lex = lexicon(terms ?? []);
    return this.lex;
  }

  /** A segment made by merging: its terms are already in the lexicon when its inputs' were. */
  private merged(into: Segment, from: readonly Segment[]): void {
    if (from.every((s) => this.lexSegments.has(s.n))) this.lexSegments.add(into.n);
  }

  private planFor(query: string): Plan {
    const key = `${this.version}\n${query}`;
    if (this.plan?.key === key) return this.plan;
    const lex = this.lexiconNow();
    const qs = queryTerms(query).slice(0, MAX_QUERY_TERMS);
    const terms: Expansion[][] = qs.map((q, qi) => {
      const found = new Map<string, Expansion>();
      const add = (term: string, weight: number): void => {
        const e = found.get(term);
        if (!e) found.set(term, { term, weight, refs: [] });
        else if (weight > e.weight) e.weight = weight;
      };
      if (findTerm(lex.terms, q) >= 0) add(q, 1);
      const prefix = qi === qs.length - 1 && q.length >= 3;
      if (prefix) {
        const [a, b] = prefixRange(lex.terms, q);
        for (let i = a; i < b; i++) {
          const extra = lex.terms[i]!.length - q.length;
          if (extra > 0) add(lex.terms[i]!, (PREFIX_WEIGHT * q.length) / (q.length + 0.3 * extra));
        }
      }
      if (q.length >= 5) {
        fuzzyTerms(lex, q, q.length >= 8 ? 2 : 1, (i, dist) => {
          if (dist > 0) add(lex.terms[i]!, (FUZZY_WEIGHT * q.length) / (q.length + dist));
        });
      }
      // Where each term's postings are: a prefix is one range per segment, the rest one look-up each.
      const others = [...found.keys()].filter((t) => !prefix || !t.startsWith(q));
      this.segments.forEach((seg, si) => {
        if (prefix) {
          const [a, b] = prefixRange(seg.terms, q);
          for (let i = a; i < b; i++) found.get(seg.terms[i]!)?.refs.push(si, i);
        }
        for (const t of others) {
          const i = findTerm(seg.terms, t);
          if (i >= 0) found.get(t)!.refs.push(si, i);
        }
      });
      return [...found.values()].filter((e) => e.refs.length > 0);
    });
    this.plan = { key, terms };
    return this.plan;
  }

  /** What each query word matches (index terms with their weight and document count): for tools and tests. */
  expansions(query: string): { term: string; weight: number; df: number }[][] {
    return this.planFor(query).terms.map((exps) =>
      exps.map((e) => {
        let df = 0;
        for (let j = 0; j < e.refs.length; j += 2) df += this.segments[e.refs[j]!]!.df[e.refs[j + 1]!]!;
        return { term: e.term, weight: e.weight, df };
      }),
    );
  }

  /** Postings blocks this query needs that are not loaded yet. */
  missingBlocks(query: string): string[] {
    this.flush(SEARCH_MERGE_POSTINGS);
    const out = new Set<string>();
    for (const exps of this.planFor(query).terms)
      for (const e of exps)
        for (let j = 0; j < e.refs.length; j += 2) {
          const id = this.segments[e.refs[j]!]!.missingFor(e.refs[j + 1]!);
          if (id) out.add(id);
        }
    return [...out];
  }

  /**
   * Ranked hits: every word must match (exactly, as a prefix or with a typo); when no document
   * has them all, any word may. Empty for a query of stopwords only. The postings it needs must
   * be loaded (see `missingBlocks`), else it throws MissingPostingsError.
   */
  search(query: string, filters: SearchFilters = {}, limit = 50): SearchHit[] {
    this.flush(SEARCH_MERGE_POSTINGS);
    const plan = this.planFor(query);
    const nq = plan.terms.length;
    if (nq === 0 || this.alive === 0) return [];
    let siteWanted = -1;
    if (filters.site) {
      const s = this.siteOrd.get(filters.site);
      if (s === undefined) return [];
      siteWanted = s;
    }
    const adviceOnly = filters.adviceOnly === true;
    const highlightsOnly = filters.highlightsOnly === true;

    // Every block first: the scratch arrays must not be left half-used by a throw.
    for (const exps of plan.terms)
      for (const e of exps)
        for (let j = 0; j < e.refs.length; j += 2) {
          const id = this.segments[e.refs[j]!]!.missingFor(e.refs[j + 1]!);
          if (id) throw new MissingPostingsError(id);
        }
    const cap = this.nextDoc;
    if (this.touched.length < cap) {
      this.touched = grow(this.touched, cap);
      this.acc = new Int32Array(this.touched.length * 2);
      this.accScore = new Float32Array(this.acc.buffer);
    }
    const { acc, accScore, touched, docMeta } = this;
    const n = this.alive;
    const avg = this.sumLen / n || 1;
    const sc: Scratch = {
      acc,
      accScore,
      touched,
      nt: 0,
      site: siteWanted,
      need: adviceOnly ? ADVICE : 0,
      kind: highlightsOnly ? KIND_CODE.highlight : -1,
      kb: (K1 * B) / avg,
      full: nq >= 31 ? -1 : (1 << nq) - 1,
      complete: 0,
    };

    // Term at a time: every posting of every matched term adds to its document's score.
    for (let qi = 0; qi < nq; qi++) {
      const bit = 1 << qi;
      for (const e of plan.terms[qi]!) {
        let df = 0;
        for (let j = 0; j < e.refs.length; j += 2) df += this.segments[e.refs[j]!]!.df[e.refs[j + 1]!]!;
        df = Math.min(df, n);
        const w = e.weight * Math.log(1 + (n - df + 0.5) / (df + 0.5));
        for (let j = 0; j < e.refs.length; j += 2) {
          const seg = this.segments[e.refs[j]!]!;
          const idx = e.refs[j + 1]!;
          const [bytes, start] = seg.locate(idx);
          accumulate(sc, docMeta, bytes, start, seg.df[idx]!, w, bit);
        }
      }
    }
    const { nt } = sc;

    // Every word, else any word.
    const { full } = sc;
    const needAll = sc.complete > 0;
    const top = new TopK(Math.max(1, limit));
    for (let i = 0; i < nt; i++) {
      const doc = touched[i]!;
      const a = doc * 2;
      if (!needAll || acc[a + 1] === full)
        top.offer(doc, accScore[a]! * KIND_BOOST[docMeta[doc]! & KIND_MASK]!, acc[a + 1]!);
      acc[a + 1] = 0;
    }
    // For marking: every term the document's matched words expand to (those it does not contain
    // mark nothing), rather than a record per posting of which term it came from.
    const termsOf = new Map<number, string[]>();
    const best = top.sorted();
    // The refs of the threads shown, read lazily: the scratch space is clean again by now.
    const refsNeeded = this.missingRefs(best.map(([doc]) => doc));
    if (refsNeeded.length > 0) throw new MissingPostingsError(refsNeeded);
    return best.map(([doc, s, words]) => {
      const slot = this.threads[this.docThread[doc]!]!;
      let terms = termsOf.get(words);
      if (!terms) {
        terms = [
          ...new Set(plan.terms.flatMap((exps, qi) => (words & (1 << qi) ? exps.map((e) => e.term) : []))),
        ];
        termsOf.set(words, terms);
      }
      return {
        threadId: slot.id,
        kind: KINDS[docMeta[doc]! & KIND_MASK]!,
        ref: slot.refs![doc - slot.first]!,
        score: s,
        terms,
      };
    });
  }
}

/** A query's working state, passed to `accumulate`. */
interface Scratch {
  acc: Int32Array;
  accScore: Float32Array;
  touched: Int32Array;
  /** Documents touched so far. */
  nt: number;
  /** Filters: site ordinal (or −1), flag bits every document needs, kind (or −1). */
  site: number;
  need: number;
  kind: number;
  /** BM25's length factor: K1·B / average length. */
  kb: number;
  /** The bits of every query word, and how many documents have them all. */
  full: number;
  complete: number;
}

/**
 * Adds `count` postings (bytes from `start`, see segment.ts for the encoding) of one matched term
 * to the scores: weight w, query word `bit`. This loop is where a query spends
 * its time: kept small so that it compiles well, decoding inlined, one read per document.
 */
function accumulate(
  sc: Scratch,
  docMeta: Uint32Array,
  bytes: Uint8Array,
  start: number,
  count: number,
  w: number,
  bit: number,
): void {
  const { acc, accScore, touched, site, need, kind, kb, full } = sc;
  const k0 = K1 * (1 - B);
  let { nt, complete } = sc;
  let p = start;
  let doc = -1;
  for (let c = 0; c < count; c++) {
    let v = bytes[p++]!;
    if (v & 0x80) {
      v &= 0x7f;
      let shift = 7;
      let b: number;
      do {
        b = bytes[p++]!;
        v |= (b & 0x7f) << shift;
        shift += 7;
      } while (b & 0x80);
    }
    doc += (v >>> 1) + 1;
    let tf = 1;
    if (v & 1) {
      tf = bytes[p++]!;
      if (tf & 0x80) {
        tf &= 0x7f;
        let shift = 7;
        let b: number;
        do {
          b = bytes[p++]!;
          tf |= (b & 0x7f) << shift;
          shift += 7;
        } while (b & 0x80);
      }
    }
    const meta = docMeta[doc]!;
    if ((meta & ALIVE) === 0 || (meta & need) !== need) continue;
    if (site >= 0 && ((meta >>> 8) & 0xff) !== site) continue;
    if (kind >= 0 && (meta & KIND_MASK) !== kind) continue;
    const s = w * (DELTA + (tf * (K1 + 1)) / (tf + k0 + kb * (meta >>> 16)));
    const a = doc * 2;
    const m = acc[a + 1]!;
    if (m === 0) {
      touched[nt++] = doc;
      accScore[a] = s;
    } else accScore[a] = accScore[a]! + s;
    const mb = m | bit;
    if (mb === full && m !== full) complete++;
    acc[a + 1] = mb;
  }
  sc.nt = nt;
  sc.complete = complete;
}

/** The k best documents by score (ties to the older one), with the query words each matched. */
class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];
  private readonly words: number[] = [];
  constructor(private readonly k: number) {}

  /** True when entry a ranks below entry b. */
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    return sa < sb || (sa === sb && this.docs[a]! > this.docs[b]!);
  }

  private swap(a: number, b: number): void {
    for (const list of [this.docs, this.scores, this.words]) {
      const x = list[a]!;
      list[a] = list[b]!;
      list[b] = x;
    }
  }

  offer(doc: number, score: number, words: number): void {
    if (this.docs.length < this.k) {
      this.docs.push(doc);
      this.scores.push(score);
      this.words.push(words);
      let i = this.docs.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(i, p)) break;
        this.swap(i, p);
        i = p;
      }
      return;
    }
    const s0 = this.scores[0]!;
    if (score < s0 || (score === s0 && doc > this.docs[0]!)) return;
    this.docs[0] = doc;
    this.scores[0] = score;
    this.words[0] = words;
    let i = 0;
    const n = this.docs.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.worse(l, m)) m = l;
      if (r < n && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  /** [doc, score, words], best first. */
  sorted(): [number, number, number][] {
    return this.docs
      .map((d, i) => [d, this.scores[i]!, this.words[i]!] as [number, number, number])
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }
}
