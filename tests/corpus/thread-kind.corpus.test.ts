import { describe, expect, it } from 'vitest';
import { threadKind } from '../../lib/advice/thread-kind';
import type { ThreadKind } from '../../lib/model';
import { recognise } from '../../lib/sites/registry';
import { allFixtures, sharedPage, sourceUrl } from './pages';

/**
 * What each real thread of the corpus is, by reading its opening post: a question (a fix,
 * advice, picks, a bug to solve) or a discussion (a link, news, a photo, a story call, an
 * announcement). Written down from the pages, not from the code's output.
 */
const KINDS: Record<string, ThreadKind> = {
  'discourse/ionic-forum-177814-build-apk-capacitor-2021.html': 'question',
  'discourse/meta-discourse-12483-octoverse-2019.html': 'discussion', // congratulations
  'hackernews/item-30883015-a-database-for-2022.html': 'discussion', // a link
  'hackernews/item-36817231-ask-hn-best-papers.html': 'question',
  'hackernews/item-openbsd-was-right-gkh.html': 'discussion',
  'hackernews/item-tech-company-career-ladders-2018.html': 'discussion',
  'metafilter/metatalk-23524-mefi2book.html': 'discussion', // announces a script
  'metafilter/www-10034-plane-crashes-wtc-2001.html': 'discussion', // news
  'metafilter/www-127658-boyfriend-2013-secretmefi.html': 'discussion', // a satire site
  'metafilter/www-128901-i-do-not-expect-to-see-home-again.html': 'discussion',
  'metafilter/www-143848-hassled-by-cops-freight-trains.html': 'discussion', // a call for dad stories
  'other/askbot-ask-openstack-148-how-do-i-debug.html': 'question',
  'other/askbot-ask-openstack-26830-devstack-docker.html': 'question',
  'other/askbot-askbot-org-2481-private-messages.html': 'question',
  'other/bbpress-dhanswers-alternatives-to-cocoon-best-answer.html': 'question',
  'other/bbpress-dhanswers-extract-tei-data.html': 'question',
  'other/github-issue-kepano-defuddle-56.html': 'question', // a bug report with its errors
  'phpbb/dostips-t2988-batch-to-exe-hide-files.html': 'question',
  'phpbb/dostips-t6081-jren-page2.html': 'discussion', // a tool's release thread
  'phpbb/dostips-t8476-run-batch-with-computer-name.html': 'question',
  'phpbb/dostips-t8846-reading-passwords-into-cmd.html': 'question', // asks at the end
  'reddit-new/redesign2019-askreddit-worth-it-item.html': 'question',
  'reddit-new/redesign2019-aww-image.html': 'discussion',
  'reddit-new/redesign2019-humansbeingbros-video.html': 'discussion',
  'reddit-new/redesign2019-showerthoughts-vanilla.html': 'discussion',
  'reddit-new/redesign2019-todayilearned-tolkien.html': 'discussion',
  'reddit-new/shreddit-post-7pfpeq-investing-buffett-2024.html': 'discussion',
  'reddit-old/aww-8dyrb3-ben-walks-2018.html': 'discussion',
  'reddit-old/science-579v6t-ama-hurricane-2016.html': 'discussion',
  'reddit-old/worldnews-bob-dylan-nobel-2016.html': 'discussion',
  'reddit-rendered/askparents-cqeljh-training-bras.html': 'question',
};

describe('question or discussion, on the real threads', () => {
  const threads = allFixtures().filter((rel) => rel.endsWith('.html') && !rel.startsWith('stackexchange/'));

  it('has every recognised thread of the corpus in its table', () => {
    const missing = threads.filter((rel) => {
      const url = new URL(sourceUrl(rel) ?? 'https://forum.example/t/1');
      return recognise(sharedPage(`fixtures/${rel}`), url) !== null && !(rel in KINDS);
    });
    expect(missing).toEqual([]);
  });

  for (const [rel, kind] of Object.entries(KINDS)) {
    it(`${rel}: ${kind}`, { timeout: 60_000 }, () => {
      const url = new URL(sourceUrl(rel) ?? 'https://forum.example/t/1');
      const found = recognise(sharedPage(`fixtures/${rel}`), url);
      expect(found, 'recognised').not.toBeNull();
      expect(threadKind(found!.thread)).toBe(kind);
    });
  }

  it('calls every Stack Exchange thread a question', () => {
    const se = allFixtures().filter((rel) => rel.startsWith('stackexchange/'));
    expect(se.length).toBeGreaterThan(4);
    for (const rel of se) {
      const found = recognise(sharedPage(`fixtures/${rel}`), new URL(sourceUrl(rel)!));
      expect(found && threadKind(found.thread), rel).toBe('question');
    }
  });
});
