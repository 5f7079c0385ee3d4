import type { ThreadwiseDB } from '@/lib/db/database';
import { saveThread } from '@/lib/db/threads';
import type { Highlight, Post, Suggestion, Thread } from '@/lib/model';

/** Small hand-written threads for the search tests. */
export function post(threadNo: number, id: string, author: string, text: string): Post {
  return {
    id,
    author,
    permalink: `https://ask.example.org/${threadNo}/t#${id}`,
    text,
    score: 1,
    accepted: false,
    time: '2026-01-02T00:00:00.000Z',
    parentId: null,
    deleted: false,
  };
}

export function thread(
  no: number,
  title: string,
  question: string,
  answers: Post[],
  host = 'ask.example.org',
): Thread {
  return {
    id: `metafilter:${host}:${no}`,
    site: 'metafilter',
    url: `https://${host}/${no}/t`,
    title,
    question: { ...post(no, `q${no}`, 'asker', question), permalink: `https://${host}/${no}/t` },
    answers,
  };
}

export function suggestion(id: string, label: string, supporters: Post[]): Suggestion {
  return {
    id,
    label,
    score: supporters.length,
    stance: 'for',
    people: supporters.length,
    votes: 0,
    supporters: supporters.map((p) => ({
      postId: p.id,
      author: p.author,
      permalink: p.permalink,
      quote: p.text.split('.')[0] + '.',
      stance: 'for' as const,
    })),
  };
}

export function highlight(t: Thread, p: Post, quote: string, id = `h-${p.id}`): Highlight {
  const start = p.text.indexOf(quote);
  return {
    id,
    threadId: t.id,
    postId: p.id,
    quote,
    prefix: p.text.slice(Math.max(0, start - 32), start),
    suffix: p.text.slice(start + quote.length, start + quote.length + 32),
    start,
    end: start + quote.length,
    createdAt: 1,
  };
}

export async function save(
  db: ThreadwiseDB,
  t: Thread,
  suggestions: Suggestion[] = [],
  now = 1000,
): Promise<void> {
  await saveThread(db, t, `fp-${now}-${t.answers.length}`, { suggestions, engineVersion: 'test' }, now);
}

// Three threads on different subjects.
export const sourdoughAnswers = [
  post(1, '101', 'crumbwise', 'Put the starter in the fridge before you travel. It survives three weeks.'),
  post(1, '102', 'levain_larry', 'Dry some on parchment paper as a backup; dried flakes keep for months.'),
  post(1, '103', 'oven_spring', 'Nobody mentioned freezing: a spoonful in the freezer works too.'),
];
export const sourdough = thread(
  1,
  'Keeping a sourdough starter alive',
  'I travel for work. How do I keep my starter?',
  sourdoughAnswers,
);

export const bikeAnswers = [
  post(2, '201', 'spokes', 'Lubricate the chain every two hundred miles and wipe off the excess.'),
  post(2, '202', 'derailleur_dan', 'Check the tyre pressure weekly; soft tyres wear out quickly.'),
];
export const bike: Thread = {
  ...thread(
    2,
    'Bicycle maintenance for a commuter',
    'What should I check on my bike?',
    bikeAnswers,
    'bikes.stackexchange.com',
  ),
  id: 'stackexchange:bikes.stackexchange.com:2',
  site: 'stackexchange',
};

export const plantAnswers = [
  post(3, '301', 'greenthumb', 'Water the fern when the soil feels dry, and mist the leaves in winter.'),
  post(3, '302', 'potter', 'Repot it in spring into a slightly bigger pot with drainage holes.'),
];
export const plant = thread(
  3,
  'My fern keeps dying',
  'Brown leaves everywhere, what am I doing wrong?',
  plantAnswers,
);
