import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThreadwiseDB } from '@/lib/db/database';
import { resolveHits } from '@/lib/search/results';
import { dropEngine, indexThread, searchEngine } from '@/lib/search/sync';
import {
  highlight,
  plant,
  plantAnswers,
  post,
  save,
  sourdough,
  sourdoughAnswers,
  suggestion,
  thread,
} from './fixtures';

const NAME = 'threadwise-search-results';
let db: ThreadwiseDB;
beforeEach(() => {
  db = new ThreadwiseDB(NAME);
});
afterEach(async () => {
  await dropEngine(db);
  db.close();
  await Dexie.delete(NAME);
});

async function find(query: string, filters = {}) {
  return resolveHits(db, (await searchEngine(db)).search(query, filters));
}

describe('search results', () => {
  it('link each answer to its permalink with its author and a marked snippet', async () => {
    await save(db, sourdough);
    await indexThread(db, sourdough);
    const [r] = await find('parchmnet');
    expect(r).toMatchObject({
      kind: 'answer',
      author: 'levain_larry',
      permalink: 'https://ask.example.org/1/t#102',
      threadTitle: 'Keeping a sourdough starter alive',
    });
    expect(r!.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['parchment']);
  });

  it('land a suggestion on the supporter whose quote matched, and a highlight on its answer', async () => {
    const both = suggestion('s1', 'keep it cold', [sourdoughAnswers[0]!, sourdoughAnswers[2]!]);
    await save(db, sourdough, [both]);
    await save(db, plant);
    await db.highlights.add(highlight(plant, plantAnswers[1]!, 'bigger pot'));
    await indexThread(db, sourdough);
    await indexThread(db, plant);
    const [s] = await find('freezer', { adviceOnly: true });
    expect(s).toMatchObject({
      kind: 'suggestion',
      permalink: 'https://ask.example.org/1/t#103',
      author: 'oven_spring',
    });
    const [h] = await find('bigger', { highlightsOnly: true });
    expect(h).toMatchObject({
      kind: 'highlight',
      permalink: 'https://ask.example.org/3/t#302',
      author: 'potter',
    });
  });

  it('never hand a javascript: permalink to a view', async () => {
    const evil = {
      ...post(9, '901', 'mallory', 'Click for a free toaster'),
      permalink: 'javascript:alert(1)',
    };
    const t = thread(9, 'Toasters', 'Which toaster?', [evil]);
    await save(db, t);
    await indexThread(db, t);
    const [r] = await find('toaster', {});
    expect(r?.permalink).toBe('https://ask.example.org/9/t');
    const results = await find('free toaster');
    expect(results.every((x) => x.permalink.startsWith('https://'))).toBe(true);
  });
});
