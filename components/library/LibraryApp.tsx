import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { threadToMarkdown } from '@/lib/db/export-markdown';
import type { SiteId } from '@/lib/model';
import type { LibraryThread, LibraryThreadDetail, StorageInfo } from '@/lib/search/library-types';
import type { SearchResult } from '@/lib/search/types';
import { fileSlug, plural } from './format';
import type { LibraryHost } from './library-host';
import { SearchResults } from './SearchResults';
import { StorageMeter } from './StorageMeter';
import { ThreadList } from './ThreadList';
import { ThreadView } from './ThreadView';

export interface LibraryAppProps {
  host: LibraryHost;
  /** Wait after the last keystroke before searching. */
  debounceMs?: number;
}

type Notice = { kind: 'info' | 'error'; text: string } | null;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function LibraryApp({ host, debounceMs = 120 }: LibraryAppProps) {
  const [threads, setThreads] = useState<LibraryThread[] | null>(null);
  const [storage, setStorage] = useState<StorageInfo | null>(null);
  const [detail, setDetail] = useState<LibraryThreadDetail | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [query, setQuery] = useState('');
  const [site, setSite] = useState<SiteId | ''>('');
  const [adviceOnly, setAdviceOnly] = useState(false);
  const [highlightsOnly, setHighlightsOnly] = useState(false);
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const searchSeq = useRef(0);

  const refresh = useCallback(async () => {
    try {
      const [list, info] = await Promise.all([host.listThreads(), host.storageEstimate()]);
      setThreads(list);
      setStorage(info);
    } catch (e) {
      setNotice({ kind: 'error', text: `Could not read the library: ${message(e)}` });
      setThreads([]);
    }
  }, [host]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Search as the reader types; a slower earlier answer never replaces a newer one.
  useEffect(() => {
    const seq = ++searchSeq.current;
    if (query.trim() === '') {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => {
      host
        .search({ query, filters: { site: site || null, adviceOnly, highlightsOnly }, limit: 30 })
        .then((r) => seq === searchSeq.current && setResults(r))
        .catch((e: unknown) => seq === searchSeq.current && setNotice({ kind: 'error', text: message(e) }));
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [host, query, site, adviceOnly, highlightsOnly, debounceMs]);

  const openThread = async (id: string): Promise<void> => {
    const d = await host.getThread(id).catch(() => null);
    if (d) setDetail(d);
    else setNotice({ kind: 'error', text: 'That thread is no longer in the library.' });
  };

  const remove = async (): Promise<void> => {
    if (!detail) return;
    const title = detail.thread.title;
    try {
      await host.deleteThread(detail.thread.id);
      setDetail(null);
      setResults(null);
      setQuery('');
      setNotice({ kind: 'info', text: `Deleted “${title}”.` });
      await refresh();
    } catch (e) {
      setNotice({ kind: 'error', text: `Could not delete: ${message(e)}` });
    }
  };

  const exportAll = async (): Promise<void> => {
    try {
      const data = await host.exportLibrary();
      const day = new Date().toISOString().slice(0, 10);
      host.download(`threadwise-library-${day}.json`, JSON.stringify(data), 'application/json');
      setNotice({ kind: 'info', text: `Exported ${plural(data.threads.length, 'thread', 'threads')}.` });
    } catch (e) {
      setNotice({ kind: 'error', text: `Could not export: ${message(e)}` });
    }
  };

  const importFile = async (file: File): Promise<void> => {
    try {
      const r = await host.importLibrary(await file.text());
      setNotice({
        kind: 'info',
        text: `Imported: ${plural(r.threadsAdded, 'new thread', 'new threads')}, ${plural(r.threadsUpdated, 'thread', 'threads')} updated, ${plural(r.postsAdded, 'answer', 'answers')} and ${plural(r.highlightsAdded, 'highlight', 'highlights')} added.`,
      });
      await refresh();
    } catch (e) {
      // The background rejected the file before writing anything.
      setNotice({ kind: 'error', text: `Nothing was imported. ${message(e)}` });
    }
  };

  const sites = [...new Set((threads ?? []).map((t) => t.site))].sort();

  return (
    <main class="library">
      <header class="library-header">
        <h1>Threadwise library</h1>
        <StorageMeter info={storage} />
        <div class="actions">
          <button type="button" onClick={() => void exportAll()} data-testid="export-library">
            Export library (JSON)
          </button>
          <label class="button">
            Import…
            <input
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              data-testid="import-library"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void importFile(file);
              }}
            />
          </label>
        </div>
      </header>
      {notice && (
        <p
          class={notice.kind === 'error' ? 'notice error' : 'notice'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          {notice.text}
        </p>
      )}
      <search class="search">
        <input
          type="search"
          placeholder="Search titles, questions, answers, advice and your highlights"
          aria-label="Search the library"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          data-testid="search-input"
        />
        <div class="filters">
          <label>
            Site{' '}
            <select
              value={site}
              onChange={(e) => setSite(e.currentTarget.value as SiteId | '')}
              data-testid="search-site"
            >
              <option value="">All</option>
              {sites.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={adviceOnly}
              onChange={(e) => setAdviceOnly(e.currentTarget.checked)}
            />{' '}
            Only advice
          </label>
          <label>
            <input
              type="checkbox"
              checked={highlightsOnly}
              onChange={(e) => setHighlightsOnly(e.currentTarget.checked)}
            />{' '}
            Only my highlights
          </label>
        </div>
      </search>
      {detail ? (
        <ThreadView
          detail={detail}
          onBack={() => setDetail(null)}
          onDelete={() => void remove()}
          onExportMarkdown={() =>
            host.download(
              `${fileSlug(detail.thread.title)}.md`,
              threadToMarkdown(detail.thread, detail.suggestions, detail.kind),
              'text/markdown',
            )
          }
        />
      ) : results !== null ? (
        results.length === 0 ? (
          <p class="status" data-testid="no-results">
            Nothing found for “{query}”.
          </p>
        ) : (
          <SearchResults results={results} onOpenThread={(id) => void openThread(id)} />
        )
      ) : threads === null ? (
        <p class="status" aria-busy="true">
          Loading…
        </p>
      ) : (
        <ThreadList threads={threads} onOpen={(id) => void openThread(id)} />
      )}
    </main>
  );
}
