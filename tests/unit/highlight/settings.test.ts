import { describe, expect, it } from 'vitest';
import { highlightsEnabled, rememberHighlights } from '@/lib/content/highlighter/settings';

describe('the per-site highlights setting', () => {
  it('is on until the reader turns it off, and remembered for that site only', async () => {
    expect(await highlightsEnabled('ask.metafilter.com')).toBe(true);
    await rememberHighlights('ask.metafilter.com', false);
    expect(await highlightsEnabled('ask.metafilter.com')).toBe(false);
    expect(await highlightsEnabled('news.ycombinator.com')).toBe(true);
    await rememberHighlights('ask.metafilter.com', true);
    expect(await highlightsEnabled('ask.metafilter.com')).toBe(true);
  });
});
