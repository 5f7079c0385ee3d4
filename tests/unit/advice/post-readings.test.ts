import { describe, expect, it } from 'vitest';
import { analyzeThread, PostReadings } from '../../../lib/advice';
import type { Thread } from '../../../lib/model';
import { makeThread } from './make-thread';

const ANSWERS: [string, string][] = [
  ['ann', 'Put it in the fridge. It will be sluggish but alive when you are back.'],
  ['ben', 'Seconding the fridge. I left mine for a month without trouble.'],
  ['cat', 'Dry some of it as a backup.'],
  ['dan', 'Nthing the fridge.'],
  ['eve', "Don't leave it on the counter, it will turn into grey liquid."],
  ['fay', 'Drying a spoonful on parchment is the safest backup.'],
];

function starterThread(count: number): Thread {
  const t = makeThread('Keeping a starter alive while I travel', ANSWERS);
  return { ...t, answers: t.answers.slice(0, count) };
}

describe('PostReadings: a grown thread reads only its new and edited posts', () => {
  it('gives the same suggestions as reading every post afresh', () => {
    const readings = new PostReadings();
    const full = starterThread(ANSWERS.length);
    // Comments arriving as the reader scrolls: the same thread analysed at each step.
    for (let n = 2; n <= ANSWERS.length; n++) {
      const grown = { ...full, answers: full.answers.slice(0, n) };
      expect(analyzeThread(grown, readings)).toEqual(analyzeThread(grown));
    }
    expect(readings.size).toBe(ANSWERS.length);
    // Analysing the same thread twice with its readings kept changes nothing either.
    expect(analyzeThread(full, readings)).toEqual(analyzeThread(full));
  });

  it('an analysis never changes what the next one reads (a reply read without its parent)', () => {
    const readings = new PostReadings();
    const thread = makeThread('What is the best thing you ever bought for under $20?', [
      ['kim', 'A ten foot phone charging cable.'],
      { author: 'lee', text: 'No, get the braided Anker cable instead.', replyTo: 0 },
      ['max', 'A cast iron skillet.'],
    ]);
    expect(analyzeThread(thread, readings)).toEqual(analyzeThread(thread));
    // The same reply in a reading of the thread that lacks its parent (a partial page).
    const parentGone: Thread = { ...thread, answers: thread.answers.slice(1) };
    expect(analyzeThread(parentGone, readings)).toEqual(analyzeThread(parentGone));
  });

  it('reads an edited post again', () => {
    const readings = new PostReadings();
    const thread = starterThread(ANSWERS.length);
    analyzeThread(thread, readings);
    const edited: Thread = {
      ...thread,
      answers: thread.answers.map((p) =>
        p.author === 'cat' ? { ...p, text: 'Put it in the fridge, honestly.' } : p,
      ),
    };
    const list = analyzeThread(edited, readings);
    expect(list).toEqual(analyzeThread(edited));
    const fridge = list.find((s) => s.supporters.some((p) => p.author === 'ann'))!;
    expect(fridge.supporters.map((p) => p.author)).toContain('cat');
  });

  it('keeps at most the posts it was sized for, dropping the least recently used', () => {
    const readings = new PostReadings(3);
    const thread = starterThread(ANSWERS.length);
    expect(analyzeThread(thread, readings)).toEqual(analyzeThread(thread));
    expect(readings.size).toBe(3);
  });
});
