/**
 * Keeps the search engine in step with the Dexie store, one thread at a time, and persists it
 * (schema v3's `searchBlocks` table) a moment after the last change: only the blocks that
 * changed are written, in one transaction. A cold start reads the manifest, the term
 * dictionaries and the document and thread tables, answers the first query with the postings it
 * needs, then loads the rest in the background. A missing or corrupt index is rebuilt from the
 * store (which is never touched here).
 */
import Dexie from 'dexie';
import type { Highlight, Suggestion, Thread } from '../model';
import type { PostRecord, ThreadRecord, ThreadwiseDB } from '../db/database';
import type { ManifestBlock, SearchBlock } from './blocks';
import { highlightsKey, threadDocuments } from './documents';
import { headBlockIds, INDEX_SCHEMA, SearchEngine } from './engine';
import { MissingPostingsError } from './segment';
import type { SearchFilters, SearchHit } from './types';

/**
 * Writes wait this long for more changes, so a burst of saves writes once. If the worker stops
 * first, the next start catches up from the store thread by thread (see quickCatchUp): nothing is lost.
 */
const PERSIST_DELAY_MS = 2_000;
/** After the first search, the postings not yet needed load this long after, a few blocks at a time. */
const PREFETCH_DELAY_MS = 1_000;
const PREFETCH_BATCH = 8;
const REFS_BATCH = 500;
/** Threads re-read from the store per transaction when catching up, and when rebuilding. */
const CATCH_UP_BATCH = 100;
const REBUILD_PAGE = 200;

interface State {
  engine: SearchEngine;
  timer: ReturnType<typeof setTimeout> | null;
  /** Serialises changes to the engine. */
  queue: Promise<unknown>;
  /** Serialises saves. */
  persisting: Promise<unknown>;
  /** The table holds blocks of another index (old schema, corrupt): clear it on the next save. */
  clearOnSave: boolean;
  prefetch: Promise<void> | null;
  prefetchTimer: ReturnType<typeof setTimeout> | null;
  /** A cold start's quick catch-up still waits for the full comparison with the store. */
  unverified: boolean;
  rebuilding: Promise<void> | null;
  closed: boolean;
}

const states = new WeakMap<ThreadwiseDB, Promise<State>>();

interface StoredThread {
  record: ThreadRecord;
  posts: PostRecord[];
  suggestions: Suggestion[];
  highlights: Highlight[];
}

/** A thread's posts: one key range (the primary key starts with the thread id), read in one go. */
function postsOf(db: ThreadwiseDB, id: string): Promise<PostRecord[]> {
  return db.posts.where(':id').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true).toArray();
}

function assemble(
  records: readonly (ThreadRecord | undefined)[],
  posts: readonly PostRecord[],
  analyses: readonly ({ threadId: string; suggestions: Suggestion[] } | undefined)[],
  highlights: readonly Highlight[],
): Map<string, StoredThread> {
  const out = new Map<string, StoredThread>();
  const suggestions = new Map(analyses.flatMap((a) => (a ? [[a.threadId, a.suggestions] as const] : [])));
  for (const record of records)
    if (record)
      out.set(record.id, {
        record,
        posts: [],
        suggestions: suggestions.get(record.id) ?? [],
        highlights: [],
      });
  for (const p of posts) out.get(p.threadId)?.posts.push(p);
  for (const h of highlights) out.get(h.threadId)?.highlights.push(h);
  for (const t of out.values()) t.posts.sort((a, b) => a.order - b.order);
  return out;
}

/** Reads threads with their answers, suggestions and highlights, in one read transaction. */
async function readThreads(db: ThreadwiseDB, ids: readonly string[]): Promise<Map<string, StoredThread>> {
  const [records, posts, analyses, highlights] = await db.transaction(
    'r',
    [db.threads, db.posts, db.analyses, db.highlights],
    () =>
      Promise.all([
        db.threads.bulkGet([...ids]),
        Promise.all(ids.map((id) => postsOf(db, id))).then((lists) => lists.flat()),
        db.analyses.bulkGet([...ids]),
        db.highlights
          .where('threadId')
          .anyOf([...ids])
          .toArray(),
      ]),
  );
  return assemble(records, posts, analyses, highlights);
}

