/**
 * An immutable slice of the inverted index: a sorted term dictionary and, per term, the
 * documents that contain it, delta- and varint-encoded in bytes. New documents go into a
 * `SegmentBuilder`; small segments are merged into larger ones (dropping deleted documents)
 * so that a query looks at a handful of segments, never at every save.
 *
 * A posting is one varint v = (docGap − 1)·2 + (tf > 1), followed by a varint tf when tf > 1:
 * most words occur once in a post, so most postings take one or two bytes.
 */
import { chunkId, dictId, type DictionaryBlock, type PostingsBlock } from './blocks';

/** Postings are cut into chunks of about this size (at term boundaries) for lazy loading. */
export const CHUNK_BYTES = 256 * 1024;

/** A growable byte buffer with varint writes. */
export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.bytes = new Uint8Array(capacity);
  }

  private grow(need: number): void {
    let cap = this.bytes.length * 2;
    while (cap < need) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  varint(v: number): void {
    if (this.length + 5 > this.bytes.length) this.grow(this.length + 5);
    const b = this.bytes;
    let p = this.length;
    while (v >= 0x80) {
      b[p++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    b[p++] = v;
    this.length = p;
  }
}

/** Receives the postings of one term, in document order. */
export type PostingVisitor = (doc: number, tf: number) => void;

/** Decodes `count` postings from `bytes[start…]`. */
export function decodePostings(bytes: Uint8Array, start: number, count: number, visit: PostingVisitor): void {
  let p = start;
  let doc = -1;
  for (let n = 0; n < count; n++) {
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
    visit(doc, tf);
  }
}

/** Encodes postings into a writer, keeping the previous document between calls. */
class PostingEncoder {
  prev = -1;
  count = 0;
  constructor(readonly out: ByteWriter) {}

  reset(): void {
    this.prev = -1;
    this.count = 0;
  }

  add(doc: number, tf: number): void {
    const gap = doc - this.prev - 1;
    this.prev = doc;
    this.count++;
    if (tf > 1) {
      this.out.varint(gap * 2 + 1);
      this.out.varint(tf);
    } else this.out.varint(gap * 2);
  }
}

/** A search needs blocks still in the store: read them (`attach`, `attachRefs`) and search again. */
export class MissingPostingsError extends Error {
  readonly blockIds: readonly string[];
  constructor(ids: string | readonly string[]) {
    const blockIds = typeof ids === 'string' ? [ids] : ids;
    super(`search index blocks not loaded: ${blockIds.join(', ')}`);
    this.blockIds = blockIds;
  }
}

export class CorruptIndexError extends Error {}

export class Segment {
  readonly n: number;
  readonly terms: readonly string[];
  readonly df: Uint32Array;
  readonly ends: Uint32Array;
  readonly chunkTerms: Uint32Array;
  /** Loaded chunks of postings (null: still in the store). */
  readonly chunks: (Uint8Array | null)[];
  /** Total postings (dead documents included). */
  readonly postings: number;
  private missing: number;

  constructor(
    n: number,
    terms: readonly string[],
    df: Uint32Array,
    ends: Uint32Array,
    chunkTerms: Uint32Array,
    chunks: (Uint8Array | null)[],
  ) {
    this.n = n;
    this.terms = terms;
    this.df = df;
    this.ends = ends;
    this.chunkTerms = chunkTerms;
    this.chunks = chunks;
    let total = 0;
    for (let i = 0; i < df.length; i++) total += df[i]!;
    this.postings = total;
    this.missing = chunks.reduce((k, c) => (c ? k : k + 1), 0);
  }

  get bytes(): number {
    return this.ends.length ? this.ends[this.ends.length - 1]! : 0;
  }

  get loaded(): boolean {
    return this.missing === 0;
  }

  /** Chunk that holds term i. */
  chunkOf(i: number): number {
    const ct = this.chunkTerms;
    let lo = 0;
    let hi = ct.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (ct[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private termStart(i: number): number {
    return i === 0 ? 0 : this.ends[i - 1]!;
  }

  private chunkRange(k: number): [number, number] {
    return [this.termStart(this.chunkTerms[k]!), this.termStart(this.chunkTerms[k + 1]!)];
  }

  /** Block id of the chunk holding term i, when it is not loaded yet. */
  missingFor(i: number): string | null {
    const k = this.chunkOf(i);
    return this.chunks[k] ? null : chunkId(this.n, k);
  }

  missingBlocks(): string[] {
    const out: string[] = [];
    this.chunks.forEach((c, k) => c || out.push(chunkId(this.n, k)));
    return out;
  }

  /** Attaches a chunk read from the store; false when it does not fit (a corrupt block). */
  attach(k: number, data: Uint8Array): boolean {
    if (k < 0 || k >= this.chunks.length) return false;
    const [a, b] = this.chunkRange(k);
    if (data.length !== b - a) return false;
    if (!this.chunks[k]) this.missing--;
    this.chunks[k] = data;
    return true;
  }

  /** The loaded bytes holding term i's postings, and where they start in them. */
  locate(i: number): [Uint8Array, number] {
    const k = this.chunkOf(i);
    const chunk = this.chunks[k];
    if (!chunk) throw new MissingPostingsError(chunkId(this.n, k));
    return [chunk, this.termStart(i) - this.termStart(this.chunkTerms[k]!)];
  }

  /** Visits term i's postings. */
  forEach(i: number, visit: PostingVisitor): void {
    const [chunk, start] = this.locate(i);
    decodePostings(chunk, start, this.df[i]!, visit);
  }

  dictionaryBlock(): DictionaryBlock {
    return {
      id: dictId(this.n),
      terms: this.terms.join('\n'),
      df: this.df,
      ends: this.ends,
      chunkTerms: this.chunkTerms,
    };
  }

  postingsBlocks(): PostingsBlock[] {
    return this.chunks.map((c, k) => {
      if (!c) throw new MissingPostingsError(chunkId(this.n, k));
      return { id: chunkId(this.n, k), data: c };
    });
  }

  /** A segment from its dictionary block, postings still unloaded. Throws when inconsistent. */
  static fromDictionary(n: number, block: DictionaryBlock, chunks: number): Segment {
    const terms = block.terms === '' ? [] : block.terms.split('\n');
    const { df, ends, chunkTerms } = block;
    const ok =
      df instanceof Uint32Array &&
      ends instanceof Uint32Array &&
      chunkTerms instanceof Uint32Array &&
      df.length === terms.length &&
      ends.length === terms.length &&
      chunkTerms.length === chunks + 1 &&
      chunkTerms[chunks] === terms.length;
    if (!ok) throw new CorruptIndexError(`dictionary ${block.id} does not match its manifest`);
    return new Segment(n, terms, df, ends, chunkTerms, new Array<Uint8Array | null>(chunks).fill(null));
  }
}

/**
 * Collects the postings of new documents (added in increasing id order) and freezes them into a
 * segment. Terms get small ids as they are first seen; postings go to typed arrays linked per
 * term, so adding half a million posts makes no garbage per posting.
 */
export class SegmentBuilder {
  private ids = new Map<string, number>();
  private terms: string[] = [];
  /** Per term: weighted count in the document being added, postings so far. */
  private tf = new Int32Array(1024);
  private df = new Int32Array(1024);
  // Postings in the order they were added: document, weighted count, term.
  private pDoc = new Int32Array(4096);
  private pTf = new Int32Array(4096);
  private pTerm = new Int32Array(4096);
  /** Terms of the document being added. */
  private current: number[] = [];
  postings = 0;
  docs = 0;

  get empty(): boolean {
    return this.docs === 0;
  }

  /** Counts one occurrence of `term` (with a weight) in the document being added. */
  count(term: string, weight: number): void {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      if (id >= this.tf.length) {
        this.tf = growTo(this.tf, id + 1);
        this.df = growTo(this.df, id + 1);
      }
    }
    if (this.tf[id] === 0) this.current.push(id);
    this.tf[id]! += weight;
  }

  /**
   * Ends the document being added as `doc` and returns its length (weighted term count).
   * `doc` must be above every document added before.
   */
  endDocument(doc: number): number {
    const cur = this.current;
    const need = this.postings + cur.length;
    if (need > this.pDoc.length) {
      this.pDoc = growTo(this.pDoc, need);
      this.pTf = growTo(this.pTf, need);
      this.pTerm = growTo(this.pTerm, need);
    }
    let len = 0;
    for (const id of cur) {
      const p = this.postings++;
      const tf = this.tf[id]!;
      len += tf;
      this.pDoc[p] = doc;
      this.pTf[p] = tf;
      this.pTerm[p] = id;
      this.df[id]!++;
      this.tf[id] = 0;
    }
    cur.length = 0;
    this.docs++;
    return len;
  }

  /** Freezes what was added into segment n, leaving postings of dead documents out. */
  build(n: number, alive: (doc: number) => boolean): Segment {
    const terms = this.terms;
    const order = terms.map((_, i) => i).sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
    // Counting sort of the postings by term, in sorted term order (stable: documents stay in order).
    const start = new Int32Array(terms.length);
    let at = 0;
    for (const id of order) {
      start[id] = at;
      at += this.df[id]!;
    }
    const sDoc = new Int32Array(this.postings);
    const sTf = new Int32Array(this.postings);
    for (let p = 0; p < this.postings; p++) {
      const id = this.pTerm[p]!;
      const to = start[id]!++;
      sDoc[to] = this.pDoc[p]!;
      sTf[to] = this.pTf[p]!;
    }
    const out = new SegmentWriter(n);
    let p = 0;
    for (const id of order) {
      out.startTerm();
      for (const end = p + this.df[id]!; p < end; p++) if (alive(sDoc[p]!)) out.add(sDoc[p]!, sTf[p]!);
      out.endTerm(terms[id]!);
    }
    this.ids = new Map();
    this.terms = [];
    this.df.fill(0);
    this.postings = 0;
    this.docs = 0;
    return out.finish();
  }
}

function growTo(a: Int32Array, need: number): Int32Array<ArrayBuffer> {
  let cap = a.length * 2;
  while (cap < need) cap *= 2;
  const next = new Int32Array(cap);
  next.set(a);
  return next;
}

/** Writes a segment term by term (terms in sorted order), cutting chunks as it goes. */
class SegmentWriter {
  private readonly terms: string[] = [];
  private df: number[] = [];
  private ends: number[] = [];
  private readonly chunkTerms: number[] = [0];
  private readonly chunks: Uint8Array[] = [];
  private w = new ByteWriter(64 * 1024);
  private readonly enc = new PostingEncoder(this.w);
  /** Bytes of the segment written in earlier chunks. */
  private base = 0;

  constructor(private readonly n: number) {}

  startTerm(): void {
    this.enc.reset();
  }

  add(doc: number, tf: number): void {
    this.enc.add(doc, tf);
  }

  /** Ends a term; a term whose documents are all gone is left out. */
  endTerm(term: string): void {
    if (this.enc.count === 0) return;
    this.terms.push(term);
    this.df.push(this.enc.count);
    this.ends.push(this.base + this.w.length);
    if (this.w.length >= CHUNK_BYTES) this.cut();
  }

  private cut(): void {
    this.chunks.push(this.w.bytes.slice(0, this.w.length));
    this.base += this.w.length;
    this.chunkTerms.push(this.terms.length);
    this.w.length = 0;
  }

  finish(): Segment {
    if (this.w.length > 0 || this.chunks.length === 0) this.cut();
    return new Segment(
      this.n,
      this.terms,
      Uint32Array.from(this.df),
      Uint32Array.from(this.ends),
      Uint32Array.from(this.chunkTerms),
      this.chunks,
    );
  }
}

/**
 * Merges loaded segments (oldest first; each one's documents all precede the next one's) into
 * segment n, keeping live documents only and renumbering them through `remap` when given
 * (increasing, so postings stay in order).
 */
export function mergeSegments(
  n: number,
  segments: readonly Segment[],
  alive: (doc: number) => boolean,
  remap?: Int32Array,
): Segment {
  const out = new SegmentWriter(n);
  const pos = segments.map(() => 0);
  const add = remap
    ? (doc: number, tf: number): void => {
        if (alive(doc)) out.add(remap[doc]!, tf);
      }
    : (doc: number, tf: number): void => {
        if (alive(doc)) out.add(doc, tf);
      };
  for (;;) {
    let term: string | null = null;
    for (let s = 0; s < segments.length; s++) {
      const t = segments[s]!.terms[pos[s]!];
      if (t !== undefined && (term === null || t < term)) term = t;
    }
    if (term === null) break;
    out.startTerm();
    for (let s = 0; s < segments.length; s++) {
      const seg = segments[s]!;
      if (seg.terms[pos[s]!] === term) {
        seg.forEach(pos[s]!, add);
        pos[s]!++;
      }
    }
    out.endTerm(term);
  }
  return out.finish();
}
