import { describe, expect, it } from 'vitest';
import type { AnalyzeOutput } from '../../lib/model';
import { analyzePage } from '../../lib/pipeline';
import { sharedPage, sourceUrl } from './pages';

type Recognised = Extract<AnalyzeOutput, { recognised: true }>;

/** Runs the whole pipeline on a corpus page at its original address. */
function analyze(rel: string, url: string): Recognised {
  const out = analyzePage(sharedPage(rel), new URL(url));
  if (!out.recognised) throw new Error(`${rel} was not recognised`);
  return out;
}

const SLOW = { timeout: 180_000 };

/**
 * Every MetaFilter thread page in the corpus. `comments` was counted outside our code with
 * Python over the raw HTML: the number of `<a name="N"></a><div class="comments` anchors
 * (regex `<a name="\d+"></a>\s*<div class="comments`), which equals the page's own
 * "(N comments total)" line in every file. Spot checks were read by eye from the raw byline
 * ("posted by X at 1:08 PM on June 9, 2013 [116 favorites]"), times converted from US Pacific.
 */
const PAGES = [
  {
    file: 'metafilter/metatalk-23524-mefi2book.html',
    comments: 53,
    // staff comment; "at 10:59 AM on December 8" (year from the post, 2014); [3 favorites] via /favorited/6/
    spot: {
      id: '1181289',
      author: 'cortex',
      score: 3,
      time: '2014-12-08T18:59:00.000Z',
      path: '/23524/mefi2book#1181289',
    },
  },
  {
    file: 'metafilter/www-10034-plane-crashes-wtc-2001.html',
    comments: 491,
    // "rcade at 6:01 AM on September 11, 2001", no favourites
    spot: {
      id: '128427',
      author: 'rcade',
      score: 0,
      time: '2001-09-11T13:01:00.000Z',
      path: '/10034/Plane-crashes-in-to-the-word-trade-center#128427',
    },
  },
  {
    file: 'metafilter/www-127658-boyfriend-2013-secretmefi.html',
    comments: 8,
    // "windykites at 7:17 PM on May 2 [3 favorites]" (year from the post: 2013)
    spot: {
      id: '4957381',
      author: 'windykites',
      score: 3,
      time: '2013-05-03T02:17:00.000Z',
      path: '/127658/How-Having-a-Boyfriend-Can-Help-You-Get-the-Boyfriend-of-Your-Dreams#4957381',
    },
  },
  {
    file: 'metafilter/www-128901-i-do-not-expect-to-see-home-again.html',
    comments: 1038,
    // "JHarris at 1:08 PM on June 9, 2013 [116 favorites]"
    spot: {
      id: '5025538',
      author: 'JHarris',
      score: 116,
      time: '2013-06-09T20:08:00.000Z',
      path: '/128901/I-do-not-expect-to-see-home-again#5025538',
    },
  },
  {
    file: 'metafilter/www-143848-hassled-by-cops-freight-trains.html',
    comments: 263,
    // "plinth at 1:55 PM on November 6 [7 favorites]": 2014, after the switch to PST
    spot: {
      id: '5807414',
      author: 'plinth',
      score: 7,
      time: '2014-11-06T21:55:00.000Z',
      path: '/143848/hassled-by-the-cops-for-taking-too-many-photographs-of-freight-trains#5807414',
    },
  },
];

