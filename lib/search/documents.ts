import type { Highlight, Post, SiteId, Suggestion } from '../model';
import type { SearchDoc } from './types';

/** What a thread's search documents are built from: the stored thread, not the page. */
export interface ThreadContent {
  id: string;
  site: SiteId;
  title: string;
  question: Post;
  answers: readonly Post[];
  suggestions: readonly Suggestion[];
  highlights: readonly Highlight[];
}

export type DocDraft = Omit<SearchDoc, 'id'>;

/** The text a suggestion is found by: its label and every supporter's quote. */
export function suggestionText(s: Suggestion): string {
  // The colon keeps the label apart from the first quote when a snippet runs them together.
  return [`${s.label}:`, ...s.supporters.map((p) => p.quote)].join('\n');
}

/**
 * One document for the question (with the title), one per answer, one per suggestion and
 * one per highlight. Answers are separate documents so that every result links to the
 * very answer that matched.
 */
export function threadDocuments(content: ThreadContent): DocDraft[] {
  const { id: t, site: s } = content;
  const advice = new Set(content.suggestions.flatMap((x) => x.supporters.map((p) => p.postId)));
  const docs: DocDraft[] = [
    { t, k: 'question', r: content.question.id, s, a: 0, title: content.title, text: content.question.text },
  ];
  for (const p of content.answers) {
    if (p.text.trim() === '') continue;
    docs.push({ t, k: 'answer', r: p.id, s, a: advice.has(p.id) ? 1 : 0, text: p.text });
  }
  for (const x of content.suggestions)
    docs.push({ t, k: 'suggestion', r: x.id, s, a: 1, text: suggestionText(x) });
  for (const h of content.highlights) docs.push({ t, k: 'highlight', r: h.id, s, a: 0, text: h.quote });
  return docs;
}

/** A short order-independent fingerprint of a thread's highlight ids: tells a stale index. */
export function highlightsKey(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  let h = 0x811c9dc5;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x2c, 0x01000193);
  }
  return `${ids.length}:${(h >>> 0).toString(36)}`;
}
