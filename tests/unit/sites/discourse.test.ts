import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { discourse } from '../../../lib/sites/discourse';
import { loadFixture } from './fixture';

describe('discourse adapter: crawler view', () => {
  const url = new URL('https://community.example.org/t/how-do-i-reset-my-password/4242');
  const doc = loadFixture('discourse-crawler-solved.html');
  const thread = discourse.extract(doc, url)!;
  const perma = (n: number): string => `https://community.example.org/t/how-do-i-reset-my-password/4242/${n}`;

  it('recognises the software, not the host', () => {
    expect(discourse.detect(doc, url)).toBe(true);
    expect(
      discourse.detect(doc, new URL('https://other-host.example.net/t/how-do-i-reset-my-password/4242')),
    ).toBe(true);
    expect(thread.id).toBe('discourse:community.example.org:4242');
    expect(thread.title).toBe('How do I reset my password?');
    expect(thread.url).toBe('https://community.example.org/t/how-do-i-reset-my-password/4242');
  });

  it('reads post 1 as the question', () => {
    expect(thread.question).toMatchObject({
      id: '1',
      author: 'alice',
      score: 2,
      time: '2024-03-01T10:00:00.000Z',
      text: 'I forgot my password and the reset email never arrives.',
    });
  });

  it('reads replies by post number with likes, times and permalinks', () => {
    expect(thread.answers.map((a) => [a.id, a.author, a.score, a.time, a.permalink])).toEqual([
      ['2', 'bob', 0, '2024-03-01T10:20:00.000Z', perma(2)],
      ['3', 'carol', 4, '2024-03-01T11:30:00.000Z', perma(3)],
      ['5', 'dave', 1, '2024-03-02T08:05:00.000Z', perma(5)],
    ]);
  });

  it('marks the accepted solution named by the QAPage data', () => {
    expect(thread.answers.map((a) => a.accepted)).toEqual([false, true, false]);
  });

  it('keeps quoted posts apart and an image-only post empty', () => {
    const bob = thread.answers[0]!;
    expect(bob.quotes).toEqual(['the reset email never arrives']);
    expect(bob.text).not.toContain('alice:');
    expect(bob.code).toEqual([]);
    expect(thread.answers[2]!.text).toBe('');
  });
});

describe('discourse adapter: live app post stream', () => {
  const url = new URL('https://community.example.org/t/backup-fails-with-disk-full/777');
  const doc = loadFixture('discourse-live-app.html');
  const thread = discourse.extract(doc, url)!;
  const perma = (n: number): string => `https://community.example.org/t/backup-fails-with-disk-full/777/${n}`;

  it('reads the Ember post stream', () => {
    expect(discourse.detect(doc, url)).toBe(true);
    expect(thread.title).toBe('Backup fails with disk full');
    expect(thread.question).toMatchObject({
      id: '1',
      author: 'erin',
      score: 0,
      time: '2024-04-02T09:00:00.000Z',
    });
  });

  it('reads likes, times, the deleted post and the solution', () => {
    expect(
      thread.answers.map((a) => [a.id, a.author, a.score, a.accepted, a.deleted, a.time, a.permalink]),
    ).toEqual([
      ['2', 'frank', 7, false, false, '2024-04-02T09:40:00.000Z', perma(2)],
      ['3', 'spammer', 0, false, true, '2024-04-02T10:00:00.000Z', perma(3)],
      ['4', 'grace', 12, true, false, '2024-04-03T08:15:00.000Z', perma(4)],
    ]);
    expect(thread.answers[1]!.text).toBe('');
    expect(thread.answers.every((a) => a.parentId === null)).toBe(true);
  });

  it('does not claim a Discourse page that is not a topic', () => {
    const latest = parseHTML(
      '<html><head><meta name="generator" content="Discourse 3.2.1"></head><body><div id="main-outlet"><table class="topic-list"><tr class="topic-list-item"><td><a href="/t/backup-fails-with-disk-full/777">Backup fails</a></td></tr></table></div></body></html>',
    ).document as unknown as Document;
    expect(discourse.detect(latest, new URL('https://community.example.org/latest'))).toBe(false);
  });
});

describe('discourse adapter: replies', () => {
  const url = new URL('https://community.example.org/t/import-job-hangs-after-upgrade/778');

  it('reads which post each reply answers from the topic the page preloads', () => {
    const thread = discourse.extract(loadFixture('discourse-live-replies.html'), url)!;
    // Post 4 answers post 1, the topic itself: a top-level reply.
    expect(thread.answers.map((a) => [a.id, a.author, a.parentId])).toEqual([
      ['2', 'ivan', null],
      ['3', 'hana', '2'],
      ['4', 'jo', null],
      ['5', 'ivan', '3'],
    ]);
    expect(thread.question.parentId).toBeNull();
  });

  it('reads every post, with no parents, when the preloaded topic is damaged', () => {
    const doc = loadFixture('discourse-live-replies.html');
    doc.getElementById('data-preloaded')!.setAttribute('data-preloaded', '{"topic_778": "{\\"post_stream');
    const thread = discourse.extract(doc, url)!;
    expect(thread.answers.map((a) => [a.id, a.parentId])).toEqual([
      ['2', null],
      ['3', null],
      ['4', null],
      ['5', null],
    ]);
  });
});

describe('discourse adapter: replies the preloaded topic does not cover', () => {
  const url = new URL('https://community.example.org/t/import-job-hangs-after-upgrade/778');
  // Posts loaded as the reader scrolls are not in the preloaded topic: only their "in reply
  // to" tab (the author replied to) says anything.
  const scrolled = (tabOfPost5: string): Document => {
    const doc = loadFixture('discourse-live-replies.html');
    doc.getElementById('data-preloaded')!.remove();
    doc.querySelector('#post_5 .reply-to-tab span')!.textContent = tabOfPost5;
    return doc;
  };

  it('takes the one earlier post of the author the tab names', () => {
    const thread = discourse.extract(scrolled('jo'), url)!;
    expect(thread.answers.map((a) => [a.id, a.parentId])).toEqual([
      ['2', null],
      ['3', null],
      // "in reply to hana", who wrote posts 1 and 3: which one is not known.
      ['4', null],
      ['5', '4'],
    ]);
  });

  it('guesses nothing when the author named wrote no earlier post, and a reply to post 1 stays top-level', () => {
    expect(discourse.extract(scrolled('nobody'), url)!.answers.at(-1)!.parentId).toBeNull();
    const doc = scrolled('jo');
    doc.querySelector('#post_4 .reply-to-tab span')!.textContent = 'hana';
    doc.querySelector('#post_3')!.remove();
    // hana's one earlier post is now the topic itself.
    expect(discourse.extract(doc, url)!.answers.find((a) => a.id === '4')!.parentId).toBeNull();
  });
});

describe('discourse adapter: post bodies for highlights', () => {
  it('finds a post body in both views', () => {
    const live = loadFixture('discourse-live-app.html');
    expect(discourse.postBody!(live, '2')?.textContent).toContain('The backup is written to /tmp first.');
    const crawler = loadFixture('discourse-crawler-solved.html');
    expect(discourse.postBody!(crawler, '3')?.textContent).toContain('Check the spam folder');
    expect(discourse.postBody!(crawler, '1')?.textContent).toContain('I forgot my password');
    expect(discourse.postBody!(crawler, '99')).toBeNull();
  });
});
