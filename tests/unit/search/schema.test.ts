import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ThreadwiseDB } from '@/lib/db/database';
import { dropEngine, searchIndex } from '@/lib/search/sync';
import { bike, sourdough } from './fixtures';

const NAME = 'threadwise-upgrade';
afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema v1 → v3', () => {
  it('keeps every v1 table and row and adds the search index table', async () => {
    // A database as version 0.1.0 left it: the v1 schema, written without the current class.
    const v1 = new Dexie(NAME);
    v1.version(1).stores({
      threads: 'id, site, updatedAt, savedAt',
      posts: '[threadId+id], threadId',
      analyses: 'threadId',
      highlights: 'id, threadId, [threadId+postId], createdAt',
    });
    const question = {
      id: 'q',
      author: 'a',
      permalink: 'https://ask.metafilter.com/1/t',
      text: 'Q?',
      score: null,
      accepted: false,
      time: null,
      parentId: null,
      deleted: false,
    };
    const rows = {
      threads: [
        {
          id: 't1',
          site: 'metafilter',
          url: 'https://ask.metafilter.com/1/t',
          title: 'One',
          question,
          answerCount: 2,
          fingerprint: 'f',
          savedAt: 1,
          updatedAt: 2,
        },
        {
          id: 't2',
          site: 'reddit',
          url: 'https://www.reddit.com/r/x/comments/2/t',
          title: 'Two',
          question,
          answerCount: 0,
          fingerprint: 'g',
          savedAt: 3,
          updatedAt: 3,
        },
      ],
      posts: [
        { ...question, id: 'p1', threadId: 't1', order: 0, text: 'first' },
        { ...question, id: 'p2', threadId: 't1', order: 1, text: 'second' },
      ],
      analyses: [{ threadId: 't1', fingerprint: 'f', engineVersion: 'e', suggestions: [], analyzedAt: 2 }],
      highlights: [
        {
          id: 'h1',
          threadId: 't1',
          postId: 'p1',
          quote: 'fir',
          prefix: '',
          suffix: 'st',
          start: 0,
          end: 3,
          createdAt: 9,
        },
      ],
    };
    for (const [table, list] of Object.entries(rows)) await v1.table(table).bulkAdd(list);
    v1.close();

    const db = new ThreadwiseDB(NAME);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.threads.orderBy('id').toArray()).toEqual(rows.threads);
    expect(await db.posts.orderBy('[threadId+id]').toArray()).toEqual(rows.posts);
    expect(await db.analyses.toArray()).toEqual(rows.analyses);
    expect(await db.highlights.toArray()).toEqual(rows.highlights);
    // v1 indexes still answer.
    expect(await db.posts.where('threadId').equals('t1').count()).toBe(2);
    expect(await db.highlights.where('[threadId+postId]').equals(['t1', 'p1']).count()).toBe(1);
    expect(await db.searchBlocks.count()).toBe(0);
    db.close();
  });
});

describe('schema v2 → v3', () => {
  it('keeps every row, drops the MiniSearch snapshot and builds the new index from the store', async () => {
    // A v2 database as 0.1.0 left it: two threads and their (now useless) MiniSearch snapshot.
    const v2 = new Dexie(NAME);
    v2.version(1).stores({
      threads: 'id, site, updatedAt, savedAt',
      posts: '[threadId+id], threadId',
      analyses: 'threadId',
      highlights: 'id, threadId, [threadId+postId], createdAt',
    });
    v2.version(2).stores({ searchIndex: 'id' });
    const rows = {
      threads: [sourdough, bike].map((t, i) => ({
        id: t.id,
        site: t.site,
        url: t.url,
        title: t.title,
        question: t.question,
        answerCount: t.answers.length,
        fingerprint: `f${i}`,
        savedAt: i,
        updatedAt: i,
      })),
      posts: [sourdough, bike].flatMap((t) => t.answers.map((p, order) => ({ ...p, threadId: t.id, order }))),
      analyses: [
        { threadId: sourdough.id, fingerprint: 'f0', engineVersion: 'e', suggestions: [], analyzedAt: 1 },
      ],
    };
    for (const [table, list] of Object.entries(rows)) await v2.table(table).bulkAdd(list);
    await v2.table('searchIndex').put({ id: 'main', schema: 1, index: '{}', threads: {}, savedAt: 1 });
    v2.close();

    const db = new ThreadwiseDB(NAME);
    await db.open();
    try {
      expect(db.verno).toBe(3);
      expect(db.tables.map((t) => t.name)).not.toContain('searchIndex');
      expect(await db.threads.orderBy('id').toArray()).toEqual(
        [...rows.threads].sort((a, b) => a.id.localeCompare(b.id)),
      );
      expect(await db.posts.orderBy('[threadId+id]').toArray()).toEqual(
        [...rows.posts].sort((a, b) => a.threadId.localeCompare(b.threadId) || a.id.localeCompare(b.id)),
      );
      expect(await db.analyses.toArray()).toEqual(rows.analyses);
      expect((await searchIndex(db, 'lubricate')).map((h) => h.ref)).toEqual(['201']);
      expect((await searchIndex(db, 'parchment')).map((h) => h.ref)).toEqual(['102']);
    } finally {
      await dropEngine(db);
      db.close();
    }
  });
});
