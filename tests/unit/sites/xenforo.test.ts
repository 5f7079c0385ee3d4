import { describe, expect, it } from 'vitest';
import { xenforo } from '../../../lib/sites/xenforo';
import { loadFixture } from './fixture';

const url = new URL('https://forums.example.com/threads/which-thermal-paste-for-a-laptop-repaste.98765/');
const perma = (id: number): string =>
  `https://forums.example.com/threads/which-thermal-paste-for-a-laptop-repaste.98765/post-${id}`;

describe('xenforo adapter (2.2 question thread)', () => {
  const doc = loadFixture('xenforo-question-thread.html');
  const thread = xenforo.extract(doc, url)!;

  it('recognises XenForo by html#XF and its message markup, on any host', () => {
    expect(xenforo.detect(doc, url)).toBe(true);
    expect(xenforo.detect(doc, new URL('https://mirror.example.org/whatever'))).toBe(true);
    expect(thread.id).toBe('xenforo:forums.example.com:98765');
    expect(thread.title).toBe('Which thermal paste for a laptop repaste?');
    expect(thread.url).toBe(url.href);
  });

  it('reads the first post as the question', () => {
    expect(thread.question).toMatchObject({
      id: '500100',
      author: 'coolhands',
      time: '2024-01-15T09:26:53.000Z',
      accepted: false,
      text: 'My laptop hits 95 °C under load. Which paste should I use, and is liquid metal worth the risk?',
    });
  });

  it('reads votes, the solution, the deleted post and the quoted parent', () => {
    expect(
      thread.answers.map((a) => [a.id, a.author, a.score, a.accepted, a.deleted, a.time, a.parentId]),
    ).toEqual([
      ['500107', 'pastemaster', 9, false, false, '2024-01-15T10:02:11.000Z', null],
      ['500111', 'oldtimer', 0, false, true, null, null],
      ['500120', 'repairshop', 14, true, false, '2024-01-16T14:45:00.000Z', '500107'],
    ]);
    expect(thread.answers[0]!.permalink).toBe(perma(500107));
    expect(thread.answers[2]!.permalink).toBe(perma(500120));
    expect(thread.answers[1]!.text).toBe('');
  });

  it('keeps the quote apart from its "said:" header', () => {
    const solution = thread.answers[2]!;
    expect(solution.quotes).toEqual(['Skip liquid metal on a laptop']);
    expect(solution.text).not.toContain('said:');
    expect(solution.text).not.toContain('Click to expand');
    expect(solution.text).toContain('Also replace the thermal pads');
  });

  it('counts reactions when a thread has no votes ("A, B and 3 others" = 5)', () => {
    const noVotes = loadFixture('xenforo-question-thread.html');
    noVotes.querySelectorAll('.contentVote').forEach((el) => el.remove());
    expect(xenforo.extract(noVotes, url)!.answers[0]!.score).toBe(5);
  });
});

describe('xenforo adapter (2.0: likes, a deleted post as a placeholder div)', () => {
  const url = new URL('https://bakers.example.net/threads/sourdough-starter-smells-like-nail-polish.2201/');
  const thread = xenforo.extract(loadFixture('xenforo-2-0-thread.html'), url)!;

  it('reads every post, the deleted ones flagged and without their text', () => {
    expect(thread.question).toMatchObject({
      id: '88001',
      author: 'crumbly',
      time: '2018-03-02T18:04:10.000Z',
    });
    expect(thread.answers.map((a) => [a.id, a.author, a.deleted, a.text])).toEqual([
      ['88007', 'levain_lou', false, 'Not dead, just hungry. Feed it twice a day for a few days.'],
      ['88009', 'spammy', true, ''],
      ['88012', 'hasty', true, ''],
    ]);
    expect(thread.answers[1]!.permalink).toBe(`${url.href}post-88009`);
  });

  it('counts likes ("A, B and 2 others like this" = 4)', () => {
    expect(thread.answers[0]!.score).toBe(4);
    expect(thread.question.score).toBe(0);
  });
});

describe('xenforo adapter: post bodies for highlights', () => {
  it('finds a post body by post id', () => {
    const doc = loadFixture('xenforo-question-thread.html');
    expect(xenforo.postBody!(doc, '500107')?.textContent).toBe(
      'Any non-conductive paste works. Skip liquid metal on a laptop: it eats aluminium.',
    );
  });
});

describe('xenforo adapter (XenForo 1 message list)', () => {
  const url = new URL('https://oldforum.example.com/threads/best-budget-tent-for-two.4321/');
  const doc = loadFixture('xenforo-1-thread.html');
  const thread = xenforo.extract(doc, url)!;
  const perma = (id: number): string => `${url.href}#post-${id}`;

  it('recognises html#XenForo and resolves links against <base href>', () => {
    expect(xenforo.detect(doc, url)).toBe(true);
    expect(thread.id).toBe('xenforo:oldforum.example.com:4321');
    expect(thread.title).toBe('Best budget tent for two?');
    expect(thread.question).toMatchObject({ id: '50001', author: 'hiker', time: '2014-01-01T08:00:00.000Z' });
  });

  it('reads likes, quoted parents, the removed post, and leaves zone-less dates null', () => {
    expect(
      thread.answers.map((a) => [a.id, a.author, a.score, a.time, a.permalink, a.parentId, a.deleted]),
    ).toEqual([
      ['50007', 'ultralight', 4, '2014-01-01T10:00:00.000Z', perma(50007), null, false],
      ['50012', 'condensation', 0, null, perma(50012), '50007', false],
      ['50013', 'spammy', 0, null, 'https://oldforum.example.com/posts/50013/', null, true],
    ]);
    const reply = thread.answers[1]!;
    expect(reply.quotes).toEqual(['Look at single-wall trekking pole tents.']);
    expect(reply.text).not.toContain('said:');
    expect(reply.text).not.toContain('Click to expand');
    expect(thread.answers[2]!.text).toBe('');
  });
});

describe('xenforo adapter: XenForo 1 post bodies', () => {
  it('finds a message text by post id', () => {
    const doc = loadFixture('xenforo-1-thread.html');
    expect(xenforo.postBody!(doc, '50007')?.textContent).toContain('single-wall trekking pole tents');
  });
});
