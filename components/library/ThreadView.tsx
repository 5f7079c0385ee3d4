import { useState } from 'preact/hooks';
import type { LibraryThreadDetail } from '@/lib/search/library-types';
import { acceptedName } from '@/lib/sites/accepted-name';
import { AcceptedTag } from '../AcceptedTag';
import { DiscussionNote } from '../discussion-note';
import { QuoteText } from '../QuoteText';
import { formatDate, plural, safeHref } from './format';

export interface ThreadViewProps {
  detail: LibraryThreadDetail;
  onBack(): void;
  onDelete(): void;
  onExportMarkdown(): void;
}

/** One stored thread: its condensed list, then every answer, each linking to its permalink. */
export function ThreadView({ detail, onBack, onDelete, onExportMarkdown }: ThreadViewProps) {
  const { thread, suggestions } = detail;
  const [confirming, setConfirming] = useState(false);
  return (
    <article class="thread-view" data-testid="thread-view">
      <p>
        <button type="button" class="linkish" onClick={onBack}>
          ← All threads
        </button>
      </p>
      <h2 class="thread-title">
        <a href={safeHref(thread.url)} target="_blank" rel="noopener noreferrer">
          {thread.title}
        </a>
      </h2>
      <p class="status">
        saved {formatDate(detail.savedAt)} · {plural(thread.answers.length, 'answer', 'answers')} ·{' '}
        {plural(suggestions.length, 'suggestion', 'suggestions')}
      </p>
      <div class="actions">
        <button type="button" onClick={onExportMarkdown} data-testid="export-markdown">
          Export as Markdown
        </button>
        {confirming ? (
          <span class="confirm" role="group" aria-label="Confirm delete">
            Delete this thread, its answers, suggestions and highlights?{' '}
            <button type="button" class="danger" onClick={onDelete} data-testid="confirm-delete">
              Delete
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} data-testid="delete-thread">
            Delete…
          </button>
        )}
      </div>
      <h3>Advice</h3>
      {detail.kind === 'discussion' && suggestions.length > 0 && <DiscussionNote />}
      {suggestions.length === 0 ? (
        <p class="status">No advice found in this thread.</p>
      ) : (
        <ol class="suggestions">
          {suggestions.map((s) => (
            <li key={s.id} class="suggestion" data-testid="suggestion">
              <div class="suggestion-head">
                <span class="suggestion-label">{s.label}</span>
                <span class="suggestion-count">{plural(s.people, 'person', 'people')}</span>
              </div>
              <ul class="supporters">
                {s.supporters.map((p) => (
                  <li key={p.postId} class={p.stance === 'against' ? 'supporter against' : 'supporter'}>
                    <a href={safeHref(p.permalink)} target="_blank" rel="noopener noreferrer">
                      {p.author}
                    </a>
                    {p.accepted && <AcceptedTag accepted={p.accepted} site={thread.site} />}
                    <QuoteText quote={p.quote} label={s.label} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <h3>Question</h3>
      <div class="post">
        <p class="meta">
          <a href={safeHref(thread.question.permalink)} target="_blank" rel="noopener noreferrer">
            {thread.question.author}
          </a>
        </p>
        <p class="post-text">{thread.question.text}</p>
      </div>
      <h3>{plural(thread.answers.length, 'answer', 'answers')}</h3>
      <ol class="answers">
        {thread.answers.map((a) => (
          <li key={a.id} class="post" data-testid="answer">
            <p class="meta">
              <a href={safeHref(a.permalink)} target="_blank" rel="noopener noreferrer">
                {a.author}
              </a>
              {a.time ? ` · ${formatDate(a.time)}` : ''}
              {a.score !== null ? ` · ${a.score}` : ''}
              {a.accepted ? ` · ✓ ${acceptedName(thread.site)}` : ''}
            </p>
            <p class="post-text">{a.text}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}
