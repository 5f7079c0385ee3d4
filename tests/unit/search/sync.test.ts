import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThreadwiseDB } from '@/lib/db/database';
import { headBlockIds } from '@/lib/search/engine';
import {
  readThreadsBlock,
  refsBucket,
  refsId,
  THREAD_BLOCK,
  threadsId,
  type DocsBlock,
  type ManifestBlock,
  type ThreadsBlock,
} from '@/lib/search/blocks';
import { deleteThread } from '@/lib/db/threads';
import {
  dropEngine,
  flushIndex,
  indexThread,
  searchEngine,
  searchIndex,
  unindexThread,
} from '@/lib/search/sync';
import {
  bike,
  bikeAnswers,
  highlight,
  plant,
  plantAnswers,
  post,
  save,
  sourdough,
  sourdoughAnswers,
  suggestion,
  thread,
} from './fixtures';

const NAME = 'threadwise-search-sync';
let db: ThreadwiseDB;
beforeEach(() => {
  db = new ThreadwiseDB(NAME);
});
afterEach(async () => {
  await dropEngine(db);
  db.close();
  await Dexie.delete(NAME);
});

/** The thread ids the persisted index says it covers (its manifest's thread blocks). */
async function persistedThreadIds(): Promise<string[]> {
  const manifest = await db.searchBlocks.get('manifest');
  if (!manifest || !('nextThread' in manifest)) return [];
  const ids = Array.from({ length: Math.ceil(manifest.nextThread / THREAD_BLOCK) }, (_, k) => threadsId(k));
  const blocks = (await db.searchBlocks.bulkGet(ids)) as (ThreadsBlock | undefined)[];
  return blocks.flatMap((b, k) => {
    const size = Math.min(THREAD_BLOCK, manifest.nextThread - k * THREAD_BLOCK);
    return (b && readThreadsBlock(b, size)?.flatMap((slot) => (slot ? [slot.id] : []))) ?? [];
  });
}

async function refs(query: string): Promise<string[]> {
  return (await searchEngine(db)).search(query).map((h) => `${h.kind}:${h.ref}`);
}

describe('the search index kept in step with the store', () => {
  it('finds an answer of a thread once it is saved and indexed', async () => {
    await save(db, sourdough);
    await indexThread(db, sourdough);
    expect(await refs('parchment')).toEqual(['answer:102']);
    expect(await refs('bicycle')).toEqual([]);
  });

  it('replaces what a thread had when it is saved again, keeping answers that left the page', async () => {
    await save(db, sourdough);
    await indexThread(db, sourdough);
    const edited = post(1, '101', 'crumbwise', 'Actually, a cooler bag with ice packs is what I use now.');
    const again = thread(1, sourdough.title, sourdough.question.text, [edited, sourdoughAnswers[1]!]);
    await save(db, again, [], 2000);
    await indexThread(db, again);
    expect(await refs('fridge')).toEqual([]);
    expect(await refs('cooler')).toEqual(['answer:101']);
    // Answer 103 vanished from the page but is kept in the store, so it stays searchable.
    expect(await refs('freezer')).toEqual(['answer:103']);
    const engine = await searchEngine(db);
    // The question and the three stored answers: no document of the first save is left behind.
    expect(engine.documentCount).toBe(4);
    expect(engine.search('travel').map((h) => h.kind)).toEqual(['question']);
  });

  it('removes every document of a deleted thread', async () => {
    await save(db, sourdough, [suggestion('s1', 'put it in the fridge', [sourdoughAnswers[0]!])]);
    await save(db, bike);
    await indexThread(db, sourdough);
    await indexThread(db, bike);
    expect((await refs('fridge')).length).toBeGreaterThan(0);
    await deleteThread(db, sourdough.id);
    await unindexThread(db, sourdough.id);
    expect(await refs('fridge')).toEqual([]);
    expect(await refs('starter')).toEqual([]);
    expect(await refs('chain')).toEqual(['answer:201']);
  });

  it('reloads the persisted index and answers exactly as before, without re-reading threads', async () => {
    const fridge = suggestion('s1', 'put it in the fridge', [sourdoughAnswers[0]!]);
    await save(db, sourdough, [fridge]);
    await save(db, bike);
    await save(db, plant);
    for (const t of [sourdough, bike, plant]) await indexThread(db, t);
    const queries = ['fridge', 'tyre', 'water fern', 'spring', 'travl'];
    const before = await Promise.all(queries.map((q) => searchEngine(db).then((e) => e.search(q))));
    await flushIndex(db);
    expect((await persistedThreadIds()).sort()).toEqual([bike.id, sourdough.id, plant.id].sort());

    await dropEngine(db);
    // Rows the snapshot already covers are not read again: make them unreadable to prove it.
    await db.posts.clear();
    const after = await Promise.all(queries.map((q) => searchEngine(db).then((e) => e.search(q))));
    expect(after).toEqual(before);
    expect(after[0]!.length).toBeGreaterThan(0);
  });

  it('catches up on load with threads saved, changed or deleted after the last snapshot', async () => {
    await save(db, sourdough);
    await save(db, bike);
    await indexThread(db, sourdough);
    await indexThread(db, bike);
    await flushIndex(db);
    await dropEngine(db);
    // Changes the index never heard of (the worker stopped before it could).
    await save(db, plant);
    await deleteThread(db, bike.id);
    await save(
      db,
      thread(1, sourdough.title, sourdough.question.text, [post(1, '104', 'x', 'Kombucha scoby.')]),
      [],
      5000,
    );
    expect(await refs('fern')).toContain('answer:301');
    expect(await refs('chain')).toEqual([]);
    expect(await refs('kombucha')).toEqual(['answer:104']);
    expect(bikeAnswers.length).toBe(2);
  });

  it('indexes highlights with their thread and drops them when they are deleted', async () => {
    await save(db, plant);
    await db.highlights.add({
      id: 'h1',
      threadId: plant.id,
      postId: '302',
      quote: 'drainage holes',
      prefix: '',
      suffix: '',
      start: 0,
      end: 14,
      createdAt: 1,
    });
    await indexThread(db, plant);
    expect(await refs('drainage')).toEqual(['highlight:h1', 'answer:302']);
    await db.highlights.delete('h1');
    await indexThread(db, plant);
    expect(await refs('drainage')).toEqual(['answer:302']);
  });
});

