import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteId } from '../../lib/model';
import { adapters, findAdapter } from '../../lib/sites/registry';
import { allFixtures, sharedPage, sourceUrl } from './pages';

/**
 * The cross test over every page of the real corpus.
 *
 * Rule (also stated in lib/sites/registry.ts): structured-data and generic are fallbacks.
 * They may accept any page in isolation, but they are tried last, so they are reached only
 * when no site or software adapter claims the page. Hence:
 *  - a thread page is detected by its own adapter and by no other specific adapter, and
 *    the registry picks its own adapter;
 *  - a page no specific adapter knows but that is still a thread is detected by no specific
 *    adapter, and the registry picks the fallback named below;
 *  - a non-thread page (negative/, every LISTING-*) is detected by no adapter at all.
 *
 * Decisions for the two pages of other/ that are neither forum software we know:
 *  - the GitHub issue is a thread (the issue and its six comments), read by the generic
 *    fallback: its JSON-LD DiscussionForumPosting only counts the comments without listing
 *    them, so structured-data declines it;
 *  - the Launchpad bug is not recognised: its comments are interleaved with activity-log
 *    entries of identical markup (status changes), and the bug description sits in an
 *    editable form, so no honest reply list can be read from structure alone.
 *
 * `.json` files are API bodies, not pages; no adapter reads them, so they are skipped.
 */

const FALLBACKS = new Set<SiteId>(['structured-data', 'generic']);

type Expected = { kind: 'thread'; site: SiteId } | { kind: 'fallback'; site: SiteId } | { kind: 'none' };

/** Fixture folder → the adapter that owns its pages. */
function expectedFor(rel: string): Expected {
  const [dir] = rel.split('/');
  const name = basename(rel);
  if (name.startsWith('LISTING-') || dir === 'negative') return { kind: 'none' };
  if (dir === 'metafilter' || dir === 'discourse' || dir === 'phpbb') return { kind: 'thread', site: dir };
  if (dir === 'stackexchange' || dir === 'hackernews') return { kind: 'thread', site: dir };
  if (dir?.startsWith('reddit-')) return { kind: 'thread', site: 'reddit' };
  if (dir === 'other') {
    if (name.startsWith('askbot-')) return { kind: 'thread', site: 'askbot' };
    if (name.startsWith('bbpress-')) return { kind: 'thread', site: 'bbpress' };
    if (name.startsWith('github-issue-')) return { kind: 'fallback', site: 'generic' };
    if (name.startsWith('launchpad-bug-')) return { kind: 'none' };
  }
  throw new Error(`${rel}: no expectation; classify it in recognition.corpus.test.ts`);
}

/** SOURCES.md's address, or the address such a page is served from where it records none. */
function urlFor(rel: string): URL {
  const known = sourceUrl(rel);
  if (known) return new URL(known);
  const name = basename(rel);
  if (rel === 'hackernews/LISTING-frontpage.html') return new URL('https://news.ycombinator.com/news');
  if (rel.startsWith('metafilter/LISTING-')) return new URL('https://www.metafilter.com/');
  if (rel.startsWith('reddit-new/LISTING-')) return new URL('https://www.reddit.com/r/ProgrammerHumor/');
  if (name.startsWith('bbpress-dhanswers-')) {
    const slug =
      name === 'bbpress-dhanswers-extract-tei-data.html'
        ? 'how-to-extract-tagged-data-and-text-from-tei-file'
        : 'alternatives-to-cocoon';
    return new URL(`https://dhanswers.ach.org/topic/${slug}/`);
  }
  return new URL(`https://example.com/${name.replace(/\.html$/, '')}`);
}

const pages = allFixtures().filter((rel) => rel.endsWith('.html'));
const SLOW = { timeout: 120_000 };

describe('recognition across the whole corpus', () => {
  it('covers every file (pages, plus .json bodies and notes that are skipped)', () => {
    const all = allFixtures();
    expect(pages.length).toBeGreaterThan(80);
    expect(all.filter((rel) => !rel.endsWith('.html')).every((rel) => /\.(json|md)$/.test(rel))).toBe(true);
  });

  it('tries the fallbacks last, structured data before generic', () => {
    const ids = adapters.map((a) => a.id);
    expect(ids.slice(-2)).toEqual(['structured-data', 'generic']);
  });

  for (const rel of pages) {
    const expected = expectedFor(rel);
    const label =
      expected.kind === 'none'
        ? 'recognised by no adapter'
        : `${expected.site}${expected.kind === 'fallback' ? ' (fallback)' : ''}`;
    it(`${rel}: ${label}`, SLOW, () => {
      const doc = sharedPage(`fixtures/${rel}`);
      const url = urlFor(rel);
      const detecting = adapters.filter((a) => a.detect(doc, url)).map((a) => a.id);
      const specific = detecting.filter((id) => !FALLBACKS.has(id));
      if (expected.kind === 'none') {
        expect(detecting).toEqual([]);
        expect(findAdapter(doc, url)).toBeNull();
        return;
      }
      expect(
        adapters.some((a) => a.id === expected.site),
        `adapter ${expected.site} is not registered`,
      ).toBe(true);
      expect(specific).toEqual(expected.kind === 'thread' ? [expected.site] : []);
      expect(findAdapter(doc, url)?.id).toBe(expected.site);
    });
  }
});
