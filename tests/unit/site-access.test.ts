import { describe, expect, it } from 'vitest';
import { hostPattern, isKnownHost } from '@/lib/background/site-access';

describe('which hosts the manifest already covers', () => {
  it.each([
    ['https://ask.metafilter.com/1/q', true],
    ['https://metatalk.metafilter.com/23524/x', true],
    ['https://stackoverflow.com/questions/1/x', true],
    ['https://news.ycombinator.com/item?id=1', true],
    ['https://forum.example.org/t/how-to/12', false],
    ['https://metafilter.com.evil.example/1/q', false],
    ['https://notmetafilter.com/1/q', false],
    ['not a url', false],
  ])('%s → %s', (url, known) => {
    expect(isKnownHost(url)).toBe(known);
  });

  it('asks for one host at a time', () => {
    expect(hostPattern('forum.example.org')).toBe('*://forum.example.org/*');
  });
});
