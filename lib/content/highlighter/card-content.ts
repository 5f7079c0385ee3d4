/**
 * What the card says about one advice sentence: its suggestion's label, how many other
 * posts gave it, the other suggestions the sentence is also in, and whose post is next.
 * Pure, so the wording is tested without a page.
 */
import type { MarkSuggestion, PageMarks } from '../../highlight/types';

export interface AdviceCardText {
  suggestion: MarkSuggestion;
  lines: string[];
  /** The next supporter in thread order after this post (wrapping round), or null when alone. */
  next: MarkSuggestion['supporters'][number] | null;
}

export function othersLine(others: number): string {
  if (others === 0) return 'No one else said this';
  return `${others} ${others === 1 ? 'other' : 'others'} said this`;
}

export function adviceCardText(
  marks: PageMarks,
  postId: string,
  suggestionIds: readonly string[],
): AdviceCardText | null {
  const byId = new Map(marks.suggestions.map((s) => [s.id, s]));
  const main = byId.get(suggestionIds[0] ?? '');
  if (!main) return null;
  const others = main.supporters.filter((s) => s.postId !== postId);
  const lines = [othersLine(others.length)];
  const also = suggestionIds
    .slice(1)
    .map((id) => byId.get(id)?.label)
    .filter((l): l is string => !!l);
  if (also.length) lines.push(`Also: ${also.join(', ')}`);
  const order = new Map(marks.postIds.map((id, i) => [id, i]));
  const here = order.get(postId) ?? -1;
  const next = others.find((p) => (order.get(p.postId) ?? 0) > here) ?? others[0] ?? null;
  return { suggestion: main, lines, next };
}
