import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { foldedSummary } from '@/lib/content/folded';
import { corpus, type CorpusPage } from './corpus-pages';
import { sharedDir } from './shared-dir';

/**
 * Every real Reddit page of ../shared. Counts come from the raw HTML, independently of the
 * adapter:
 * - old Reddit: `<div class=" thing ... comment ...">` elements, i.e. `grep -oE 'class=" thing [^"]*comment[^"]*"'`
 *   (this includes the one deleted comment of the science AMA, which has no data-type and no
 *   data-fullname, and leaves out "load more comments" things, whose class says morechildren);
 * - 2019 redesign: distinct ids among `class="Comment t1_<id>` (python: len(set(re.findall(...)))),
 *   since the Tolkien page renders 18 of its comments twice (206 occurrences, 188 ids);
 * - shreddit: `<shreddit-comment ` elements (none: the saved page lazy-loads its comment forest).
 */
const PAGES: CorpusPage[] = [
  {
    file: 'reddit-old/aww-8dyrb3-ben-walks-2018.html',
    url: 'https://www.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/',
    answers: 197, // 182 noncollapsed + 9 controversial + 6 collapsed comment things
  },
  {
    file: 'reddit-old/science-579v6t-ama-hurricane-2016.html',
    url: 'https://www.reddit.com/r/science/comments/579v6t/science_ama_series_hi_reddit_im_phil_klotzbach_a/',
    answers: 72, // 71 with data-type="comment" + 1 deleted comment thing
  },
  {
    file: 'reddit-old/worldnews-bob-dylan-nobel-2016.html',
    url: 'https://www.reddit.com/r/worldnews/comments/579q17/bob_dylan_has_been_awarded_the_2016_nobel_prize/',
    answers: 139, // 139 comment things = 139 data-type="comment"
  },
  {
    file: 'reddit-rendered/askparents-cqeljh-training-bras.html',
    url: 'https://old.reddit.com/r/AskParents/comments/cqeljh/ex_is_upset_i_bought_our_daughter_training_bras/',
    answers: 35, // 35 comment things; its README says "the 35 replies"
  },
  {
    file: 'reddit-new/redesign2019-askreddit-worth-it-item.html',
    url: 'https://www.reddit.com/r/AskReddit/comments/axtih6/what_is_the_most_worth_it_item_you_have_ever/',
    answers: 15, // 15 distinct Comment t1_ ids
  },
  {
    file: 'reddit-new/redesign2019-aww-image.html',
    url: 'https://www.reddit.com/r/aww/comments/aybw1m/nothing_to_see_here_human/',
    answers: 180, // 180 distinct Comment t1_ ids
  },
  {
    file: 'reddit-new/redesign2019-humansbeingbros-video.html',
    url: 'https://www.reddit.com/r/HumansBeingBros/comments/aybtf7/thanks_human/',
    answers: 19, // 19 distinct Comment t1_ ids
  },
  {
    file: 'reddit-new/redesign2019-showerthoughts-vanilla.html',
    url: 'https://www.reddit.com/r/Showerthoughts/comments/awx46q/vanilla_becoming_the_default_flavour_of_ice_cream/',
    answers: 197, // 197 distinct Comment t1_ ids
  },
  {
    file: 'reddit-new/redesign2019-todayilearned-tolkien.html',
    url: 'https://www.reddit.com/r/todayilearned/comments/aycizd/til_that_when_jrr_tolkiens_son_michael_signed_up/',
    answers: 188, // 188 distinct Comment t1_ ids (206 occurrences)
  },
  {
    file: 'reddit-new/shreddit-post-7pfpeq-investing-buffett-2024.html',
    url: 'https://www.reddit.com/r/investing/comments/7pfpeq/buffett_on_cyrptocurrencies_i_can_say_almost_with/',
    answers: 0, // no <shreddit-comment>: comments are a faceplate-partial loaded later
  },
];

const { analyze, thread, answer } = corpus('', PAGES);

