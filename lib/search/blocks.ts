/**
 * The search index as it is persisted: many small rows ("blocks") in one Dexie table, so that a
 * save rewrites only what changed and a cold start reads only what it needs. Binary parts are
 * typed arrays: IndexedDB's structured clone copies them as bytes, where JSON would parse.
 *
 * - `manifest`: what the other blocks are (one row; written last in the same transaction).
 * - `s<n>`: segment n's term dictionary (sorted terms, their document counts and byte ends).
 * - `s<n>.<k>`: chunk k of segment n's postings (loaded lazily, per query term).
 * - `d<k>`: documents k·DOC_BLOCK … (kind/advice/alive flags, length).
 * - `t<k>`: threads by ordinal k·THREAD_BLOCK … (id, stamp, highlights key, documents, site, refs).
 */

/** Bump when the layout or the term processing changes: an older index is then rebuilt. */
export const INDEX_SCHEMA = 3;

export const DOC_BLOCK = 65_536;
export const THREAD_BLOCK = 512;

export interface ManifestBlock {
  id: 'manifest';
  schema: number;
  savedAt: number;
  /** Document ids below this are allocated. */
  nextDoc: number;
  /** Thread ordinals below this are allocated. */
  nextThread: number;
  nextSegment: number;
  /** Site ordinal → site id. */
  sites: string[];
  /** The latest stamp of any indexed thread: a cold start re-reads threads saved since. */
  newest: number;
  /** Oldest first: a segment's documents all come before the next one's. */
  segments: { n: number; chunks: number }[];
}

export interface DictionaryBlock {
  id: string;
  /** Sorted terms joined by '\n' (a term never contains one). */
  terms: string;
  /** Documents per term (dead ones included until a merge drops them). */
  df: Uint32Array;
  /** Cumulative byte end of each term's postings in the segment. */
  ends: Uint32Array;
  /** First term of each chunk, then the term count. */
  chunkTerms: Uint32Array;
}

export interface PostingsBlock {
  id: string;
  data: Uint8Array;
}

/** Per document: kind, advice and alive flags, and its length in terms (its thread and site come from the thread rows). */
export interface DocsBlock {
  id: string;
  info: Uint8Array;
  len: Uint16Array;
}

/**
 * Threads by ordinal, column by column (a few strings and typed arrays clone far faster than
 * thousands of small arrays). A free ordinal has count −1. Strings are joined by '\n' (ids,
 * highlight keys) and REF_SEP (refs); a block falls back to arrays when a value contains one.
 */
export interface ThreadsBlock {
  id: string;
  ids: string | string[];
  highlights: string | string[];
  stamps: Float64Array;
  first: Int32Array;
  count: Int32Array;
  site: Uint8Array;
  /** Every thread's refs (post, suggestion or highlight id per document), one after another. */
  refs: string | string[][];
  /** Where each thread's refs end in `refs` (when it is a string). */
  refEnds: Uint32Array;
}

/** What the engine keeps per thread. */
export interface ThreadSlot {
  id: string;
  /** The stored thread's `updatedAt` when indexed. */
  stamp: number;
  /** `highlightsKey` of its highlights when indexed. */
  highlights: string;
  /** Its documents are first … first + count − 1. */
  first: number;
  count: number;
  /** Site ordinal. */
  site: number;
  /** Ref per document; a slice of a loaded block's string until first needed. */
  refs: readonly string[] | { all: string; start: number; end: number };
}

export const REF_SEP = '\u001f';

/** A thread's refs, split from its block's string on first use. */
export function refsOf(slot: ThreadSlot): readonly string[] {
  if (!Array.isArray(slot.refs)) {
    const { all, start, end } = slot.refs as { all: string; start: number; end: number };
    slot.refs = slot.count === 0 ? [] : all.slice(start, end).split(REF_SEP);
  }
  return slot.refs as readonly string[];
}

function joinOr(values: readonly string[], sep: string): string | string[] {
  return values.some((v) => v.includes(sep)) ? [...values] : values.join(sep);
}

/** The block for these thread ordinals (null: a free ordinal). */
export function threadsBlock(id: string, slots: readonly (ThreadSlot | null)[]): ThreadsBlock {
  const n = slots.length;
  const stamps = new Float64Array(n);
  const first = new Int32Array(n);
  const count = new Int32Array(n);
  const site = new Uint8Array(n);
  const refEnds = new Uint32Array(n);
  const parts: string[] = [];
  let plain = true;
  let at = 0;
  slots.forEach((s, i) => {
    count[i] = s ? s.count : -1;
    if (!s) {
      refEnds[i] = at;
      parts.push('');
      return;
    }
    stamps[i] = s.stamp;
    first[i] = s.first;
    site[i] = s.site;
    let text: string;
    if (Array.isArray(s.refs)) {
      const list = s.refs as readonly string[];
      if (list.some((r) => r.includes(REF_SEP))) plain = false;
      text = list.join(REF_SEP);
    } else {
      const r = s.refs as { all: string; start: number; end: number };
      text = r.all.slice(r.start, r.end);
    }
    parts.push(text);
    at += text.length;
    refEnds[i] = at;
  });
  return {
    id,
    ids: joinOr(
      slots.map((s) => s?.id ?? ''),
      '\n',
    ),
    highlights: joinOr(
      slots.map((s) => s?.highlights ?? ''),
      '\n',
    ),
    stamps,
    first,
    count,
    site,
    refs: plain ? parts.join('') : slots.map((s) => (s ? [...refsOf(s)] : [])),
    refEnds,
  };
}

/** The slots of a block; null when it does not hold `size` threads. */
export function readThreadsBlock(b: ThreadsBlock, size: number): (ThreadSlot | null)[] | null {
  const split = (v: string | string[]): string[] => (Array.isArray(v) ? v : v.split('\n'));
  const ids = split(b.ids);
  const highlights = split(b.highlights);
  const ok =
    ids.length === size &&
    highlights.length === size &&
    [b.stamps, b.first, b.count, b.site, b.refEnds].every(
      (a) => ArrayBuffer.isView(a) && a.length === size,
    ) &&
    (typeof b.refs === 'string' || (Array.isArray(b.refs) && b.refs.length === size));
  if (!ok) return null;
  const out: (ThreadSlot | null)[] = [];
  let start = 0;
  for (let i = 0; i < size; i++) {
    const end = b.refEnds[i]!;
    if (b.count[i]! < 0) out.push(null);
    else
      out.push({
        id: ids[i]!,
        stamp: b.stamps[i]!,
        highlights: highlights[i]!,
        first: b.first[i]!,
        count: b.count[i]!,
        site: b.site[i]!,
        refs: typeof b.refs === 'string' ? { all: b.refs, start, end } : b.refs[i]!,
      });
    start = end;
  }
  return out;
}

export type SearchBlock = ManifestBlock | DictionaryBlock | PostingsBlock | DocsBlock | ThreadsBlock;

export const dictId = (n: number): string => `s${n}`;
export const chunkId = (n: number, k: number): string => `s${n}.${k}`;
export const docsId = (k: number): string => `d${k}`;
export const threadsId = (k: number): string => `t${k}`;

/** Approximate bytes a block takes (typed arrays by length, strings by length: ids are ASCII). */
export function blockBytes(b: SearchBlock): number {
  let n = 0;
  for (const v of Object.values(b) as unknown[]) {
    if (ArrayBuffer.isView(v)) n += v.byteLength;
    else if (typeof v === 'string') n += v.length;
    else if (Array.isArray(v)) n += JSON.stringify(v).length;
  }
  return n;
}
