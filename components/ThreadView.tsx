import { useLayoutEffect, useState } from 'preact/hooks';
import { suggestionsToMarkdown } from '@/lib/markdown';
import type { SuggestionView, ThreadSummary } from '@/lib/messaging/protocol';
import type { Suggestion } from '@/lib/model';
import type { ComponentChildren } from 'preact';
import { AlwaysOn } from './AlwaysOn';
import { DiscussionNote } from './discussion-note';
import { plural } from './plural';
import { SuggestionList } from './SuggestionList';
import type { PostLink } from './SuggestionItem';

export interface ThreadViewProps {
  thread: ThreadSummary;
  suggestions: SuggestionView[];
  /** Distinct people across all suggestions. */
  people: number;
  /** Fetches every suggestion with all its supporters (the view carries the first few). */
  loadAll(): Promise<Suggestion[]>;
  onOpen(post: PostLink): void;
  onCopy(markdown: string): Promise<void>;
  onLibrary(): void;
  /** For threads on hosts outside the manifest: read and change the per-site permission. */
  siteAccess?: { isAllowed(): Promise<boolean>; setAllowed(allow: boolean): Promise<boolean> };
  /** Page-side controls (highlight toggle) shown under the actions. */
  controls?: ComponentChildren;
  /** Shown after the list (the reader's own highlights). */
  footer?: ComponentChildren;
}

/** A recognised thread: header, actions, and the ranked suggestions. */
export function ThreadView({
  thread,
  suggestions: firstView,
  people,
  loadAll,
  onOpen,
  onCopy,
  onLibrary,
  siteAccess,
  controls,
  footer,
}: ThreadViewProps) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const [full, setFull] = useState<Suggestion[] | null>(null);
  const suggestions: SuggestionView[] = full
    ? full.map((s) => ({ ...s, supporterCount: s.supporters.length }))
    : firstView;
  const everything = async (): Promise<Suggestion[]> => {
    if (full) return full;
    const all = await loadAll();
    setFull(all);
    return all;
  };

  useLayoutEffect(() => {
    // For the paint benchmark: the list is in the DOM now and on screen with the next frame.
    requestAnimationFrame(() => performance.mark('threadwise:list-painted'));
  }, []);

  return (
    <main class="popup">
      <header class="thread-header">
        <h1 class="thread-title">{thread.title}</h1>
        <p data-testid="thread-status" class="status">
          <span class="site">{thread.siteName}</span> ·{' '}
          <span data-testid="answer-count">{thread.answers}</span>{' '}
          {thread.answers === 1 ? 'answer' : 'answers'} ·{' '}
          {suggestions.length === 0
            ? 'no advice found'
            : `${plural(suggestions.length, 'suggestion')} from ${plural(people, 'person', 'people')}`}
        </p>
        {thread.kind === 'discussion' && suggestions.length > 0 && <DiscussionNote />}
        <div class="actions">
          <button
            type="button"
            class="button"
            data-testid="copy-markdown"
            onClick={() => {
              everything()
                .then((all) =>
                  onCopy(suggestionsToMarkdown(thread.title, thread.url, all, thread.kind, thread.site)),
                )
                .then(
                  () => setCopied('done'),
                  () => setCopied('failed'),
                );
            }}
          >
            Copy as Markdown
          </button>
          <button type="button" class="button" data-testid="open-library" onClick={onLibrary}>
            Open library
          </button>
          <span class="copied" role="status" aria-live="polite">
            {copied === 'done' ? 'Copied' : copied === 'failed' ? 'Could not copy' : ''}
          </span>
        </div>
        {controls}
        {siteAccess && !thread.knownHost && <AlwaysOn host={new URL(thread.url).hostname} {...siteAccess} />}
      </header>
      {suggestions.length === 0 ? (
        <p class="empty">
          None of the {plural(thread.answers, 'answer')} reads as advice. The thread is saved in your library
          all the same.
        </p>
      ) : (
        <SuggestionList
          suggestions={suggestions}
          scoreNoun={thread.scoreNoun}
          site={thread.site}
          onOpen={onOpen}
          onMore={() => everything().then(() => undefined)}
        />
      )}
      {footer}
    </main>
  );
}
