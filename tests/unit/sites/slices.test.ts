// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OWN_ATTR } from '@/lib/content/own-nodes';
import Dexie from 'dexie';
import { registerThreadService } from '@/lib/background/thread-service';
import { ThreadwiseDB } from '@/lib/db/database';
import { announceReading, PART_ANSWERS, readPage, reportPage } from '@/lib/content/page-thread';
import { runInSlices, startSlices, watchForChanges, yieldToPage } from '@/lib/content/slices';
import { onMessage, removeAllListeners } from '@/lib/messaging/protocol';
import type { Thread } from '@/lib/model';
import { recognise } from '@/lib/sites/registry';
import { metafilterThreadPage } from '../../bench/generate';

const URL_MEFI = 'https://ask.metafilter.com/960001/Five-thousand-answers';

/** A parsed page of `n` Ask MetaFilter comments. */
function page(n: number): Document {
  return new DOMParser().parseFromString(metafilterThreadPage(URL_MEFI, n), 'text/html');
}

/** A clock that moves 10 ms at every reading: every slice is over its budget at once. */
function fastClock(): () => number {
  let t = 0;
  return () => (t += 10);
}

/** Work of `n` steps that counts how far it got. */
function* counting(n: number, done: { steps: number }): Generator<void, string, void> {
  for (let i = 0; i < n; i++) {
    done.steps++;
    yield;
  }
  return 'finished';
}

/** Another comment, as a site's "load more" would add it. */
function addComment(doc: Document, id: number): void {
  const a = doc.createElement('a');
  a.setAttribute('name', String(id));
  const div = doc.createElement('div');
  div.className = 'comments';
  div.innerHTML = `Try a heating pad first.<br><span class="smallcopy">posted by <a href="https://www.metafilter.com/user/9">late</a> at <a href="/960001/Five-thousand-answers#${id}">1:00 PM</a> on January 5, 2026</span>`;
  const posts = doc.getElementById('posts')!;
  posts.append(a, div);
}

afterEach(() => removeAllListeners());

describe('work in slices', () => {
  it('finishes small work at once, without a pause or a promise', () => {
    const done = { steps: 0 };
    let pauses = 0;
    const result = startSlices(counting(3, done), {
      now: fastClock(),
      pause: async () => void pauses++,
    });
    expect(result).toEqual({ done: true, value: 'finished' });
    expect(pauses).toBe(0);
  });

  it('pauses whenever a slice has used its budget, but never before its minimum of steps', async () => {
    const done = { steps: 0 };
    const seen: number[] = [];
    const result = await runInSlices(counting(20, done), {
      now: fastClock(),
      minSteps: 4,
      pause: async () => void seen.push(done.steps),
    });
    // The last step yields too: the work learns it is done after one more pause.
    expect(result).toEqual({ done: true, value: 'finished', pauses: 5 });
    expect(seen).toEqual([4, 8, 12, 16, 20]);
  });

  it('keeps going without a pause while the clock says the slice has time left', async () => {
    const done = { steps: 0 };
    const result = await runInSlices(counting(500, done), { now: () => 0, pause: async () => undefined });
    expect(result).toEqual({ done: true, value: 'finished', pauses: 0 });
  });

  it('drops the work at a pause once it is stale, and never resumes it', async () => {
    const done = { steps: 0 };
    let stale = false;
    const result = await runInSlices(counting(100, done), {
      now: fastClock(),
      minSteps: 4,
      pause: async () => {
        if (done.steps >= 8) stale = true;
      },
      stale: () => stale,
    });
    expect(result).toEqual({ done: false });
    expect(done.steps).toBe(8);
  });

  it('stops at a pause when its signal aborts', async () => {
    const done = { steps: 0 };
    const ctl = new AbortController();
    const result = await runInSlices(counting(100, done), {
      now: fastClock(),
      minSteps: 4,
      signal: ctl.signal,
      pause: async () => ctl.abort(),
    });
    expect(result).toEqual({ done: false });
    expect(done.steps).toBe(4);
  });
});

describe('giving the page its turn', () => {
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('waits for a timer in a visible tab, so the page gets a real break', async () => {
    vi.useFakeTimers();
    let resumed = false;
    void yieldToPage().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(3);
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resumed).toBe(true);
  });

  it('does not wait for a timer in a hidden tab (browsers hold those back to one a second)', async () => {
    vi.useFakeTimers();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await yieldToPage();
  });
});

describe('watching the page between slices', () => {
  it('sees nodes added or removed, but not the extension’s own elements or text edits', async () => {
    const doc = page(3);
    const watch = watchForChanges(doc);
    const style = doc.createElement('style');
    style.setAttribute(OWN_ATTR, '');
    doc.head.append(style);
    doc.querySelector('.comments')!.firstChild!.nodeValue = 'Edited in place.';
    expect(watch.changed()).toBe(false);
    addComment(doc, 30_000_001);
    expect(watch.changed()).toBe(true);
    watch.stop();
  });
});

