import { describe, expect, it } from 'vitest';
import { detectAdvice } from '../../../lib/advice/detect';
import { splitSentences } from '../../../lib/advice/sentences';
import { stem, tokenize } from '../../../lib/advice/tokens';

describe('tokenize and stem', () => {
  const cases: [string, string[]][] = [
    ["Don't use a heating-pad!", ['do', 'not', 'use', 'a', 'heating', 'pad']],
    ["I'd recommend it; it's cheap.", ['i', 'would', 'recommend', 'it', 'it', 'is', 'cheap']],
    [
      "You won't regret it, I can't say more.",
      ['you', 'will', 'not', 'regret', 'it', 'i', 'can', 'not', 'say', 'more'],
    ],
    ["do n't worry , you 'll be fine", ['do', 'not', 'worry', 'you', 'will', 'be', 'fine']],
    ['I’ve never tried Tai Chi', ['i', 'have', 'never', 'tried', 'tai', 'chi']],
    ["My PT's advice", ['my', 'pt', 'advice']],
  ];
  it.each(cases)('tokenize(%j)', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it('stems inflections to one form', () => {
    expect(stem('stretching')).toBe(stem('stretches'));
    expect(stem('recommended')).toBe('recommend');
    expect(stem('exercises')).toBe(stem('exercise'));
  });
});

describe('detectAdvice', () => {
  const advice: string[] = [
    'Try a different muscle relaxant.',
    "I'd recommend seeing a physical therapist who specialises in backs.",
    'Have you considered a standing desk?',
    'Magnesium glycinate helped me a lot with cramps.',
    'Look into the McKenzie method.',
    'Check out the book Healing Back Pain by John Sarno.',
    'You should ask your doctor about baclofen.',
    'Make sure you keep moving, even if it is just short walks.',
    'If the pain comes back, ice it for twenty minutes at a time.',
    'Start with gentle core exercises once the spasm has passed.',
    'My advice would be to get a second opinion.',
    'It might be worth asking for a referral to a pain clinic.',
    'Talk to her calmly and explain why the rule exists.',
    'Put the baby down drowsy but awake.',
    'It would be great if the app let me export my notes.',
    'If you are staying more than two nights, ask for a room at the back.',
    'I found gentle yoga really helpful for the stiffness.',
    'Lidocaine injections made a huge difference for me.',
    'Has your PT tried ultrasound?',
    'Edit: try magnesium glycinate, it is gentler on the stomach.',
  ];
  it.each(advice)('advice: %s', (s) => {
    const v = detectAdvice(s);
    expect(v.advice).toBe(true);
    expect(v.score).toBeGreaterThanOrEqual(0);
    expect(v.score).toBeLessThanOrEqual(1);
  });

  const notAdvice: string[] = [
    'I had the same problem about five years ago.',
    'My back went out while I was lifting a box of books.',
    'The hotel lobby was beautiful.',
    'Thanks so much, everyone!',
    'Good luck!',
    'We stayed there for three nights in March.',
    'He is four years old and goes to daycare.',
    'That sounds awful, I am sorry you are going through this.',
    'The pain was mostly on the left side.',
    'I agree that it sucks.',
    'Have a great trip!',
    'I wish I had known that back then.',
  ];
  it.each(notAdvice)('not advice: %s', (s) => {
    expect(detectAdvice(s).advice).toBe(false);
  });

  const against: string[] = [
    "Don't stretch while the muscle is in spasm.",
    'Avoid sitting for long periods.',
    'Stay away from chiropractors who crack your neck.',
    'Heat made it worse for me.',
    'I would not recommend this hotel to anyone.',
    'This is not the place to stay if you want a quiet night.',
  ];
  it.each(against)('advice against: %s', (s) => {
    const v = detectAdvice(s);
    expect(v.advice).toBe(true);
    expect(v.stance).toBe('against');
  });

  const forStance: string[] = [
    'Try foam rolling your glutes.',
    "Don't worry about asking your doctor for stronger meds.",
    'Keep doing the exercises your PT gave you.',
    "You can't go wrong with Iyengar yoga.",
    'A standing desk is the way to go.',
  ];
  it.each(forStance)('advice for: %s', (s) => {
    const v = detectAdvice(s);
    expect(v.advice).toBe(true);
    expect(v.stance).toBe('for');
  });

  const agreement: string[] = [
    'Seconding the recommendation for a standing desk.',
    'Nthing physical therapy.',
    'So Nthing maybe a different muscle relaxer & PT.',
    "I'll second what soundguy99 says about strengthening.",
    '+1 to the magnesium suggestion.',
    'I agree with everyone suggesting core work.',
    'Another vote for the Sarno book.',
  ];
  it.each(agreement)('agreement: %s', (s) => {
    const v = detectAdvice(s);
    expect(v.agreement).toBe(true);
    expect(v.advice).toBe(true);
  });

  const independent: string[] = [
    'Try a standing desk.',
    'I went through something similar and it took months.',
    'Something like a heating pad might help.',
    'Nothing worked until I tried physical therapy.',
    'I agree that it sucks.',
    'I agree with you, that is a hard spot to be in.',
  ];
  it.each(independent)('no agreement: %s', (s) => {
    expect(detectAdvice(s).agreement).toBe(false);
  });

  it("is strict with the asker's own posts", () => {
    const askerLines = [
      'Thanks everyone, I will try the magnesium tonight.',
      'I did try yoga last year but it made things worse.',
      'Update: the spasms have calmed down a bit.',
      'My doctor says it is muscular.',
    ];
    for (const s of askerLines) expect(detectAdvice(s, { byAsker: true }).advice).toBe(false);
    // The same kind of sentence from anyone else can be advice.
    expect(detectAdvice('I will try the magnesium tonight, you should too.').advice).toBe(true);
  });

  it('is deterministic', () => {
    const s = 'You might want to look into a TENS unit for home use.';
    expect(detectAdvice(s)).toEqual(detectAdvice(s));
  });

  it('works on sentences split from a real answer', () => {
    const text =
      'IANAD. I am someone who used to have frequent debilitating back spasms. ' +
      'I have had very good luck with oral magnesium supplements.\n\n' +
      'Also, do yourself a favor and check out the work of Dr. Eric Goodman.';
    const sentences = splitSentences({
      id: 'a1',
      author: 'x',
      permalink: '',
      text,
      score: 5,
      accepted: false,
      time: null,
      parentId: null,
      deleted: false,
    });
    const verdicts = sentences.map((s) => detectAdvice(s.text).advice);
    expect(sentences.map((s) => s.text)[3]).toBe(
      'Also, do yourself a favor and check out the work of Dr. Eric Goodman.',
    );
    expect(verdicts).toEqual([false, false, true, true]);
  });

  it('costs well under 0.02 ms per sentence', () => {
    const base = [
      'Try a different muscle relaxant, and ask your doctor about the dose.',
      'I had the same thing happen to me when I was younger, and it took months.',
      "Don't stretch while it is in spasm; it only makes it worse.",
      'Have you considered a standing desk?',
    ];
    const sentences = Array.from({ length: 20_000 }, (_, i) => `${base[i % 4]} (${i})`);
    for (const s of sentences.slice(0, 500)) detectAdvice(s); // warm up the JIT and the stem memo
    // CPU time, not wall time: the machine is shared, and a descheduled test is not a slow detector.
    const c0 = process.cpuUsage();
    for (const s of sentences) detectAdvice(s);
    const used = process.cpuUsage(c0);
    const perSentence = (used.user + used.system) / 1000 / sentences.length;
    // The budget is 0.02 ms; the bound leaves room for a loaded 2-core CI machine.
    expect(perSentence).toBeLessThan(0.05);
  });
});
