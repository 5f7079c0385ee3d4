import Dexie from 'dexie';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import {
  COMMANDS,
  forwardCommand,
  onMenuClick,
  pageMarks,
  registerHighlightMessages,
  SAVE_MENU_ID,
  saveHighlight,
  threadHighlights,
} from '@/lib/background/highlight-service';
import { rememberTab } from '@/lib/background/tab-state';
import { ThreadwiseDB } from '@/lib/db/database';
import { saveThread } from '@/lib/db/threads';
import type { HighlightDraft } from '@/lib/highlight/types';
import { sendMessage } from '@/lib/messaging/protocol';
import type { Post, Suggestion, Thread } from '@/lib/model';

const DB = 'threadwise-highlight-test';

const post = (id: string, author: string, text: string): Post => ({
  id,
  author,
  permalink: `https://ask.metafilter.com/1/q#${id}`,
  text,
  score: 0,
  accepted: false,
  time: null,
  parentId: null,
  deleted: false,
});

const thread: Thread = {
  id: 'metafilter:ask.metafilter.com:1',
  site: 'metafilter',
  url: 'https://ask.metafilter.com/1/q',
  title: 'Back pain',
  question: post('1', 'asker', 'My back hurts. What helps?'),
  answers: [
    post('10', 'ann', 'Use a heating pad. See a physio about it.'),
    post('11', 'bob', 'Heat works. A physio fixed mine.'),
    post('12', 'cat', 'Stretch daily.'),
  ],
};

const supporter = (postId: string, author: string, quote: string, sentences?: string[]) => ({
  postId,
  author,
  permalink: '',
  quote,
  stance: 'for' as const,
  ...(sentences ? { sentences } : {}),
});

const suggestions: Suggestion[] = [
  {
    id: 's-physio',
    label: 'Physio',
    score: 2,
    stance: 'for',
    people: 2,
    votes: 0,
    // Supporters out of thread order, to check they come back in it.
    supporters: [
      supporter('11', 'bob', 'A physio fixed mine.', ['A physio fixed mine.']),
      supporter('10', 'ann', 'See a physio about it.', ['See a physio about it.', 'Use a heating pad.']),
    ],
  },
  {
    id: 's-heat',
    label: 'Heat',
    score: 2,
    stance: 'for',
    people: 2,
    votes: 0,
    supporters: [
      supporter('10', 'ann', 'Use a heating pad.', ['Use a heating pad.']),
      // No sentences yet: the quote stands in for them.
      supporter('11', 'bob', 'Heat works.'),
    ],
  },
];

const draft: HighlightDraft = {
  threadId: thread.id,
  postId: '12',
  quote: 'Stretch daily.',
  prefix: '',
  suffix: '',
  start: 0,
  end: 14,
};

let db: ThreadwiseDB;
async function seeded(): Promise<ThreadwiseDB> {
  db = new ThreadwiseDB(DB);
  await saveThread(db, thread, 'fp', { suggestions, engineVersion: 'test' });
  return db;
}
afterEach(async () => {
  db?.close();
  await Dexie.delete(DB);
});

describe('the page marks of a stored thread', () => {
  it("lists each post's advice sentences with every suggestion they belong to, best-ranked first", async () => {
    const marks = await pageMarks(await seeded(), thread.id);
    expect(marks).not.toBeNull();
    expect(marks!.threadId).toBe(thread.id);
    expect(marks!.postIds).toEqual(['1', '10', '11', '12']);
    expect(marks!.suggestions).toEqual([
      {
        id: 's-physio',
        label: 'Physio',
        colour: 0,
        people: 2,
        supporters: [
          { postId: '10', author: 'ann' },
          { postId: '11', author: 'bob' },
        ],
      },
      {
        id: 's-heat',
        label: 'Heat',
        colour: 1,
        people: 2,
        supporters: [
          { postId: '10', author: 'ann' },
          { postId: '11', author: 'bob' },
        ],
      },
    ]);
    expect(marks!.posts).toEqual([
      {
        postId: '10',
        sentences: [
          { text: 'See a physio about it.', suggestionIds: ['s-physio'] },
          { text: 'Use a heating pad.', suggestionIds: ['s-physio', 's-heat'] },
        ],
      },
      {
        postId: '11',
        sentences: [
          { text: 'A physio fixed mine.', suggestionIds: ['s-physio'] },
          { text: 'Heat works.', suggestionIds: ['s-heat'] },
        ],
      },
    ]);
    expect(marks!.highlights).toEqual([]);
  });

  it('is null for a thread that is not stored', async () => {
    expect(await pageMarks(await seeded(), 'nope')).toBeNull();
  });
});

