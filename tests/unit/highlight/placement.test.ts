// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageMarks } from '@/lib/highlight/types';
import { Highlighter } from '@/lib/content/highlighter/highlighter';
import { sameData } from '@/lib/content/highlighter/session';
import { buildTextMap, buildTransientTextMap } from '@/lib/content/highlighter/text-map';
import { findPostElement, indexPosts } from '@/lib/content/scroll';
import { watchThread } from '@/lib/content/watch';

const POSTS = 80;

/** A thread page of `POSTS` answers, each with one advice sentence among others. */
function thread(): void {
  const rows: string[] = [];
  for (let i = 0; i < POSTS; i++) {
    rows.push(
      `<a name="${1000 + i}"></a><div class="comments">Same here, number ${i}. Try a heating pad on setting ${i}. Good luck.<br><span class="smallcopy">posted by user${i}</span></div>`,
    );
  }
  document.body.innerHTML = `<div id="posts">${rows.join('')}</div>`;
}

function marks(sentence = (i: number) => `Try a heating pad on setting ${i}.`): PageMarks {
  const ids = Array.from({ length: POSTS }, (_, i) => String(1000 + i));
  return {
    threadId: 't',
    postIds: ['q', ...ids],
    suggestions: [{ id: 's', label: 'Heating pad', colour: 0, people: POSTS, supporters: [] }],
    posts: ids.map((postId, i) => ({
      postId,
      sentences: [{ text: sentence(i), suggestionIds: ['s'] }],
    })),
    highlights: [],
  };
}

const count = (): string | undefined => document.documentElement.dataset.threadwiseHighlights;
const markTexts = (): string[] => [...document.querySelectorAll('mark')].map((m) => m.textContent ?? '');

let ctl: AbortController;
function highlighter(sliceMs: number): Highlighter {
  ctl = new AbortController();
  return new Highlighter(document, {
    fallback: true,
    sliceMs,
    signal: ctl.signal,
    postElement: (id) => findPostElement(document, id),
    scrollToPost: () => undefined,
    onDelete: () => undefined,
  });
}

afterEach(() => {
  ctl?.abort();
  document.body.innerHTML = '';
  delete document.documentElement.dataset.threadwiseHighlights;
});

describe('placing highlights in slices', () => {
  it('paints the same marks as placing them in one go, and shows the count only once all are placed', async () => {
    thread();
    const once = highlighter(60_000);
    once.setEnabled(true);
    once.update(marks());
    const expected = markTexts();
    expect(expected).toHaveLength(POSTS);
    expect(count()).toBe(String(POSTS));
    once.clear();
    ctl.abort();

    thread();
    const sliced = highlighter(0);
    sliced.setEnabled(true);
    sliced.update(marks());
    // Nothing half-placed shows: no marks and no count until the last slice.
    expect(markTexts()).toEqual([]);
    expect(count()).not.toBe(String(POSTS));
    await vi.waitFor(() => expect(count()).toBe(String(POSTS)));
    expect(markTexts()).toEqual(expected);
    expect(sliced.state()).toMatchObject({ enabled: true, advice: POSTS });
  });

  it('drops an unfinished placement when newer marks arrive: only the newest are painted', async () => {
    thread();
    const h = highlighter(0);
    h.setEnabled(true);
    h.update(marks());
    // Before the first placement is done, the analysis changes: even settings only.
    h.update(
      marks((i) =>
        i % 2 === 0 ? `Try a heating pad on setting ${i}.` : 'Nothing of the kind was ever said.',
      ),
    );
    await vi.waitFor(() => expect(count()).toBe(String(POSTS / 2)));
    await new Promise((r) => setTimeout(r, 50));
    expect(count()).toBe(String(POSTS / 2));
    expect(markTexts().every((t) => /setting (\d*[02468])\.$/.test(t))).toBe(true);
  });

  it('stops placing when highlights are turned off half way', async () => {
    thread();
    const h = highlighter(0);
    h.setEnabled(true);
    h.update(marks());
    h.setEnabled(false);
    await new Promise((r) => setTimeout(r, 100));
    expect(markTexts()).toEqual([]);
    expect(count()).toBe('0');
  });
});

describe('text maps', () => {
  it('a transient map reads the same as a kept one', () => {
    thread();
    for (const el of Array.from(document.querySelectorAll('.comments'))) {
      const kept = buildTextMap(el);
      const transient = buildTransientTextMap(el);
      expect(transient.text).toBe(kept.text);
      expect(Array.from(transient.charNode)).toEqual(Array.from(kept.charNode));
      expect(Array.from(transient.charOffset)).toEqual(Array.from(kept.charOffset));
    }
  });
});

describe('finding posts by their anchors', () => {
  it('indexes the page in steps and finds posts added later', () => {
    thread();
    const steps = indexPosts(document);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBe(0);
    expect(findPostElement(document, '1005')?.textContent).toContain('setting 5');
    // A comment loaded later: the lookup misses, sees the page changed, and reindexes.
    document
      .getElementById('posts')!
      .insertAdjacentHTML('beforeend', '<a name="5000"></a><div>Late one.</div>');
    expect(findPostElement(document, '5000')?.textContent).toBe('Late one.');
    expect(findPostElement(document, '4999')).toBeNull();
  });
});

describe('comparing marks', () => {
  it('tells equal plain data from different', () => {
    expect(sameData(marks(), marks())).toBe(true);
    const other = marks((i) => (i === 79 ? 'Other.' : `Try a heating pad on setting ${i}.`));
    expect(sameData(marks(), other)).toBe(false);
    expect(sameData({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});

describe('the page watcher and the extension’s own writes', () => {
  it('does not take painted marks, our style or our card for the page changing', async () => {
    vi.useFakeTimers();
    try {
      thread();
      const watchCtl = new AbortController();
      const onChange = vi.fn();
      watchThread(document, { onChange, signal: watchCtl.signal });
      const h = highlighter(60_000);
      h.setEnabled(true);
      h.update(marks());
      expect(markTexts()).toHaveLength(POSTS);
      h.clear();
      await Promise.resolve();
      vi.advanceTimersByTime(3000);
      expect(onChange).not.toHaveBeenCalled();
      // The page's own change still counts.
      document.getElementById('posts')!.append(document.createElement('div'));
      await Promise.resolve();
      vi.advanceTimersByTime(300);
      expect(onChange).toHaveBeenCalledTimes(1);
      watchCtl.abort();
    } finally {
      vi.useRealTimers();
    }
  });
});
