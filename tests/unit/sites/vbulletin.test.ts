import { describe, expect, it } from 'vitest';
import { vbulletin } from '../../../lib/sites/vbulletin';
import { loadFixture } from './fixture';

const url = new URL('https://garage.example.com/forum/showthread.php?t=31337');
const perma = (id: number): string =>
  `https://garage.example.com/forum/showthread.php?t=31337&p=${id}&viewfull=1#post${id}`;

describe('vbulletin adapter (vBulletin 4 showthread)', () => {
  const doc = loadFixture('vbulletin-4-showthread.html');
  const thread = vbulletin.extract(doc, url)!;

  it('recognises vBulletin by its generator and post list', () => {
    expect(vbulletin.detect(doc, url)).toBe(true);
    expect(thread.id).toBe('vbulletin:garage.example.com:31337');
    expect(thread.title).toBe('Carburetor floods after rebuild');
    expect(thread.url).toBe('https://garage.example.com/forum/showthread.php?t=31337');
  });

  it('reads post #1 as the question, in the board’s GMT -5 clock', () => {
    expect(thread.question).toMatchObject({
      id: '880001',
      author: 'wrenchy',
      time: '2012-03-14T14:26:00.000Z',
      score: null,
      text: 'Rebuilt the carb on my 1978 bike with a new kit. Now it floods and fuel pours out of the overflow.\n\nFloat height set to spec.',
    });
  });

  it('reads replies, the deleted post and the quoted parent', () => {
    expect(thread.answers.map((a) => [a.id, a.author, a.time, a.permalink, a.deleted, a.parentId])).toEqual([
      ['880004', 'oldbiker', '2012-03-14T16:05:00.000Z', perma(880004), false, null],
      ['880005', 'spamdude', '2012-03-14T16:40:00.000Z', perma(880005), true, null],
      ['880009', 'wrenchy', '2012-03-16T00:15:00.000Z', perma(880009), false, '880004'],
    ]);
    expect(thread.answers[1]!.text).toBe('');
  });

  it('keeps the quote without its "Originally Posted by" header', () => {
    const last = thread.answers[2]!;
    expect(last.quotes).toEqual(['Check the float needle seat.']);
    expect(last.text).not.toContain('Originally Posted by');
    expect(last.text).toContain('That was it. Swapped in the old seat and it runs fine.');
  });

  it('leaves "Today" dates unplaced rather than guessing', () => {
    const today = loadFixture('vbulletin-4-showthread.html');
    today.querySelector('#post_880004 .date')!.textContent = 'Today, 11:05 AM';
    expect(vbulletin.extract(today, url)!.answers[0]!.time).toBeNull();
  });
});

describe('vbulletin adapter: post bodies for highlights', () => {
  it('finds a post body by post id', () => {
    const doc = loadFixture('vbulletin-4-showthread.html');
    expect(vbulletin.postBody!(doc, '880004')?.textContent).toContain('Check the float needle seat.');
  });
});

describe('vbulletin adapter (vBulletin 3, second page)', () => {
  const url = new URL('https://bake.example.net/forums/showthread.php?t=4455&page=2');
  const doc = loadFixture('vbulletin-3-page2.html');
  const thread = vbulletin.extract(doc, url)!;

  it('is page 2 of its thread, and says so on every post', () => {
    expect(thread.part).toBe(2);
    expect(thread.answers.every((a) => a.part === 2)).toBe(true);
  });

  it('treats every post of a later page as a reply (first post is #11)', () => {
    expect(vbulletin.detect(doc, url)).toBe(true);
    expect(thread.title).toBe("Sourdough won't rise in winter");
    expect(thread.question).toMatchObject({
      id: 't4455',
      permalink: 'https://bake.example.net/forums/showthread.php?t=4455',
    });
    expect(thread.answers.map((a) => [a.id, a.author, a.time, a.permalink, a.parentId])).toEqual([
      [
        '9911',
        'crustyloaf',
        '2009-01-20T22:15:00.000Z',
        'https://bake.example.net/forums/showthread.php?p=9911#post9911',
        null,
      ],
      [
        '9930',
        'ovenmitt',
        '2009-01-21T08:02:00.000Z',
        'https://bake.example.net/forums/showthread.php?p=9930#post9930',
        '9911',
      ],
    ]);
  });

  it('reads the vB3 quote box as a quote, without its header', () => {
    const reply = thread.answers[1]!;
    expect(reply.quotes).toEqual(['Put the dough in the oven with only the light on.']);
    expect(reply.text).toBe(
      'Put the dough in the oven with only the light on.\n\nWorked for me too, rose in four hours.',
    );
  });
});

describe('vbulletin adapter (vBulletin 5 thread)', () => {
  const url = new URL(
    'https://community.example.org/forum/engine-and-drivetrain/51200-rough-idle-after-cold-start-p0171',
  );
  const perma = (id: number): string => `${url.href}?p=${id}#post${id}`;
  const doc = loadFixture('vbulletin-5-thread.html');
  const thread = vbulletin.extract(doc, url)!;

  it('recognises vBulletin 5 by its page and post markup, on any host', () => {
    expect(vbulletin.detect(doc, url)).toBe(true);
    expect(vbulletin.detect(doc, new URL('https://mirror.example.net/t'))).toBe(true);
    expect(thread.id).toBe('vbulletin:community.example.org:51200');
    expect(thread.title).toBe('Rough idle after cold start, P0171');
    expect(thread.url).toBe(url.href);
    expect(thread.part).toBe(1);
  });

  it('reads the starter as the question, its time from the Unix stamp', () => {
    expect(thread.question).toMatchObject({
      id: '51200',
      author: 'gearhead',
      time: '2023-11-16T10:20:00.000Z',
      // The question links to its thread, as on every site.
      permalink: url.href,
    });
    expect(thread.question.text).toContain('P0171');
  });

  it('reads replies with likes, the deleted post and the quoted parent', () => {
    expect(
      thread.answers.map((a) => [a.id, a.author, a.score, a.deleted, a.time, a.permalink, a.parentId]),
    ).toEqual([
      ['51207', 'torque_tina', 7, false, '2023-11-16T11:20:00.000Z', perma(51207), null],
      ['51210', 'spambot', 0, true, '2023-11-16T11:35:00.000Z', perma(51210), null],
      ['51214', 'gearhead', 1, false, '2023-11-17T11:20:00.000Z', perma(51214), '51207'],
    ]);
    expect(thread.answers[1]!.text).toBe('');
  });

  it('keeps the quote without its "Originally posted by" header', () => {
    const last = thread.answers[2]!;
    expect(last.quotes).toEqual(['Spray carb cleaner around the intake gaskets']);
    expect(last.text).not.toContain('Originally posted by');
    expect(last.text).toContain('the PCV hose was cracked');
  });

  it('finds a post body for highlights', () => {
    expect(vbulletin.postBody!(doc, '51207')?.textContent).toContain('lean code');
  });
});
