import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ThreadwiseDB } from '@/lib/db/database';
import { deleteThread, isCurrent, loadThread, saveThread } from '@/lib/db/threads';
import { threadFingerprint } from '@/lib/fingerprint';
import type { Post, Suggestion, Thread } from '@/lib/model';

function post(id: string, text: string, extra: Partial<Post> = {}): Post {
  return {
    id,
    author: `user${id}`,
    permalink: `https://ask.example.org/1/t#${id}`,
    text,
    score: 1,
    accepted: false,
    time: '2026-01-01T00:00:00.000Z',
    parentId: null,
    deleted: false,
    ...extra,
  };
}

function thread(answers: Post[]): Thread {
  return {
    id: 'metafilter:ask.example.org:1',
    site: 'metafilter',
    url: 'https://ask.example.org/1/t',
    title: 'A question',
    question: post('1', 'How do I do it?'),
    answers,
  };
}

const suggestion: Suggestion = {
  id: 's1',
  label: 'do it slowly',
  score: 2,
  stance: 'for',
  people: 1,
  votes: 1,
  supporters: [
    { postId: '2', author: 'user2', permalink: 'https://x/#2', quote: 'Do it slowly.', stance: 'for' },
  ],
};

let db: ThreadwiseDB;
afterEach(async () => {
  db?.close();
  await Dexie.delete('threadwise-test');
});

describe('the thread store', () => {
  it('saves a thread with its answers in order and loads it back unchanged', async () => {
    db = new ThreadwiseDB('threadwise-test');
    const t = thread([post('3', 'Third'), post('2', 'Second')]);
    await saveThread(db, t, threadFingerprint(t), { suggestions: [suggestion], engineVersion: 'v' });
    expect(await loadThread(db, t.id)).toEqual(t);
    expect((await db.analyses.get(t.id))?.suggestions).toEqual([suggestion]);
  });

  it('keeps the kind the engine read, with its replies, on the thread record', async () => {
    db = new ThreadwiseDB('threadwise-test');
    const t = thread([post('2', 'Second')]);
    await saveThread(db, t, threadFingerprint(t), { suggestions: [], engineVersion: 'v', kind: 'question' });
    expect((await db.threads.get(t.id))?.kind).toBe('question');
  });

  it('upserts on revisit: no duplicate posts, first-saved time kept', async () => {
    db = new ThreadwiseDB('threadwise-test');
    const t = thread([post('2', 'Second')]);
    await saveThread(db, t, threadFingerprint(t), { suggestions: [], engineVersion: 'v' }, 1000);
    const t2 = thread([post('2', 'Second, edited'), post('4', 'Fourth')]);
    await saveThread(db, t2, threadFingerprint(t2), { suggestions: [], engineVersion: 'v' }, 2000);
    expect(await db.posts.count()).toBe(2);
    expect(await db.threads.count()).toBe(1);
    const rec = await db.threads.get(t.id);
    expect(rec).toMatchObject({ savedAt: 1000, updatedAt: 2000, answerCount: 2 });
  });

  it('knows when a stored thread is current, by fingerprint and engine version', async () => {
    db = new ThreadwiseDB('threadwise-test');
    const t = thread([post('2', 'Second')]);
    const fp = threadFingerprint(t);
    expect(await isCurrent(db, t.id, fp, 'v')).toBe(false);
    await saveThread(db, t, fp, { suggestions: [], engineVersion: 'v' });
    expect(await isCurrent(db, t.id, fp, 'v')).toBe(true);
    expect(await isCurrent(db, t.id, fp, 'v2')).toBe(false);
    expect(await isCurrent(db, t.id, threadFingerprint(thread([post('2', 'Edited')])), 'v')).toBe(false);
  });

  it('never leaves a half-saved thread when a write fails part-way', async () => {
    db = new ThreadwiseDB('threadwise-test');
    const good = thread([post('2', 'Second')]);
    // A function cannot be stored by IndexedDB: the posts write throws after the thread row was put.
    const bad = thread([
      post('2', 'Second'),
      { ...post('5', 'Fifth'), text: (() => 'x') as unknown as string },
    ]);
    await expect(
      saveThread(db, bad, threadFingerprint(good), { suggestions: [], engineVersion: 'v' }),
    ).rejects.toThrow();
    expect(await db.threads.count()).toBe(0);
    expect(await db.posts.count()).toBe(0);
    expect(await db.analyses.count()).toBe(0);
  });

  it('deletes a thread with its posts, analysis and highlights', async () => {
    db = new ThreadwiseDB('threadwise-test');
    const t = thread([post('2', 'Second')]);
    await saveThread(db, t, threadFingerprint(t), { suggestions: [suggestion], engineVersion: 'v' });
    await db.highlights.put({
      id: 'h1',
      threadId: t.id,
      postId: '2',
      quote: 'Second',
      prefix: '',
      suffix: '',
      start: 0,
      end: 6,
      createdAt: 1,
    });
    await deleteThread(db, t.id);
    expect([
      await db.threads.count(),
      await db.posts.count(),
      await db.analyses.count(),
      await db.highlights.count(),
    ]).toEqual([0, 0, 0, 0]);
  });
});

describe('thread fingerprints', () => {
  it('are equal for equal content and differ when a post changes, appears or its score moves', () => {
    const a = thread([post('2', 'Second')]);
    expect(threadFingerprint(a)).toBe(threadFingerprint(thread([post('2', 'Second')])));
    expect(threadFingerprint(a)).not.toBe(threadFingerprint(thread([post('2', 'Second!')])));
    expect(threadFingerprint(a)).not.toBe(threadFingerprint(thread([post('2', 'Second'), post('3', 'x')])));
    expect(threadFingerprint(a)).not.toBe(threadFingerprint(thread([post('2', 'Second', { score: 9 })])));
  });
});