function indexStored(engine: SearchEngine, t: StoredThread): void {
  const { record } = t;
  const docs = threadDocuments({
    id: record.id,
    site: record.site,
    title: record.title,
    question: record.question,
    answers: t.posts,
    suggestions: t.suggestions,
    highlights: t.highlights,
  });
  engine.replaceThread(record.id, record.updatedAt, highlightsKey(t.highlights.map((h) => h.id)), docs);
}

/** Builds threads' documents from what is stored (answers kept from earlier visits included). */
async function reindexFromStore(
  db: ThreadwiseDB,
  engine: SearchEngine,
  ids: readonly string[],
): Promise<void> {
  const stored = await readThreads(db, ids);
  for (const id of ids) {
    const t = stored.get(id);
    if (t) indexStored(engine, t);
    else engine.removeThread(id);
  }
}

/**
 * Indexes the whole store into an empty engine: threads a page at a time in key order, with their
 * posts read as one key range per page (the posts' keys start with the thread id), which reads
 * half a million posts far faster than thread by thread.
 */
async function indexWholeStore(db: ThreadwiseDB, engine: SearchEngine): Promise<void> {
  const highlights = await db.highlights.toArray();
  let after: string | null = null;
  for (;;) {
    const from: string | null = after;
    interface Page {
      records: ThreadRecord[];
      posts: PostRecord[];
      analyses: { threadId: string; suggestions: Suggestion[] }[];
      last: string;
    }
    const page: Page | null = await db.transaction('r', [db.threads, db.posts, db.analyses], async () => {
      const records: ThreadRecord[] = await (
        from === null ? db.threads.orderBy(':id') : db.threads.where(':id').above(from)
      )
        .limit(REBUILD_PAGE)
        .toArray();
      if (records.length === 0) return null;
      const first = records[0]!.id;
      const last = records[records.length - 1]!.id;
      const [posts, analyses] = await Promise.all([
        db.posts.where(':id').between([first, Dexie.minKey], [last, Dexie.maxKey], true, true).toArray(),
        db.analyses.where(':id').between(first, last, true, true).toArray(),
      ]);
      return { records, posts, analyses, last };
    });
    if (!page) return;
    const stored = assemble(page.records, page.posts, page.analyses, highlights);
    for (const t of stored.values()) indexStored(engine, t);
    after = page.last;
  }
}

/** Re-indexes these threads from the store, a batch per read transaction. */
async function reindexAll(db: ThreadwiseDB, engine: SearchEngine, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CATCH_UP_BATCH)
    await reindexFromStore(db, engine, ids.slice(i, i + CATCH_UP_BATCH));
}

/** Every thread's key and stamp and every highlight's thread: what the full catch-up compares. */
interface AllKeys {
  ids: string[];
  stamps: number[];
  highlights: Map<string, string[]>;
}

/** Reads every thread's key and stamp with cursors: a second for 10,000 threads, so never in the queue. */
async function readAllKeys(db: ThreadwiseDB): Promise<AllKeys> {
  const [ids, stamps, hlThreads, hlIds] = await db.transaction('r', [db.threads, db.highlights], () =>
    Promise.all([
      db.threads.orderBy('updatedAt').primaryKeys(),
      db.threads.orderBy('updatedAt').keys(),
      db.highlights.orderBy('threadId').keys(),
      db.highlights.orderBy('threadId').primaryKeys(),
    ]),
  );
  const highlights = new Map<string, string[]>();
  hlThreads.forEach((t, i) => {
    const list = highlights.get(String(t));
    if (list) list.push(hlIds[i]!);
    else highlights.set(String(t), [hlIds[i]!]);
  });
  return { ids, stamps: stamps as number[], highlights };
}

