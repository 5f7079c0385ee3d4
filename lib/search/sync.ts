/**
 * Keeps the search engine in step with the Dexie store, one thread at a time, and persists
 * it (schema v2's `searchIndex` table) a moment after the last change so a cold start
 * deserialises instead of re-reading every post.
 */
import type { Suggestion, Thread } from '../model';
import type { ThreadwiseDB } from '../db/database';
import { highlightsKey, threadDocuments } from './documents';
import { SearchEngine } from './engine';

const ROW = 'main';
/**
 * Writes wait this long for more changes: serialising is the costly part (seconds for a large
 * library), so a burst of saves writes once. If the worker stops first, the next start catches
 * up from the store thread by thread (see catchUp), so nothing is lost.
 */
const PERSIST_DELAY_MS = 10_000;

interface State {
  engine: SearchEngine;
  timer: ReturnType<typeof setTimeout> | null;
  /** Serialises writers so a snapshot never races an update. */
  queue: Promise<unknown>;
}

const states = new WeakMap<ThreadwiseDB, Promise<State>>();

/** Builds a thread's documents from what is stored (answers kept from earlier visits included). */
async function reindexFromStore(db: ThreadwiseDB, engine: SearchEngine, threadId: string): Promise<void> {
  const [record, posts, analysis, highlights] = await db.transaction(
    'r',
    [db.threads, db.posts, db.analyses, db.highlights],
    () =>
      Promise.all([
        db.threads.get(threadId),
        db.posts.where('threadId').equals(threadId).sortBy('order'),
        db.analyses.get(threadId),
        db.highlights.where('threadId').equals(threadId).toArray(),
      ]),
  );
  if (!record) {
    engine.removeThread(threadId);
    return;
  }
  const docs = threadDocuments({
    id: record.id,
    site: record.site,
    title: record.title,
    question: record.question,
    answers: posts,
    suggestions: analysis?.suggestions ?? [],
    highlights,
  });
  engine.replaceThread(threadId, record.updatedAt, highlightsKey(highlights.map((h) => h.id)), docs);
}

/** Brings a loaded snapshot up to date: only threads that changed, appeared or vanished are touched. */
async function catchUp(db: ThreadwiseDB, engine: SearchEngine): Promise<boolean> {
  const [threads, highlights] = await Promise.all([
    db.threads.toArray((rows) => rows.map((r) => [r.id, r.updatedAt] as const)),
    db.highlights.toArray((rows) => rows.map((h) => [h.threadId, h.id] as const)),
  ]);
  const hl = new Map<string, string[]>();
  for (const [t, id] of highlights) hl.set(t, [...(hl.get(t) ?? []), id]);
  const live = new Set<string>();
  let changed = false;
  for (const [id, updatedAt] of threads) {
    live.add(id);
    const entry = engine.entry(id);
    if (entry?.stamp === updatedAt && entry.highlights === highlightsKey(hl.get(id) ?? [])) continue;
    await reindexFromStore(db, engine, id);
    changed = true;
  }
  for (const id of engine.threadIds()) {
    if (!live.has(id)) {
      engine.removeThread(id);
      changed = true;
    }
  }
  return changed;
}

async function open(db: ThreadwiseDB): Promise<State> {
  const row = await db.searchIndex.get(ROW);
  const loaded = row ? SearchEngine.fromSnapshot(row) : null;
  const engine = loaded ?? SearchEngine.empty();
  const state: State = { engine, timer: null, queue: Promise.resolve() };
  if ((await catchUp(db, engine)) || !loaded) schedulePersist(db, state);
  return state;
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

async function persist(db: ThreadwiseDB, s: State): Promise<void> {
  const snap = s.engine.snapshot();
  await db.searchIndex.put({ id: ROW, ...snap, savedAt: Date.now() });
}

function schedulePersist(db: ThreadwiseDB, s: State): void {
  if (s.timer !== null) clearTimeout(s.timer);
  s.timer = setTimeout(() => {
    s.timer = null;
    s.queue = s.queue.then(() => persist(db, s)).catch(() => undefined);
  }, PERSIST_DELAY_MS);
}

function enqueue<T>(s: State, job: () => Promise<T>): Promise<T> {
  const run = s.queue.then(job, job);
  s.queue = run.catch(() => undefined);
  return run;
}

/** The up-to-date engine for this database (loaded and caught up on first use). */
export async function searchEngine(db: ThreadwiseDB): Promise<SearchEngine> {
  const s = await state(db);
  await s.queue;
  return s.engine;
}

/**
 * Indexes a thread just saved (call right after `saveThread`): its stored answers, the given
 * suggestions and the reader's highlights replace whatever was indexed for it before.
 */
export async function indexThread(
  db: ThreadwiseDB,
  thread: Pick<Thread, 'id'>,
  _suggestions?: readonly Suggestion[],
): Promise<void> {
  // The store is read rather than `thread`: a re-visit keeps answers that vanished from the page.
  const s = await state(db);
  await enqueue(s, () => reindexFromStore(db, s.engine, thread.id));
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
  await enqueue(s, () => persist(db, s));
}

/** Forgets the in-memory engine (tests: the next call loads from the store, as a cold start would). */
export async function dropEngine(db: ThreadwiseDB): Promise<void> {
  const s = states.get(db);
  states.delete(db);
  const st = await s?.catch(() => undefined);
  if (st?.timer) clearTimeout(st.timer);
  await st?.queue;
}
