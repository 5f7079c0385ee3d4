/**
 * Turns a thread's ranked suggestions into what the page highlights: per post, its advice
 * sentences in reading order, each tagged with every suggestion it belongs to (the
 * best-ranked one gives its colour). Pure, so the background and tests share it.
 */
import type { Highlight, Suggestion, Thread } from '../model';
import type { MarkSentence, MarkSuggestion, PageMarks, PostMarks } from './types';

/** Number of colours in the palette (see lib/content/highlighter/palette.ts). */
export const PALETTE_SIZE = 8;

/** The sentences a supporter's post gave for a suggestion; the engine's quote until it fills them. */
function sentencesOf(s: Suggestion['supporters'][number]): string[] {
  const list = s.sentences?.filter((t) => t.trim()) ?? [];
  return list.length ? list : s.quote.trim() ? [s.quote] : [];
}

export function buildPageMarks(
  thread: Pick<Thread, 'id' | 'question' | 'answers'>,
  suggestions: Suggestion[],
  highlights: Highlight[],
): PageMarks {
  const order = new Map<string, number>();
  [thread.question, ...thread.answers].forEach((p, i) => order.set(p.id, i));

  const marks: MarkSuggestion[] = suggestions.map((s, rank) => {
    const seen = new Set<string>();
    const supporters = s.supporters
      .filter((p) => (seen.has(p.postId) ? false : (seen.add(p.postId), true)))
      .sort((a, b) => (order.get(a.postId) ?? 0) - (order.get(b.postId) ?? 0))
      .map((p) => ({ postId: p.postId, author: p.author }));
    return { id: s.id, label: s.label, colour: rank % PALETTE_SIZE, people: s.people, supporters };
  });

  // Suggestions arrive best-ranked first, so the first to claim a sentence gives its colour.
  const byPost = new Map<string, Map<string, MarkSentence>>();
  for (const s of suggestions) {
    for (const supporter of s.supporters) {
      let sentences = byPost.get(supporter.postId);
      if (!sentences) byPost.set(supporter.postId, (sentences = new Map()));
      for (const text of sentencesOf(supporter)) {
        const entry = sentences.get(text);
        if (!entry) sentences.set(text, { text, suggestionIds: [s.id] });
        else if (!entry.suggestionIds.includes(s.id)) entry.suggestionIds.push(s.id);
      }
    }
  }

  const posts: PostMarks[] = [...byPost]
    .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([postId, sentences]) => ({ postId, sentences: [...sentences.values()] }));

  return {
    threadId: thread.id,
    postIds: [thread.question.id, ...thread.answers.map((p) => p.id)],
    suggestions: marks,
    posts,
    highlights: [...highlights].sort((a, b) => a.createdAt - b.createdAt),
  };
}
