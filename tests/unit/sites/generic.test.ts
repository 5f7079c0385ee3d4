import { describe, expect, it } from 'vitest';
import { generic } from '../../../lib/sites/generic';
import { loadFixture } from './fixture';

describe('generic adapter', () => {
  it('reads a page with one root post and repeated replies', () => {
    const url = new URL('https://spokes.example.org/board/topic/2718');
    const doc = loadFixture('generic-custom-forum.html');
    expect(generic.detect(doc, url)).toBe(true);
    expect(generic.matches).toEqual([]);
    const thread = generic.extract(doc, url)!;
    expect(thread.title).toBe('Bike chain keeps slipping on the smallest cog');
    expect(thread.question).toMatchObject({
      id: '2718',
      author: 'gearhead',
      time: '2024-09-01T06:45:00.000Z',
      permalink: url.href,
      text: 'Since I changed the cassette the chain skips on the 11-tooth cog under load. The chain is two years old.\n\nWhat should I check first?',
    });
    expect(
      thread.answers.map((a) => [
        a.id,
        a.author,
        a.time,
        a.permalink,
        a.score,
        a.accepted,
        a.deleted,
        a.parentId,
      ]),
    ).toEqual([
      ['55001', 'wrench', '2024-09-01T08:00:00.000Z', `${url.href}#r-55001`, null, false, false, null],
      ['55002', 'tension', '2024-09-01T09:30:00.000Z', `${url.href}#r-55002`, null, false, false, null],
      ['55004', 'gearhead', '2024-09-02T17:10:00.000Z', `${url.href}#r-55004`, null, false, false, null],
    ]);
    expect(thread.answers[0]!.text).toBe(
      'A worn chain skips on a new cassette. Measure it with a chain checker.',
    );
  });

  it('refuses an article with reader comments (the page declares og:type article)', () => {
    const url = new URL('https://news.example.com/2024/12/ten-tips-for-winter-cycling');
    const doc = loadFixture('generic-article-with-comments.html');
    expect(generic.detect(doc, url)).toBe(false);
    // The declaration is what decides: the same comments under an undeclared page would count.
    doc.querySelector('meta[property="og:type"]')!.remove();
    expect(generic.detect(doc, url)).toBe(true);
  });

  it('refuses a topic listing: every item links away to its own page', () => {
    const url = new URL('https://spokes.example.org/board/drivetrain');
    expect(generic.detect(loadFixture('generic-topic-listing.html'), url)).toBe(false);
  });

  it('refuses a page with fewer than three replies', () => {
    const url = new URL('https://spokes.example.org/board/topic/2718');
    const doc = loadFixture('generic-custom-forum.html');
    doc.querySelector('#r-55004')!.remove();
    expect(generic.detect(doc, url)).toBe(false);
  });
});
