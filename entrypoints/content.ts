import { startHighlightSession } from '@/lib/content/highlighter/session';
import { reportPage } from '@/lib/content/page-thread';
import { scrollToPost } from '@/lib/content/scroll';
import { watchThread } from '@/lib/content/watch';
import { onMessage } from '@/lib/messaging/protocol';
import { contentScriptMatches } from '@/lib/sites/registry';

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  main(ctx) {
    onMessage('scrollToPost', ({ data }) => scrollToPost(document, data.postId));
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
          await highlights.refresh(await reportPage(document, location.href));
        })
        .catch(() => undefined);
    };
    report();
    // Lazy-loaded comments and single-page navigation: report again (the background skips
    // an unchanged thread), then repaint and retry highlights that were not found.
    watchThread(document, { signal: ctx.signal, onChange: report });
  },
});