/**
 * Brings an index up to date with what the store says, comparing every thread's stamp and
 * highlights: only threads that changed, appeared or vanished are re-read. The keys may be a
 * moment old: a thread indexed since is at worst re-read, and one that seems gone is removed
 * only when the store confirms it.
 */
async function catchUpWith(db: ThreadwiseDB, engine: SearchEngine, keys: AllKeys): Promise<boolean> {
  const live = new Set<string>();
  const stale: string[] = [];
  keys.ids.forEach((id, i) => {
    live.add(id);
    const entry = engine.entry(id);
    const hl = highlightsKey(keys.highlights.get(id) ?? []);
    if (!entry || entry.stamp !== keys.stamps[i] || entry.highlights !== hl) stale.push(id);
  });
  await reindexAll(db, engine, stale);
  const gone = engine.threadIds().filter((id) => !live.has(id));
  if (gone.length > 0) {
    const still = await db.threads.bulkGet(gone);
    gone.forEach((id, i) => still[i] || engine.removeThread(id));
  }
  return stale.length > 0 || gone.length > 0;
}

/** What the cold start's catch-up reads: keys, and the few threads saved since `newest`. */
interface StoreKeys {
  ids: string[];
  recent: (readonly [string, number])[];
  hlIds: string[];
}

function readStoreKeys(db: ThreadwiseDB, newest: number): Promise<StoreKeys> {
  return db.transaction('r', [db.threads, db.highlights], async () => {
    const [ids, recent, hlIds] = await Promise.all([
      db.threads.toCollection().primaryKeys(),
      db.threads
        .where('updatedAt')
        .aboveOrEqual(newest)
        .toArray((rows) => rows.map((r) => [r.id, r.updatedAt] as const)),
      db.highlights.toCollection().primaryKeys(),
    ]);
    return { ids, recent, hlIds };
  });
}

/**
 * The cold start's catch-up, from keys only (no cursor): threads saved at or after the newest
 * stamp the index knows, threads and highlights that appeared or vanished. Misses only a thread
 * changed with an older stamp (an import of older data), which `catchUpWith` finds after the first search.
 */
async function quickCatchUp(db: ThreadwiseDB, engine: SearchEngine, keys: StoreKeys): Promise<boolean> {
  const { ids, recent, hlIds } = keys;
  const stale = new Set<string>();
  const live = new Set(ids);
  for (const id of ids) if (!engine.entry(id)) stale.add(id);
  for (const [id, stamp] of recent) if (engine.entry(id)?.stamp !== stamp) stale.add(id);
  const known = engine.indexedHighlights();
  const liveHl = new Set(hlIds);
  for (const [h, t] of known) if (!liveHl.has(h)) stale.add(t);
  const added = hlIds.filter((h) => !known.has(h));
  if (added.length > 0) for (const h of await db.highlights.bulkGet(added)) if (h) stale.add(h.threadId);
  await reindexAll(db, engine, [...stale]);
  let changed = stale.size > 0;
  for (const id of engine.threadIds()) {
    if (!live.has(id)) {
      engine.removeThread(id);
      changed = true;
    }
  }
  return changed;
}

/**
 * The persisted index without its postings, and the store's keys to catch it up with (read at
 * the same time), or null when there is no index (or not of this schema).
 */
async function loadEngine(db: ThreadwiseDB): Promise<{ engine: SearchEngine; keys: StoreKeys } | null> {
  const manifest = (await db.searchBlocks.get('manifest')) as ManifestBlock | undefined;
  if (!manifest || manifest.schema !== INDEX_SCHEMA) return null;
  const ids = headBlockIds(manifest);
  const [rows, keys] = await Promise.all([
    db.searchBlocks.bulkGet(ids),
    readStoreKeys(db, typeof manifest.newest === 'number' ? manifest.newest : -Infinity),
  ]);
  const blocks = new Map<string, SearchBlock>();
  rows.forEach((r, i) => r && blocks.set(ids[i]!, r));
  const engine = SearchEngine.load(manifest, blocks);
  return engine && { engine, keys };
}

