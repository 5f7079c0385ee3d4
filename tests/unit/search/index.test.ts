import { describe, expect, it } from 'vitest';
import { headBlockIds, SearchEngine } from '@/lib/search/engine';
import {
  refsBucket,
  refsId,
  type ManifestBlock,
  type PostingsBlock,
  type RefsBlock,
  type SearchBlock,
} from '@/lib/search/blocks';
import type { DocDraft } from '@/lib/search/documents';
import { CorruptIndexError, MissingPostingsError } from '@/lib/search/segment';
import { docsOf, libraryQueries, makeLibrary } from '../../bench/generate';

const answer = (t: string, r: string, text: string, extra: Partial<DocDraft> = {}): DocDraft => ({
  t,
  k: 'answer',
  r,
  s: 'metafilter',
  a: 0,
  text,
  ...extra,
});

const refs = (e: SearchEngine, q: string, f = {}): string[] =>
  e.search(q, f).map((h) => `${h.kind}:${h.ref}`);

/** A store of blocks, as IndexedDB would keep them (copied by structured clone both ways). */
class BlockStore {
  readonly rows = new Map<string, SearchBlock>();

  save(e: SearchEngine): { put: string[]; del: string[] } {
    const changes = e.changes();
    for (const id of changes.del) this.rows.delete(id);
    for (const b of changes.put) this.rows.set(b.id, structuredClone(b));
    e.saved(changes);
    return { put: changes.put.map((b) => b.id), del: changes.del };
  }

  load(postings = true): SearchEngine {
    const manifest = structuredClone(this.rows.get('manifest')) as ManifestBlock;
    const head = new Map(
      headBlockIds(manifest).map((id) => [id, structuredClone(this.rows.get(id)!)] as const),
    );
    const e = SearchEngine.load(manifest, head)!;
    if (postings) {
      for (const id of e.unloadedBlocks()) this.attach(e, id);
      for (const id of e.unloadedRefs()) e.attachRefs(structuredClone(this.rows.get(id)) as RefsBlock);
    }
    return e;
  }

  attach(e: SearchEngine, id: string): boolean {
    return e.attach(id, structuredClone((this.rows.get(id) as PostingsBlock).data));
  }
}

function library(threads: number) {
  const { library: l, threads: list } = makeLibrary(threads, 3);
  const e = SearchEngine.empty();
  for (const t of list) e.replaceThread(t.thread.id, 1, '', docsOf(t));
  return { e, list, queries: libraryQueries(l, list, 60) };
}

describe('the index: threads in and out', () => {
  it('replaces every document of a thread, and removes them all', () => {
    const e = SearchEngine.empty();
    e.replaceThread('t1', 1, '', [answer('t1', 'a', 'sourdough starter in the fridge')]);
    e.replaceThread('t2', 1, '', [answer('t2', 'b', 'bicycle chain wax')]);
    expect(refs(e, 'fridge')).toEqual(['answer:a']);
    e.replaceThread('t1', 2, 'h', [
      answer('t1', 'a', 'starter in a cooler bag'),
      answer('t1', 'c', 'dried flakes of starter'),
    ]);
    expect(refs(e, 'fridge')).toEqual([]);
    expect(refs(e, 'cooler')).toEqual(['answer:a']);
    expect(refs(e, 'starter').sort()).toEqual(['answer:a', 'answer:c']);
    expect(e.entry('t1')).toEqual({ stamp: 2, highlights: 'h' });
    expect(e.documentCount).toBe(3);
    e.removeThread('t1');
    expect(refs(e, 'starter')).toEqual([]);
    expect(e.entry('t1')).toBeUndefined();
    expect(e.threadIds()).toEqual(['t2']);
    expect(e.documentCount).toBe(1);
    expect(e.stats().deadDocuments).toBe(3);
  });

  it('says which highlights it holds and the newest stamp', () => {
    const e = SearchEngine.empty();
    e.replaceThread('t1', 5, 'k', [
      answer('t1', 'p1', 'water the fern'),
      { t: 't1', k: 'highlight', r: 'h1', s: 'metafilter', a: 0, text: 'the fern' },
    ]);
    e.replaceThread('t2', 9, '', [answer('t2', 'p2', 'oil the chain')]);
    expect([...e.indexedHighlights()]).toEqual([['h1', 't1']]);
    expect(e.newestStamp()).toBe(9);
  });
});

