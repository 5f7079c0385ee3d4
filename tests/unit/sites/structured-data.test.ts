import { describe, expect, it } from 'vitest';
import { structuredData } from '../../../lib/sites/structured-data';
import { loadFixture } from './fixture';

describe('structured-data adapter: JSON-LD QAPage inside @graph', () => {
  const url = new URL('https://answers.example.com/q/5521/how-long-should-i-rest-a-steak');
  const doc = loadFixture('structured-data-jsonld-graph.html');
  const thread = structuredData.extract(doc, url)!;
  const perma = (id: number): string => `${url.href}#answer-${id}`;

  it('finds the Question in the graph', () => {
    expect(structuredData.detect(doc, url)).toBe(true);
    expect(structuredData.matches).toEqual([]);
    expect(thread.title).toBe('How long should I rest a steak?');
    expect(thread.question).toMatchObject({
      id: '5521',
      author: 'grillmaster',
      score: 11,
      time: '2023-08-19T15:45:00.000Z',
      text: 'I grill a 3 cm ribeye. How long should it rest before I cut it?',
    });
  });

  it('reads the accepted and suggested answers', () => {
    expect(thread.answers.map((a) => [a.id, a.author, a.score, a.accepted, a.time, a.permalink])).toEqual([
      ['5530', 'chefjo', 24, true, '2023-08-19T16:02:00.000Z', perma(5530)],
      ['5533', 'ruleofthumb', 6, false, '2023-08-19T16:10:00.000Z', perma(5533)],
      ['5540', 'someone', -1, false, '2023-08-20T07:00:00.000Z', perma(5540)],
    ]);
    expect(thread.answers[2]!.text).toBe('');
  });
});

describe('structured-data adapter: microdata DiscussionForumPosting', () => {
  const url = new URL('https://garden.example.net/talk/3141-tomato-leaves-turning-yellow');
  const doc = loadFixture('structured-data-microdata-forum.html');
  const thread = structuredData.extract(doc, url)!;

  it('reads the posting and its comments', () => {
    expect(structuredData.detect(doc, url)).toBe(true);
    expect(thread.title).toBe('Tomato leaves turning yellow');
    expect(thread.question).toMatchObject({
      id: '3141',
      author: 'greenthumb',
      time: '2022-07-02T07:30:00.000Z',
      text: 'The lower leaves of my tomatoes go yellow from the bottom up.\n\nWatering every morning.',
    });
    expect(thread.answers.map((a) => [a.id, a.author, a.score, a.time, a.permalink, a.parentId])).toEqual([
      ['90001', 'soilsister', 4, '2022-07-02T09:00:00.000Z', `${url.href}#reply-90001`, null],
      ['90002', 'mulchman', null, '2022-07-03T12:15:00.000Z', `${url.href}#reply-90002`, null],
      ['90003', 'greenthumb', null, '2022-07-10T18:40:00.000Z', `${url.href}#reply-90003`, null],
    ]);
    expect(thread.answers[2]!.text).toBe('');
  });
});

describe('structured-data adapter: a summary is not a thread', () => {
  it('declines a posting that counts 5 comments but lists none', () => {
    const doc = loadFixture('structured-data-summary-only.html');
    const url = new URL('https://code.example.com/example/app/issues/88');
    expect(structuredData.detect(doc, url)).toBe(false);
    expect(structuredData.extract(doc, url)).toBeNull();
  });

  it('declines pages without schema.org thread types', () => {
    const doc = loadFixture('metafilter-front-page.html');
    expect(structuredData.detect(doc, new URL('https://www.metafilter.com/'))).toBe(false);
  });
});
