import { useEffect, useState } from 'preact/hooks';

export interface AlwaysOnProps {
  host: string;
  isAllowed(): Promise<boolean>;
  setAllowed(allow: boolean): Promise<boolean>;
}

/** On a site Threadwise reached only because the reader asked: offer to keep it on there. */
export function AlwaysOn({ host, isAllowed, setAllowed }: AlwaysOnProps) {
  const [allowed, setState] = useState<boolean | null>(null);
  useEffect(() => {
    isAllowed().then(setState, () => setState(false));
  }, [isAllowed]);
  if (allowed === null) return null;
  return (
    <label class="always-on">
      <input
        type="checkbox"
        data-testid="always-on"
        checked={allowed}
        onChange={(e) => {
          const want = (e.currentTarget as HTMLInputElement).checked;
          setAllowed(want).then(setState, () => setState(!want));
        }}
      />{' '}
      Always analyse pages on {host}
    </label>
  );
}