describe('ranking', () => {
  const e = SearchEngine.empty();
  e.replaceThread('t1', 1, '', [
    {
      t: 't1',
      k: 'question',
      r: 'q',
      s: 'metafilter',
      a: 0,
      title: 'Repotting a fern',
      text: 'How and when?',
    },
    answer('t1', 'long', `I repotted mine once. ${'Other things happened over the years. '.repeat(8)}`),
    answer('t1', 'twice', 'Repotted in spring, repotted again in autumn.'),
    answer('t1', 'once', 'Repotted in spring.'),
    answer('t1', 'prefix', 'Repotting soil matters.'),
    answer('t1', 'typo', 'Reposted the photos.'),
  ]);

  it('puts a title match first, then more and denser matches', () => {
    expect(refs(e, 'fern')[0]).toBe('question:q');
    const r = refs(e, 'repotted');
    expect(r.indexOf('answer:twice')).toBeLessThan(r.indexOf('answer:once'));
    expect(r.indexOf('answer:once')).toBeLessThan(r.indexOf('answer:long'));
  });

  it('ranks the word as typed above a longer word it begins, and above a typo', () => {
    const r = refs(e, 'repotted');
    expect(r).toContain('answer:typo');
    expect(r.indexOf('answer:once')).toBeLessThan(r.indexOf('answer:typo'));
    const p = refs(e, 'repott');
    expect(p).toContain('answer:prefix');
    expect(refs(e, 'repotting')[0]).toBe('question:q');
  });

  it('puts documents with every word first, and falls back to any word', () => {
    expect(refs(e, 'repotted spring').sort()).toEqual(['answer:once', 'answer:twice']);
    expect(refs(e, 'photos autumn').sort()).toEqual(['answer:twice', 'answer:typo']);
  });

  it('expands only the last word as a prefix, from its third letter', () => {
    expect(refs(e, 're')).toEqual([]);
    expect(refs(e, 'rep').length).toBeGreaterThan(0);
    expect(refs(e, 'rep spring')).toEqual(refs(e, 'spring'));
  });
});

