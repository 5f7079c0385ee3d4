import { describe, expect, it } from 'vitest';
import {
  indexAuthors,
  indexShortNames,
  mentionedPeople,
  shortNameMentions,
} from '../../../lib/advice/agreement';
import { analyzeThread } from '../../../lib/advice';
import { makeThread } from './make-thread';

describe('mentionedPeople', () => {
  const index = indexAuthors([
    'soundguy99',
    'Calvin and the Duplicators',
    'redditor_14',
    'Zoë Brontë',
    'ab',
    'cat',
  ]);
  const cases: [string, string, string[]][] = [
    ["I'll second what soundguy99 says about strengthening.", 'me', ['soundguy99']],
    ['The book Calvin recommended is great.', 'me', ['calvin and the duplicators']],
    ['Also agree with calvin and the duplicators on the ice.', 'me', ['calvin and the duplicators']],
    ['What redditor_14 said, and Zoë Brontë too.', 'me', ['redditor_14', 'zoë brontë']],
    // Accents, apostrophes and punctuation end words as the Unicode classes say.
    ["(zoë brontë's idea) works", 'me', ['zoë brontë']],
    ['Nobody here is named in this sentence.', 'me', []],
    // After an article or possessive, a name that is a word is the thing: not "cat" the answerer.
    ['Seconding the cat litter sock, and my cat agrees.', 'me', []],
    ['Agree with cat, and the same author that soundguy99 mentions.', 'me', ['cat', 'soundguy99']],
    // Never the sentence's own author; names under three characters are not indexed.
    ['As soundguy99 I can say: ab was right.', 'soundguy99', []],
  ];
  it.each(cases)('%s', (text, self, expected) => {
    expect(mentionedPeople(text, self, index)).toEqual(expected);
  });
});

describe('mentionedPeople, names filter', () => {
  const authors = [
    'The Man of Twists and Turns',
    'a robot made out of meat',
    'Kim',
    'kimberly_b',
    'j_r_r',
    'Ruth Ann',
  ];
  const index = indexAuthors(authors);
  // The same index with every filter bit set: nothing is settled early, every word is looked up.
  const unfiltered = { ...index, filter: new Uint32Array(index.filter.length).fill(0xffffffff) };
  // Sentences are strung from whole names, parts of names and other words. In the first round
  // "ruth" is the only one-word name, so the long names' own filter entries are what must let
  // most named sentences through (a filter missing them fails it).
  const parts = [
    'The man of twists and turns',
    'the man',
    'twists and',
    'a robot made out of meat',
    'A robot',
  ];
  const others = ['said', 'try', 'it', 'ruth', 'Ruth Ann', 'out', 'of'];
  const oneWord = ['kim', 'Kimberly_b', 'J_R_R'];

  it.each([
    ['long names only', [...parts, ...others]],
    ['all names', [...parts, ...others, ...oneWord]],
  ])('finds exactly the people a full lookup finds (%s)', (_, vocabulary) => {
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let named = 0;
    for (let k = 0; k < 3000; k++) {
      const n = 1 + Math.floor(next() * 5);
      const words = Array.from({ length: n }, () => vocabulary[Math.floor(next() * vocabulary.length)]!);
      const text = words.join(next() < 0.8 ? ' ' : ', ') + '.';
      const expected = mentionedPeople(text, 'me', unfiltered);
      named += expected.length;
      expect(mentionedPeople(text, 'me', index)).toEqual(expected);
    }
    // The sentences do name people: the comparison is not between two empty lists.
    expect(named).toBeGreaterThan(100);
  });
});

describe('stop 64: a shortened name, where only a person can stand', () => {
  const shorts = indexShortNames([
    'coach_deb_ultra',
    'trailmix_tom',
    'allergy_mom_3',
    'physio_nadia',
    'trail_a',
    'trail_b',
  ]);
  it.each([
    ['Seconding coach_deb.', 'coach_deb_ultra'],
    ['what trailmix said about exhaling on alternate feet.', 'trailmix_tom'],
    ['agree with physio on the planks', 'physio_nadia'],
    ['@trailmix yes', 'trailmix_tom'],
  ])('"%s" names %s', (text, who) => {
    expect(shortNameMentions(text, 'me', shorts)).toEqual([who]);
  });
  it.each([
    'Seconding allergy shots.',
    'See a physio before you run again.',
    'The trailmix was great.',
    'what trail said',
  ])('"%s" names no one', (text) => {
    expect(shortNameMentions(text, 'me', shorts)).toEqual([]);
  });
});

describe("stop 65: a name's last part, where only a person can stand", () => {
  const shorts = indexShortNames(['Mod_Wendy', 'copywriter_cass', 'jen_83', 'red_fox', 'grey_fox']);
  it.each([
    ['What Wendy said.', 'mod_wendy'],
    ['Seconding cass.', 'copywriter_cass'],
  ])('"%s" names %s', (text, who) => {
    expect(shortNameMentions(text, 'me', shorts)).toEqual([who]);
  });
  it.each(['what fox said', 'Wendy is my aunt.', 'what 83 said'])('"%s" names no one', (text) => {
    expect(shortNameMentions(text, 'me', shorts)).toEqual([]);
  });
});

describe('stop 65: a sentence that is all "what X said" agrees', () => {
  it.each([
    ['What lindenleaf said.', 'lindenleaf'],
    ['Everything hemiola said. Warm up for ten minutes before you sing.', 'hemiola'],
  ])('"%s" backs %s\'s advice', (text, who) => {
    const s = analyzeThread(
      makeThread('How do I stop losing my voice at band rehearsal?', [
        { author: 'hemiola', text: 'Fix the monitoring first: get a wedge pointed at you.' },
        { author: 'lindenleaf', text: 'Transpose the hardest songs down a step.' },
        { author: 'juniper', text },
      ]),
    );
    const theirs = s.find((x) => x.supporters.some((p) => p.author === who))!;
    expect(theirs.supporters.map((p) => p.author)).toContain('juniper');
  });
});
