import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../../lib/advice';
import {
  asksForJudgement,
  asksIfWorth,
  decisionAsked,
  decisionVerdictIn,
  verdictIn,
  worthVerdictIn,
} from '../../../lib/advice/verdicts';
import { authorsOf, makeThread, supportedBy } from './make-thread';

describe('asksForJudgement: a question that asks the readers to judge the asker', () => {
  const cases: [string, boolean][] = [
    ['I told my sister she could not bring her dog to the wedding. Was I wrong?', true],
    ['My landlord kept my deposit after I repainted. Did I do something wrong?', true],
    ['Am I overreacting about my roommate eating my leftovers?', true],
    ['AITA for skipping my cousin’s graduation?', true],
    ['Was it rude of me to leave the party early?', true],
    ['How do I get my toddler to sleep through the night?', false],
    ['What went wrong with my sourdough starter?', false],
    ['I think I did something wrong with the wiring, any ideas?', false],
  ];
  it.each(cases)('%s → %s', (title, expected) => {
    const thread = makeThread(title, []);
    expect(asksForJudgement(thread)).toBe(expected);
  });

  it('reads the question beyond its title', () => {
    const thread = makeThread('Dinner with my in-laws', []);
    thread.question.text =
      'I left before dessert because my father-in-law kept joking about my job. Was I being rude?';
    expect(asksForJudgement(thread)).toBe(true);
  });
});

describe('verdictIn: the verdict a sentence gives on the asker', () => {
  const cases: [string, 'right' | 'wrong' | null][] = [
    ['Honestly, you did the right thing.', 'right'],
    ['You did nothing wrong here.', 'right'],
    ["You didn't do anything wrong, but I get why she is upset.", 'right'],
    ['you did nt do anything wrong', 'right'],
    ["There's nothing wrong with what you did.", 'right'],
    ["I don't think you did anything wrong.", 'right'],
    ["You're not overreacting at all.", 'right'],
    ['NTA, she had months to sort it out.', 'right'],
    ['You were out of line, sorry.', 'wrong'],
    ['I think you are in the wrong here.', 'wrong'],
    ["I don't think you were wrong.", 'right'],
    ['YTA.', 'wrong'],
    ['Honestly what you did was wrong and you know it.', 'wrong'],
    ["I'm not saying what you did was wrong at all, but give her a heads up next time.", 'right'],
    ['What she did was wrong.', null],
    ['I did the right thing when my own kid asked.', null],
    ['Call the landlord tomorrow morning.', null],
    ['The wiring looks wrong to me.', null],
  ];
  it.each(cases)('%s → %s', (sentence, expected) => {
    expect(verdictIn(sentence)?.verdict ?? null).toBe(expected);
  });
});

describe('verdicts in a thread that asks for a judgement', () => {
  const title = 'I let my 12-year-old walk to school alone and my mother is furious. Was I wrong?';
  const answers: [string, string][] = [
    ['ana', 'You did the right thing. Kids need some independence.'],
    ['ben', 'As someone who walked alone at ten, I say you did the right thing.'],
    ['cai', "There's nothing wrong with what you did. Maybe show your mother the route."],
    ['dee', 'Honestly you were out of line, twelve is too young in a city.'],
    ['eli', 'Get her a cheap phone so she can call you.'],
    ['fay', 'I think you did the right thing and your mother will come round.'],
  ];

  it('lists the verdict most answers give, named in their words, with everyone who gave it', () => {
    const list = analyzeThread(makeThread(title, answers));
    const right = supportedBy(list, 'ana');
    expect(right?.label).toBe('You did the right thing');
    expect(authorsOf(right!)).toEqual(['ana', 'ben', 'cai', 'fay']);
    expect(right?.people).toBe(4);
    expect(list[0]).toBe(right);
  });

  it('keeps the other side apart, and the advice beside the verdicts', () => {
    const list = analyzeThread(makeThread(title, answers));
    expect(list.some((s) => authorsOf(s).includes('dee') && authorsOf(s).includes('ana'))).toBe(false);
    expect(list.some((s) => authorsOf(s).join() === 'eli')).toBe(true);
  });

  it('reads no verdict where nobody asked for one', () => {
    const list = analyzeThread(makeThread('How do I teach my kid to walk to school alone?', answers));
    expect(list.some((s) => s.label === 'You did the right thing')).toBe(false);
  });

  it("reads a reply's verdict as said to the answer it replies to, not to the asker", () => {
    const list = analyzeThread(
      makeThread(title, [
        ['ana', 'You did the right thing.'],
        ['ben', 'Twelve is far too young to walk alone in a city.'],
        { author: 'cai', text: 'You are wrong about that, kids cope fine.', replyTo: 1 },
        ['dee', 'You did the right thing, she will be fine.'],
      ]),
    );
    expect(list.some((s) => authorsOf(s).includes('cai') && s.label.includes('wrong'))).toBe(false);
  });
});

