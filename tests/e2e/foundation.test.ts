import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, readStore, sharedFile, tabIdOf, waitFor, type Site } from './harness';

const SEED_URL = 'https://ask.metafilter.com/348962/Unrelenting-back-spasms';
const ARTICLE_URL = 'https://www.metafilter.com/about.mefi';

describe('the extension in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await launch([
      { url: SEED_URL, body: sharedFile('seed/askmetafilter-back-spasms.html') },
      {
        url: ARTICLE_URL,
        body: '<!doctype html><title>About MetaFilter</title><h1>About</h1><p>MetaFilter is a community weblog.</p>',
      },
    ]);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('stores the seed thread, served as ask.metafilter.com, in its own database', async () => {
    const page = await site.context.newPage();
    await page.goto(SEED_URL);
    const threads = await waitFor(async () => {
      const rows = await readStore<{ id: string; title: string; answerCount: number; url: string }>(
        site,
        'threads',
      );
      return rows.length > 0 ? rows : undefined;
    }, 'the thread in the extension database');
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ title: 'Unrelenting back spasms', answerCount: 21, url: SEED_URL });
    const posts = await readStore<{ id: string; author: string }>(site, 'posts');
    expect(posts).toHaveLength(21);
    expect(posts.find((p) => p.id === '8867604')?.author).toBe('AlexiaSky');

    // The page's own origin got no database: storage lives in the extension.
    const pageDbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(pageDbs).not.toContain('threadwise');
  });

  it("shows the thread's title and number of answers in the popup, and a count on the badge", async () => {
    const page = site.context.pages().find((p) => p.url() === SEED_URL)!;
    const tabId = await tabIdOf(site, page);
    const popup = await site.context.newPage();
    await popup.goto(`chrome-extension://${site.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Unrelenting back spasms');
    await expect.poll(() => popup.getByTestId('answer-count').textContent()).toBe('21');
    const badge = await site.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toMatch(/^\d+$/);
    await popup.close();
  });

  it('does nothing observable on a page that is not a thread, and the popup says so', async () => {
    const page = await site.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(ARTICLE_URL);
    await page.waitForTimeout(500);
    const before = await page.content();
    const tabId = await tabIdOf(site, page);
    const popup = await site.context.newPage();
    await popup.goto(`chrome-extension://${site.extensionId}/popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.getByTestId('thread-status').textContent())
      .toContain('not a discussion thread');
    expect(await page.content()).toBe(before);
    expect(errors).toEqual([]);
    const badge = await site.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe('');
    const threads = await readStore<{ url: string }>(site, 'threads');
    expect(threads.map((t) => t.url)).not.toContain(ARTICLE_URL);
  });
});
