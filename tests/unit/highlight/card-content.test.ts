import { describe, expect, it } from 'vitest';
import { adviceCardText, othersLine } from '@/lib/content/highlighter/card-content';
import type { PageMarks } from '@/lib/highlight/types';

const marks: PageMarks = {
  threadId: 't',
  postIds: ['q', 'a', 'b', 'c', 'd'],
  suggestions: [
    {
      id: 's1',
      label: 'Stretch',
      colour: 0,
      people: 3,
      supporters: [
        { postId: 'a', author: 'ann' },
        { postId: 'c', author: 'cat' },
        { postId: 'd', author: 'dan' },
      ],
    },
    { id: 's2', label: 'Heat', colour: 1, people: 1, supporters: [{ postId: 'c', author: 'cat' }] },
  ],
  posts: [],
  highlights: [],
};

describe('the words of the card', () => {
  it.each([
    [0, 'No one else said this'],
    [1, '1 other said this'],
    [2, '2 others said this'],
    [41, '41 others said this'],
  ])('%i others: "%s"', (n, line) => {
    expect(othersLine(n)).toBe(line);
  });

  it('names the next supporter in thread order, wrapping round, and the other suggestions', () => {
    expect(adviceCardText(marks, 'a', ['s1'])?.next?.author).toBe('cat');
    expect(adviceCardText(marks, 'c', ['s1', 's2'])).toMatchObject({
      lines: ['2 others said this', 'Also: Heat'],
      next: { postId: 'd', author: 'dan' },
    });
    expect(adviceCardText(marks, 'd', ['s1'])?.next?.author).toBe('ann');
    expect(adviceCardText(marks, 'c', ['s2'])).toMatchObject({
      lines: ['No one else said this'],
      next: null,
    });
    expect(adviceCardText(marks, 'c', ['gone'])).toBeNull();
  });
});
