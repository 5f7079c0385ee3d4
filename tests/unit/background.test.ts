import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  describeFailure,
  ingestThread,
  registerThreadService,
  tabView,
} from '@/lib/background/thread-service';
import { clearTab, doneReading, markReading, READING_MS, rememberTab } from '@/lib/background/tab-state';
import { ThreadwiseDB } from '@/lib/db/database';
import { sendMessage } from '@/lib/messaging/protocol';
import type { Post, Thread } from '@/lib/model';
import { splitTopicPage } from '@/lib/sites/paged-topic';

const thread: Thread = {
  id: 'metafilter:ask.metafilter.com:1',
  site: 'metafilter',
  url: 'https://ask.metafilter.com/1/q',
  title: 'How do I fix it?',
  question: {
    id: '1',
    author: 'asker',
    permalink: 'https://ask.metafilter.com/1/q',
    text: 'It broke.',
    score: 0,
    accepted: false,
    time: null,
    parentId: null,
    deleted: false,
  },
  answers: ['2', '3'].map((id) => ({
    id,
    author: `a${id}`,
    permalink: `https://ask.metafilter.com/1/q#${id}`,
    text: 'Turn it off and on again.',
    score: 1,
    accepted: false,
    time: null,
    parentId: null,
    deleted: false,
  })),
};

let db: ThreadwiseDB;
afterEach(async () => {
  db?.close();
  await Dexie.delete('threadwise-bg-test');
});

describe('the background thread service', () => {
  it('stores a thread it is sent and answers the popup with it', async () => {
    db = new ThreadwiseDB('threadwise-bg-test');
    registerThreadService(db);
    const summary = await sendMessage('threadExtracted', {
      thread,
      siteName: 'MetaFilter',
      scoreNoun: 'favorites',
    });
    expect(summary).toMatchObject({
      id: thread.id,
      title: 'How do I fix it?',
      answers: 2,
      siteName: 'MetaFilter',
    });
    expect(await db.posts.count()).toBe(2);

    await rememberTab(7, { threadId: thread.id, siteName: 'MetaFilter', scoreNoun: 'favorites' });
    const view = await sendMessage('getTabView', { tabId: 7 });
    expect(view.status).toBe('ready');
    expect(await sendMessage('getTabView', { tabId: 8 })).toEqual({ status: 'not-thread' });
  });

  it('sends the popup the first few supporters of a long list, and the answer the asker marked however far down', async () => {
    db = new ThreadwiseDB('threadwise-bg-test');
    const many: Thread = {
      ...thread,
      id: 'metafilter:ask.metafilter.com:2',
      answers: ['2', '3', '4', '5', '6', '7', '8'].map((id, i) => ({
        ...thread.answers[0]!,
        id,
        author: `a${id}`,
        permalink: `https://ask.metafilter.com/2/q#${id}`,
        text: 'Turn it off and on again.',
        accepted: i === 6,
      })),
    };
    await ingestThread(db, many, { siteName: 'MetaFilter', scoreNoun: 'favorites' });
    await rememberTab(9, { threadId: many.id, siteName: 'MetaFilter', scoreNoun: 'favorites' });
    const view = await tabView(db, 9);
    if (view.status !== 'ready') throw new Error(`not ready: ${view.status}`);
    const restart = view.suggestions[0]!;
    expect(restart.supporterCount).toBe(7);
    expect(restart.supporters.map((p) => p.postId)).toEqual(['2', '3', '4', '5', '8']);
    expect(restart.supporters.at(-1)!.accepted).toEqual({ by: 'site' });
  });

  it('does not rewrite an unchanged thread on revisit', async () => {
    db = new ThreadwiseDB('threadwise-bg-test');
    await ingestThread(db, thread, { siteName: 'MetaFilter', scoreNoun: 'favorites' });
    const first = await db.threads.get(thread.id);
    await new Promise((r) => setTimeout(r, 5));
    await ingestThread(db, thread, { siteName: 'MetaFilter', scoreNoun: 'favorites' });
    expect((await db.threads.get(thread.id))?.updatedAt).toBe(first?.updatedAt);
  });

  it('adds a later page of a paged topic to the pages stored before, and analyses them together', async () => {
    db = new ThreadwiseDB('threadwise-bg-test');
    const topic = { id: 't9', url: 'https://forum.example/viewtopic.php?t=9', title: 'Which backup tool?' };
    const post = (id: string, text: string, minute: number): Post => ({
      ...thread.answers[0]!,
      id,
      author: `user${id}`,
      permalink: `${topic.url}#p${id}`,
      text,
      time: `2024-05-01T10:0${minute}:00.000Z`,
    });
    const page = (n: number, posts: Post[]): Thread => ({
      id: 'phpbb:forum.example:9',
      site: 'phpbb',
      url: topic.url,
      title: topic.title,
      ...splitTopicPage(posts, topic, n),
      part: n,
    });
    const site = { siteName: 'phpBB', scoreNoun: 'votes' };
    await ingestThread(
      db,
      page(1, [post('1', 'What should I use to back up my NAS?', 0), post('2', 'Try restic.', 1)]),
      site,
    );
    const two = page(2, [post('3', 'Seconding restic, it is great.', 2), post('4', 'Rclone to B2.', 3)]);
    const summary = await ingestThread(db, two, site);
    expect(summary.answers).toBe(3);
    const stored = await db.threads.get('phpbb:forum.example:9');
    expect(stored?.question.text).toBe('What should I use to back up my NAS?');
    const { suggestions } = (await db.analyses.get('phpbb:forum.example:9'))!;
    const restic = suggestions.find((s) => /restic/i.test(s.label));
    expect(restic?.supporters.map((p) => p.postId).sort()).toEqual(['2', '3']);
    // Page 2 again, unchanged: nothing to redo.
    await new Promise((r) => setTimeout(r, 5));
    await ingestThread(db, two, site);
    expect((await db.threads.get('phpbb:forum.example:9'))?.updatedAt).toBe(stored?.updatedAt);
  });

  it('reports a tab whose thread was deleted as not a thread', async () => {
    db = new ThreadwiseDB('threadwise-bg-test');
    await rememberTab(3, { threadId: 'gone', siteName: 'MetaFilter', scoreNoun: 'favorites' });
    expect(await tabView(db, 3)).toEqual({ status: 'not-thread' });
  });

  it('forgets a tab when it navigates to another page', async () => {
    db = new ThreadwiseDB('threadwise-bg-test');
    registerThreadService(db);
    await ingestThread(db, thread, { siteName: 'MetaFilter', scoreNoun: 'favorites' });
    await rememberTab(6, { threadId: thread.id, siteName: 'MetaFilter', scoreNoun: 'favorites' });
    expect((await tabView(db, 6)).status).toBe('ready');
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'loading' }, { id: 6 } as never);
    await new Promise((r) => setTimeout(r, 0));
    expect(await tabView(db, 6)).toEqual({ status: 'not-thread' });
  });

  it('forgets a tab when it closes', async () => {
    db = new ThreadwiseDB('threadwise-bg-test');
    registerThreadService(db);
    await ingestThread(db, thread, { siteName: 'MetaFilter', scoreNoun: 'favorites' });
    await rememberTab(5, { threadId: thread.id, siteName: 'MetaFilter', scoreNoun: 'favorites' });
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(await tabView(db, 5)).toEqual({ status: 'not-thread' });
  });
});

