import { useState } from 'preact/hooks';
import type { SuggestionView } from '@/lib/messaging/protocol';
import type { SiteId, Supporter } from '@/lib/model';
import { AcceptedTag } from './AcceptedTag';
import { plural } from './plural';
import { QuoteText } from './QuoteText';

/** What it takes to land on a post. */
export type PostLink = Pick<Supporter, 'postId' | 'permalink'>;

export interface SuggestionItemProps {
  suggestion: SuggestionView;
  rank: number;
  scoreNoun: string;
  /** The thread's site: its words name the asker's mark ("best answer", "solution"). */
  site: SiteId;
  /** Scrolls the tab to a post: a supporter's answer, or the asker's reply saying it worked. */
  onOpen(post: PostLink): void;
  /** Loads the supporters the first view left out (resolves when they are in). */
  onMore(): Promise<void>;
}

/** Supporters shown before "Show N more". */
const FOLDED = 3;

/** Characters of a quote in view on a supporter's one line, after the author's name. */
const ONE_LINE = 40;

/** Only http(s) links are ever followed from extension pages. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

export function SuggestionItem({
  suggestion: s,
  rank,
  scoreNoun,
  site,
  onOpen,
  onMore,
}: SuggestionItemProps) {
  const total = s.supporterCount;
  const [open, setOpen] = useState(total <= FOLDED + 1);
  // The answer the asker vouched for stays in view when the rest fold.
  const folded = s.supporters.filter((p, i) => i < FOLDED || p.accepted !== undefined);
  const shown = open ? s.supporters : folded;
  const against = s.supporters.filter((p) => p.stance === 'against');
  const listId = `supporters-${s.id}`;
  const first = s.supporters.find((p) => p.stance === 'for') ?? s.supporters[0];

  return (
    <li
      class="suggestion"
      data-testid="suggestion"
      tabIndex={0}
      aria-labelledby={`label-${s.id}`}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget && first) {
          e.preventDefault();
          onOpen(first);
        }
      }}
    >
      <div class="suggestion-head">
        <span class="rank" aria-hidden="true">
          {rank}
        </span>
        <span class="suggestion-label" id={`label-${s.id}`} data-testid="suggestion-label">
          {s.label}
        </span>
      </div>
      <p class="suggestion-meta">
        <span class="people">{plural(s.people, 'person', 'people')}</span>
        {s.votes > 0 && <span> · {plural(s.votes, scoreNoun.replace(/s$/, ''), scoreNoun)}</span>}
        {/* Advice everyone gives as a warning is labelled as one ("Don't apologize"): its
            people are the ones warning, not critics to be named. */}
        {s.stance === 'against' && (
          <span class="mixed" data-testid="warning">
            {' '}
            · a warning
          </span>
        )}
        {s.stance === 'mixed' && against.length > 0 && (
          <span class="mixed" data-testid="mixed">
            {' '}
            · mixed opinions: {against.map((p) => p.author).join(', ')} argued against
          </span>
        )}
      </p>
      <ul class="supporters" id={listId}>
        {shown.map((p) => (
          <li key={p.postId} class={p.stance === 'against' ? 'supporter against' : 'supporter'}>
            <a
              data-testid="supporter-link"
              href={safeHref(p.permalink)}
              title={`Show ${p.author}'s answer`}
              onClick={(e) => {
                e.preventDefault();
                onOpen(p);
              }}
            >
              {p.author}
            </a>
            {s.stance === 'mixed' && p.stance === 'against' && <span class="against-tag"> (against)</span>}
            {p.accepted && <AcceptedTag accepted={p.accepted} site={site} onOpenReply={onOpen} />}
            <QuoteText quote={p.quote} label={s.label} visible={ONE_LINE} />
          </li>
        ))}
      </ul>
      {total > FOLDED + 1 && (
        <button
          type="button"
          class="more"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => {
            if (open || s.supporters.length >= total) setOpen(!open);
            else void onMore().then(() => setOpen(true));
          }}
        >
          {open ? 'Show fewer' : `Show ${total - folded.length} more`}
        </button>
      )}
    </li>
  );
}
