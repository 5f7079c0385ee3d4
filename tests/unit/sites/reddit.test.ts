import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { reddit } from '@/lib/sites/reddit';
import { fixture, mine } from './load';

const OLD = 'reddit-old-homelab.html';
const OLD_URL = new URL(
  'https://old.reddit.com/r/homelab/comments/9x2k1p/best_way_to_back_up_a_home_server_without_a/',
);
const REDESIGN = 'reddit-redesign-buildapc.html';
const REDESIGN_URL = new URL(
  'https://www.reddit.com/r/buildapc/comments/b3k9zq/is_650w_enough_for_an_rtx_3070_and_a_ryzen_5/',
);
const SHREDDIT = 'reddit-shreddit-sourdough.html';
const SHREDDIT_URL = new URL(
  'https://www.reddit.com/r/Sourdough/comments/1c3xq7z/how_do_i_keep_my_starter_alive_while_travelling/',
);

describe('reddit adapter, old.reddit.com', () => {
  const thread = reddit.extract(fixture(OLD), OLD_URL)!;

  it('reads the self post as the question', () => {
    expect(thread.id).toBe('reddit:reddit.com:9x2k1p');
    expect(thread.url).toBe(
      'https://www.reddit.com/r/homelab/comments/9x2k1p/best_way_to_back_up_a_home_server_without_a/',
    );
    expect(thread.title).toBe('Best way to back up a home server without a second NAS?');
    expect(thread.question).toMatchObject({
      id: '9x2k1p',
      author: 'rackmount_rita',
      score: 128,
      time: '2018-11-15T14:00:00.000Z',
      parentId: null,
    });
    expect(thread.question.text).toBe(
      "I run a small Debian box with about 2 TB of photos and documents. I can't afford a second NAS right now.\n\nWhat do you all use for off-site backups on a budget?",
    );
  });

  it('reads nested comments with parents, scores from attributes, and skips "load more"', () => {
    expect(thread.answers.map((a) => [a.id, a.author, a.parentId, a.score, a.deleted])).toEqual([
      ['e9p0a01', 'backup_barry', null, 88, false],
      ['e9p1b02', 'rackmount_rita', 'e9p0a01', 12, false],
      ['e9p2c03', 'backup_barry', 'e9p1b02', null, false],
      ['e9p3d04', '[deleted]', 'e9p0a01', null, true],
      ['e9p4e05', 'tape_tina', null, -3, false],
    ]);
  });

  it('reads permalinks, times, code and quotes', () => {
    const [first, , third, deleted] = thread.answers;
    expect(first!.permalink).toBe(
      'https://old.reddit.com/r/homelab/comments/9x2k1p/best_way_to_back_up_a_home_server_without_a/e9p0a01/',
    );
    expect(first!.time).toBe('2018-11-15T14:20:11.000Z');
    expect(first!.code).toEqual(['restic -r b2:mybucket:/home backup /srv/data']);
    expect(first!.links).toEqual(['https://restic.net/']);
    expect(third!.quotes).toEqual(['I only have 10 Mbit up']);
    expect(deleted!.text).toBe('');
    expect(deleted!.time).toBe('2018-11-15T15:45:00.000Z');
  });
});

describe('reddit adapter, 2019 redesign', () => {
  const thread = reddit.extract(fixture(REDESIGN), REDESIGN_URL)!;

  it('reads the post', () => {
    expect(thread.title).toBe('Is 650W enough for an RTX 3070 and a Ryzen 5 5600X?');
    expect(thread.question).toMatchObject({ id: 'b3k9zq', author: 'gpu_gary', score: 1200, time: null });
    expect(thread.question.text).toBe(
      'I have a Corsair RM650 from my old build. Will it run the new card, or should I buy a 750W unit?\n\nNo overclocking planned.',
    );
  });

  it('rebuilds nesting from the indentation and flags the deleted reply', () => {
    expect(thread.answers.map((a) => [a.id, a.author, a.parentId, a.score, a.deleted])).toEqual([
      ['eiz0a11', 'psu_tier_list', null, 412, false],
      ['eiz1b22', '[deleted]', 'eiz0a11', null, true],
      ['eiz2c33', 'gpu_gary', 'eiz0a11', 37, false],
      ['eiz3d44', 'overkill_olga', null, -5, false],
    ]);
    expect(thread.answers[0]!.permalink).toBe(
      'https://www.reddit.com/r/buildapc/comments/b3k9zq/comment/eiz0a11/',
    );
    expect(thread.answers[1]!.text).toBe('');
  });
});

