/**
 * What crosses the message boundary for in-page highlighting: plain JSON, like the model.
 * The background builds `PageMarks` from the stored analysis and the reader's highlights;
 * the content script places them.
 */
import type { Highlight } from '../model';

/** One suggestion as the page's highlights need it. */
export interface MarkSuggestion {
  id: string;
  label: string;
  /** Index into the palette: one colour per suggestion, by rank. */
  colour: number;
  /** Distinct people who gave it. */
  people: number;
  /** Posts that gave it, in thread order, each once. */
  supporters: { postId: string; author: string }[];
}

/** An advice sentence of one post, and every suggestion it belongs to (best-ranked first). */
export interface MarkSentence {
  text: string;
  suggestionIds: string[];
}

export interface PostMarks {
  postId: string;
  /** Each distinct sentence once, grouped by suggestion rank (not reading order). */
  sentences: MarkSentence[];
}

/** Everything the content script highlights on one thread page. */
export interface PageMarks {
  threadId: string;
  /** Ids of the thread's posts (question first), to tell which post a selection is in. */
  postIds: string[];
  suggestions: MarkSuggestion[];
  posts: PostMarks[];
  /** The reader's own saved highlights on this thread. */
  highlights: Highlight[];
}

/** A highlight as the content script proposes it; the background gives it an id and time. */
export type HighlightDraft = Omit<Highlight, 'id' | 'createdAt'>;

export type SaveSelectionResult =
  | { saved: true; highlight: Highlight }
  | { saved: false; reason: 'not-thread' | 'no-selection' | 'outside-post' };

/** What the page shows right now (the popup's toggle and "Your highlights" read it). */
export interface HighlightState {
  enabled: boolean;
  /** Advice sentences placed. */
  advice: number;
  /** Saved highlights placed. */
  saved: number;
  /** Ids of saved highlights not found on this page. */
  orphans: string[];
}

/** A saved highlight with whether the open page could place it. */
export interface ListedHighlight extends Highlight {
  status: 'placed' | 'orphan' | 'unknown';
}

/** How views list a saved highlight the open page could not place. */
export const ORPHAN_LABEL = 'not found on this page';
