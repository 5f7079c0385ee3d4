import type { StorageInfo } from '@/lib/search/library-types';
import { formatBytes } from './format';

/** Past this share of the quota the reader is warned to export and prune before writes fail. */
export const QUOTA_WARNING = 0.8;

export function StorageMeter({ info }: { info: StorageInfo | null }) {
  if (!info || info.usage === null) return null;
  const share = info.quota ? info.usage / info.quota : null;
  const full = share !== null && share > QUOTA_WARNING;
  return (
    <div class="storage" data-testid="storage">
      <span>
        Storage: {formatBytes(info.usage)}
        {info.quota ? ` of ${formatBytes(info.quota)} (${Math.round((share ?? 0) * 100)}%)` : ''}
      </span>
      {info.quota ? (
        <meter
          min={0}
          max={1}
          low={0.6}
          high={QUOTA_WARNING}
          optimum={0}
          value={share ?? 0}
          aria-label="Storage used"
        />
      ) : null}
      {full && (
        <p class="warning" role="alert" data-testid="storage-warning">
          Storage is almost full. Export your library and delete threads you no longer need: when it is full,
          new threads cannot be saved.
        </p>
      )}
    </div>
  );
}