describe('the highlight messages', () => {
  it('saves a highlight, returns it in the page marks, and deletes it', async () => {
    registerHighlightMessages(await seeded());
    const saved = await sendMessage('saveHighlight', draft);
    expect(saved).toMatchObject(draft);
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.highlights.count()).toBe(1);

    const marks = await sendMessage('getPageMarks', { threadId: thread.id });
    expect(marks?.highlights).toEqual([saved]);

    expect(await sendMessage('deleteHighlight', { id: saved.id })).toBe(true);
    expect(await db.highlights.count()).toBe(0);
    expect(await sendMessage('deleteHighlight', { id: saved.id })).toBe(false);
  });

  it('refuses a draft whose quote and offsets disagree, or that is empty', async () => {
    registerHighlightMessages(await seeded());
    await expect(sendMessage('saveHighlight', { ...draft, end: 99 })).rejects.toThrow(/invalid/);
    await expect(sendMessage('saveHighlight', { ...draft, quote: ' ', end: 1 })).rejects.toThrow(/invalid/);
    expect(await db.highlights.count()).toBe(0);
  });

  it('highlights saved within one millisecond list in the order they were saved', async () => {
    const db = await seeded();
    const now = 1_700_000_000_000;
    const saved = [];
    for (const quote of ['Stretch daily.', 'Stretch', 'daily']) {
      const start = draft.quote.indexOf(quote);
      saved.push(await saveHighlight(db, { ...draft, quote, start, end: start + quote.length }, now));
    }
    const listed = await threadHighlights(db, thread.id);
    expect(listed.map((h) => h.quote)).toEqual(['Stretch daily.', 'Stretch', 'daily']);
    expect(new Set(saved.map((h) => h.createdAt)).size).toBe(3);
  });

  it("lists a tab's highlights with whether its page placed them", async () => {
    registerHighlightMessages(await seeded());
    const a = await sendMessage('saveHighlight', draft);
    const b = await sendMessage('saveHighlight', { ...draft, quote: 'Stretch', end: 7 });
    await rememberTab(5, { threadId: thread.id, siteName: 'MetaFilter', scoreNoun: 'favorites' });
    // The tab's content script answers that it could not place `b` (the fake browser does not
    // route tab messages, so the tab's reply is given here, in the messaging library's format).
    const asked: unknown[] = [];
    const tabs = (globalThis as unknown as { chrome: { tabs: Record<string, unknown> } }).chrome.tabs;
    const original = tabs.sendMessage;
    onTestFinished(() => {
      tabs.sendMessage = original;
    });
    tabs.sendMessage = (
      tabId: number,
      message: { type: string },
      _o: unknown,
      reply: (r: unknown) => void,
    ) => {
      asked.push([tabId, message.type]);
      reply({ res: { enabled: true, advice: 3, saved: 1, orphans: [b.id] } });
    };
    const listed = await sendMessage('listHighlights', { tabId: 5 });
    expect(listed.map((h) => [h.id, h.status])).toEqual([
      [a.id, 'placed'],
      [b.id, 'orphan'],
    ]);
    expect(asked).toEqual([[5, 'getHighlightState']]);
    expect(await sendMessage('listHighlights', { tabId: 6 })).toEqual([]);
  });
});

describe('keyboard commands and the context menu', () => {
  /** Records what the background sends to tabs (the fake browser does not route tab messages). */
  function tabMessages(): unknown[][] {
    const sent: unknown[][] = [];
    const tabs = (globalThis as unknown as { chrome: { tabs: Record<string, unknown> } }).chrome.tabs;
    const original = tabs.sendMessage;
    onTestFinished(() => {
      tabs.sendMessage = original;
    });
    tabs.sendMessage = (
      tabId: number,
      message: { type: string; data: unknown },
      _o: unknown,
      reply: (r: unknown) => void,
    ) => {
      sent.push([tabId, message.type, message.data]);
      reply({ res: true });
    };
    return sent;
  }

  it("forwards each command to the tab's content script", async () => {
    const sent = tabMessages();
    await forwardCommand(COMMANDS.toggle, { id: 4 });
    await forwardCommand(COMMANDS.next, { id: 4 });
    await forwardCommand(COMMANDS.previous, { id: 4 });
    await forwardCommand(COMMANDS.save, { id: 4 });
    await forwardCommand('something-else', { id: 4 });
    expect(sent).toEqual([
      [4, 'toggleHighlights', undefined],
      [4, 'moveAdvice', { direction: 1 }],
      [4, 'moveAdvice', { direction: -1 }],
      [4, 'saveSelection', undefined],
    ]);
  });

  it('asks the tab to save its selection when "Save as advice" is clicked, and only then', async () => {
    const sent = tabMessages();
    await onMenuClick(SAVE_MENU_ID, { id: 9 });
    await onMenuClick('another-item', { id: 9 });
    await onMenuClick(SAVE_MENU_ID, undefined);
    expect(sent).toEqual([[9, 'saveSelection', undefined]]);
  });
});