describe('persistence', () => {
  it('answers exactly as before after a round trip through its blocks', () => {
    const { e, queries } = library(40);
    const before = queries.map((q) => e.search(q, {}, 20));
    const store = new BlockStore();
    store.save(e);
    const again = store.load();
    expect(queries.map((q) => again.search(q, {}, 20))).toEqual(before);
    expect(again.stats()).toEqual(e.stats());
    expect(before.flat().length).toBeGreaterThan(100);
  });

  it('writes only what changed when a thread is added or removed', () => {
    const { e, list, queries } = library(40);
    const store = new BlockStore();
    const first = store.save(e);
    const postings = first.put.filter((id) => /^s\d+\.\d+$/.test(id));
    expect(postings.length).toBeGreaterThan(0);

    const extra = makeLibrary(41, 3).threads[40]!;
    e.replaceThread(extra.thread.id, 2, '', docsOf(extra));
    e.removeThread(list[3]!.thread.id);
    const second = store.save(e);
    // The new thread's own small segment, the refs buckets of both threads, one document block,
    // one thread block and the manifest.
    expect(second.put.filter((id) => postings.includes(id))).toEqual([]);
    expect(second.put.length).toBeLessThanOrEqual(8);
    expect(second.put).toContain(refsId(refsBucket(extra.thread.id)));
    // (The removed thread's bucket goes when it was alone in it.)
    expect(second.del.every((id) => id === refsId(refsBucket(list[3]!.thread.id)))).toBe(true);

    const reloaded = store.load();
    for (const q of queries) expect(reloaded.search(q, {}, 20)).toEqual(e.search(q, {}, 20));
    expect(reloaded.entry(list[3]!.thread.id)).toBeUndefined();
    expect(reloaded.entry(extra.thread.id)).toEqual({ stamp: 2, highlights: '' });
  });

  it('writes again what a failed save covered, and what changed while a save was written', () => {
    const { e } = library(5);
    const store = new BlockStore();
    store.save(e);
    e.replaceThread('extra', 3, '', [answer('extra', 'x', 'a kettle full of limescale')]);
    const failed = e.changes();
    e.unsaved(failed);
    const retry = e.changes().put.map((b) => b.id);
    expect(retry).toEqual(expect.arrayContaining(['d0', 't0', 'manifest']));
    e.saved(failed);

    const writing = e.changes();
    // Saved while the write is under way: the same blocks are marked again.
    e.removeThread('extra');
    e.saved(writing);
    expect(e.dirty).toBe(true);
    expect(e.changes().put.map((b) => b.id)).toEqual(expect.arrayContaining(['d0', 't0']));
  });

  it('reads a refs bucket before writing it again, keeping the refs of the other threads in it', () => {
    const { e, list } = library(20);
    const store = new BlockStore();
    store.save(e);
    const cold = store.load(false);
    // A new thread that hashes to the bucket of a thread already stored.
    const bucket = refsBucket(list[0]!.thread.id);
    let id = 'new:0';
    for (let i = 1; refsBucket(id) !== bucket; i++) id = `new:${i}`;
    cold.replaceThread(id, 9, '', [answer(id, 'n1', 'a brand new answer')]);
    expect(cold.refsToSave()).toEqual([refsId(bucket)]);
    // Not read yet: the save leaves the bucket for later rather than write it without the others.
    store.save(cold);
    expect(cold.dirty).toBe(true);
    expect(cold.attachRefs(structuredClone(store.rows.get(refsId(bucket))) as RefsBlock)).toBe(true);
    store.save(cold);
    expect(cold.dirty).toBe(false);
    const again = store.load();
    expect(again.search('brand').map((h) => h.ref)).toEqual(['n1']);
    const old = list[0]!;
    const q = old.thread.answers[0]!.text.split(' ')[2]!;
    expect(again.search(q, {}, 200).some((h) => h.threadId === old.thread.id)).toBe(true);
  });

  it('loads postings and refs lazily: a query says which blocks it needs', () => {
    const { e, queries } = library(40);
    const store = new BlockStore();
    store.save(e);
    const cold = store.load(false);
    const q = queries.find((x) => e.search(x).length > 0)!;
    expect(() => cold.search(q)).toThrow(MissingPostingsError);
    const need = cold.missingBlocks(q);
    expect(need.length).toBeGreaterThan(0);
    expect(need.length).toBeLessThan(cold.unloadedBlocks().length + 1);
    for (const id of need) expect(store.attach(cold, id)).toBe(true);
    // Then the refs of the threads it shows, and no others.
    let refsNeeded: readonly string[] = [];
    try {
      cold.search(q);
    } catch (err) {
      refsNeeded = (err as MissingPostingsError).blockIds;
    }
    const shown = [...new Set(e.search(q).map((h) => refsId(refsBucket(h.threadId))))];
    expect([...refsNeeded].sort()).toEqual(shown.sort());
    for (const id of refsNeeded)
      expect(cold.attachRefs(structuredClone(store.rows.get(id)) as RefsBlock)).toBe(true);
    expect(cold.search(q)).toEqual(e.search(q));
    // A failed search leaves nothing behind: the next one is right.
    const other = queries.find((x) => cold.missingBlocks(x).length > 0);
    if (other) expect(() => cold.search(other)).toThrow(MissingPostingsError);
    expect(cold.search(q)).toEqual(e.search(q));
  });

  it('refuses blocks that do not fit, and an index of another schema', () => {
    const { e } = library(5);
    const store = new BlockStore();
    store.save(e);
    const manifest = store.rows.get('manifest') as ManifestBlock;
    const head = (): Map<string, SearchBlock> =>
      new Map(headBlockIds(manifest).map((id) => [id, structuredClone(store.rows.get(id)!)] as const));

    const missing = head();
    missing.delete('t0');
    expect(() => SearchEngine.load(manifest, missing)).toThrow(CorruptIndexError);

    const short = head();
    const docs = short.get('d0') as { info: Uint8Array };
    docs.info = docs.info.slice(1);
    expect(() => SearchEngine.load(manifest, short)).toThrow(CorruptIndexError);

    expect(SearchEngine.load({ ...manifest, schema: manifest.schema - 1 }, head())).toBeNull();

    const cold = SearchEngine.load(manifest, head())!;
    const id = cold.unloadedBlocks()[0]!;
    expect(cold.attach(id, new Uint8Array(3))).toBe(false);
    expect(cold.attach('s999.0', new Uint8Array(3))).toBe(false);
    const refs = [...store.rows.keys()].find((k) => /^r\d+$/.test(k))!;
    const ids = (store.rows.get(refs) as RefsBlock).ids;
    expect(cold.attachRefs({ id: refs, ids, refs: 'one\u001ftwo' })).toBe(false);
    expect(cold.attachRefs(structuredClone(store.rows.get(refs)) as RefsBlock)).toBe(true);
  });
});