describe('MetaFilter corpus', () => {
  for (const page of PAGES) {
    it(`${page.file}: ${page.comments} comments, spot check ${page.spot.id}`, SLOW, () => {
      const url = sourceUrl(page.file)!;
      const out = analyze(`fixtures/${page.file}`, url);
      expect(out.site).toBe('metafilter');
      expect(out.thread.answers).toHaveLength(page.comments);
      expect(new Set(out.thread.answers.map((a) => a.id)).size).toBe(page.comments);
      expect(out.thread.answers.every((a) => a.time !== null && a.author !== '')).toBe(true);
      const spot = out.thread.answers.find((a) => a.id === page.spot.id)!;
      expect(spot).toMatchObject({
        author: page.spot.author,
        score: page.spot.score,
        time: page.spot.time,
        permalink: new URL(page.spot.path, url).href,
      });
    });
  }

  it('the front page (LISTING) is not a thread', () => {
    const out = analyzePage(
      sharedPage('fixtures/metafilter/LISTING-www-frontpage-2013-secretmefi.html'),
      new URL('https://www.metafilter.com/'),
    );
    expect(out.recognised).toBe(false);
  });
});

describe('the seed page keeps extracting exactly as before', () => {
  const url = 'https://ask.metafilter.com/348962/Unrelenting-back-spasms';
  // Read from the raw HTML with Python (anchor id, "posted by" name, "[N favorites]",
  // "at H:MM PM on Month D, YYYY" converted from America/Los_Angeles to UTC).
  const EXPECTED: [string, string, number, string][] = [
    ['8867604', 'AlexiaSky', 1, '2020-10-19T00:31:00.000Z'],
    ['8867615', 'armoir from antproof case', 5, '2020-10-19T01:04:00.000Z'],
    ['8867626', 'mefireader', 1, '2020-10-19T01:18:00.000Z'],
    ['8867637', 'soundguy99', 7, '2020-10-19T01:49:00.000Z'],
    ['8867648', 'Calvin and the Duplicators', 2, '2020-10-19T01:53:00.000Z'],
    ['8867659', 'theory', 1, '2020-10-19T02:13:00.000Z'],
    ['8867670', 'pyro979', 0, '2020-10-19T02:13:00.000Z'],
    ['8867681', 'hilaryjade', 0, '2020-10-19T02:48:00.000Z'],
    ['8867692', 'queenofbithynia', 2, '2020-10-19T03:24:00.000Z'],
    ['8867703', 'MillMan', 2, '2020-10-19T04:25:00.000Z'],
    ['8867714', 'Horselover Fat', 0, '2020-10-19T04:54:00.000Z'],
    ['8867725', 'Zaire', 0, '2020-10-19T05:01:00.000Z'],
    ['8867736', 'mightshould', 0, '2020-10-19T10:49:00.000Z'],
    ['8867747', 'london explorer girl', 1, '2020-10-19T13:44:00.000Z'],
    ['8867758', 'alex1965', 0, '2020-10-19T14:03:00.000Z'],
    ['8867769', 'ananci', 1, '2020-10-19T15:01:00.000Z'],
    ['8867780', 'tentacle', 1, '2020-10-19T17:37:00.000Z'],
    ['8867791', 'radioamy', 0, '2020-10-20T03:24:00.000Z'],
    ['8867802', 'AugustusCrunch', 1, '2020-10-20T03:27:00.000Z'],
    ['8867813', 'radioamy', 0, '2020-10-20T03:27:00.000Z'],
    ['8867824', 'Sock, Sock, Sock, Sock, Sock, Goose!', 0, '2020-10-22T01:35:00.000Z'],
  ];

  it('21 answers with ids, authors, favourites, times and permalinks', SLOW, () => {
    const out = analyze('seed/askmetafilter-back-spasms.html', url);
    expect(out.site).toBe('metafilter');
    expect(out.thread.question).toMatchObject({
      id: '348962',
      author: 'Sock, Sock, Sock, Sock, Sock, Goose!',
      score: 5,
      time: '2020-10-19T00:22:00.000Z',
    });
    expect(out.thread.answers.map((a) => [a.id, a.author, a.score, a.time])).toEqual(EXPECTED);
    expect(out.thread.answers.map((a) => a.permalink)).toEqual(EXPECTED.map(([id]) => `${url}#${id}`));
    expect(out.thread.answers.every((a) => !a.accepted && !a.deleted && a.parentId === null)).toBe(true);
  });
});
