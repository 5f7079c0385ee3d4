import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launch, readStore, tabIdOf, waitFor, type Site } from './harness';

/**
 * "No network requests of its own": the extension is driven through everything a reader does
 * (threads on three sites, a page that is not a thread, the popup, the library, search) while
 * every request is watched from both ends: the browser's (requests whose frame is an extension
 * page, or that come from the service worker) and the local servers' (anything that reached a
 * site other than the pages themselves).
 */

const THREADS = [
  {
    url: 'https://ask.metafilter.com/900001/Keeping-a-sourdough-starter-alive-while-travelling',
    file: 'demo/askmetafilter-sourdough.html',
  },
  {
    url: 'https://ask.metafilter.com/350001/Keeping-a-sourdough-starter-alive-over-the-holidays',
    file: 'sites/metafilter-ask-best-answers.html',
  },
  {
    url: 'https://www.reddit.com/r/homelab/comments/9x2k1p/best_way_to_back_up_a_home_server_without_a/',
    file: 'sites/reddit-old-homelab.html',
  },
  {
    url: 'https://superuser.com/questions/1780042/laptop-fan-runs-at-full-speed-when-idle',
    file: 'sites/stackexchange-current-stacks.html',
  },
];
const NOT_A_THREAD = 'https://www.metafilter.com/about.mefi';
/** A path no page links to: the positive control requests it, to prove both counters see requests. */
const PROBE = '/threadwise-privacy-probe';

describe('privacy: the extension makes no network request of its own', () => {
  let site: Site;
  const fromExtension: string[] = [];
  const served = new Set<string>();

  beforeAll(async () => {
    site = await launch([
      ...THREADS.map((t) => ({ url: t.url, body: fixture(t.file) })),
      { url: NOT_A_THREAD, body: fixture('demo/not-a-thread.html') },
    ]);
    for (const t of [...THREADS.map((x) => x.url), NOT_A_THREAD]) served.add(new URL(t).host);
    const own = `chrome-extension://${site.extensionId}/`;
    const record = (r: Request): void => {
      if (r.url().startsWith(own)) return; // the extension's own files, read from disk
      let origin = '';
      if (r.serviceWorker()) origin = r.serviceWorker()!.url();
      else {
        try {
          origin = r.frame().url();
        } catch {
          origin = '';
        }
      }
      if (origin.startsWith(own)) fromExtension.push(`${origin} → ${r.method()} ${r.url()}`);
    };
    site.context.on('request', record);
    // Hermetic: the test pages' own third-party resources (avatars) never leave the machine.
    await site.context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'chrome-extension:' || served.has(url.host)) return route.continue();
      return route.abort();
    });
  });
  afterAll(async () => {
    await site?.close();
  });

  it('counts zero requests while threads are read, shown in the popup and the library, and searched', async () => {
    for (const t of THREADS) {
      const page = await site.context.newPage();
      await page.goto(t.url);
      await waitFor(
        async () => ((await readStore<{ url: string }>(site, 'threads')).length > 0 ? true : undefined),
        `${t.url} stored`,
      );
      const tabId = await tabIdOf(site, page);
      const popup = await site.context.newPage();
      await popup.goto(`chrome-extension://${site.extensionId}/popup.html?tabId=${tabId}`);
      await popup.locator('h1').first().waitFor();
      await popup.waitForTimeout(300);
      await popup.close();
      await page.close();
    }
    const other = await site.context.newPage();
    await other.goto(NOT_A_THREAD);
    const tabId = await tabIdOf(site, other);
    const popup = await site.context.newPage();
    await popup.goto(`chrome-extension://${site.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('thread-status').waitFor();
    await popup.close();

    const lib = await site.context.newPage();
    await lib.goto(`chrome-extension://${site.extensionId}/library.html`);
    await expect.poll(() => lib.getByTestId('thread-row').count()).toBeGreaterThanOrEqual(THREADS.length);
    await lib.getByTestId('thread-row').first().locator('button.thread-open').click();
    await lib.getByTestId('thread-view').waitFor();
    await lib.goto(`chrome-extension://${site.extensionId}/library.html`);
    for (const q of ['starter', 'fridge', 'backup', 'fan']) {
      await lib.getByTestId('search-input').fill(q);
      await lib.locator('[data-testid=search-results], [data-testid=no-results]').first().waitFor();
    }
    await lib.waitForTimeout(1000);

    expect(fromExtension).toEqual([]);
    // The servers saw the pages and the browser's own favicon requests, nothing else.
    const pages = new Set([...THREADS.map((t) => t.url), NOT_A_THREAD].map((u) => new URL(u).pathname));
    const unexpected = site.requests.filter((r) => !pages.has(r.path) && r.path !== '/favicon.ico');
    expect(unexpected).toEqual([]);
    console.log(
      `privacy: ${site.requests.length} requests reached the servers (the pages), ${fromExtension.length} from the extension`,
    );

    // Positive control: a request the extension's pages or worker did make is seen by both counters.
    const probe = `https://ask.metafilter.com${PROBE}`;
    await lib.evaluate((u) => fetch(u, { mode: 'no-cors' }).catch(() => undefined), `${probe}-page`);
    await site.worker.evaluate(
      (u) => fetch(u, { mode: 'no-cors' }).catch(() => undefined),
      `${probe}-worker`,
    );
    await expect.poll(() => site.requests.filter((r) => r.path.startsWith(PROBE)).length).toBe(2);
    await expect.poll(() => fromExtension.some((r) => r.includes(`${PROBE}-page`))).toBe(true);
    await expect.poll(() => fromExtension.some((r) => r.includes(`${PROBE}-worker`))).toBe(true);
    await lib.close();
  });
});
