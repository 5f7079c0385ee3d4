import { describe, expect, it } from 'vitest';
import { phpbb } from '../../../lib/sites/phpbb';
import { loadFixture } from './fixture';

const url = new URL('https://forum.example.net/viewtopic.php?t=5150');
const perma = (id: number): string => `https://forum.example.net/viewtopic.php?p=${id}#p${id}`;

describe('phpbb adapter (prosilver, phpBB 3.3)', () => {
  const doc = loadFixture('phpbb-prosilver-33.html');
  const thread = phpbb.extract(doc, url)!;

  it('recognises phpBB by its own markers on any host', () => {
    expect(phpbb.detect(doc, url)).toBe(true);
    expect(phpbb.detect(doc, new URL('https://elsewhere.example.com/forum/viewtopic.php?t=5150'))).toBe(true);
    expect(thread.id).toBe('phpbb:forum.example.net:5150');
    expect(thread.title).toBe('Router drops Wi-Fi every night');
  });

  it('reads the first post as the question, without the signature', () => {
    expect(thread.question).toMatchObject({
      id: '70001',
      author: 'nightowl',
      score: null,
      time: '2023-06-01T18:22:05.000Z',
      permalink: 'https://forum.example.net/viewtopic.php?t=5150',
    });
    expect(thread.question.text).toBe(
      'Every night at about 3am the Wi-Fi disappears for ten minutes. Cable devices stay online.\n\nFirmware is current.',
    );
  });

  it('reads replies with ids, authors, times, permalinks, the deleted post and the quoted parent', () => {
    expect(thread.answers.map((a) => [a.id, a.author, a.time, a.permalink, a.deleted, a.parentId])).toEqual([
      ['70004', 'Admin Ann', '2023-06-01T19:05:00.000Z', perma(70004), false, null],
      ['70007', 'spambot99', '2023-06-01T19:20:00.000Z', perma(70007), true, null],
      ['70010', 'nightowl', '2023-06-02T07:45:30.000Z', perma(70010), false, '70004'],
    ]);
    expect(thread.answers[1]!.text).toBe('');
    expect(thread.answers.every((a) => a.score === null && !a.accepted)).toBe(true);
  });

  it('keeps code whole and quotes without their citation line', () => {
    expect(thread.answers[0]!.code).toEqual(['wifi.auto_channel = off\nwifi.channel = 6']);
    expect(thread.answers[0]!.text).not.toContain('Select all');
    expect(thread.answers[2]!.quotes).toEqual(['That is the nightly channel scan.']);
  });

  it('reads printed dates in the board’s named zone, daylight saving included', () => {
    const printed = loadFixture('phpbb-prosilver-33.html');
    // Older styles print only the date text; the footer names the zone (Europe/Berlin).
    printed.querySelector('#p70001 time')!.replaceWith('Thu Jan 05, 2023 8:22 pm');
    printed.querySelector('#p70004 time')!.replaceWith('Thu Jun 01, 2023 9:05 pm');
    const t = phpbb.extract(printed, url)!;
    expect(t.question.time).toBe('2023-01-05T19:22:00.000Z'); // CET, UTC+1
    expect(t.answers[0]!.time).toBe('2023-06-01T19:05:00.000Z'); // CEST, UTC+2
  });

  it('does not claim pages without posts', () => {
    const front = loadFixture('metafilter-front-page.html');
    expect(phpbb.detect(front, url)).toBe(false);
  });
});

describe('phpbb adapter: post bodies for highlights', () => {
  it('finds a post body by post id', () => {
    const doc = loadFixture('phpbb-prosilver-33.html');
    expect(phpbb.postBody!(doc, '70010')?.textContent).toContain('Pinned it to channel 6');
    expect(phpbb.postBody!(doc, '1')).toBeNull();
  });
});
