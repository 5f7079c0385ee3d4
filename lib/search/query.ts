import type { ThreadwiseDB } from '../db/database';
import { resolveHits } from './results';
import { searchIndex } from './sync';
import type { SearchRequest, SearchResult } from './types';

const MAX_RESULTS = 100;

/**
 * A library search from query to shown results: index hits (reading only the postings the
 * query needs), then titles, authors, links and snippets for those hits only.
 */
export async function searchLibrary(db: ThreadwiseDB, req: SearchRequest): Promise<SearchResult[]> {
  const limit = Math.max(1, Math.min(req.limit ?? 30, MAX_RESULTS));
  return resolveHits(db, await searchIndex(db, req.query, req.filters ?? {}, limit));
}
