import { foldedSummary, loadFoldedReplies } from '@/lib/content/folded';
import { startHighlightSession } from '@/lib/content/highlighter/session';
import { announceReading, reportPage } from '@/lib/content/page-thread';
import { yieldToPage } from '@/lib/content/slices';
import { watchThread } from '@/lib/content/watch';
import { onMessage } from '@/lib/messaging/protocol';
import { contentScriptMatches } from '@/lib/sites/registry';

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  main(ctx) {
    onMessage('getFoldedReplies', () => foldedSummary(document, location.href));
    onMessage('loadFoldedReplies', () => loadFoldedReplies(document, location.href));
    const highlights = startHighlightSession(document, ctx.signal);
    // One report at a time: changes while one runs queue a single rerun.
    let running: Promise<void> = Promise.resolve();
    let queued = false;
    const report = (): void => {
      if (queued) return;
      queued = true;
      running = running
        .then(async () => {
          queued = false;
          // A task of its own: the reading's first slice does not add to the script's start-up.
          await yieldToPage();
          const found = await reportPage(document, location.href, { signal: ctx.signal });
          // A page that kept changing while it was read is read again once it settles.
          if (found !== 'changing') await highlights.refresh(found === 'thread');
        })
        .catch(() => undefined);
    };
    void announceReading(document, location.href);
    report();
    // Lazy-loaded comments and single-page navigation: report again (the background skips
    // an unchanged thread), then repaint and retry highlights that were not found.
    watchThread(document, { signal: ctx.signal, onChange: report });
  },
});
