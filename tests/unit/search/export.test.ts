import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThreadwiseDB } from '@/lib/db/database';
import { exportLibrary, ImportError, importLibrary, parseLibraryExport } from '@/lib/db/export';
import { saveThread } from '@/lib/db/threads';
import type { Highlight, Post, Thread } from '@/lib/model';
import { suggestion } from './fixtures';

const A = 'threadwise-export-a';
const B = 'threadwise-export-b';
let a: ThreadwiseDB;
let b: ThreadwiseDB;
beforeEach(() => {
  a = new ThreadwiseDB(A);
  b = new ThreadwiseDB(B);
});
afterEach(async () => {
  a.close();
  b.close();
  await Dexie.delete(A);
  await Dexie.delete(B);
});

function post(t: number, i: number): Post {
  return {
    id: String(t * 100 + i),
    author: `user${i}`,
    permalink: `https://ask.metafilter.com/${t}/q#${t * 100 + i}`,
    text: `Answer ${i} to thread ${t}: try approach ${(t * 7 + i) % 13}.\n\nSecond paragraph “quoted” ünïcode.`,
    score: i % 3 === 0 ? null : i,
    accepted: i === 1,
    time: i % 2 ? '2025-05-05T10:00:00.000Z' : null,
    parentId: i > 2 ? String(t * 100 + i - 1) : null,
    deleted: false,
    ...(i === 2 ? { quotes: ['a quote'], links: ['https://example.org/'] } : {}),
  };
}

/** 1,000 threads, 4 answers each, a suggestion each, a highlight on every tenth. */
async function fill(db: ThreadwiseDB, count = 1000): Promise<void> {
  for (let t = 1; t <= count; t++) {
    const answers = [1, 2, 3, 4].map((i) => post(t, i));
    const thread: Thread = {
      id: `metafilter:ask.metafilter.com:${t}`,
      site: 'metafilter',
      url: `https://ask.metafilter.com/${t}/q`,
      title: `Question number ${t}`,
      question: { ...post(t, 0), permalink: `https://ask.metafilter.com/${t}/q` },
      answers,
    };
    await saveThread(
      db,
      thread,
      `fp${t}`,
      { suggestions: [suggestion(`s${t}`, `approach ${t}`, answers.slice(0, 2))], engineVersion: 'e1' },
      1_000 + t,
    );
    if (t % 10 === 0) {
      const h: Highlight = {
        id: `h${t}`,
        threadId: thread.id,
        postId: answers[0]!.id,
        quote: 'try approach',
        prefix: '',
        suffix: '',
        start: 20,
        end: 32,
        createdAt: 5,
      };
      await db.highlights.add(h);
    }
  }
}

async function everything(db: ThreadwiseDB) {
  return {
    threads: await db.threads.orderBy('id').toArray(),
    posts: await db.posts.orderBy('[threadId+id]').toArray(),
    analyses: await db.analyses.orderBy('threadId').toArray(),
    highlights: await db.highlights.orderBy('id').toArray(),
  };
}

describe('library export and import', () => {
  it('round-trips 1,000 threads through JSON with nothing lost, and a second import adds nothing', async () => {
    await fill(a);
    const file = JSON.stringify(await exportLibrary(a));
    const parsed = parseLibraryExport(file);
    expect(parsed.format).toBe(1);
    expect(parsed.threads).toHaveLength(1000);

    const first = await importLibrary(b, parsed);
    expect(first).toMatchObject({
      threadsAdded: 1000,
      threadsUpdated: 0,
      postsAdded: 4000,
      highlightsAdded: 100,
    });
    const source = await everything(a);
    expect(source.posts).toHaveLength(4000);
    expect(await everything(b)).toEqual(source);

    const second = await importLibrary(b, parseLibraryExport(file));
    expect(second).toEqual({
      threadsAdded: 0,
      threadsUpdated: 0,
      postsAdded: 0,
      highlightsAdded: 0,
      changed: [],
    });
    expect(await everything(b)).toEqual(source);
  });

  it('merges into a library that has its own threads and newer copies, keeping both sides', async () => {
    await fill(a, 3);
    await fill(b, 2);
    // b saw thread 2 again later, with one more answer.
    const again: Thread = {
      id: 'metafilter:ask.metafilter.com:2',
      site: 'metafilter',
      url: 'https://ask.metafilter.com/2/q',
      title: 'Question number 2 (edited)',
      question: { ...post(2, 0), permalink: 'https://ask.metafilter.com/2/q' },
      answers: [post(2, 5)],
    };
    await saveThread(b, again, 'fp-new', { suggestions: [], engineVersion: 'e1' }, 9_999);
    const report = await importLibrary(b, parseLibraryExport(JSON.stringify(await exportLibrary(a))));
    expect(report.threadsAdded).toBe(1);
    expect(await b.threads.count()).toBe(3);
    expect((await b.threads.get(again.id))?.title).toBe('Question number 2 (edited)');
    expect(await b.posts.where('threadId').equals(again.id).count()).toBe(5);
  });

  it('rejects malformed files with a clear message and changes nothing', async () => {
    await fill(b, 5);
    const before = await everything(b);
    const good = await exportLibrary(b);
    const bad: [string, RegExp][] = [
      ['{not json', /not valid JSON/],
      ['[]', /the file must be an object/],
      [JSON.stringify({ format: 1, threads: [] }), /Threadwise library/],
      [JSON.stringify({ app: 'threadwise', threads: [] }), /"format"/],
      [JSON.stringify({ ...good, format: 99 }), /format 99/],
      [JSON.stringify({ ...good, threads: 'x' }), /threads must be a list/],
    ];
    const broken = structuredClone(good);
    (broken.threads[3]!.posts[1] as unknown as Record<string, unknown>).text = 42;
    bad.push([JSON.stringify(broken), /threads\[3\]\.posts\[1\]\.text must be text/]);
    const dup = structuredClone(good);
    dup.threads.push(dup.threads[0]!);
    bad.push([JSON.stringify(dup), /repeats/]);
    const foreign = structuredClone(good);
    foreign.threads[0]!.posts[0]!.threadId = 'someone-else';
    bad.push([JSON.stringify(foreign), /threads\[0\]\.posts\[0\]\.threadId/]);
    for (const [text, why] of bad) {
      expect(() => parseLibraryExport(text)).toThrow(ImportError);
      expect(() => parseLibraryExport(text)).toThrow(why);
    }
    expect(await everything(b)).toEqual(before);
  });

  it('writes all or nothing: a failure part-way leaves the library as it was', async () => {
    await fill(a, 4);
    const data = await exportLibrary(a);
    // A highlight id clash inside the file makes bulkAdd fail on the last thread.
    data.threads[3]!.highlights = [
      {
        id: 'dup',
        threadId: data.threads[3]!.thread.id,
        postId: '1',
        quote: 'q',
        prefix: '',
        suffix: '',
        start: 0,
        end: 1,
        createdAt: 1,
      },
      {
        id: 'dup',
        threadId: data.threads[3]!.thread.id,
        postId: '1',
        quote: 'q',
        prefix: '',
        suffix: '',
        start: 0,
        end: 1,
        createdAt: 1,
      },
    ];
    await expect(importLibrary(b, data)).rejects.toThrow();
    expect(await b.threads.count()).toBe(0);
    expect(await b.posts.count()).toBe(0);
  });
});
