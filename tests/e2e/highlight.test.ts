import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, readStore, sharedFile, tabIdOf, waitFor, type Site } from './harness';

const SEED_URL = 'https://ask.metafilter.com/348962/Unrelenting-back-spasms';
const SEED = sharedFile('seed/askmetafilter-back-spasms.html');

/** The passage the reader saves, in the answer of "armoir from antproof case" (8867615). */
const SAVED_POST = '8867615';
const QUOTE =
  'IIRC mag oxide is the most commonly found in stores but has less absorption than other forms (like mag chloride).';

/** The same page with other sentences of the saved passage's post rewritten. */
function editedElsewhere(html: string): string {
  const out = html
    .replace('IANAD. I am someone who', 'IANAD, and I am a person who')
    .replace('Heat better for that.', 'Heat is much better for that, in my experience.');
  if (out === html) throw new Error('the seed page changed: the edits no longer apply');
  return out;
}

/** The same page with the saved passage itself gone from its post. */
function passageRemoved(html: string): string {
  const out = html.replace(QUOTE, 'Ask a pharmacist which form suits you.');
  if (out === html) throw new Error('the seed page changed: the passage is not there');
  return out;
}

/** The saved passage's comment, and the page without it (it is loaded later, as sites do). */
function withoutComment(html: string): { page: string; comment: string } {
  const start = html.indexOf(`<a name="${SAVED_POST}">`);
  const end = html.indexOf('<a name="8867626">');
  if (start === -1 || end <= start) throw new Error('the seed page changed: the comment is not there');
  return { page: html.slice(0, start) + html.slice(end), comment: html.slice(start, end) };
}

interface StoredSuggestion {
  id: string;
  supporters: { postId: string; quote: string; sentences?: string[] }[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The page's highlights as the page sees them: text of every range, per highlight name. */
function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      out[name] = [...h].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim());
    });
    return out;
  });
}

const count = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.documentElement.dataset.threadwiseHighlights);