/** Searches as the library's first search after a cold start does: only the postings it needs. */
async function coldRefs(query: string): Promise<string[]> {
  return (await searchIndex(db, query)).map((h) => `${h.kind}:${h.ref}`);
}

async function threeThreadsPersisted(): Promise<void> {
  await save(db, sourdough, [suggestion('s1', 'put it in the fridge', [sourdoughAnswers[0]!])]);
  await save(db, bike);
  await save(db, plant);
  for (const t of [sourdough, bike, plant]) await indexThread(db, t);
  await flushIndex(db);
  await dropEngine(db);
}

const EVERYTHING = ['parchment', 'fridge', 'lubricate', 'tyre', 'drainage', 'fern'];

describe('a persisted index that is damaged or gone', () => {
  it('is rebuilt from the store when a postings block is missing, losing nothing', async () => {
    await threeThreadsPersisted();
    const before = await Promise.all(EVERYTHING.map(coldRefs));
    await dropEngine(db);
    const chunk = (await db.searchBlocks.toCollection().primaryKeys()).find((id) => /^s\d+\.0$/.test(id))!;
    await db.searchBlocks.delete(chunk);
    expect(await Promise.all(EVERYTHING.map(coldRefs))).toEqual(before);
    expect(before.every((r) => r.length > 0)).toBe(true);
    // And written back whole: every block the new manifest names is there.
    await flushIndex(db);
    await dropEngine(db);
    const manifest = (await db.searchBlocks.get('manifest')) as ManifestBlock;
    const named = [
      ...headBlockIds(manifest),
      ...manifest.segments.flatMap(({ n, chunks }) => Array.from({ length: chunks }, (_, k) => `s${n}.${k}`)),
    ];
    expect((await db.searchBlocks.bulkGet(named)).every(Boolean)).toBe(true);
    expect(await Promise.all(EVERYTHING.map(coldRefs))).toEqual(before);
  });

  it('is rebuilt when the refs of a thread a search shows are missing', async () => {
    await threeThreadsPersisted();
    const before = await Promise.all(EVERYTHING.map(coldRefs));
    await dropEngine(db);
    await db.searchBlocks.delete(refsId(refsBucket(bike.id)));
    expect(await Promise.all(EVERYTHING.map(coldRefs))).toEqual(before);
  });

  it('is rebuilt when a head block does not fit, or when the manifest is of another schema', async () => {
    await threeThreadsPersisted();
    const before = await Promise.all(EVERYTHING.map(coldRefs));
    await dropEngine(db);
    const docs = (await db.searchBlocks.get('d0')) as DocsBlock;
    const short: DocsBlock = { ...docs, info: new Uint8Array(1) };
    await db.searchBlocks.put(short);
    expect(await Promise.all(EVERYTHING.map(coldRefs))).toEqual(before);
    await flushIndex(db);
    await dropEngine(db);
    const manifest = (await db.searchBlocks.get('manifest')) as ManifestBlock;
    const older: ManifestBlock = { ...manifest, schema: 2 };
    await db.searchBlocks.put(older);
    expect(await Promise.all(EVERYTHING.map(refs))).toEqual(before);
  });

  it('is rebuilt when the whole table is gone', async () => {
    await threeThreadsPersisted();
    const before = await Promise.all(EVERYTHING.map(coldRefs));
    await dropEngine(db);
    await db.searchBlocks.clear();
    expect(await Promise.all(EVERYTHING.map(coldRefs))).toEqual(before);
    await flushIndex(db);
    expect((await persistedThreadIds()).sort()).toEqual([bike.id, sourdough.id, plant.id].sort());
  });
});

