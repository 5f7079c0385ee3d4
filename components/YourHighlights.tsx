import { useEffect, useState } from 'preact/hooks';
import { ORPHAN_LABEL, type ListedHighlight } from '@/lib/highlight/types';

export interface YourHighlightsProps {
  list(): Promise<ListedHighlight[]>;
  remove(id: string): Promise<boolean>;
  /** Brings the highlight's post into view. */
  open(highlight: ListedHighlight): void;
}

/** The reader's own saved passages on this thread; ones the page could not place say so. */
export function YourHighlights({ list, remove, open }: YourHighlightsProps) {
  const [items, setItems] = useState<ListedHighlight[]>([]);
  useEffect(() => {
    list().then(setItems, () => setItems([]));
  }, [list]);
  if (items.length === 0) return null;
  return (
    <section class="your-highlights" aria-labelledby="your-highlights">
      <h2 id="your-highlights">Your highlights</h2>
      <ul>
        {items.map((h) => (
          <li key={h.id} data-testid="your-highlight">
            {h.status === 'orphan' ? (
              <span class="quote orphan">
                “{h.quote}” <em>({ORPHAN_LABEL})</em>
              </span>
            ) : (
              <button type="button" class="linkish quote" onClick={() => open(h)}>
                “{h.quote}”
              </button>
            )}
            <button
              type="button"
              class="more"
              aria-label={`Delete the highlight “${h.quote.slice(0, 40)}”`}
              onClick={() => {
                void remove(h.id).then(() => setItems(items.filter((x) => x.id !== h.id)));
              }}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
