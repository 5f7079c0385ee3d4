import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../../lib/advice';
import { codeTerms, plainKeys, sentenceTerms } from '../../../lib/advice/keys';
import { authorsOf, makeThread } from './make-thread';

/** Whether the sentence names a word (any key whose stem starts with `stem`) as the object of advice. */
function aimsAt(sentence: string, stem: string): boolean {
  return sentenceTerms(sentence).some((t) => t.target && t.key.slice(2).startsWith(stem));
}

describe('a fronted setting says where the advice applies, not what it is', () => {
  it.each([
    ['For back pain, try yoga twice a week.', 'pain', 'yoga'],
    ['In Windows, run the installer as administrator.', 'window', 'instal'],
    ['The second: in Docker, mount the folder read-only.', 'docker', 'mount'],
    ['When using Vite, add the plugin to the config.', 'vite', 'plugin'],
  ])('%s', (sentence, setting, advice) => {
    expect(aimsAt(sentence, setting)).toBe(false);
    expect(aimsAt(sentence, advice)).toBe(true);
  });

  it('what worked, told before the comma, is still what worked', () => {
    expect(aimsAt('After trying acupuncture, the pain went away.', 'acupunct')).toBe(true);
    expect(aimsAt('Since trying a standing desk, my back is fine.', 'posture')).toBe(true);
  });

  it('a comma that closes no setting changes nothing', () => {
    expect(aimsAt('Try yoga, it helps.', 'yoga')).toBe(true);
    expect(aimsAt('In short, try yoga.', 'yoga')).toBe(true);
  });
});

describe('headings and names', () => {
  it('a Title Case heading is a label, not an imperative', () => {
    expect(aimsAt('Update For Node / NPM', 'node')).toBe(false);
    expect(aimsAt('Update node to the latest version.', 'node')).toBe(true);
  });

  it('"Node.js" and "Express.js" name projects; "script.js" is a file', () => {
    const keys = (s: string): string[] => codeTerms(s).map((t) => t.key);
    expect(keys('This happens in Node.js and Express.js apps.')).toEqual([]);
    expect(keys('Load d3.js before script.js.')).toEqual(['k:script.js']);
  });

  it('a platform everyone names as their setting is not a suggestion of its own', () => {
    const thread = makeThread('Cannot use import statement outside a module', [
      ['ann', 'In Node.js, add "type": "module" to your package.json.'],
      ['ben', 'When running under Node.js, set "type": "module" in package.json.'],
      ['cat', 'For Node.js, rename the file to .mjs instead.'],
      ['dan', 'Add type="module" to the script tag.'],
    ]);
    const list = analyzeThread(thread);
    expect(list.some((s) => /node/i.test(s.label))).toBe(false);
    expect(authorsOf(list[0]!)).toEqual(['ann', 'ben']);
  });
});

describe('single-answer suggestions', () => {
  it('an everyday word a loose cue points at ("by doing the following") names no suggestion', () => {
    const thread = makeThread('Cannot use import statement outside a module', [
      ['ann', 'I solved this issue by doing the following:\n\nAdd type="module" to the script tag.'],
      ['cat', 'Add type="module" to the script tag.'],
    ]);
    const list = analyzeThread(thread);
    expect(list.map((s) => s.label.toLowerCase()).some((l) => l.includes('following'))).toBe(false);
    expect(authorsOf(list[0]!)).toEqual(['ann', 'cat']);
  });
});

describe('plainKeys: background that names nothing telling', () => {
  const vocabulary = [
    'the',
    'my',
    'back',
    'was',
    'sore',
    'after',
    'work',
    'and',
    'it',
    'hurt',
    'for',
    'weeks',
    'Doctor',
    'Bowen',
    'try',
    'recommend',
    'helped',
    'worked',
    'magnesium',
    'Flexeril',
    'flexiril',
    'TENS',
    'type="module"',
    'app.js',
    'https://example.org/a/b',
    'npm install esm',
    'Put',
    'stretch',
    'slowly',
    'I',
    'we',
    'so',
    'then',
    'Sarno',
    'really',
    'yesterday',
    'muscle',
    'relaxer',
    'heat',
    'NSA',
    'Émile',
  ];
  it('gives exactly the keys of the full reading, and only when nothing in it is telling', () => {
    let seed = 5;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let plain = 0;
    let full = 0;
    for (let k = 0; k < 4000; k++) {
      const n = 1 + Math.floor(next() * 10);
      const words = Array.from({ length: n }, () => vocabulary[Math.floor(next() * vocabulary.length)]!);
      const text = words.join(next() < 0.8 ? ' ' : ', ') + '.';
      const keys = plainKeys(text);
      const terms = sentenceTerms(text, false);
      if (keys === null) {
        full++;
        continue;
      }
      plain++;
      expect(keys, text).toEqual(terms.map((t) => t.key));
      expect(
        terms.some((t) => t.target || t.kind === 'concept' || t.kind === 'code'),
        text,
      ).toBe(false);
    }
    // Both ways are taken: the comparison covers real cases.
    expect(plain).toBeGreaterThan(300);
    expect(full).toBeGreaterThan(300);
  });
});