/** The two `chrome.*` calls made inside the extension (not in tests/e2e/chrome-globals.d.ts). */
interface ExtensionGlobals {
  chrome: {
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
}

/** Sends one message of the extension's protocol to the tab's content script, as the background does. */
async function toTab<T>(site: Site, tabId: number, type: string, data?: unknown): Promise<T> {
  const reply = await site.worker.evaluate(
    ([id, t, d]) =>
      (globalThis as unknown as ExtensionGlobals).chrome.tabs.sendMessage(id as number, {
        id: 1,
        type: t,
        data: d,
        timestamp: Date.now(),
      }),
    [tabId, type, data] as const,
  );
  const { res, err } = reply as { res?: T; err?: unknown };
  if (err) throw new Error(`${type}: ${JSON.stringify(err)}`);
  return res as T;
}

/** Sends a message to the background from an extension page, as the popup does. */
async function toBackground<T>(site: Site, type: string, data?: unknown): Promise<T> {
  const popup = await site.context.newPage();
  await popup.goto(`chrome-extension://${site.extensionId}/popup.html`);
  const reply = await popup.evaluate(
    ([t, d]) =>
      (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({
        id: 2,
        type: t,
        data: d,
        timestamp: Date.now(),
      }),
    [type, data] as const,
  );
  await popup.close();
  const { res, err } = reply as { res?: T; err?: unknown };
  if (err) throw new Error(`${type}: ${JSON.stringify(err)}`);
  return res as T;
}

async function waitForCount(page: Page, check: (n: number) => boolean, what: string): Promise<number> {
  return waitFor(async () => {
    const n = Number((await count(page)) ?? 'NaN');
    return Number.isFinite(n) && check(n) ? n : undefined;
  }, what);
}

describe('highlighting on a thread page in Chromium', () => {
  let site: Site;
  let version: (html: string) => string = (html) => html;
  let page: Page;
  let tabId: number;
  const errors: string[] = [];

  beforeAll(async () => {
    site = await launch([{ url: SEED_URL, body: () => version(SEED) }]);
    page = await site.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      // The seed page's own images and styles are not served here; those 404s are not ours.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    await page.goto(SEED_URL);
    tabId = await tabIdOf(site, page);
  });
  afterAll(async () => {
    await site?.close();
  });

  it("highlights exactly the advice engine's sentences, in place", async () => {
    const placed = await waitForCount(page, (n) => n > 0, 'advice highlights');
    const [analysis] = await waitFor(async () => {
      const rows = await readStore<{ suggestions: StoredSuggestion[] }>(site, 'analyses');
      return rows.length ? rows : undefined;
    }, 'the stored analysis');
    // Every advice sentence of every answer on the page (the question has no post element here).
    const onPage = new Set(
      await page.evaluate(() => [...document.querySelectorAll('a[name]')].map((a) => a.getAttribute('name'))),
    );
    const expected = new Set<string>();
    for (const s of analysis!.suggestions) {
      for (const p of s.supporters) {
        if (!onPage.has(p.postId)) continue;
        for (const t of p.sentences?.length ? p.sentences : [p.quote]) expected.add(norm(t));
      }
    }
    expect(expected.size).toBeGreaterThan(20);

    const painted = await paintedTexts(page);
    const advice = Object.entries(painted)
      .filter(([name]) => /^threadwise-c\d$/.test(name))
      .flatMap(([, texts]) => texts);
    expect(new Set(advice)).toEqual(expected);
    expect(advice).toHaveLength(expected.size);
    expect(placed).toBe(expected.size);
    // Styles live in one element of our own; the posts' DOM is untouched (no <mark>).
    expect(await page.locator('mark').count()).toBe(0);
    expect(await page.locator('style[data-threadwise-own]').count()).toBe(1);
  });

  it('turns off and on from the popup message, remembered for the site, without moving the page', async () => {
    const boxes = (): Promise<number[]> =>
      page.evaluate(() =>
        [...document.querySelectorAll('div.comments')].map((d) => d.getBoundingClientRect().top + scrollY),
      );
    const on = await boxes();
    expect(await toTab<boolean>(site, tabId, 'setHighlights', { enabled: false })).toBe(false);
    expect(await count(page)).toBe('0');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.locator('[data-threadwise-own]').count()).toBe(0);
    expect(await boxes()).toEqual(on);

    await page.reload();
    // The page is known as a thread (the count is there) and stays unpainted.
    await waitForCount(page, (n) => n === 0, 'the thread page, highlights off');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await count(page)).toBe('0');

    expect(await toTab<boolean>(site, tabId, 'toggleHighlights')).toBe(true);
    await waitForCount(page, (n) => n > 20, 'highlights back on');
    expect(await boxes()).toEqual(on);
  });

  it('shows the card when the pointer rests on a highlight', async () => {
    expect(await page.locator('[data-threadwise-own="card"]').count()).toBe(0);
    const point = await page.evaluate(() => {
      const range = [...CSS.highlights.get('threadwise-c0')!][0] as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + 5, y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await waitFor(
      async () => ((await page.locator('[data-threadwise-own="card"]').count()) ? true : undefined),
      'the card',
    );
  });

  it('moves to the next and previous advice from the keyboard commands', async () => {
    expect(await toTab<boolean>(site, tabId, 'moveAdvice', { direction: 1 })).toBe(true);
    const first = (await paintedTexts(page))['threadwise-active'];
    // The first advice of the first answer (AlexiaSky's), in reading order.
    expect(first).toEqual([
      "There are different muscle relaxers for different problems, it's worth talking to your doctor about how you can't get that muscle to release and what the next steps should be, or even talking with the PT about what they suggest.",
    ]);
    expect(await page.locator('[data-threadwise-own="card"]').count()).toBe(1);
    await toTab(site, tabId, 'moveAdvice', { direction: 1 });
    const second = (await paintedTexts(page))['threadwise-active'];
    expect(second).not.toEqual(first);
    await toTab(site, tabId, 'moveAdvice', { direction: -1 });
    expect((await paintedTexts(page))['threadwise-active']).toEqual(first);
  });

  it('saves a selection as the context menu does, and keeps it through a reload and an edit elsewhere in its post', async () => {
    const before = Number(await count(page));
    await page.evaluate(() => getSelection()!.removeAllRanges());
    expect(await toTab(site, tabId, 'saveSelection')).toEqual({ saved: false, reason: 'no-selection' });
    expect(await readStore(site, 'highlights')).toEqual([]);
    await page.evaluate(
      ([postId, quote]) => {
        const post = document.querySelector(`a[name="${postId}"]`)!.nextElementSibling!;
        const text = post.firstChild as Text;
        const at = text.data.indexOf(quote);
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + quote.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      },
      [SAVED_POST, QUOTE] as const,
    );
    const result = await toTab<{ saved: boolean; highlight: { id: string } }>(site, tabId, 'saveSelection');
    expect(result.saved).toBe(true);
    const stored = await readStore<{
      id: string;
      postId: string;
      quote: string;
      prefix: string;
      suffix: string;
    }>(site, 'highlights');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: result.highlight.id, postId: SAVED_POST, quote: QUOTE });
    expect(stored[0]!.prefix.endsWith('check for drug interactions. ')).toBe(true);
    expect(stored[0]!.suffix.startsWith(' You can read more here')).toBe(true);
    expect((await paintedTexts(page))['threadwise-saved']).toEqual([QUOTE]);
    expect(Number(await count(page))).toBe(before + 1);

    await page.reload();
    await waitFor(
      async () => ((await paintedTexts(page))['threadwise-saved']?.length ? true : undefined),
      'the saved highlight after reload',
    );
    expect((await paintedTexts(page))['threadwise-saved']).toEqual([QUOTE]);

    version = editedElsewhere;
    await page.reload();
    expect(await page.evaluate(() => document.body.textContent!.includes('Heat is much better'))).toBe(true);
    await waitFor(
      async () => ((await paintedTexts(page))['threadwise-saved']?.length ? true : undefined),
      'the saved highlight on the edited page',
    );
    expect((await paintedTexts(page))['threadwise-saved']).toEqual([QUOTE]);
    const state = await toTab<{ orphans: string[]; saved: number }>(site, tabId, 'getHighlightState');
    expect(state).toMatchObject({ orphans: [], saved: 1 });
  });

  it('lists a highlight whose passage is gone as not found, and places it nowhere', async () => {
    version = passageRemoved;
    await page.reload();
    await waitForCount(page, (n) => n > 20, 'advice highlights on the page without the passage');
    await page.waitForTimeout(300);
    expect((await paintedTexts(page))['threadwise-saved']).toBeUndefined();
    const listed = await toBackground<{ id: string; status: string }[]>(site, 'listHighlights', { tabId });
    expect(listed.map((h) => h.status)).toEqual(['orphan']);
  });

  it('places a saved highlight whose comment loads late, once it arrives', async () => {
    version = (html) => withoutComment(html).page;
    await page.reload();
    await waitForCount(page, (n) => n > 10, 'advice highlights before the late comment');
    // Not on the page yet: an orphan, placed nowhere.
    expect(await page.locator(`a[name="${SAVED_POST}"]`).count()).toBe(0);
    const early = await toTab<{ orphans: string[] }>(site, tabId, 'getHighlightState');
    expect(early.orphans).toHaveLength(1);
    expect((await paintedTexts(page))['threadwise-saved']).toBeUndefined();
    // The site's own script loads the comment, as "load more" or lazy loading would.
    await page.evaluate((html) => {
      document.querySelector('a[name="8867626"]')!.insertAdjacentHTML('beforebegin', html);
    }, withoutComment(SEED).comment);
    await waitFor(
      async () => ((await paintedTexts(page))['threadwise-saved']?.length ? true : undefined),
      'the saved highlight in the late comment',
    );
    expect((await paintedTexts(page))['threadwise-saved']).toEqual([QUOTE]);
    expect((await toTab<{ orphans: string[] }>(site, tabId, 'getHighlightState')).orphans).toEqual([]);
  });

  it('deletes a highlight from the popup, and the open page drops it', async () => {
    version = (html) => html;
    await page.reload();
    await waitFor(
      async () => ((await paintedTexts(page))['threadwise-saved']?.length ? true : undefined),
      'the saved highlight back on the original page',
    );
    const [h] = await readStore<{ id: string }>(site, 'highlights');
    expect(await toBackground<boolean>(site, 'deleteHighlight', { id: h!.id })).toBe(true);
    await waitFor(
      async () => ((await paintedTexts(page))['threadwise-saved'] === undefined ? true : undefined),
      'the highlight gone from the page',
    );
    expect(await readStore(site, 'highlights')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
