import { useEffect, useState } from 'preact/hooks';
import type { HighlightState } from '@/lib/highlight/types';

export interface HighlightToggleProps {
  read(): Promise<HighlightState | null>;
  set(enabled: boolean): Promise<boolean>;
}

/** "Highlight advice on the page": shown only when the page's script answers. */
export function HighlightToggle({ read, set }: HighlightToggleProps) {
  const [state, setState] = useState<HighlightState | null>(null);
  useEffect(() => {
    read().then(setState, () => setState(null));
  }, [read]);
  if (!state) return null;
  return (
    <label class="toggle">
      <input
        type="checkbox"
        data-testid="highlight-toggle"
        checked={state.enabled}
        onChange={(e) => {
          const enabled = (e.currentTarget as HTMLInputElement).checked;
          set(enabled).then(
            (now) => setState({ ...state, enabled: now }),
            () => setState({ ...state }),
          );
        }}
      />{' '}
      Highlight advice on the page
    </label>
  );
}