describe('whether a thing is worth it', () => {
  it('is asked by a yes-or-no question, not by one asking for picks', () => {
    expect(asksIfWorth({ title: 'Is a standing desk worth it?' })).toBe(true);
    expect(asksIfWorth({ title: 'Would an SSD be worth the money for a 2015 laptop?' })).toBe(true);
    expect(asksIfWorth({ title: 'What is the most "worth it" item you have ever purchased?' })).toBe(false);
    expect(asksIfWorth({ title: 'How do I stop my cat from scratching the couch?' })).toBe(false);
  });

  it.each([
    ['Totally worth it.', false, 'worth'],
    ['Worth every penny, but alternate.', false, 'worth'],
    ['Not worth it in my experience.', false, 'not-worth'],
    ["It's a waste of money unless you alternate.", false, 'not-worth'],
    ["It isn't really worth the price.", false, 'not-worth'],
    ['Yes! Get one with a memory preset.', true, 'worth'],
    ['No. Take walking breaks instead.', true, 'not-worth'],
    ['Honestly no.', true, 'not-worth'],
    ['Honestly, yes.', true, 'worth'],
  ] as const)('%s → %s', (sentence, opening, side) => {
    expect(worthVerdictIn(sentence, opening)?.verdict).toBe(side);
  });

  it('a bare yes or no later in an answer, or "no matter what", takes no side', () => {
    expect(worthVerdictIn('Yes, it has a preset.', false)).toBeNull();
    expect(worthVerdictIn('No matter what, alternate.', true)).toBeNull();
  });

  it('counts both sides, and keeps the advice given beside a side', () => {
    const list = analyzeThread(
      makeThread('Is a standing desk worth it?', [
        ['ana', 'Totally worth it. My back pain went away within a month.'],
        ['bo', 'Not worth it in my experience. I stood for a week.'],
        ['cy', 'Yes! Get one with a memory preset so switching is easy.'],
        ['eli', "It's a waste of money unless you actually alternate."],
        ['gus', 'No. Just take walking breaks every hour instead.'],
      ]),
    );
    const worth = list.find((s) => authorsOf(s).includes('ana'));
    const not = list.find((s) => authorsOf(s).includes('bo'));
    expect(authorsOf(worth!)).toEqual(['ana', 'cy']);
    expect(authorsOf(not!)).toEqual(['bo', 'eli', 'gus']);
    expect(not!.label).toBe('Not worth it');
    expect(list.some((s) => authorsOf(s).join() === 'gus' && /walking/i.test(s.label))).toBe(true);
  });
});

describe('whether to do a thing', () => {
  it('is asked by a yes-or-no question, not by one between things nor by what or how', () => {
    expect(decisionAsked({ title: 'Should I quit my stable job to join a startup?' })).toBe('quit');
    expect(decisionAsked({ title: 'Is it a good idea to buy a house right now?' })).toBe('buy');
    expect(decisionAsked({ title: 'Should I learn Python or Go first?' })).toBeNull();
    expect(decisionAsked({ title: 'What should I see in Lisbon?' })).toBeNull();
    expect(decisionAsked({ title: 'How do I stop my cat from scratching the couch?' })).toBeNull();
  });

  it.each([
    ['Go for it. Worst case you find another job.', true, 'go'],
    ['I did it at 28 and never regretted it.', true, 'go'],
    ['Take the leap while you are young.', false, 'go'],
    ['Quit.', true, 'go'],
    ['Yes, if you have savings.', true, 'go'],
    ["If you have kids or a mortgage, I'd stay put.", true, 'stay'],
    ["Don't quit until you have an offer in writing.", true, 'stay'],
    ['No. The market is terrible right now.', true, 'stay'],
    ["Honestly, I wouldn't.", false, 'stay'],
  ] as const)('%s → %s', (sentence, opening, side) => {
    expect(decisionVerdictIn(sentence, opening, 'quit')?.verdict).toBe(side);
  });

  it('advice about something else takes no side', () => {
    expect(decisionVerdictIn("Don't value the equity at anything.", true, 'quit')).toBeNull();
    expect(decisionVerdictIn('Yes, and ask to see the cap table.', false, 'quit')).toBeNull();
    expect(decisionVerdictIn("I wouldn't worry about the equity.", true, 'quit')).toBeNull();
  });

  it('counts both sides, a reply against a side joins it against, and the advice beside stays', () => {
    const list = analyzeThread(
      makeThread('Should I quit my stable job to join a startup?', [
        ['amy', 'Make sure you have six months of expenses saved before you jump.'],
        ['dan', 'I did it at 28 and never regretted it.'],
        ['gem', "If you have kids or a mortgage, I'd stay put."],
        ['jen', 'Go for it. Worst case you find another stable job in a year.'],
        {
          author: 'kit',
          text: "I disagree, it's not that easy to get back in if the market turns.",
          replyTo: 3,
        },
      ]),
    );
    const go = list.find((s) => authorsOf(s).includes('jen'));
    expect(go?.label).toBe('Go for it');
    expect(authorsOf(go!)).toEqual(['dan', 'jen', 'kit']);
    expect(go?.stance).toBe('mixed');
    expect(supportedBy(list, 'gem')?.label).toBe('Stay put');
    expect(supportedBy(list, 'amy')?.label).toMatch(/expenses/i);
  });
});
