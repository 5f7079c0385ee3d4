import type { SearchResult } from '@/lib/search/types';
import { safeHref } from './format';
import { Marked } from './Marked';

const KIND_LABEL: Record<SearchResult['kind'], string> = {
  question: 'question',
  answer: 'answer',
  suggestion: 'advice',
  highlight: 'your highlight',
};

export interface SearchResultsProps {
  results: readonly SearchResult[];
  onOpenThread(threadId: string): void;
}

/** Ranked results; each links to the answer it found (its permalink), the thread opens in the library. */
export function SearchResults({ results, onOpenThread }: SearchResultsProps) {
  return (
    <ol class="results" data-testid="search-results">
      {results.map((r) => (
        <li key={r.id} class="result" data-testid="search-result">
          <div class="result-head">
            <a href={safeHref(r.permalink)} target="_blank" rel="noopener noreferrer" class="result-link">
              <Marked parts={r.title} />
            </a>
            <span class="kind">{KIND_LABEL[r.kind]}</span>
          </div>
          <p class="snippet">
            <Marked parts={r.snippet} />
          </p>
          <p class="meta">
            {r.author ? <span>{r.author} · </span> : null}
            <button type="button" class="linkish" onClick={() => onOpenThread(r.threadId)}>
              Open thread in library
            </button>
          </p>
        </li>
      ))}
    </ol>
  );
}