describe('rebuilding from the whole store', () => {
  it('reads it a page of threads at a time and indexes every post of every thread', async () => {
    const threads = Array.from({ length: 450 }, (_, i) =>
      thread(1000 + i, `Kettle question ${i}`, 'How do I descale it?', [
        post(1000 + i, `${i}-a`, 'a', `Citric acid works, said number${i}x.`),
        post(1000 + i, `${i}-b`, 'b', `Vinegar too, said helper${i}y.`),
      ]),
    );
    await db.transaction('rw', db.threads, db.posts, db.analyses, async () => {
      for (const [i, t] of threads.entries()) await save(db, t, [], 2000 + i);
    });
    // No index at all: the first search builds it from the store.
    for (const i of [0, 199, 200, 201, 399, 400, 449])
      expect((await coldRefs(`number${i}x`))[0]).toBe(`answer:${i}-a`);
    expect((await coldRefs('vinegar')).length).toBe(50);
    expect((await searchEngine(db)).documentCount).toBe(450 * 3);
  });
});

describe('a cold start catching up with the store', () => {
  it('finds highlights added and removed while the worker was stopped', async () => {
    await save(db, plant);
    await db.highlights.add(highlight(plant, plantAnswers[1]!, 'drainage holes', 'h-old'));
    await indexThread(db, plant);
    await flushIndex(db);
    await dropEngine(db);
    await db.highlights.delete('h-old');
    await db.highlights.add(highlight(plant, plantAnswers[0]!, 'mist the leaves', 'h-new'));
    expect(await coldRefs('drainage')).toEqual(['answer:302']);
    expect(await coldRefs('mist')).toEqual(['highlight:h-new', 'answer:301']);
  });

  it('finds a thread stored with an older stamp (an import) once the full catch-up ran', async () => {
    await save(db, sourdough, [], 5000);
    await indexThread(db, sourdough);
    await flushIndex(db);
    await dropEngine(db);
    // Older than anything the index saw: the quick catch-up cannot tell it from the keys alone.
    await save(db, bike, [], 10);
    expect(await refs('lubricate')).toEqual(['answer:201']);
  });

  it('indexes a saved thread from what was saved, or from the store when it kept older answers', async () => {
    await save(db, sourdough);
    await indexThread(db, sourdough, []);
    expect(await refs('parchment')).toEqual(['answer:102']);
    // A revisit where answer 103 left the page: the store keeps it, so the store is read.
    const again = thread(1, sourdough.title, sourdough.question.text, sourdoughAnswers.slice(0, 2));
    await save(db, again, [suggestion('s9', 'keep some dried', [sourdoughAnswers[1]!])], 3000);
    await indexThread(db, again, [suggestion('s9', 'keep some dried', [sourdoughAnswers[1]!])]);
    expect(await refs('freezer')).toEqual(['answer:103']);
    expect(await refs('dried')).toContain('suggestion:s9');
  });
});

describe('workers that only save threads', () => {
  it('keep the persisted segments few, merging those earlier workers wrote', async () => {
    for (let i = 0; i < 30; i++) {
      const t = thread(100 + i, `Thread ${i} about kettles`, `Question ${i}`, [
        post(100 + i, `${i}-1`, 'a', `Descale the kettle with citric acid, batch ${i}.`),
        post(100 + i, `${i}-2`, 'b', `Vinegar works too, word${i}.`),
      ]);
      await save(db, t, [], 1000 + i);
      await indexThread(db, t);
      await flushIndex(db);
      await dropEngine(db);
    }
    const manifest = (await db.searchBlocks.get('manifest')) as ManifestBlock;
    expect(manifest.segments.length).toBeLessThanOrEqual(6);
    expect((await coldRefs('word17'))[0]).toBe('answer:17-2');
    expect((await coldRefs('citric')).length).toBe(30);
  });
});
