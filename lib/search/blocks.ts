/**
 * The search index as it is persisted: many small rows ("blocks") in one Dexie table, so that a
 * save rewrites only what changed and a cold start reads only what it needs. Binary parts are
 * typed arrays: IndexedDB's structured clone copies them as bytes, where JSON would parse.
 *
 * - `manifest`: what the other blocks are (one row; written last in the same transaction).
 * - `s<n>`: segment n's term dictionary (sorted terms, their document counts and byte ends).
 * - `s<n>.<k>`: chunk k of segment n's postings (loaded lazily, per query term).
 * - `d<k>`: documents k·DOC_BLOCK … (kind/advice/alive flags, length).
 * - `t<k>`: threads by ordinal k·THREAD_BLOCK … (id, stamp, highlights key, documents, site).
 * - `r<b>`: refs (what each document is) of the threads in hash bucket b, read for the threads a search shows.
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
 * highlight keys) and, inside a thread's list of highlight ids, by REF_SEP; a block falls back to
 * arrays when a value contains a separator.
 */
export interface ThreadsBlock {
  id: string;
  ids: string | string[];
  highlights: string | string[];
  stamps: Float64Array;
  first: Int32Array;
  count: Int32Array;
  site: Uint8Array;
  /** The ids of each thread's highlights (they are refs of its highlight documents). */
  hlIds: string | string[][];
}

/**
 * The refs (post, suggestion or highlight id per document, in document order) of the threads whose
 * id hashes to one bucket: read only for the threads a search shows, so a cold start does not
 * read half a million ids, and a bucket (not the whole table) is rewritten when a thread changes.
 * Lists joined by REF_SEP and threads by '\n', or arrays when a value contains a separator.
 */
export interface RefsBlock {
  id: string;
  ids: string | string[];
  refs: string | string[][];
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
  /** Ref per document; null until read from the store. */
  refs: readonly string[] | null;
  hlIds: readonly string[];
}

export const REF_SEP = '\u001f';

function joinOr(values: readonly string[], sep: string): string | string[] {
  return values.some((v) => v.includes(sep)) ? [...values] : values.join(sep);
}

function splitList(v: string, sep: string): string[] {
  return v === '' ? [] : v.split(sep);
}

/** The block for these thread ordinals (null: a free ordinal). */
export function threadsBlock(id: string, slots: readonly (ThreadSlot | null)[]): ThreadsBlock {
  const n = slots.length;
  const stamps = new Float64Array(n);
  const first = new Int32Array(n);
  const count = new Int32Array(n);
  const site = new Uint8Array(n);
  slots.forEach((s, i) => {
    count[i] = s ? s.count : -1;
    if (!s) return;
    stamps[i] = s.stamp;
    first[i] = s.first;
    site[i] = s.site;
  });
  const hl = slots.map((s) => s?.hlIds ?? []);
  const plainHl = hl.every((list) => list.every((h) => !h.includes(REF_SEP) && !h.includes('\n')));
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
    hlIds: plainHl ? hl.map((list) => list.join(REF_SEP)).join('\n') : hl.map((list) => [...list]),
  };
}

/** The slots of a block (refs not read yet); null when it does not hold `size` threads. */
export function readThreadsBlock(b: ThreadsBlock, size: number): (ThreadSlot | null)[] | null {
  const split = (v: string | string[]): string[] => (Array.isArray(v) ? v : v.split('\n'));
  const ids = split(b.ids);
  const highlights = split(b.highlights);
  const hlIds = Array.isArray(b.hlIds)
    ? b.hlIds
    : typeof b.hlIds === 'string'
      ? b.hlIds.split('\n').map((v) => splitList(v, REF_SEP))
      : [];
  const ok =
    ids.length === size &&
    highlights.length === size &&
    hlIds.length === size &&
    [b.stamps, b.first, b.count, b.site].every((a) => ArrayBuffer.isView(a) && a.length === size);
  if (!ok) return null;
  return ids.map((id, i) =>
    b.count[i]! < 0
      ? null
      : {
          id,
          stamp: b.stamps[i]!,
          highlights: highlights[i]!,
          first: b.first[i]!,
          count: b.count[i]!,
          site: b.site[i]!,
          refs: null,
          hlIds: hlIds[i]!,
        },
  );
}

export const REF_BUCKETS = 256;

/** The refs bucket of a thread (FNV-1a of its id). */
export function refsBucket(threadId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < threadId.length; i++) h = Math.imul(h ^ threadId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % REF_BUCKETS;
}

/** The block of one bucket's threads (their refs all in memory). */
export function refsBlock(bucket: number, slots: readonly ThreadSlot[]): RefsBlock {
  const lists = slots.map((s) => s.refs!);
  const plain =
    slots.every((s) => !s.id.includes('\n')) &&
    lists.every((l) => l.every((r) => !r.includes(REF_SEP) && !r.includes('\n')));
  return plain
    ? {
        id: refsId(bucket),
        ids: slots.map((s) => s.id).join('\n'),
        refs: lists.map((l) => l.join(REF_SEP)).join('\n'),
      }
    : { id: refsId(bucket), ids: slots.map((s) => s.id), refs: lists.map((l) => [...l]) };
}

/** Thread id → refs from a bucket's block; null when it does not parse. */
export function readRefsBlock(b: RefsBlock): Map<string, string[]> | null {
  const ids = Array.isArray(b.ids) ? b.ids : typeof b.ids === 'string' ? b.ids.split('\n') : null;
  const refs = Array.isArray(b.refs)
    ? b.refs
    : typeof b.refs === 'string'
      ? b.refs.split('\n').map((l) => l.split(REF_SEP))
      : null;
  if (!ids || !refs || ids.length !== refs.length) return null;
  return new Map(ids.map((id, i) => [id, refs[i]!] as const));
}

export type SearchBlock =
  ManifestBlock | DictionaryBlock | PostingsBlock | DocsBlock | ThreadsBlock | RefsBlock;

export const dictId = (n: number): string => `s${n}`;
export const chunkId = (n: number, k: number): string => `s${n}.${k}`;
export const docsId = (k: number): string => `d${k}`;
export const threadsId = (k: number): string => `t${k}`;
export const refsId = (bucket: number): string => `r${bucket}`;

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
