import { useEffect, useRef, useState } from 'preact/hooks';
import type { SuggestionView } from '@/lib/messaging/protocol';
import type { SiteId } from '@/lib/model';
import { SuggestionItem, type PostLink } from './SuggestionItem';

export interface SuggestionListProps {
  suggestions: readonly SuggestionView[];
  scoreNoun: string;
  site: SiteId;
  /** Called when a supporter link (or the asker's reply) is followed; the default navigation is prevented. */
  onOpen(post: PostLink): void;
  /** Loads the supporters the first view left out. */
  onMore(): Promise<void>;
}

/**
 * The ranked list. Keyboard: ↑/↓ move between suggestions, Enter opens the focused
 * suggestion's first answer (or the focused link), Tab walks the links as usual.
 */
/** Suggestions rendered in the first frame; the rest follow right after it is painted. */
const FIRST_FRAME = 12;

export function SuggestionList({ suggestions, scoreNoun, site, onOpen, onMore }: SuggestionListProps) {
  const list = useRef<HTMLDivElement>(null);
  // A long thread can have a hundred suggestions: the top of the list (all the popup shows at
  // first) is painted first, the rest a frame later, so the reader never waits for the tail.
  const [limit, setLimit] = useState(FIRST_FRAME);
  useEffect(() => {
    if (suggestions.length <= limit) return;
    const timer = setTimeout(() => setLimit(suggestions.length), 0);
    return () => clearTimeout(timer);
  }, [suggestions.length, limit]);

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = Array.from(list.current?.querySelectorAll<HTMLElement>('[data-testid=suggestion]') ?? []);
    if (items.length === 0) return;
    const current = items.findIndex((el) => el.contains(document.activeElement));
    const next =
      current === -1
        ? 0
        : Math.max(0, Math.min(items.length - 1, current + (e.key === 'ArrowDown' ? 1 : -1)));
    items[next]!.focus();
    e.preventDefault();
  };

  const shown = suggestions.slice(0, limit);
  // What several people said is the consensus; what one person said follows under its own
  // heading, so a long tail of one-offs never reads as agreement.
  const split = shown.findIndex((s) => s.people < 2);
  const several = split === -1 ? shown : shown.slice(0, split);
  const once = split === -1 ? [] : shown.slice(split);
  const item = (s: SuggestionView, i: number) => (
    <SuggestionItem
      key={s.id}
      suggestion={s}
      rank={i + 1}
      scoreNoun={scoreNoun}
      site={site}
      onOpen={onOpen}
      onMore={onMore}
    />
  );

  return (
    <div class="suggestion-lists" ref={list} onKeyDown={onKeyDown}>
      {several.length > 0 && (
        <ol class="suggestions" aria-label="Suggestions given by several people, most given first">
          {several.map(item)}
        </ol>
      )}
      {once.length > 0 && (
        <section aria-labelledby={several.length > 0 ? 'said-once' : undefined}>
          {several.length > 0 && (
            <h2 class="list-heading" id="said-once">
              Said by one person
            </h2>
          )}
          <ol
            class="suggestions"
            start={several.length + 1}
            aria-label={several.length > 0 ? undefined : 'Suggestions, best received first'}
          >
            {once.map((s, i) => item(s, several.length + i))}
          </ol>
        </section>
      )}
    </div>
  );
}
