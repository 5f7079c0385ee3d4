import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerLibraryService } from '@/lib/background/library-service';
import { ThreadwiseDB } from '@/lib/db/database';
import { threadToMarkdown } from '@/lib/db/export-markdown';
import { sendMessage } from '@/lib/messaging/protocol';
import { dropEngine, indexThread } from '@/lib/search/sync';
import { bike, save, sourdough, sourdoughAnswers, suggestion } from './fixtures';

const NAME = 'threadwise-library-service';
let db: ThreadwiseDB;
beforeEach(async () => {
  db = new ThreadwiseDB(NAME);
  await save(db, sourdough, [suggestion('s1', 'put it in the fridge', [sourdoughAnswers[0]!])], 1000);
  await save(db, bike, [], 2000);
  await indexThread(db, sourdough);
  await indexThread(db, bike);
  registerLibraryService(db);
});
afterEach(async () => {
  await dropEngine(db);
  db.close();
  await Dexie.delete(NAME);
});

describe('the library service (over the message contract)', () => {
  it('lists threads newest first with their counts', async () => {
    const list = await sendMessage('listThreads', undefined);
    expect(list.map((t) => [t.title, t.host, t.answers, t.suggestions])).toEqual([
      ['Bicycle maintenance for a commuter', 'bikes.stackexchange.com', 2, 0],
      ['Keeping a sourdough starter alive', 'ask.example.org', 3, 1],
    ]);
  });

  it('searches, returns a thread in full, and deletes it from the store and the index', async () => {
    const [hit] = await sendMessage('search', { query: 'lubricate', filters: {}, limit: 5 });
    // The fixture's answers link under ask.example.org whatever the thread's host.
    expect(hit?.permalink).toBe('https://ask.example.org/2/t#201');
    const detail = await sendMessage('getThread', { id: sourdough.id });
    expect(detail?.thread.answers.map((a) => a.id)).toEqual(['101', '102', '103']);
    expect(detail?.suggestions.map((s) => s.label)).toEqual(['put it in the fridge']);

    await sendMessage('deleteThread', { id: sourdough.id });
    expect(await sendMessage('getThread', { id: sourdough.id })).toBeNull();
    expect(await db.posts.where('threadId').equals(sourdough.id).count()).toBe(0);
    expect(await db.analyses.get(sourdough.id)).toBeUndefined();
    expect(await sendMessage('search', { query: 'parchment' })).toEqual([]);
  });

  it('rejects a bad import with its reason and imports a good one back', async () => {
    await expect(sendMessage('importLibrary', { text: '{"app":"other"}' })).rejects.toThrow(
      /Threadwise library/,
    );
    const file = JSON.stringify(await sendMessage('exportLibrary', undefined));
    await sendMessage('deleteThread', { id: bike.id });
    const report = await sendMessage('importLibrary', { text: file });
    expect(report).toMatchObject({ threadsAdded: 1, postsAdded: 2, changed: [bike.id] });
    // The re-imported thread is searchable again.
    expect((await sendMessage('search', { query: 'tyre' })).map((r) => r.author)).toEqual(['derailleur_dan']);
  });
});

describe('highlights saved by another service', () => {
  it('become searchable, and stop being found once deleted, without that service calling search', async () => {
    const post = sourdoughAnswers[1]!;
    await db.highlights.add({
      id: 'hl-1',
      threadId: sourdough.id,
      postId: post.id,
      quote: 'dried flakes keep for months',
      prefix: '',
      suffix: '',
      start: 0,
      end: 0,
      createdAt: 1,
    });
    const mine = () => sendMessage('search', { query: 'flakes', filters: { highlightsOnly: true } });
    await vi.waitFor(async () => expect((await mine()).map((r) => r.permalink)).toEqual([post.permalink]));
    await db.highlights.delete('hl-1');
    await vi.waitFor(async () => expect(await mine()).toEqual([]));
  });
});

describe('one thread as Markdown', () => {
  it('has the condensed list, the question and every answer linked to its permalink', () => {
    const md = threadToMarkdown(sourdough, [
      suggestion('s1', 'put it in the fridge', [sourdoughAnswers[0]!]),
    ]);
    expect(md).toContain('# [Keeping a sourdough starter alive](https://ask.example.org/1/t)');
    expect(md).toContain('1. **put it in the fridge**: 1 person');
    expect(md).toContain('## Answers (3)');
    expect(md).toContain('### [levain\\_larry](https://ask.example.org/1/t#102)');
    expect(md).toContain('> Dry some on parchment paper as a backup; dried flakes keep for months.');
  });
});