describe('merges and compaction', () => {
  it('keep a handful of segments as threads arrive one by one, answering the same', () => {
    const { threads: list } = makeLibrary(60, 5);
    const e = SearchEngine.empty();
    const whole = SearchEngine.empty();
    for (const t of list) {
      e.replaceThread(t.thread.id, 1, '', docsOf(t));
      whole.replaceThread(t.thread.id, 1, '', docsOf(t));
      // A search freezes what was added into a segment of its own.
      e.search('warm');
    }
    expect(e.stats().segments).toBeLessThanOrEqual(8);
    const qs = libraryQueries(makeLibrary(60, 5).library, list, 40);
    for (const q of qs) expect(e.search(q, {}, 10)).toEqual(whole.search(q, {}, 10));
  });

  it('compact away removed documents, answering as an index built afresh would', () => {
    const { e, list, queries } = library(40);
    const store = new BlockStore();
    store.save(e);
    for (const t of list.slice(0, 25)) e.removeThread(t.thread.id);
    const live = list.slice(25);
    const fresh = SearchEngine.empty();
    for (const t of live) fresh.replaceThread(t.thread.id, 1, '', docsOf(t));
    const expected = queries.map((q) => fresh.search(q, {}, 20));
    // Before compaction the removed documents are only flagged: never found, though still counted.
    for (const q of queries)
      expect(e.search(q, {}, 50).every((h) => live.some((t) => t.thread.id === h.threadId))).toBe(true);
    e.compact();
    expect(e.stats().deadDocuments).toBe(0);
    expect(e.stats().segments).toBe(1);
    expect(queries.map((q) => e.search(q, {}, 20))).toEqual(expected);

    const saved = store.save(e);
    expect(saved.del.length).toBeGreaterThan(0);
    // Nothing of the old segments is left in the store.
    const manifest = store.rows.get('manifest') as ManifestBlock;
    const wanted = manifest.segments.flatMap(({ n, chunks }) => [
      `s${n}`,
      ...Array.from({ length: chunks }, (_, k) => `s${n}.${k}`),
    ]);
    expect([...store.rows.keys()].filter((id) => id.startsWith('s')).sort()).toEqual(wanted.sort());
    const reloaded = store.load();
    expect(queries.map((q) => reloaded.search(q, {}, 20))).toEqual(expected);
    expect(reloaded.threadIds().sort()).toEqual(live.map((t) => t.thread.id).sort());
  });
});
