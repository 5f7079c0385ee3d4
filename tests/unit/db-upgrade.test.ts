import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ThreadwiseDB, type AnalysisRecord, type PostRecord, type ThreadRecord } from '@/lib/db/database';
import type { Highlight } from '@/lib/model';
import { loadThread } from '@/lib/db/threads';

const NAME = 'threadwise-upgrade-test';

/** The schema as version 1 shipped it, written out literally: the upgrade must keep every row of it. */
function firstVersion(): Dexie {
  const db = new Dexie(NAME);
  db.version(1).stores({
    threads: 'id, site, updatedAt, savedAt',
    posts: '[threadId+id], threadId',
    analyses: 'threadId',
    highlights: 'id, threadId, [threadId+postId], createdAt',
  });
  return db;
}

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('upgrading a first-version database', () => {
  it('keeps every row of 10,000 threads when opened with the latest code', async () => {
    const THREADS = 10_000;
    const old = firstVersion();
    const threads: ThreadRecord[] = [];
    const posts: PostRecord[] = [];
    const analyses: AnalysisRecord[] = [];
    const highlights: Highlight[] = [];
    for (let i = 0; i < THREADS; i++) {
      const id = `metafilter:ask.metafilter.com:${i}`;
      const url = `https://ask.metafilter.com/${i}/thread-${i}`;
      const question = {
        id: String(i),
        author: `asker${i}`,
        permalink: url,
        text: `Question ${i}: how do I keep my starter alive?`,
        score: i % 7,
        accepted: false,
        time: null,
        parentId: null,
        deleted: false,
      };
      threads.push({
        id,
        site: 'metafilter',
        url,
        title: `Thread ${i}`,
        question,
        answerCount: 2,
        fingerprint: `fp${i}`,
        savedAt: i,
        updatedAt: i,
      });
      for (let j = 0; j < 2; j++) {
        posts.push({
          ...question,
          id: `${i}0${j}`,
          author: `user${j}`,
          permalink: `${url}#${i}0${j}`,
          text: `Answer ${j} to thread ${i}: put it in the fridge.`,
          threadId: id,
          order: j,
        });
      }
      analyses.push({
        threadId: id,
        fingerprint: `fp${i}`,
        engineVersion: '0',
        suggestions: [],
        analyzedAt: i,
      });
      if (i % 10 === 0) {
        highlights.push({
          id: `h${i}`,
          threadId: id,
          postId: `${i}00`,
          quote: 'the fridge',
          prefix: 'put it in ',
          suffix: '.',
          start: 30,
          end: 40,
          createdAt: i,
        });
      }
    }
    await old.transaction('rw', old.tables, async () => {
      await old.table('threads').bulkAdd(threads);
      await old.table('posts').bulkAdd(posts);
      await old.table('analyses').bulkAdd(analyses);
      await old.table('highlights').bulkAdd(highlights);
    });
    old.close();

    const db = new ThreadwiseDB(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
    expect(await db.threads.count()).toBe(THREADS);
    expect(await db.posts.count()).toBe(THREADS * 2);
    expect(await db.analyses.count()).toBe(THREADS);
    expect(await db.highlights.count()).toBe(THREADS / 10);
    expect(await db.threads.get('metafilter:ask.metafilter.com:4321')).toEqual(threads[4321]);
    const t = await loadThread(db, 'metafilter:ask.metafilter.com:9999');
    expect(t?.answers.map((a) => a.text)).toEqual([
      'Answer 0 to thread 9999: put it in the fridge.',
      'Answer 1 to thread 9999: put it in the fridge.',
    ]);
    expect(
      await db.highlights.where('threadId').equals('metafilter:ask.metafilter.com:500').toArray(),
    ).toEqual([highlights[50]]);
    db.close();
  }, 120_000);
});
