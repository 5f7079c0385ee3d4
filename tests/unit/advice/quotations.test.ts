import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../../lib/advice';
import { authorsOf, makeThread, together } from './make-thread';

const LONG = 'A heating pad on the lowest setting every night is what finally fixed my back.';

/** Authors of the suggestion whose supporters' sentences include `sentence`. */
function whoSaid(list: ReturnType<typeof analyzeThread>, sentence: string): string[] {
  const s = list.find((x) => x.supporters.some((p) => (p.sentences ?? []).includes(sentence)));
  return s ? authorsOf(s) : [];
}

describe('a long sentence repeated word for word by someone else', () => {
  it('is a quotation of whoever wrote it first, not the quoter’s advice', () => {
    const list = analyzeThread(
      makeThread('My back hurts: what helps?', [
        ['ann', LONG],
        // MetaFilter quotes in italics, which reach the engine as plain text.
        ['bob', `${LONG.replace('A heating', 'a heating')}\n\nI would see a physiotherapist instead.`],
      ]),
    );
    expect(whoSaid(list, LONG)).toEqual(['ann']);
    expect(list.some((s) => authorsOf(s).join() === 'ann,bob')).toBe(false);
  });

  it('quoted by hand with ">" is no advice of the quoter, however short', () => {
    const list = analyzeThread(
      makeThread('Gas or induction?', [
        ['ann', 'Get a gas stove.'],
        ['bob', '> Get a gas stove.\nNo, induction is safer and faster.'],
      ]),
    );
    expect(list.some((s) => authorsOf(s).join() === 'ann,bob')).toBe(false);
  });

  it('keeps a quote of the question out of the answer', () => {
    const QUOTED = 'My friend says you should sleep on the hard floor for a week to reset your back.';
    const t = makeThread('My back hurts: what helps?', [['ann', `${QUOTED}\n\nPlease see a doctor first.`]]);
    t.question.text = `${QUOTED} Is that a good idea?`;
    const said = analyzeThread(t).flatMap((s) => s.supporters.flatMap((p) => p.sentences ?? []));
    expect(said).not.toContain(QUOTED);
  });

  it('is still advice when the same person says it twice, or when it is short', () => {
    const list = analyzeThread(
      makeThread('Error: cannot use import outside a module', [
        ['ann', 'Add "type": "module" to your package.json file.'],
        ['bob', 'Add "type": "module", to your package.json file. Then restart.'],
      ]),
    );
    expect(list[0] && authorsOf(list[0])).toEqual(['ann', 'bob']);
  });

  it('where answers are listed by votes, a copy above the original does not take it over', () => {
    const t = makeThread('My back hurts: what helps?', [
      ['bob', LONG],
      ['ann', LONG],
    ]);
    // bob's copy stands first on the page but was written a year after ann's answer.
    t.answers[0]!.time = '2021-05-01T10:00:00.000Z';
    t.answers[1]!.time = '2020-05-01T10:00:00.000Z';
    expect(whoSaid(analyzeThread(t), LONG)).toContain('ann');
  });
});

describe("someone else's words in quotes, sentence after sentence", () => {
  it('name nothing the answerer advises, not even in passing ("…kept telling us, "Honestly. Just give him melatonin."")', () => {
    const list = analyzeThread(
      makeThread('Toddler will not go to sleep', [
        ['ann', 'My mother-in-law kept telling us, "Honestly. Just give him melatonin every night."'],
        ['bob', 'Keep the bedtime routine the same every night.'],
      ]),
    );
    expect(list.some((s) => authorsOf(s).includes('ann'))).toBe(false);
  });

  it('a closing quote after a digit ("es2020") still closes: the sentence after is the answerer\'s own', () => {
    const list = analyzeThread(
      makeThread('Cannot use import statement outside a module', [
        ['ann', 'Use "module": "commonjs" in tsconfig.json.'],
        [
          'bob',
          'Mine had "target": "es2020" and "module": "es2020" in tsconfig.json.\n\nChanging it to "module": "commonjs" solved my issue.',
        ],
      ]),
    );
    expect(list.find((s) => authorsOf(s).join() === 'ann,bob')).toBeDefined();
  });
});

describe('words to say that are all the advice names', () => {
  it('are what it advises: \'Say "two more episodes" instead of a time\' joins "Episodes worked better for us too"', () => {
    const t = makeThread('Cutting down toddler screen time', [
      ['tim', 'Use a visual timer so she can see when TV time is ending.'],
      ['epi', 'Say "two more episodes" instead of a time.'],
      {
        author: 'tim',
        text: 'Episodes worked better for us too, the end of a show is a natural stopping point.',
        replyTo: 1,
      },
    ]);
    expect(together(analyzeThread(t), 'epi', 'tim')).toBeDefined();
  });
});