describe('a page still being read', () => {
  it('is shown as being read until it reports, and not for ever', async () => {
    db = new ThreadwiseDB('threadwise-bg-test');
    await markReading(9);
    expect(await tabView(db, 9)).toEqual({ status: 'reading' });
    await doneReading(9);
    expect(await tabView(db, 9)).toEqual({ status: 'not-thread' });
    // A page that keeps changing may never report: after a while the popup stops waiting.
    await markReading(9, Date.now() - READING_MS - 1);
    expect(await tabView(db, 9)).toEqual({ status: 'not-thread' });
  });

  it('is forgotten when its tab navigates away', async () => {
    db = new ThreadwiseDB('threadwise-bg-test');
    await markReading(10);
    await clearTab(10);
    expect(await tabView(db, 10)).toEqual({ status: 'not-thread' });
  });

  it('gives way to the thread it reported', async () => {
    db = new ThreadwiseDB('threadwise-bg-test');
    await ingestThread(db, thread, { siteName: 'MetaFilter', scoreNoun: 'favorites' });
    await markReading(11);
    await rememberTab(11, { threadId: thread.id, siteName: 'MetaFilter', scoreNoun: 'favorites' });
    expect((await tabView(db, 11)).status).toBe('ready');
  });
});

describe('a full disk', () => {
  it('shows a plain error for the tab and loses nothing already stored', async () => {
    db = new ThreadwiseDB('threadwise-bg-test');
    registerThreadService(db);
    await ingestThread(db, thread, { siteName: 'MetaFilter', scoreNoun: 'favorites' });
    const before = await db.posts.toArray();

    // The next save hits the quota: IndexedDB aborts the transaction with QuotaExceededError.
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const put = db.posts.bulkPut.bind(db.posts);
    db.posts.bulkPut = (() => Promise.reject(quota)) as unknown as typeof db.posts.bulkPut;
    const edited: Thread = {
      ...thread,
      answers: thread.answers.map((a) => ({ ...a, text: `${a.text} Edited.` })),
    };
    // Sent as the content script of tab 9 would send it.
    const message = {
      id: 1,
      type: 'threadExtracted',
      data: { thread: edited, siteName: 'MetaFilter', scoreNoun: 'favorites' },
      timestamp: 1,
    };
    const [reply] = (await fakeBrowser.runtime.onMessage.trigger(message, { tab: { id: 9 } } as never)) as {
      err?: { name: string };
    }[];
    expect(reply?.err?.name).toBe('QuotaExceededError');
    const view = await tabView(db, 9);
    expect(view.status).toBe('error');
    expect(view.status === 'error' && view.message).toMatch(/no room left/);
    db.posts.bulkPut = put;

    expect(await db.posts.toArray()).toEqual(before);
    expect((await db.threads.get(thread.id))?.title).toBe(thread.title);
  });

  it('tells the reader in words, with the detail on demand', async () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const { message, detail } = describeFailure(quota);
    expect(message).toMatch(/no room left/);
    expect(message).toMatch(/Everything saved before is safe/);
    expect(detail).toBe('QuotaExceededError: The quota has been exceeded.');
    expect(describeFailure(new Error('boom')).message).toMatch(/could not save this thread/);
  });
});