describe('reddit adapter, shreddit', () => {
  const thread = reddit.extract(fixture(SHREDDIT), SHREDDIT_URL)!;

  it('reads the post from its attributes', () => {
    expect(thread.id).toBe('reddit:reddit.com:1c3xq7z');
    expect(thread.title).toBe('How do I keep my starter alive while travelling for three weeks?');
    expect(thread.question).toMatchObject({
      id: '1c3xq7z',
      author: 'levain_lover',
      score: 86,
      time: '2024-04-14T09:12:45.123Z',
      permalink:
        'https://www.reddit.com/r/Sourdough/comments/1c3xq7z/how_do_i_keep_my_starter_alive_while_travelling/',
      text: "I'm away for three weeks in May and nobody can feed my starter. Fridge? Freezer? Dry it?",
    });
  });

  it('reads nested comments without mixing a reply into its parent', () => {
    expect(thread.answers.map((a) => [a.id, a.author, a.parentId, a.score, a.time, a.deleted])).toEqual([
      ['kzh2a1b', 'crumb_shot', null, 54, '2024-04-14T10:01:09.000Z', false],
      ['kzh4c2d', 'levain_lover', 'kzh2a1b', 12, '2024-04-14T10:45:30.000Z', false],
      ['kzh9e3f', '[deleted]', 'kzh4c2d', 1, '2024-04-14T12:00:00.000Z', true],
      ['kzhb7g8', 'dry_flakes', null, 31, '2024-04-14T13:20:00.000Z', false],
    ]);
    expect(thread.answers[0]!.text).toBe(
      'Feed it thick (1:1:5), let it sit an hour, then fridge. Mine survived a month that way.',
    );
    expect(thread.answers[1]!.text).toBe('Thick as in stiffer dough? Should I discard before feeding?');
    expect(thread.answers[2]!.text).toBe('');
    expect(thread.answers[3]!.quotes).toEqual(['Fridge? Freezer? Dry it?']);
    expect(thread.answers[0]!.permalink).toBe(
      'https://www.reddit.com/r/Sourdough/comments/1c3xq7z/comment/kzh2a1b/',
    );
  });
});

describe('reddit detection', () => {
  it('claims comment pages only', () => {
    expect(reddit.detect(fixture(SHREDDIT), SHREDDIT_URL)).toBe(true);
    expect(reddit.detect(fixture(SHREDDIT), new URL('https://www.reddit.com/r/Sourdough/'))).toBe(false);
    expect(reddit.detect(fixture(OLD), new URL('https://old.reddit.com/r/homelab/'))).toBe(false);
    expect(reddit.detect(fixture(OLD), new URL('https://example.com/r/homelab/comments/9x2k1p/x/'))).toBe(
      false,
    );
    expect(reddit.extract(fixture(OLD), new URL('https://old.reddit.com/r/homelab/top/'))).toBeNull();
  });

  it('is the only one of these adapters to claim its fixtures', () => {
    for (const [name, url] of [
      [OLD, OLD_URL],
      [REDESIGN, REDESIGN_URL],
      [SHREDDIT, SHREDDIT_URL],
    ] as const) {
      const doc = fixture(name);
      expect(mine.filter((a) => a.detect(doc, url)).map((a) => a.id)).toEqual(['reddit']);
    }
  });

  it('returns null for a comment URL without a thread in the page', () => {
    const doc = fixture(OLD);
    doc.body.innerHTML = '<p>nothing here</p>';
    expect(reddit.detect(doc, OLD_URL)).toBe(false);
    expect(reddit.extract(doc, OLD_URL)).toBeNull();
  });
});

describe('reddit postBody', () => {
  it('finds a post’s own text in every markup, never its replies', () => {
    const old = fixture(OLD);
    expect(reddit.postBody!(old, 'e9p0a01')?.textContent).toContain('restic to Backblaze');
    expect(reddit.postBody!(old, 'e9p0a01')?.textContent).not.toContain('slow upload');
    expect(reddit.postBody!(old, '9x2k1p')?.textContent).toContain('small Debian box');
    const shreddit = fixture(SHREDDIT);
    expect(reddit.postBody!(shreddit, 'kzh2a1b')?.textContent).toContain('Feed it thick');
    expect(reddit.postBody!(shreddit, 'kzh2a1b')?.textContent).not.toContain('stiffer dough');
    expect(reddit.postBody!(shreddit, '1c3xq7z')?.textContent).toContain('nobody can feed my starter');
    const redesign = fixture(REDESIGN);
    expect(reddit.postBody!(redesign, 'eiz3d44')?.textContent).toContain('750W anyway');
    expect(reddit.postBody!(redesign, 'b3k9zq')?.textContent).toContain('Corsair RM650');
    expect(reddit.postBody!(redesign, 'nope')).toBeNull();
    expect(reddit.postBody!(redesign, 'a"]b')).toBeNull();
  });
});