describe('Reddit corpus', () => {
  it.each(PAGES)('$file: recognised with every comment', ({ file, answers }) => {
    const out = thread(file);
    expect(out.site).toBe('reddit');
    expect(out.thread.answers).toHaveLength(answers);
    expect(new Set(out.thread.answers.map((a) => a.id)).size).toBe(answers);
  });

  it('the subreddit listing is not a thread', () => {
    expect(
      analyze(
        'reddit-new/LISTING-shreddit-subreddit-programmershumor.html',
        'https://www.reddit.com/r/ProgrammerHumor/',
      ),
    ).toEqual({ recognised: false });
  });

  // Spot checks, read by eye from the raw HTML of each page.
  it('old Reddit 2018: score from the title attribute, nesting from the tree', () => {
    const file = 'reddit-old/aww-8dyrb3-ben-walks-2018.html';
    expect(answer(file, 'dxr0evr')).toMatchObject({
      author: 'Brookefemale',
      permalink:
        'https://www.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/dxr0evr/',
      score: 690,
      time: '2018-04-21T21:36:45.000Z',
      parentId: null,
    });
    expect(answer(file, 'dxr2q90').parentId).toBe('dxr0evr');
  });

  it('old Reddit 2016 (Slovak UI): negative score, deleted comment', () => {
    const file = 'reddit-old/science-579v6t-ama-hurricane-2016.html';
    expect(thread(file).thread.question).toMatchObject({
      id: '579v6t',
      author: 'AmGeophysicalU-AMA',
      score: 984,
    });
    expect(answer(file, 'd8q6dgd')).toMatchObject({
      author: 'miketc',
      score: -2,
      time: '2016-10-13T13:02:36.000Z',
      permalink:
        'https://www.reddit.com/r/science/comments/579v6t/science_ama_series_hi_reddit_im_phil_klotzbach_a/d8q6dgd',
    });
    expect(answer(file, 'd8q7p9l')).toMatchObject({ deleted: true, text: '' });
  });

  it('old Reddit 2016: a reply and its parent; the link post keeps its comments URL', () => {
    const file = 'reddit-old/worldnews-bob-dylan-nobel-2016.html';
    expect(thread(file).thread.question.permalink).toBe(
      'https://www.reddit.com/r/worldnews/comments/579q17/bob_dylan_has_been_awarded_the_2016_nobel_prize/',
    );
    expect(answer(file, 'd8q5qyo')).toMatchObject({
      author: 'dtm106',
      score: 5,
      time: '2016-10-13T12:43:26.000Z',
      parentId: 'd8q4cw4',
    });
  });

  it('rendered advice thread: hidden scores, nested replies', () => {
    const file = 'reddit-rendered/askparents-cqeljh-training-bras.html';
    expect(answer(file, 'exq0100')).toMatchObject({
      author: 'redditor_1',
      score: null,
      time: '2019-08-14T10:07:00.000Z',
      parentId: null,
      permalink:
        'https://old.reddit.com/r/AskParents/comments/cqeljh/ex_is_upset_i_bought_our_daughter_training_bras/exq0100/',
    });
    expect(answer(file, 'exq0201')).toMatchObject({ author: 'redditor_2_1', parentId: 'exq0200' });
  });

  it('2019 redesign: compact score, removed reply under its parent', () => {
    const file = 'reddit-new/redesign2019-humansbeingbros-video.html';
    expect(answer(file, 'ehznnqc')).toMatchObject({
      author: 'HR_Dragonfly',
      score: 2100,
      parentId: null,
      permalink: 'https://www.reddit.com/r/HumansBeingBros/comments/aybtf7/comment/ehznnqc/',
      text: 'Pulled that wiener back from the brink.',
    });
    expect(answer(file, 'ehzuzp8')).toMatchObject({ deleted: true, parentId: 'ehznnqc', text: '' });
  });

  it.each([
    'reddit-old/aww-8dyrb3-ben-walks-2018.html',
    'reddit-new/redesign2019-askreddit-worth-it-item.html',
    'reddit-new/redesign2019-showerthoughts-vanilla.html',
  ])('%s: the folded replies, as the raw page counts them', (file) => {
    const html = readFileSync(resolve(sharedDir(), 'fixtures', file), 'utf8');
    // Counted in the raw HTML: old Reddit's `class="morecomments"` spans with their
    // "(N replies)", the redesign's `id="moreComments-t1_…"` rows with their "N more replies".
    const controls = (html.match(/class="morecomments"|id="moreComments-t1_/g) ?? []).length;
    const replies = [...html.matchAll(/\((\d+) repl(?:y|ies)\)|>(\d+) more repl(?:y|ies)</g)].reduce(
      (n, m) => n + Number(m[1] ?? m[2]),
      0,
    );
    expect(controls).toBeGreaterThan(0);
    const page = PAGES.find((p) => p.file === file)!;
    const folded = foldedSummary(parseHTML(html).document as unknown as Document, page.url);
    expect(folded).toEqual({ controls, replies });
  });

  it('shreddit: the post from its attributes', () => {
    const t = thread('reddit-new/shreddit-post-7pfpeq-investing-buffett-2024.html');
    expect(t.thread.title).toBe(
      "Buffett on cyrptocurrencies: 'I can say almost with certainty that they will come to a bad ending'",
    );
    expect(t.thread.question).toMatchObject({
      id: '7pfpeq',
      author: 'dennisrieves',
      score: 1935,
      time: '2018-01-10T13:56:05.174Z',
    });
  });
});
