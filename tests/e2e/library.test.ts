import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '@/lib/cli/chromium';
import { fixture, launch, readStore, waitFor, type Site } from './harness';

const SOURDOUGH = 'https://ask.metafilter.com/900001/Keeping-a-sourdough-starter-alive-while-travelling';
const BIKE = 'https://ask.metafilter.com/900002/Quiet-a-squeaky-bicycle-chain';
const FERN = 'https://ask.metafilter.com/900003/Why-is-my-Boston-fern-turning-brown';
// tubeless_tina's answer, the fourth of the bicycle thread: below the fold of its page.
const ANSWER = `${BIKE}#9000153`;
const SHOTS = join(ROOT, 'screenshots');

describe('the library in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await launch([
      { url: SOURDOUGH, body: fixture('demo/askmetafilter-sourdough.html') },
      { url: BIKE, body: fixture('library/askmetafilter-bicycle-chain.html') },
      { url: FERN, body: fixture('library/askmetafilter-boston-fern.html') },
    ]);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('lists three visited threads, finds a word from one answer and lands on that answer', async () => {
    for (const url of [SOURDOUGH, BIKE, FERN]) {
      const page = await site.context.newPage();
      await page.goto(url);
    }
    await waitFor(async () => {
      const rows = await readStore<{ id: string }>(site, 'threads');
      return rows.length === 3 ? rows : undefined;
    }, 'three threads in the store');

    const library = await site.context.newPage();
    await library.goto(`chrome-extension://${site.extensionId}/library.html`);
    await expect.poll(() => library.getByTestId('thread-row').count()).toBe(3);
    const rows = await library.getByTestId('thread-row').allTextContents();
    expect(rows.some((r) => r.includes('How do I stop my bicycle chain from squeaking?'))).toBe(true);
    expect(rows.every((r) => r.includes('ask.metafilter.com'))).toBe(true);

    // Typed as a reader would, with a typo in the last letters.
    await library.getByTestId('search-input').pressSequentially('drivetrian', { delay: 30 });
    // Results of the shorter prefixes typed on the way ("dri" also finds "dried") are replaced
    // as the reader types on: wait for the final ones. The answer, and the suggestion it gave,
    // both land on that answer.
    const hrefs = () =>
      library
        .getByTestId('search-result')
        .evaluateAll((els) => [...new Set(els.map((e) => e.querySelector('a')?.getAttribute('href')))]);
    await expect.poll(hrefs).toEqual([ANSWER]);
    const result = library.getByTestId('search-result').first();
    const link = result.locator('a').first();
    expect(await link.getAttribute('href')).toBe(ANSWER);
    expect(await result.locator('mark').allTextContents()).toEqual(['drivetrain']);
    mkdirSync(SHOTS, { recursive: true });
    await library.screenshot({ path: join(SHOTS, 'library-search.png'), fullPage: true });

    const [thread] = await Promise.all([site.context.waitForEvent('page'), link.click()]);
    await thread.waitForLoadState('load');
    expect(thread.url()).toBe(ANSWER);
    await expect
      .poll(() =>
        thread.evaluate(() => {
          const answer = document.querySelector('a[name="9000153"]')?.nextElementSibling;
          if (!answer) return 'missing';
          const box = answer.getBoundingClientRect();
          return box.top >= 0 && box.top < window.innerHeight && window.scrollY > 0
            ? 'in view'
            : 'out of view';
        }),
      )
      .toBe('in view');
  });

  it("puts an 'Open library' item on the toolbar button's menu", async () => {
    // update() rejects for an item that does not exist.
    const exists = await site.worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { contextMenus: { update(id: string, props: object): Promise<void> } };
        }
      ).chrome.contextMenus
        .update('threadwise-open-library', {})
        .then(
          () => true,
          () => false,
        ),
    );
    expect(exists).toBe(true);
  });
});