describe('reddit foldedReplies', () => {
  const page = (body: string): Document =>
    parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;

  it('finds old Reddit\'s "load more comments" with the replies it holds', () => {
    const folded = reddit.foldedReplies!(fixture(OLD));
    expect(folded.controls).toHaveLength(1);
    expect(folded.controls[0]!.textContent).toMatch(/^load more comments/);
    expect(folded.replies).toBe(2);
  });

  it('leaves out "continue this thread", which opens another page', () => {
    const doc = page(`<div class="commentarea">
      <div class="thing morechildren"><div class="entry"><span class="morecomments"><a class="button" href="javascript:void(0)">load more comments<span class="gray">&nbsp;(1,204 replies)</span></a></span></div></div>
      <div class="thing morechildren"><div class="entry"><span class="deepthread"><a href="/r/x/comments/abc/t/def/">continue this thread</a></span></div></div>
    </div>`);
    const folded = reddit.foldedReplies!(doc);
    expect(folded.controls).toHaveLength(1);
    expect(folded.replies).toBe(1204);
  });

  it('finds the 2019 redesign\'s "N more replies"', () => {
    const doc = page(`<div id="moreComments-t1_aaa" tabindex="-1"><div><p>22 more replies</p></div></div>
      <div id="moreComments-t1_bbb" tabindex="-1"><div><p>1 more reply</p></div></div>`);
    const folded = reddit.foldedReplies!(doc);
    expect(folded.controls).toHaveLength(2);
    expect(folded.replies).toBe(23);
  });

  it('says no number when a control gives none', () => {
    const doc = page(
      `<div id="moreComments-t1_aaa"><p>22 more replies</p></div><div id="moreComments-t1_bbb"><p>More</p></div>`,
    );
    expect(reddit.foldedReplies!(doc)).toMatchObject({ replies: null });
  });

  it('finds shreddit\'s loaders: a comment\'s "2 more replies" and the thread\'s "View more comments"', () => {
    const folded = reddit.foldedReplies!(fixture(SHREDDIT));
    expect(folded.controls.map((c) => c.textContent!.trim())).toEqual([
      '2 more replies',
      'View more comments',
    ]);
    expect(folded.controls.every((c) => c.tagName === 'BUTTON')).toBe(true);
    // "View more comments" says no number.
    expect(folded.replies).toBeNull();
  });

  it("takes each shreddit loader's own button once, none of a loaded reply's, and no spinner or scroll loader", () => {
    const doc = page(`<shreddit-comment-tree>
      <faceplate-partial loading="action" src="/svc/shreddit/more-comments/x/t3_a?comment=t1_b">
        <shreddit-comment thingid="t1_c"><div slot="comment"><p>Loaded</p></div>
          <faceplate-partial loading="action" src="/svc/shreddit/more-comments/x/t3_a?comment=t1_c"><button><span>3 more replies</span></button></faceplate-partial>
        </shreddit-comment>
        <button>1 more reply</button>
      </faceplate-partial>
      <faceplate-partial loading="action" src="/svc/shreddit/more-comments/x/t3_a?comment=t1_d"><button aria-label="Loading"></button></faceplate-partial>
      <faceplate-partial loading="lazy" src="/svc/shreddit/more-comments/x/t3_a?cursor=zz"></faceplate-partial>
      <faceplate-partial loading="programmatic" src="/svc/shreddit/user-hover-card/someone"><button>Follow</button></faceplate-partial>
      <a slot="more-comments-permalink" href="/r/x/comments/a/t/e/">4 more replies</a>
    </shreddit-comment-tree>`);
    const folded = reddit.foldedReplies!(doc);
    expect(folded.controls.map((c) => c.textContent!.trim())).toEqual(['3 more replies', '1 more reply']);
    expect(folded.replies).toBe(4);
  });

  it('finds nothing on a thread that folds nothing', () => {
    const folded = reddit.foldedReplies!(fixture(REDESIGN));
    expect(folded).toEqual({ controls: [], replies: 0 });
  });
});
