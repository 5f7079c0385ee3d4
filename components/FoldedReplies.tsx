import { useEffect, useState } from 'preact/hooks';
import type { FoldedSummary } from '@/lib/messaging/protocol';

export interface FoldedRepliesProps {
  /** What the page folds away; null when its script does not answer or it has no such controls. */
  read(): Promise<FoldedSummary | null>;
  /** Asks the page to load them; resolves how many controls it clicked. */
  load(): Promise<number>;
  /** The page was asked: the popup follows the thread as it grows. */
  onLoading(): void;
  /** The thread's answer count: when it changes, the page is asked again. */
  answers: number;
}

/**
 * "22 more replies are folded on the page": the list covers only the replies the page shows.
 * Threadwise never opens them by itself (it would load more of the site than the reader did);
 * "Load them" asks the page to, and the list is read again once they are in.
 */
export function FoldedReplies({ read, load, onLoading, answers }: FoldedRepliesProps) {
  const [folded, setFolded] = useState<FoldedSummary | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    setLoading(false);
    read().then(setFolded, () => setFolded(null));
  }, [read, answers]);
  if (!folded || folded.controls === 0) return null;
  const n = folded.replies;
  const what =
    n === null || n === 0
      ? 'More replies are'
      : n === 1
        ? '1 more reply is'
        : `${n.toLocaleString('en')} more replies are`;
  return (
    <p class="folded" data-testid="folded-replies">
      {what} folded on the page and not in this list.{' '}
      <button
        type="button"
        class="button"
        data-testid="load-folded"
        disabled={loading}
        onClick={() => {
          setLoading(true);
          load().then(
            (clicked) => (clicked > 0 ? onLoading() : setLoading(false)),
            () => setLoading(false),
          );
        }}
      >
        {loading ? 'Loading…' : 'Load them'}
      </button>
    </p>
  );
}
