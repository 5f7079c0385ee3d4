import { useMemo, useState } from 'preact/hooks';
import type { LibraryThread } from '@/lib/search/library-types';
import { formatDate, plural, safeHref } from './format';

export type SortKey = 'saved-desc' | 'saved-asc' | 'asked-desc' | 'title' | 'answers';
export type Period = 'all' | '7' | '30' | '365';

const DAY = 86_400_000;

/** Sorted and filtered rows: pure, so the rules are testable on their own. */
export function arrangeThreads(
  threads: readonly LibraryThread[],
  opts: { sort: SortKey; host: string; period: Period; now: number },
): LibraryThread[] {
  const since = opts.period === 'all' ? -Infinity : opts.now - Number(opts.period) * DAY;
  const rows = threads.filter((t) => (opts.host === '' || t.host === opts.host) && t.savedAt >= since);
  const asked = (t: LibraryThread): number => (t.askedAt ? Date.parse(t.askedAt) || 0 : 0);
  const by: Record<SortKey, (a: LibraryThread, b: LibraryThread) => number> = {
    'saved-desc': (a, b) => b.savedAt - a.savedAt,
    'saved-asc': (a, b) => a.savedAt - b.savedAt,
    'asked-desc': (a, b) => asked(b) - asked(a),
    title: (a, b) => a.title.localeCompare(b.title),
    answers: (a, b) => b.answers - a.answers,
  };
  return rows.sort(by[opts.sort]);
}

export interface ThreadListProps {
  threads: readonly LibraryThread[];
  onOpen(id: string): void;
  now?: number;
}

export function ThreadList({ threads, onOpen, now = Date.now() }: ThreadListProps) {
  const [sort, setSort] = useState<SortKey>('saved-desc');
  const [host, setHost] = useState('');
  const [period, setPeriod] = useState<Period>('all');
  const hosts = useMemo(() => [...new Set(threads.map((t) => t.host))].sort(), [threads]);
  const rows = useMemo(
    () => arrangeThreads(threads, { sort, host, period, now }),
    [threads, sort, host, period, now],
  );

  return (
    <section aria-labelledby="threads-heading">
      <div class="toolbar">
        <h2 id="threads-heading">
          {plural(rows.length, 'thread', 'threads')}
          {rows.length !== threads.length ? ` of ${threads.length}` : ''}
        </h2>
        <label>
          Site{' '}
          <select value={host} onChange={(e) => setHost(e.currentTarget.value)} data-testid="filter-site">
            <option value="">All sites</option>
            {hosts.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
        <label>
          Saved{' '}
          <select
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value as Period)}
            data-testid="filter-date"
          >
            <option value="all">any time</option>
            <option value="7">in the last week</option>
            <option value="30">in the last month</option>
            <option value="365">in the last year</option>
          </select>
        </label>
        <label>
          Sort{' '}
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as SortKey)} data-testid="sort">
            <option value="saved-desc">newest saved</option>
            <option value="saved-asc">oldest saved</option>
            <option value="asked-desc">newest asked</option>
            <option value="title">title</option>
            <option value="answers">most answers</option>
          </select>
        </label>
      </div>
      {threads.length === 0 ? (
        <p class="status">No threads yet. Open a thread on a supported site and Threadwise saves it here.</p>
      ) : (
        <ul class="thread-rows">
          {rows.map((t) => (
            <li key={t.id} class="thread-row" data-testid="thread-row">
              <button type="button" class="linkish thread-open" onClick={() => onOpen(t.id)}>
                {t.title}
              </button>
              <p class="meta">
                <a href={safeHref(t.url)} target="_blank" rel="noopener noreferrer">
                  {t.host}
                </a>{' '}
                · saved {formatDate(t.savedAt)}
                {t.askedAt ? ` · asked ${formatDate(t.askedAt)}` : ''} ·{' '}
                {plural(t.answers, 'answer', 'answers')} ·{' '}
                {plural(t.suggestions, 'suggestion', 'suggestions')}
                {t.highlights > 0 ? ` · ${plural(t.highlights, 'highlight', 'highlights')}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