async function open(db: ThreadwiseDB): Promise<State> {
  let loaded: Awaited<ReturnType<typeof loadEngine>> = null;
  try {
    loaded = await loadEngine(db);
  } catch (e) {
    // A corrupt index is rebuilt from the store; a closed database is the caller's problem.
    if (db.hasBeenClosed()) throw e;
  }
  const engine = loaded?.engine ?? null;
  const state: State = {
    engine: engine ?? SearchEngine.empty(),
    timer: null,
    queue: Promise.resolve(),
    persisting: Promise.resolve(),
    clearOnSave: engine === null,
    prefetch: null,
    prefetchTimer: null,
    unverified: loaded !== null,
    rebuilding: null,
    closed: false,
  };
  let changed = true;
  if (loaded) changed = await quickCatchUp(db, loaded.engine, loaded.keys);
  else await indexWholeStore(db, state.engine);
  if (changed || engine === null) schedulePersist(db, state);
  return state;
}

/**
 * After the library's first search (not on every start of the worker, which mostly saves a
 * thread): the rest of the postings, so that the next searches read nothing, then the full
 * comparison with the store.
 */
function scheduleSettle(db: ThreadwiseDB, s: State): void {
  if (s.prefetchTimer !== null || s.prefetch !== null) return;
  if (!s.unverified && s.engine.unloadedBlocks().length === 0) return;
  s.prefetchTimer = setTimeout(() => {
    s.prefetchTimer = null;
    void settle(db, s).catch(() => undefined);
  }, PREFETCH_DELAY_MS);
}

/** The cold start's background work: every postings block, then the full catch-up. */
async function settle(db: ThreadwiseDB, s: State): Promise<void> {
  if (s.prefetchTimer !== null) clearTimeout(s.prefetchTimer);
  s.prefetchTimer = null;
  await prefetch(db, s);
  if (s.closed || !s.unverified) return;
  // The reads stay out of the queue: searches meanwhile do not wait for them.
  const keys = await readAllKeys(db);
  await enqueue(s, async () => {
    if (s.closed || !s.unverified) return;
    s.unverified = false;
    if (await catchUpWith(db, s.engine, keys)) schedulePersist(db, s);
  });
}

function state(db: ThreadwiseDB): Promise<State> {
  let s = states.get(db);
  if (!s) {
    s = open(db);
    // A failed open (e.g. the database was closed) is retried on the next call.
    s.catch(() => states.delete(db));
    states.set(db, s);
  }
  return s;
}

/**
 * Starts over from the store: the persisted index is missing blocks or has blocks that do not
 * fit. The old engine keeps answering until the new one is complete; callers that found the
 * same fault share one rebuild.
 */
function rebuild(db: ThreadwiseDB, s: State, broken: SearchEngine): Promise<void> {
  if (s.engine !== broken) return s.queue.then(() => undefined);
  s.rebuilding ??= enqueue(s, async () => {
    const fresh = SearchEngine.empty();
    await indexWholeStore(db, fresh);
    s.engine = fresh;
    s.clearOnSave = true;
    s.unverified = false;
    schedulePersist(db, s);
  }).finally(() => {
    s.rebuilding = null;
  });
  return s.rebuilding;
}

/** Reads postings and refs blocks into the engine; false when one is missing or does not fit. */
async function attachBlocks(
  db: ThreadwiseDB,
  engine: SearchEngine,
  ids: readonly string[],
): Promise<boolean> {
  const rows = await db.searchBlocks.bulkGet([...ids]);
  let ok = true;
  rows.forEach((r, i) => {
    const fits =
      r !== undefined && ('refs' in r ? engine.attachRefs(r) : 'data' in r && engine.attach(ids[i]!, r.data));
    if (!fits) ok = false;
  });
  return ok;
}

