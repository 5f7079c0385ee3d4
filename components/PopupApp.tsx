import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { TabView } from '@/lib/messaging/protocol';
import { FoldedReplies } from './FoldedReplies';
import { HighlightToggle } from './HighlightToggle';
import { NotThread } from './NotThread';
import type { PopupHost } from './popup-host';
import { ThreadView } from './ThreadView';
import { YourHighlights } from './YourHighlights';

export interface PopupAppProps {
  host: PopupHost;
  /** How often to ask again while a thread is being read or analysed (ms). */
  pollMs?: number;
  /** For how long after opening "not a thread" is asked again (ms): the page may not have reported yet. */
  graceMs?: number;
  /** How often, and for how long, to ask again after the page was asked to load its folded replies (ms). */
  followMs?: number;
  followForMs?: number;
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'view'; tabId: number | null; view: TabView };

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The toolbar popup: one state at a time, each in plain words. */
export function PopupApp({
  host,
  pollMs = 150,
  graceMs = 2000,
  followMs = 400,
  followForMs = 10_000,
}: PopupAppProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(async (): Promise<State> => {
    const tabId = await host.resolveTabId();
    if (tabId === null) return { kind: 'view', tabId: null, view: { status: 'not-thread' } };
    const view = await host.getTabView(tabId);
    return { kind: 'view', tabId, view };
  }, [host]);

  const refresh = useCallback(() => {
    load()
      .then(setState)
      .catch((e: unknown) => setState({ kind: 'error', message: message(e) }));
  }, [load]);

  // Layout effect: the question goes out right after the first render, not a frame later.
  useLayoutEffect(refresh, [refresh]);

  // While the page is being read or analysed, ask again shortly. "Not a thread" is asked again
  // for a moment too: a popup opened as the page finishes loading may ask before the page's
  // script has said anything.
  const [openedAt] = useState(() => Date.now());
  // After the reader asked the page to load its folded replies: until when to follow the thread
  // as they come in (the page loads them, its script reads the thread again, the background
  // analyses it).
  const [followUntil, setFollowUntil] = useState(0);
  useEffect(() => {
    if (state.kind !== 'view') return;
    const { status } = state.view;
    const waiting =
      status === 'analysing' ||
      status === 'reading' ||
      (status === 'not-thread' && state.tabId !== null && Date.now() - openedAt < graceMs);
    const following = status === 'ready' && Date.now() < followUntil;
    if (!waiting && !following) return;
    const timer = setTimeout(refresh, waiting ? pollMs : followMs);
    return () => clearTimeout(timer);
  }, [state, refresh, pollMs, followMs, graceMs, openedAt, followUntil]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') host.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [host]);

  if (state.kind === 'loading') {
    return (
      <main class="popup" aria-busy="true">
        <p data-testid="thread-status" class="status">
          Reading this tab…
        </p>
      </main>
    );
  }
  if (state.kind === 'error') {
    return (
      <main class="popup">
        <p data-testid="thread-status" class="status error" role="alert">
          Threadwise could not read this tab. Reloading the page usually helps.
        </p>
        <details class="error-detail">
          <summary>Details</summary>
          <pre>{state.message}</pre>
        </details>
      </main>
    );
  }
  const { view, tabId } = state;
  if (view.status === 'not-thread') {
    return (
      <NotThread
        onAnalyse={
          tabId === null
            ? undefined
            : async () => {
                const ran = await host.analyseAnyway(tabId);
                if (ran) {
                  // Give the page's script a moment to report, then look again.
                  await new Promise((r) => setTimeout(r, 400));
                  const again = await load();
                  setState(again);
                  return again.kind === 'view' && again.view.status !== 'not-thread';
                }
                return false;
              }
        }
      />
    );
  }
  if (view.status === 'error') {
    return (
      <main class="popup">
        <p data-testid="thread-status" class="status error" role="alert">
          {view.message}
        </p>
        <details class="error-detail">
          <summary>Details</summary>
          <pre>{view.detail}</pre>
        </details>
      </main>
    );
  }
  if (view.status === 'reading') {
    return (
      <main class="popup" aria-busy="true">
        <p data-testid="thread-status" class="status" role="status">
          Reading this thread…
        </p>
        <progress class="progress" aria-label="Reading the thread" />
      </main>
    );
  }
  if (view.status === 'analysing') {
    return (
      <main class="popup" aria-busy="true">
        <h1 class="thread-title">{view.title}</h1>
        <p data-testid="thread-status" class="status" role="status">
          Analysing {view.answers.toLocaleString('en')} {view.answers === 1 ? 'answer' : 'answers'}…
        </p>
        <progress class="progress" aria-label="Analysing the thread" />
      </main>
    );
  }
  return (
    <ThreadView
      thread={view.thread}
      suggestions={view.suggestions}
      people={view.people}
      loadAll={() => host.getSuggestions(view.thread.id)}
      onOpen={(p) => void host.openPost(tabId!, p.postId, p.permalink)}
      onCopy={(text) => host.copyText(text)}
      onLibrary={() => void host.openLibrary()}
      siteAccess={{
        isAllowed: () => host.hostAllowed(new URL(view.thread.url).hostname),
        setAllowed: (allow) => host.allowHost(new URL(view.thread.url).hostname, allow),
      }}
      controls={
        tabId !== null && (
          <>
            <FoldedReplies
              read={() => host.foldedReplies(tabId)}
              load={() => host.loadFoldedReplies(tabId)}
              onLoading={() => setFollowUntil(Date.now() + followForMs)}
              answers={view.thread.answers}
            />
            <HighlightToggle
              read={() => host.highlightState(tabId)}
              set={(on) => host.setHighlights(tabId, on)}
            />
          </>
        )
      }
      footer={
        tabId !== null && (
          <YourHighlights
            list={() => host.listHighlights(tabId)}
            remove={(id) => host.deleteHighlight(id)}
            open={(h) => void host.openPost(tabId, h.postId, view.thread.url)}
          />
        )
      }
    />
  );
}
