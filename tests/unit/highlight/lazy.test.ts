// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageMarks } from '@/lib/highlight/types';
import { EAGER_POSTS, Highlighter, type NearViewport } from '@/lib/content/highlighter/highlighter';

/** The CSS Custom Highlight API as far as the painter uses it, since happy-dom has none. */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();

function thread(posts: number): PageMarks {
  const rows: string[] = [];
  for (let i = 0; i < posts; i++) {
    rows.push(`<div class="post" id="p${i}">Hello ${i}. Try a heating pad on setting ${i}. Bye.</div>`);
  }
  document.body.innerHTML = rows.join('');
  const ids = Array.from({ length: posts }, (_, i) => `p${i}`);
  return {
    threadId: 't',
    postIds: ['q', ...ids],
    suggestions: [{ id: 's', label: 'Heating pad', colour: 0, people: posts, supporters: [] }],
    posts: ids.map((postId, i) => ({
      postId,
      sentences: [{ text: `Try a heating pad on setting ${i}.`, suggestionIds: ['s'] }],
    })),
    highlights: [],
  };
}

/** A viewport the test moves by hand: it says which watched posts came near. */
function fakeViewport(): {
  near: NearViewport;
  watched: Element[];
  bring(ids: number[]): void;
  stopped: number;
} {
  let onNear: ((els: Element[]) => void) | null = null;
  const state = {
    watched: [] as Element[],
    stopped: 0,
    near: ((cb) => {
      onNear = cb;
      return { watch: (el) => state.watched.push(el), stop: () => void state.stopped++ };
    }) as NearViewport,
    bring(ids: number[]) {
      onNear?.(ids.map((i) => document.getElementById(`p${i}`)!));
    },
  };
  return state;
}

const painted = (): string[] =>
  [...(registry.get('threadwise-c0') ?? [])].map((r) => r.toString()).sort((a, b) => a.localeCompare(b));
const count = (): string | undefined => document.documentElement.dataset.threadwiseHighlights;

let ctl: AbortController;
function highlighter(near: NearViewport): Highlighter {
  ctl = new AbortController();
  return new Highlighter(document, {
    signal: ctl.signal,
    sliceMs: 2,
    nearViewport: near,
    postElement: (id) => document.getElementById(id),
    scrollToPost: () => undefined,
    onDelete: () => undefined,
  });
}

beforeEach(() => {
  const win = window as unknown as { CSS: { highlights: typeof registry }; Highlight: typeof FakeHighlight };
  win.CSS = Object.assign(win.CSS ?? {}, { highlights: registry });
  win.Highlight = FakeHighlight;
});

afterEach(() => {
  ctl?.abort();
  registry.clear();
  document.body.innerHTML = '';
  delete document.documentElement.dataset.threadwiseHighlights;
});

describe('a long thread, placed near the viewport first', () => {
  const POSTS = EAGER_POSTS * 2;

  it('places only the posts that come near the viewport, then the others as they come', async () => {
    const view = fakeViewport();
    const h = highlighter(view.near);
    h.setEnabled(true);
    h.update(thread(POSTS));
    await vi.waitFor(() => expect(view.watched).toHaveLength(POSTS));
    expect(painted()).toEqual([]);
    view.bring([0, 1, 2]);
    await vi.waitFor(() => expect(count()).toBe('3'));
    expect(painted()).toEqual([0, 1, 2].map((i) => `Try a heating pad on setting ${i}.`));
    expect(h.state().advice).toBe(3);
    view.bring([250, 251]);
    await vi.waitFor(() => expect(count()).toBe('5'));
    expect(painted()).toHaveLength(5);
  });

  it('moving through the advice from the keyboard places the rest, in reading order', async () => {
    const view = fakeViewport();
    const h = highlighter(view.near);
    h.setEnabled(true);
    h.update(thread(POSTS));
    await vi.waitFor(() => expect(view.watched).toHaveLength(POSTS));
    view.bring([10]);
    await vi.waitFor(() => expect(count()).toBe('1'));
    expect(h.move(1)).toBe(true);
    await vi.waitFor(() => expect(count()).toBe(String(POSTS)));
    expect(painted()).toHaveLength(POSTS);
    // Still on the same sentence, now among all of them in reading order: the next is post 11's.
    h.move(1);
    expect([...(registry.get('threadwise-active') ?? [])].map((r) => r.toString())).toEqual([
      'Try a heating pad on setting 11.',
    ]);
  });

  it('drops the watch when the marks change or highlights are turned off', async () => {
    const view = fakeViewport();
    const h = highlighter(view.near);
    h.setEnabled(true);
    const marks = thread(POSTS);
    h.update(marks);
    await vi.waitFor(() => expect(view.watched).toHaveLength(POSTS));
    h.update({ ...marks, posts: marks.posts.slice(1) });
    expect(view.stopped).toBe(1);
    h.setEnabled(false);
    expect(view.stopped).toBe(2);
    view.bring([5]);
    await new Promise((r) => setTimeout(r, 30));
    expect(painted()).toEqual([]);
    expect(count()).toBe('0');
  });

  it('places a thread of up to EAGER_POSTS posts all at once, without watching the viewport', async () => {
    const view = fakeViewport();
    const h = highlighter(view.near);
    h.setEnabled(true);
    h.update(thread(20));
    // Placing still yields every 2 ms (sliceMs): on a loaded machine the 20 posts take more
    // than one slice, so the test waits for them instead of reading them at once.
    await vi.waitFor(() => expect(painted()).toHaveLength(20));
    expect(count()).toBe('20');
    expect(view.watched).toEqual([]);
  });
});