/** Loads every postings and refs block still in the store, a few at a time, off the search path. */
function prefetch(db: ThreadwiseDB, s: State): Promise<void> {
  s.prefetch ??= (async () => {
    for (;;) {
      if (s.closed) return;
      const engine = s.engine;
      // Postings a few chunks at a time, then the threads' refs (small) in hundreds.
      const postings = engine.unloadedBlocks();
      const ids =
        postings.length > 0 ? postings.slice(0, PREFETCH_BATCH) : engine.unloadedRefs().slice(0, REFS_BATCH);
      if (ids.length === 0) break;
      if (!(await attachBlocks(db, engine, ids))) await rebuild(db, s, engine);
      await new Promise((ok) => setTimeout(ok, 0));
    }
    // Merges and compaction wait for every block: do them with the next save.
    if (s.engine.needsCompaction || s.engine.dirty) schedulePersist(db, s);
  })().finally(() => {
    s.prefetch = null;
  });
  return s.prefetch;
}

/**
 * Writes what changed, in one transaction. Merges and the choice of blocks run in the queue;
 * the write itself does not, so searches never wait for it (what changes meanwhile is written
 * next time). Saves run one at a time.
 */
function persist(db: ThreadwiseDB, s: State): Promise<void> {
  const run = async (): Promise<void> => {
    if (s.closed) return;
    // Segments written by earlier workers are merged too: load what the due merges need.
    const engine = s.engine;
    // And the refs buckets of changed threads, read before they are written again.
    const need = [...engine.maintenanceBlocks(), ...engine.refsToSave()];
    if (need.length > 0 && !(await attachBlocks(db, engine, need))) {
      await rebuild(db, s, engine);
      return;
    }
    const job = await enqueue(s, async () => {
      const e = s.engine;
      e.maintain();
      if (!e.dirty && !s.clearOnSave) return null;
      return { engine: e, changes: e.changes(), clear: s.clearOnSave };
    });
    if (!job || s.closed) return;
    const { engine: e, changes, clear } = job;
    try {
      await db.transaction('rw', db.searchBlocks, async () => {
        if (clear) await db.searchBlocks.clear();
        else await db.searchBlocks.bulkDelete(changes.del);
        await db.searchBlocks.bulkPut(changes.put);
      });
    } catch (err) {
      e.unsaved(changes);
      throw err;
    }
    e.saved(changes);
    if (clear && e === s.engine) s.clearOnSave = false;
    // A bucket changed while its refs were being read is written next time.
    if (e.dirty && e === s.engine) schedulePersist(db, s);
  };
  const next = s.persisting.then(run, run);
  s.persisting = next.catch(() => undefined);
  return next;
}

function schedulePersist(db: ThreadwiseDB, s: State): void {
  if (s.timer !== null) clearTimeout(s.timer);
  s.timer = setTimeout(() => {
    s.timer = null;
    void persist(db, s).catch(() => undefined);
  }, PERSIST_DELAY_MS);
}

function enqueue<T>(s: State, job: () => Promise<T>): Promise<T> {
  const run = s.queue.then(job, job);
  s.queue = run.catch(() => undefined);
  return run;
}

/**
 * The up-to-date engine for this database: loaded, fully caught up with the store and with every
 * postings block in memory (tests, tools). The library's searches use `searchIndex`, which loads only what a query needs.
 */
export async function searchEngine(db: ThreadwiseDB): Promise<SearchEngine> {
  const s = await state(db);
  await s.queue;
  await settle(db, s);
  await s.queue;
  return s.engine;
}

/** Ranked hits for a query, reading from the store only the postings it needs. */
export async function searchIndex(
  db: ThreadwiseDB,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
): Promise<SearchHit[]> {
  const s = await state(db);
  await s.queue;
  for (let attempt = 0; ; attempt++) {
    const engine = s.engine;
    let missing = engine.missingBlocks(query);
    let hits: SearchHit[] | null = null;
    if (missing.length === 0) {
      try {
        hits = engine.search(query, filters, limit);
      } catch (e) {
        // The refs of the threads it shows, or postings a merge moved under the read.
        if (!(e instanceof MissingPostingsError)) throw e;
        missing = [...e.blockIds];
      }
    }
    if (hits) {
      if (query.trim() !== '') scheduleSettle(db, s);
      return hits;
    }
    if (attempt >= 4) throw new Error('the search index could not be read or rebuilt');
    if (!(await attachBlocks(db, engine, missing))) await rebuild(db, s, engine);
  }
}

