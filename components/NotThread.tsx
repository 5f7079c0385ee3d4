import { useState } from 'preact/hooks';

export interface NotThreadProps {
  /** Runs Threadwise on the page anyway; resolves whether it then found a thread. Absent when impossible. */
  onAnalyse?: () => Promise<boolean>;
}

/** The popup on a page that is not a recognised thread. */
export function NotThread({ onAnalyse }: NotThreadProps) {
  const [phase, setPhase] = useState<'idle' | 'running' | 'none'>('idle');
  return (
    <main class="popup">
      <p data-testid="thread-status" class="status" role="status">
        {phase === 'none'
          ? 'Threadwise looked, and found no discussion thread on this page.'
          : 'This page is not a discussion thread Threadwise recognises.'}
      </p>
      {onAnalyse && phase !== 'none' && (
        <button
          type="button"
          class="button"
          data-testid="analyse-anyway"
          disabled={phase === 'running'}
          onClick={async () => {
            setPhase('running');
            setPhase((await onAnalyse().catch(() => false)) ? 'idle' : 'none');
          }}
        >
          {phase === 'running' ? 'Analysing…' : 'Analyse this page anyway'}
        </button>
      )}
    </main>
  );
}