describe('reading a thread page in slices', () => {
  it('gives the same thread as reading it in one go', async () => {
    const doc = page(120);
    let pauses = 0;
    const read = await readPage(doc, new URL(URL_MEFI), {
      now: fastClock(),
      pause: async () => void pauses++,
    });
    expect(pauses).toBeGreaterThan(20);
    expect(read).not.toBe('changing');
    const once = recognise(doc, new URL(URL_MEFI))!;
    expect(read && read !== 'changing' ? read.thread : null).toEqual(once.thread);
    expect(once.thread.answers).toHaveLength(120);
  });

  it('starts over when the page changes between slices: the thread is the page after the change, never half of each', async () => {
    const doc = page(60);
    let pauses = 0;
    const read = await readPage(doc, new URL(URL_MEFI), {
      now: fastClock(),
      pause: async () => {
        // Comments load while the first reading is half way through.
        if (++pauses === 5) addComment(doc, 30_000_001);
      },
    });
    const after = recognise(doc, new URL(URL_MEFI))!.thread;
    expect(after.answers).toHaveLength(61);
    expect(read !== 'changing' && read?.thread).toEqual(after);
  });

  it('starts over when a single-page navigation replaces the thread', async () => {
    const doc = page(40);
    let pauses = 0;
    const read = await readPage(doc, new URL(URL_MEFI), {
      now: fastClock(),
      pause: async () => {
        if (++pauses === 3) {
          const other = page(7);
          doc.body.replaceWith(doc.importNode(other.body, true));
        }
      },
    });
    expect(read !== 'changing' && read?.thread.answers).toHaveLength(7);
  });

  it('gives up, sending nothing, on a page that changes at every pause', async () => {
    const doc = page(60);
    let n = 0;
    const read = await readPage(doc, new URL(URL_MEFI), {
      now: fastClock(),
      pause: async () => addComment(doc, 30_000_000 + ++n),
    });
    expect(read).toBe('changing');
  });

  it('is not disturbed by the extension’s own writes between slices', async () => {
    const doc = page(60);
    let plain = 0;
    await readPage(doc, new URL(URL_MEFI), { now: fastClock(), pause: async () => void plain++ });
    let withOwn = 0;
    const read = await readPage(doc, new URL(URL_MEFI), {
      now: fastClock(),
      pause: async () => {
        withOwn++;
        const host = doc.createElement('div');
        host.setAttribute(OWN_ATTR, 'card');
        doc.documentElement.append(host);
      },
    });
    expect(withOwn).toBe(plain);
    expect(read !== 'changing' && read?.thread.answers).toHaveLength(60);
  });

  it('sends the whole thread, read in slices, to the background', async () => {
    const doc = page(80);
    const got: Thread[] = [];
    onMessage('threadExtracted', ({ data }) => {
      got.push(data.thread);
      return {
        id: data.thread.id,
        site: data.thread.site,
        siteName: data.siteName,
        url: data.thread.url,
        title: data.thread.title,
        answers: data.thread.answers.length,
        savedAt: 0,
        kind: 'question' as const,
        scoreNoun: data.scoreNoun,
        knownHost: true,
      };
    });
    const report = await reportPage(doc, URL_MEFI, { now: fastClock(), pause: async () => undefined });
    expect(report).toBe('thread');
    expect(got).toEqual([recognise(doc, new URL(URL_MEFI))!.thread]);
  });

  it('hands a long thread over in parts, the background getting the same thread whole', async () => {
    const doc = page(PART_ANSWERS * 2 + 25);
    const db = new ThreadwiseDB('threadwise-slices-parts');
    try {
      registerThreadService(db);
      let parts = 0;
      const report = await reportPage(doc, URL_MEFI, {
        now: fastClock(),
        pause: async () => void parts++,
      });
      expect(report).toBe('thread');
      // Three parts, each followed by a pause, then the thread itself.
      expect(parts).toBeGreaterThanOrEqual(3);
      const expected = recognise(doc, new URL(URL_MEFI))!.thread;
      const stored = await db.posts.where('threadId').equals(expected.id).sortBy('order');
      expect(stored.map((p) => p.id)).toEqual(expected.answers.map((a) => a.id));
    } finally {
      db.close();
      await Dexie.delete('threadwise-slices-parts');
    }
  });

  it('says "not a thread" for a page that is not one', async () => {
    const doc = new DOMParser().parseFromString('<html><body><p>Hello</p></body></html>', 'text/html');
    let said = 0;
    onMessage('pageNotThread', () => void said++);
    expect(await reportPage(doc, 'https://ask.metafilter.com/')).toBe('not-thread');
    expect(said).toBe(1);
  });

  it('announces a thread page before reading it, and says nothing of other pages', async () => {
    let announced = 0;
    onMessage('pageReading', () => void announced++);
    const other = new DOMParser().parseFromString('<html><body><p>Hello</p></body></html>', 'text/html');
    await announceReading(other, 'https://ask.metafilter.com/');
    expect(announced).toBe(0);
    const doc = new DOMParser().parseFromString(metafilterThreadPage(URL_MEFI, 5), 'text/html');
    await announceReading(doc, URL_MEFI);
    expect(announced).toBe(1);
  });
});
