import { describe, expect, it } from 'vitest';
import { indexAuthors, mentionedPeople } from '../../../lib/advice/agreement';

describe('mentionedPeople', () => {
  const index = indexAuthors(['soundguy99', 'Calvin and the Duplicators', 'redditor_14', 'Zoë Brontë', 'ab']);
  const cases: [string, string, string[]][] = [
    ["I'll second what soundguy99 says about strengthening.", 'me', ['soundguy99']],
    ['The book Calvin recommended is great.', 'me', ['calvin and the duplicators']],
    ['Also agree with calvin and the duplicators on the ice.', 'me', ['calvin and the duplicators']],
    ['What redditor_14 said, and Zoë Brontë too.', 'me', ['redditor_14', 'zoë brontë']],
    // Accents, apostrophes and punctuation end words as the Unicode classes say.
    ["(zoë brontë's idea) works", 'me', ['zoë brontë']],
    ['Nobody here is named in this sentence.', 'me', []],
    // Never the sentence's own author; names under three characters are not indexed.
    ['As soundguy99 I can say: ab was right.', 'soundguy99', []],
  ];
  it.each(cases)('%s', (text, self, expected) => {
    expect(mentionedPeople(text, self, index)).toEqual(expected);
  });
});
