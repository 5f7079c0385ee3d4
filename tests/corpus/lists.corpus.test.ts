import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/pipeline';
import { allFixtures, sharedPage, sourceUrl } from './pages';

/**
 * Properties every condensed list must have, on every real thread of the corpus: what a reader
 * would take for a glitch whatever the thread says.
 */
describe('the condensed lists of the real threads', () => {
  const pages = allFixtures().filter((rel) => rel.endsWith('.html'));
  const seed = analyzePage(
    sharedPage('seed/askmetafilter-back-spasms.html'),
    new URL('https://ask.metafilter.com/348962/Unrelenting-back-spasms'),
  );
  const lists = [
    ...(seed.recognised ? [{ rel: 'seed', out: seed }] : []),
    ...pages.flatMap((rel) => {
      const out = analyzePage(
        sharedPage(`fixtures/${rel}`),
        new URL(sourceUrl(rel) ?? 'https://forum.example/t/1'),
      );
      return out.recognised ? [{ rel, out }] : [];
    }),
  ];

  it('are read from every thread page and the seed', () => {
    expect(lists[0]!.rel).toBe('seed');
    expect(lists.length).toBeGreaterThan(30);
  });

  it('never name two suggestions alike', () => {
    const repeated = lists.flatMap(({ rel, out }) => {
      const seen = new Set<string>();
      return out.suggestions.flatMap((s) => {
        const name = s.label.toLowerCase().replace(/\(\)$/, '');
        if (seen.has(name)) return [`${rel}: ${s.label}`];
        seen.add(name);
        return [];
      });
    });
    expect(repeated).toEqual([]);
  });

  it('link every supporter to an answer of the thread, once per suggestion', () => {
    for (const { rel, out } of lists) {
      const answers = new Set(out.thread.answers.map((a) => a.id));
      for (const s of out.suggestions) {
        const posts = s.supporters.map((p) => p.postId);
        expect(new Set(posts).size, `${rel}: ${s.label}`).toBe(posts.length);
        for (const id of posts) expect(answers.has(id), `${rel}: ${s.label} → ${id}`).toBe(true);
      }
    }
  });
});
