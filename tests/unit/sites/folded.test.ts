import { describe, expect, it } from 'vitest';
import { foldedSummary, loadFoldedReplies } from '@/lib/content/folded';
import { fixture } from './load';

const OLD_URL =
  'https://old.reddit.com/r/homelab/comments/9x2k1p/best_way_to_back_up_a_home_server_without_a/';

describe('folded replies on the page', () => {
  it('are summed up for the popup', () => {
    expect(foldedSummary(fixture('reddit-old-homelab.html'), OLD_URL)).toEqual({ controls: 1, replies: 2 });
  });

  it("are loaded by clicking the page's own controls, only when asked", () => {
    const doc = fixture('reddit-old-homelab.html');
    const clicks: string[] = [];
    doc.addEventListener('click', (e) => clicks.push((e.target as Element).id));
    expect(clicks).toEqual([]);
    expect(loadFoldedReplies(doc, OLD_URL)).toBe(1);
    expect(clicks).toEqual(['more_t1_e9p5f06']);
  });

  it('are none on a page of a site whose "more" controls leave the page, or on a page that is no thread', () => {
    expect(
      foldedSummary(fixture('hackernews-ask-hn.html'), 'https://news.ycombinator.com/item?id=1'),
    ).toBeNull();
    expect(foldedSummary(fixture('generic-topic-listing.html'), 'https://forum.example/latest')).toBeNull();
    expect(loadFoldedReplies(fixture('generic-topic-listing.html'), 'https://forum.example/latest')).toBe(0);
  });
});
