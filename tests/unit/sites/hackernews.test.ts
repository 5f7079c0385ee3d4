import { describe, expect, it } from 'vitest';
import { hackernews } from '@/lib/sites/hackernews';
import { fixture, mine } from './load';

const STORY = 'hackernews-item-story.html';
const STORY_URL = new URL('https://news.ycombinator.com/item?id=24120000');
const ASK = 'hackernews-ask-hn.html';
const ASK_URL = new URL('https://news.ycombinator.com/item?id=41230077');

describe('hackernews adapter, link story (spacer-image indentation)', () => {
  const thread = hackernews.extract(fixture(STORY), STORY_URL)!;

  it('reads the story', () => {
    expect(thread.id).toBe('hackernews:news.ycombinator.com:24120000');
    expect(thread.url).toBe('https://news.ycombinator.com/item?id=24120000');
    expect(thread.title).toBe('SQLite is not a toy database');
    expect(thread.question).toMatchObject({
      id: '24120000',
      author: 'lite_fan',
      score: 312,
      time: '2020-08-11T14:02:33.000Z',
      text: '',
      permalink: 'https://news.ycombinator.com/item?id=24120000',
    });
    expect(thread.question.links).toEqual(['https://example.org/blog/sqlite-not-a-toy']);
  });

  it('rebuilds nesting from the indent and flags dead and deleted comments', () => {
    expect(thread.answers.map((a) => [a.id, a.author, a.parentId, a.deleted, a.time])).toEqual([
      ['24120311', 'wal_mode', null, false, '2020-08-11T14:30:00.000Z'],
      ['24120502', 'pg_dba', '24120311', false, '2020-08-11T15:05:12.000Z'],
      ['24120777', 'cheap_meds_4u', '24120502', true, '2020-08-11T15:40:00.000Z'],
      ['24120901', '[deleted]', '24120311', true, '2020-08-11T16:00:00.000Z'],
      ['24121010', 'embedded_ed', null, false, '2020-08-11T17:45:59.000Z'],
    ]);
    expect(thread.answers.every((a) => a.score === null && !a.accepted)).toBe(true);
    expect(thread.answers[3]!.text).toBe('');
  });

  it('keeps code, ">" quotes and links; leaves out the reply link', () => {
    const [wal, dba, , , ed] = thread.answers;
    expect(wal!.code).toEqual(['  PRAGMA journal_mode=WAL;']);
    expect(wal!.text).not.toContain('reply');
    expect(dba!.quotes).toEqual(['Readers stop blocking the writer']);
    expect(ed!.links).toEqual(['https://www.sqlite.org/whentouse.html']);
    expect(ed!.permalink).toBe('https://news.ycombinator.com/item?id=24121010');
  });
});

describe('hackernews adapter, Ask HN (indent attribute)', () => {
  const thread = hackernews.extract(fixture(ASK), ASK_URL)!;

  it('reads the Ask HN text as the question', () => {
    expect(thread.title).toBe('Ask HN: How do you keep notes that you actually reread?');
    expect(thread.question).toMatchObject({
      id: '41230077',
      author: 'forgetful_fred',
      score: 148,
      time: '2024-08-13T07:30:00.000Z',
      text: 'I have tried Evernote, Notion and plain Markdown, and every time I end up with thousands of notes I never look at again.\n\nWhat system made you actually go back to your notes?',
    });
    expect(thread.question.links).toEqual([]);
  });

  it('reads the comment tree', () => {
    expect(thread.answers.map((a) => [a.id, a.author, a.parentId, a.time])).toEqual([
      ['41230512', 'zettel_zoe', null, '2024-08-13T08:02:41.000Z'],
      ['41230888', 'forgetful_fred', '41230512', '2024-08-13T09:15:00.000Z'],
      ['41231004', 'zettel_zoe', '41230888', '2024-08-13T09:40:10.000Z'],
      ['41231200', 'paper_pat', null, '2024-08-13T11:00:00.000Z'],
    ]);
    expect(thread.answers[0]!.text).toBe(
      'Write every note as if for someone else, one idea per note, and link it to two older notes. The linking is what brings old notes back.\n\nAlso schedule a weekly 20-minute review.',
    );
  });
});

describe('hackernews detection', () => {
  it('claims item pages only', () => {
    expect(hackernews.detect(fixture(ASK), ASK_URL)).toBe(true);
    expect(hackernews.detect(fixture(ASK), new URL('https://news.ycombinator.com/news'))).toBe(false);
    expect(hackernews.detect(fixture(ASK), new URL('https://news.ycombinator.com/item?id=abc'))).toBe(false);
    expect(hackernews.detect(fixture(ASK), new URL('https://example.com/item?id=41230077'))).toBe(false);
  });

  it('is the only one of these adapters to claim its fixtures', () => {
    for (const [name, url] of [
      [STORY, STORY_URL],
      [ASK, ASK_URL],
    ] as const) {
      const doc = fixture(name);
      expect(mine.filter((a) => a.detect(doc, url)).map((a) => a.id)).toEqual(['hackernews']);
    }
  });

  it('does not claim an item URL whose page has no item', () => {
    const doc = fixture(ASK);
    doc.body.innerHTML = '<p>No such item.</p>';
    expect(hackernews.detect(doc, ASK_URL)).toBe(false);
    expect(hackernews.extract(doc, ASK_URL)).toBeNull();
  });
});

describe('hackernews postBody', () => {
  it('finds the story text and each comment’s text', () => {
    const doc = fixture(ASK);
    expect(hackernews.postBody!(doc, '41230077')?.textContent).toContain('thousands of notes');
    expect(hackernews.postBody!(doc, '41230888')?.textContent).toBe('Which tool do you use for the links?');
    expect(hackernews.postBody!(fixture(STORY), '24120901')?.textContent).toContain('[deleted]');
    expect(hackernews.postBody!(doc, '1')).toBeNull();
    expect(hackernews.postBody!(doc, 'x"]')).toBeNull();
  });
});
