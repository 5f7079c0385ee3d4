import { describe, expect, it } from 'vitest';
import { suggestionsToMarkdown } from '@/lib/markdown';
import type { Suggestion, Supporter } from '@/lib/model';

function supporter(postId: string, author: string, stance: 'for' | 'against'): Supporter {
  return { postId, author, permalink: `https://example.org/t#${postId}`, quote: `${author}'s words`, stance };
}

function suggestion(label: string, stance: Suggestion['stance'], supporters: Supporter[]): Suggestion {
  return { id: label, label, score: 1, stance, people: 2, votes: 0, supporters };
}

describe('the list as Markdown', () => {
  it('marks a warning as one, and only a mixed suggestion marks who argued against', () => {
    const md = suggestionsToMarkdown('Sore back', 'https://example.org/t', [
      suggestion('Yoga', 'mixed', [supporter('1', 'ann', 'for'), supporter('2', 'ben', 'against')]),
      suggestion("Don't use ice", 'against', [
        supporter('3', 'cat', 'against'),
        supporter('4', 'dan', 'against'),
      ]),
    ]);
    expect(md).toContain('1. **Yoga** (mixed opinions): 2 people');
    expect(md).toContain("   - [ben](https://example.org/t#2) (against): “ben's words”");
    expect(md).toContain("2. **Don't use ice** (a warning): 2 people");
    expect(md).toContain("   - [cat](https://example.org/t#3): “cat's words”");
    expect(md).not.toContain('[dan](https://example.org/t#4) (against)');
  });

  it('says of a discussion that its list is what the replies bring up, and nothing of a question', () => {
    const list = [suggestion('Litestream', 'for', [supporter('1', 'ann', 'for')])];
    const discussion = suggestionsToMarkdown(
      'A database for 2022',
      'https://example.org/t',
      list,
      'discussion',
    );
    expect(discussion.split('\n')[2]).toBe(
      '_This post asks no question: the list is what its replies bring up most, advice or not._',
    );
    expect(suggestionsToMarkdown('Which database?', 'https://example.org/t', list)).not.toContain(
      'asks no question',
    );
  });

  it("notes the asker's word on an answer: the site's name for its mark, or a link to the reply", () => {
    const md = suggestionsToMarkdown(
      'Foggy windshield',
      'https://example.org/t',
      [
        suggestion('Turn the AC on', 'for', [
          { ...supporter('1', 'ann', 'for'), accepted: { by: 'site' } },
          {
            ...supporter('2', 'ben', 'for'),
            accepted: {
              by: 'asker',
              reply: { postId: '3', permalink: 'https://example.org/t#3', quote: 'That was it!' },
            },
          },
          supporter('4', 'cat', 'for'),
        ]),
      ],
      'question',
      'metafilter',
    );
    expect(md).toContain("   - [ann](https://example.org/t#1) ✓ best answer: “ann's words”");
    expect(md).toContain(
      "   - [ben](https://example.org/t#2) ✓ [worked for the asker](https://example.org/t#3): “ben's words”",
    );
    expect(md).toContain("   - [cat](https://example.org/t#4): “cat's words”");
  });
});
