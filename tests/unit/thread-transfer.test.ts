import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { registerThreadService } from '@/lib/background/thread-service';
import { ThreadTransfers } from '@/lib/background/thread-transfer';
import { ThreadwiseDB } from '@/lib/db/database';
import { sendMessage } from '@/lib/messaging/protocol';
import type { Post, Thread } from '@/lib/model';

function answer(id: string): Post {
  return {
    id,
    author: `a${id}`,
    permalink: `https://ask.metafilter.com/1/q#${id}`,
    text: 'Turn it off and on again.',
    score: 1,
    accepted: false,
    time: null,
    parentId: null,
    deleted: false,
  };
}

const shell: Thread = {
  id: 'metafilter:ask.metafilter.com:1',
  site: 'metafilter',
  url: 'https://ask.metafilter.com/1/q',
  title: 'How do I fix it?',
  question: { ...answer('1'), author: 'asker', text: 'It broke.' },
  answers: [],
};

describe('a thread sent in parts', () => {
  it('is reassembled in order, whatever order the parts arrive in', () => {
    const t = new ThreadTransfers();
    t.addPart('x', 1, [answer('4'), answer('5')]);
    t.addPart('x', 0, [answer('2'), answer('3')]);
    const whole = t.assemble(shell, { id: 'x', parts: 2 });
    expect(whole.answers.map((a) => a.id)).toEqual(['2', '3', '4', '5']);
  });

  it('is refused whole when a part is missing', () => {
    const t = new ThreadTransfers();
    t.addPart('x', 0, [answer('2')]);
    expect(() => t.assemble(shell, { id: 'x', parts: 2 })).toThrow(/did not arrive/);
    // A refused transfer is forgotten: its parts cannot complete a later one.
    expect(() => t.assemble(shell, { id: 'x', parts: 1 })).toThrow(/did not arrive/);
  });

  it('forgets parts nobody claimed for a minute', () => {
    let now = 0;
    const t = new ThreadTransfers(() => now);
    t.addPart('old', 0, [answer('2')]);
    now = 61_000;
    t.addPart('new', 0, [answer('3')]);
    expect(() => t.assemble(shell, { id: 'old', parts: 1 })).toThrow(/did not arrive/);
    expect(t.assemble(shell, { id: 'new', parts: 1 }).answers).toHaveLength(1);
  });
});

describe('the background, given a thread in parts', () => {
  let db: ThreadwiseDB;
  afterEach(async () => {
    db?.close();
    await Dexie.delete('threadwise-transfer-test');
  });

  it('stores it once every part is in', async () => {
    db = new ThreadwiseDB('threadwise-transfer-test');
    registerThreadService(db);
    await sendMessage('threadPart', { transfer: 't1', index: 0, answers: [answer('2'), answer('3')] });
    await sendMessage('threadPart', { transfer: 't1', index: 1, answers: [answer('4')] });
    const summary = await sendMessage('threadExtracted', {
      thread: shell,
      transfer: { id: 't1', parts: 2 },
      siteName: 'MetaFilter',
      scoreNoun: 'favorites',
    });
    expect(summary.answers).toBe(3);
    expect((await db.posts.toArray()).map((p) => p.id).sort()).toEqual(['2', '3', '4']);
  });

  it('stores nothing when a part is missing', async () => {
    db = new ThreadwiseDB('threadwise-transfer-test');
    registerThreadService(db);
    await sendMessage('threadPart', { transfer: 't2', index: 1, answers: [answer('4')] });
    await expect(
      sendMessage('threadExtracted', {
        thread: shell,
        transfer: { id: 't2', parts: 2 },
        siteName: 'MetaFilter',
        scoreNoun: 'favorites',
      }),
    ).rejects.toThrow(/did not arrive/);
    expect(await db.threads.count()).toBe(0);
    expect(await db.posts.count()).toBe(0);
  });
});