/**
 * Indexes a thread from the content just saved, when the store holds exactly its answers (no
 * answer kept from an earlier visit): then only keys, the record and highlights are read, not a
 * thousand posts. False when the store must be read in full.
 */
async function indexGiven(
  db: ThreadwiseDB,
  engine: SearchEngine,
  thread: Thread,
  suggestions: readonly Suggestion[],
): Promise<boolean> {
  const [record, keys, highlights] = await db.transaction('r', [db.threads, db.posts, db.highlights], () =>
    Promise.all([
      db.threads.get(thread.id),
      db.posts.where('threadId').equals(thread.id).primaryKeys(),
      db.highlights.where('threadId').equals(thread.id).toArray(),
    ]),
  );
  if (!record) {
    engine.removeThread(thread.id);
    return true;
  }
  const given = new Set(thread.answers.map((a) => a.id));
  if (keys.length !== given.size || keys.some(([, id]) => !given.has(id))) return false;
  const docs = threadDocuments({
    id: record.id,
    site: record.site,
    title: record.title,
    question: record.question,
    answers: thread.answers,
    suggestions,
    highlights,
  });
  engine.replaceThread(thread.id, record.updatedAt, highlightsKey(highlights.map((h) => h.id)), docs);
  return true;
}

/**
 * Indexes a thread just saved (call right after `saveThread`): its stored answers, the given
 * suggestions and the reader's highlights replace whatever was indexed for it before. With the
 * saved thread and its suggestions, a thread whose answers are all on the page is indexed
 * without reading its posts back.
 */
export async function indexThread(
  db: ThreadwiseDB,
  thread: Pick<Thread, 'id'> | Thread,
  suggestions?: readonly Suggestion[],
): Promise<void> {
  const s = await state(db);
  await enqueue(s, async () => {
    const full = 'answers' in thread && suggestions !== undefined;
    if (full && (await indexGiven(db, s.engine, thread, suggestions))) return;
    // The store is read rather than `thread`: a re-visit keeps answers that vanished from the page.
    await reindexFromStore(db, s.engine, [thread.id]);
  });
  schedulePersist(db, s);
}

/** Removes a thread from the index (call after `deleteThread`). */
export async function unindexThread(db: ThreadwiseDB, threadId: string): Promise<void> {
  const s = await state(db);
  await enqueue(s, async () => s.engine.removeThread(threadId));
  schedulePersist(db, s);
}

/** Writes the index now instead of after the delay (tests, and before a long idle). */
export async function flushIndex(db: ThreadwiseDB): Promise<void> {
  const s = await state(db);
  if (s.timer !== null) clearTimeout(s.timer);
  s.timer = null;
  await s.queue;
  await persist(db, s);
}

/**
 * Makes `engine` this database's index and writes it whole, replacing what the table held
 * (benchmarks and tools that build an index in memory).
 */
export async function adoptEngine(db: ThreadwiseDB, engine: SearchEngine): Promise<void> {
  await dropEngine(db);
  const s: State = {
    engine,
    timer: null,
    queue: Promise.resolve(),
    persisting: Promise.resolve(),
    clearOnSave: true,
    prefetch: null,
    prefetchTimer: null,
    unverified: false,
    rebuilding: null,
    closed: false,
  };
  states.set(db, Promise.resolve(s));
  await persist(db, s);
}

/** Forgets the in-memory engine (tests: the next call loads from the store, as a cold start would). */
export async function dropEngine(db: ThreadwiseDB): Promise<void> {
  const s = states.get(db);
  states.delete(db);
  const st = await s?.catch(() => undefined);
  if (!st) return;
  st.closed = true;
  if (st.timer) clearTimeout(st.timer);
  if (st.prefetchTimer) clearTimeout(st.prefetchTimer);
  await st.queue;
  await st.persisting;
  await st.prefetch?.catch(() => undefined);
}
