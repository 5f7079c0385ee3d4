import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThreadwiseDB } from '@/lib/db/database';
import { readThreadsBlock, THREAD_BLOCK, threadsId, type ThreadsBlock } from '@/lib/search/blocks';
import { deleteThread } from '@/lib/db/threads';
import { dropEngine, flushIndex, indexThread, searchEngine, unindexThread } from '@/lib/search/sync';
import {
  bike,
  bikeAnswers,
  plant,
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
