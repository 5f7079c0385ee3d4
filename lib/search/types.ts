import type { SiteId } from '../model';

/** What a search document stands for: a result always links to one of these. */
export type DocKind = 'question' | 'answer' | 'suggestion' | 'highlight';

/**
 * One searchable unit (short field names: half a million of them are built when the index is).
 */
export interface SearchDoc {
  /** The engine's document number. */
  id: number;
  /** Thread id. */
  t: string;
  k: DocKind;
  /** Post id, suggestion id or highlight id. */
  r: string;
  /** Site family, for the site filter. */
  s: SiteId;
  /** 1 when the document is advice: a suggestion, or an answer that supports one. */
  a: 0 | 1;
  /** The thread's title: indexed on its question document only. */
  title?: string;
  text: string;
}

export interface SearchFilters {
  site?: SiteId | null;
  /** Only suggestions and answers that gave advice. */
  adviceOnly?: boolean;
  /** Only the reader's highlights. */
  highlightsOnly?: boolean;
}

export interface SearchRequest {
  query: string;
  filters?: SearchFilters;
  limit?: number;
}

/** A hit from the index before it is dressed with stored text. */
export interface SearchHit {
  threadId: string;
  kind: DocKind;
  ref: string;
  score: number;
  /**
   * For marking: the index terms the query words it matched expand to (as typed, by prefix, with
   * a typo). Those in the document's text are the matches; the others mark nothing.
   */
  terms: string[];
}

/** Part of a snippet: matched parts are shown marked. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** One search result as views show it. */
export interface SearchResult {
  id: string;
  threadId: string;
  threadTitle: string;
  site: SiteId;
  kind: DocKind;
  /** Who wrote the post, or null for a suggestion. */
  author: string | null;
  /** Where the result lands: the answer's (or question's) permalink. */
  permalink: string;
  score: number;
  title: SnippetPart[];
  snippet: SnippetPart[];
}
