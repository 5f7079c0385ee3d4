// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchThread } from '@/lib/content/watch';

/** Lets the MutationObserver deliver its records (they arrive in a microtask). */
async function settle(): Promise<void> {
  await Promise.resolve();
  await Promise.resolve();
}

function addComment(text: string): void {
  const el = document.createElement('div');
  el.className = 'comment';
  el.textContent = text;
  document.body.appendChild(el);
}

describe('watchThread', () => {
  let controller: AbortController;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main id="thread"></main>';
    history.replaceState(null, '', '/r/sub/comments/abc/first/');
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('calls onChange once, 300 ms after a burst of added comments', async () => {
    const onChange = vi.fn();
    watchThread(document, { onChange, signal: controller.signal });
    addComment('one');
    await settle();
    vi.advanceTimersByTime(100);
    addComment('two');
    await settle();
    vi.advanceTimersByTime(299);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reacts to removed nodes and honours a custom debounce', async () => {
    addComment('to remove');
    const onChange = vi.fn();
    watchThread(document, { onChange, signal: controller.signal, debounceMs: 50 });
    document.querySelector('.comment')!.remove();
    await settle();
    vi.advanceTimersByTime(50);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores attribute and text changes', async () => {
    const onChange = vi.fn();
    const main = document.getElementById('thread')!;
    main.appendChild(document.createTextNode('x'));
    watchThread(document, { onChange, signal: controller.signal });
    main.setAttribute('data-state', 'loaded');
    (main.firstChild as Text).data = 'y';
    await settle();
    vi.advanceTimersByTime(1000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('still fires at least every 2 s while mutations keep streaming', async () => {
    const onChange = vi.fn();
    watchThread(document, { onChange, signal: controller.signal });
    // A new comment every 200 ms never leaves 300 ms of quiet.
    for (let i = 0; i < 10; i++) {
      addComment(`c${i}`);
      await settle();
      vi.advanceTimersByTime(200);
    }
    expect(onChange).toHaveBeenCalledTimes(1);
    for (let i = 10; i < 20; i++) {
      addComment(`c${i}`);
      await settle();
      vi.advanceTimersByTime(200);
    }
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('detects single-page navigation through pushState and popstate', async () => {
    const onChange = vi.fn();
    watchThread(document, { onChange, signal: controller.signal });
    // pushState alone mutates nothing; the app re-renders the thread right after.
    history.pushState(null, '', '/r/sub/comments/def/second/');
    document.getElementById('thread')!.innerHTML = '<article>second thread</article>';
    await settle();
    vi.advanceTimersByTime(300);
    expect(onChange).toHaveBeenCalledTimes(1);

    history.replaceState(null, '', '/r/sub/comments/ghi/third/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(300);
    expect(onChange).toHaveBeenCalledTimes(2);

    // A popstate without a URL change (e.g. a hash-less state pop) is not a navigation.
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(300);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('stops observing and drops a pending call when the signal aborts', async () => {
    const onChange = vi.fn();
    watchThread(document, { onChange, signal: controller.signal });
    addComment('pending');
    await settle();
    controller.abort();
    vi.advanceTimersByTime(5000);
    addComment('after abort');
    await settle();
    history.pushState(null, '', '/elsewhere');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(5000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does nothing for an already aborted signal', async () => {
    const onChange = vi.fn();
    controller.abort();
    watchThread(document, { onChange, signal: controller.signal });
    addComment('x');
    await settle();
    vi.advanceTimersByTime(1000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps watching after a listener throws', async () => {
    const onChange = vi.fn(() => {
      throw new Error('listener failed');
    });
    watchThread(document, { onChange, signal: controller.signal });
    addComment('first');
    await settle();
    vi.advanceTimersByTime(300);
    addComment('second');
    await settle();
    vi.advanceTimersByTime(300);
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
