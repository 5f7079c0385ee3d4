// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { describeQuote } from '@/lib/highlight/anchor';
import type { PageMarks } from '@/lib/highlight/types';
import type { Highlight } from '@/lib/model';
import { Highlighter } from '@/lib/content/highlighter/highlighter';
import { buildTextMap, offsetOfPoint, rangeFromOffsets } from '@/lib/content/highlighter/text-map';

const PAGE = `
<div id="thread">
  <div class="post" id="p1">
    <p>Thanks for asking.   Try a <a href="/heat">heating pad</a> on the sore spot
    for twenty minutes.</p>
    <p>Also   see a physiotherapist.<br>It helped me a lot.</p>
    <span class="byline">posted by ann</span>
  </div>
  <div class="post" id="p2">
    <p>Seconding the heating pad. Stretch every morning, gently.</p>
  </div>
</div>`;

function marks(highlights: Highlight[] = []): PageMarks {
  return {
    threadId: 't1',
    postIds: ['q', 'p1', 'p2'],
    suggestions: [
      {
        id: 's-heat',
        label: 'Heating pad',
        colour: 0,
        people: 2,
        supporters: [
          { postId: 'p1', author: 'ann' },
          { postId: 'p2', author: 'bob' },
        ],
      },
      {
        id: 's-physio',
        label: 'Physiotherapist',
        colour: 1,
        people: 1,
        supporters: [{ postId: 'p1', author: 'ann' }],
      },
    ],
    posts: [
      {
        postId: 'p1',
        sentences: [
          // As the extraction gives it: a line break where the page wraps the line.
          { text: 'Try a heating pad on the sore spot\nfor twenty minutes.', suggestionIds: ['s-heat'] },
          { text: 'Also see a physiotherapist.', suggestionIds: ['s-physio', 's-heat'] },
        ],
      },
      { postId: 'p2', sentences: [{ text: 'Stretch every morning, gently.', suggestionIds: ['s-heat'] }] },
    ],
    highlights,
  };
}

let ctl: AbortController;
function setup(): { highlighter: Highlighter; deleted: string[]; scrolled: string[] } {
  document.body.innerHTML = PAGE;
  ctl = new AbortController();
  const deleted: string[] = [];
  const scrolled: string[] = [];
  const highlighter = new Highlighter(document, {
    fallback: true,
    signal: ctl.signal,
    postElement: (id) => document.getElementById(id),
    scrollToPost: (id) => scrolled.push(id),
    onDelete: (id) => deleted.push(id),
  });
  return { highlighter, deleted, scrolled };
}

afterEach(() => {
  ctl?.abort();
  document.body.innerHTML = '';
});

const markTexts = (): string[] => [...document.querySelectorAll('mark')].map((m) => m.textContent ?? '');

describe('the text map of a post', () => {
  it('reads the post as normalised text, with a space at line breaks and block edges', () => {
    document.body.innerHTML = PAGE;
    const map = buildTextMap(document.getElementById('p1')!);
    expect(map.text).toBe(
      'Thanks for asking. Try a heating pad on the sore spot for twenty minutes. Also see a physiotherapist. It helped me a lot. posted by ann',
    );
  });

  it('turns offsets into a DOM range and DOM points back into offsets', () => {
    document.body.innerHTML = PAGE;
    const map = buildTextMap(document.getElementById('p1')!);
    const start = map.text.indexOf('heating pad on');
    const range = rangeFromOffsets(map, start, start + 'heating pad on'.length)!;
    expect(range.toString()).toBe('heating pad on');
    expect(range.startContainer.parentElement!.tagName).toBe('A');
    expect(offsetOfPoint(map, range.startContainer, range.startOffset)).toBe(start);
    expect(offsetOfPoint(map, range.endContainer, range.endOffset)).toBe(start + 'heating pad on'.length);
    // A point between elements maps to the next character.
    const p2 = document.querySelectorAll('#p1 p')[1]!;
    expect(offsetOfPoint(map, p2.parentNode!, [...p2.parentNode!.childNodes].indexOf(p2))).toBe(
      map.text.indexOf('Also'),
    );
    expect(offsetOfPoint(map, document.getElementById('p2')!, 0)).toBe(-1);
  });
});

describe('the highlighter with <mark> elements', () => {
  it("wraps each advice sentence, in its suggestion's colour, without touching other text", () => {
    const { highlighter } = setup();
    highlighter.setEnabled(true);
    highlighter.update(marks());
    expect(markTexts()).toEqual([
      'Try a ',
      'heating pad',
      ' on the sore spot\n    for twenty minutes.',
      'Also   see a physiotherapist.',
      'Stretch every morning, gently.',
    ]);
    expect(document.documentElement.dataset.threadwiseHighlights).toBe('3');
    const physio = [...document.querySelectorAll('mark')][3] as HTMLElement;
    expect(physio.style.getPropertyValue('background-color')).toMatch(/rgba\(34, 197, 94/);
    expect(physio.style.getPropertyValue('padding')).toMatch(/^0(px)?$/);
    expect(physio.style.getPropertyPriority('padding')).toBe('important');
    expect(highlighter.state()).toEqual({ enabled: true, advice: 3, saved: 0, orphans: [] });
  });

  it('restores the DOM exactly when turned off: same markup and the same text nodes', () => {
    const { highlighter } = setup();
    const before = document.body.innerHTML;
    const textNodes = [...document.querySelectorAll('#p1 p, #p1 a')].flatMap((e) =>
      [...e.childNodes].filter((n) => n.nodeType === 3),
    );
    highlighter.setEnabled(true);
    highlighter.update(marks());
    expect(document.body.innerHTML).not.toBe(before);
    highlighter.setEnabled(false);
    expect(document.body.innerHTML).toBe(before);
    const after = [...document.querySelectorAll('#p1 p, #p1 a')].flatMap((e) =>
      [...e.childNodes].filter((n) => n.nodeType === 3),
    );
    expect(after).toHaveLength(textNodes.length);
    after.forEach((n, i) => expect(n).toBe(textNodes[i]));
    expect(document.documentElement.dataset.threadwiseHighlights).toBe('0');
    expect(document.querySelector('[data-threadwise-own]')).toBeNull();
  });

  it('paints nothing while off, and everything when turned on', () => {
    const { highlighter } = setup();
    highlighter.update(marks());
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    highlighter.setEnabled(true);
    expect(document.querySelectorAll('mark').length).toBeGreaterThan(0);
  });

  it('captures a selection as a draft anchored in its post, and places the saved highlight over advice', () => {
    const { highlighter } = setup();
    highlighter.setEnabled(true);
    highlighter.update(marks());
    // Select "see a physiotherapist" inside an advice mark, as the reader would.
    const map = buildTextMap(document.getElementById('p1')!);
    const start = map.text.indexOf('see a physio');
    const range = rangeFromOffsets(map, start, start + 'see a physiotherapist'.length)!;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const got = highlighter.capture(selection);
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.draft).toEqual({
      threadId: 't1',
      postId: 'p1',
      ...describeQuote(map.text, start, start + 'see a physiotherapist'.length),
    });
    expect(got.draft.quote).toBe('see a physiotherapist');

    highlighter.addSaved({ ...got.draft, id: 'h1', createdAt: 1 });
    const saved = [...document.querySelectorAll('mark')].filter((m) =>
      m.getAttribute('data-threadwise-mark')!.includes('h:h1'),
    );
    expect(saved.map((m) => m.textContent).join('')).toBe('see a physiotherapist');
    expect(document.documentElement.dataset.threadwiseHighlights).toBe('4');
    highlighter.removeSaved('h1');
    expect(document.documentElement.dataset.threadwiseHighlights).toBe('3');
  });

  it('reports a saved highlight whose passage is not in its post as an orphan, placed nowhere', () => {
    const { highlighter } = setup();
    highlighter.setEnabled(true);
    const gone: Highlight = {
      id: 'h2',
      threadId: 't1',
      postId: 'p2',
      quote: 'Stretch every evening, hard, until it hurts badly.',
      prefix: 'Seconding the heating pad. ',
      suffix: '',
      start: 27,
      end: 77,
      createdAt: 1,
    };
    highlighter.update(marks([gone]));
    expect(highlighter.state().orphans).toEqual(['h2']);
    expect(document.querySelector('mark[data-threadwise-mark*="h:h2"]')).toBeNull();
    expect(highlighter.needsRepaint()).toBe(false);
    // Lazy-loaded text arrives in that post: the orphan is worth another try.
    document.querySelector('#p2 p')!.append(' Stretch every evening, hard, until it hurts badly.');
    expect(highlighter.needsRepaint()).toBe(true);
    highlighter.update(marks([gone]));
    expect(highlighter.state().orphans).toEqual([]);
  });

  it('moves through the advice in reading order, wrapping round', () => {
    const { highlighter } = setup();
    expect(highlighter.move(1)).toBe(false);
    highlighter.setEnabled(true);
    highlighter.update(marks());
    const outlined = (): string[] =>
      [...document.querySelectorAll('mark')]
        .filter((m) => (m as HTMLElement).style.getPropertyValue('outline').includes('solid'))
        .map((m) => m.textContent ?? '');
    expect(highlighter.move(1)).toBe(true);
    expect(outlined().join('')).toBe('Try a heating pad on the sore spot\n    for twenty minutes.');
    highlighter.move(1);
    expect(outlined()).toEqual(['Also   see a physiotherapist.']);
    highlighter.move(1);
    expect(outlined()).toEqual(['Stretch every morning, gently.']);
    highlighter.move(1);
    expect(outlined().join('')).toMatch(/^Try a heating pad/);
    highlighter.move(-1);
    expect(outlined()).toEqual(['Stretch every morning, gently.']);
    // The card is shown for the focused advice, in a host of our own.
    expect(document.querySelectorAll('[data-threadwise-own="card"]')).toHaveLength(1);
  });

  it("shows the suggestion's card with how many others said it, and jumps to the next of them", () => {
    // The card's shadow root is closed to the page; opened here so the test can read it.
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      return attach.call(this, { ...init, mode: 'open' });
    };
    try {
      const { highlighter, scrolled } = setup();
      highlighter.setEnabled(true);
      highlighter.update(marks());
      highlighter.move(1);
      const card = (): HTMLElement =>
        document.querySelector('[data-threadwise-own="card"]')!.shadowRoot!.querySelector('.card')!;
      expect(card().hidden).toBe(false);
      expect(card().querySelector('.title')!.textContent).toBe('Heating pad');
      expect([...card().querySelectorAll('p')].map((p) => p.textContent)).toEqual(['1 other said this']);
      const next = card().querySelector('button')!;
      expect(next.textContent).toBe('Next: bob ›');
      next.click();
      expect(scrolled).toEqual(['p2']);
      expect(card().querySelector('.title')!.textContent).toBe('Heating pad');
      expect(card().querySelector('button')!.textContent).toBe('Next: ann ›');

      // The sentence in two suggestions names the other one too.
      highlighter.move(-1);
      expect(card().querySelector('.title')!.textContent).toBe('Physiotherapist');
      expect([...card().querySelectorAll('p')].map((p) => p.textContent)).toEqual([
        'No one else said this',
        'Also: Heating pad',
      ]);
    } finally {
      Element.prototype.attachShadow = attach;
    }
  });

  it('shows the card when the keyboard focuses a link inside a highlighted sentence', () => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      return attach.call(this, { ...init, mode: 'open' });
    };
    try {
      const { highlighter } = setup();
      highlighter.setEnabled(true);
      highlighter.update(marks());
      expect(document.querySelector('[data-threadwise-own="card"]')).toBeNull();
      (document.querySelector('#p1 a') as HTMLElement).focus();
      const card = document
        .querySelector('[data-threadwise-own="card"]')!
        .shadowRoot!.querySelector('.card')!;
      expect((card as HTMLElement).hidden).toBe(false);
      expect(card.querySelector('.title')!.textContent).toBe('Heating pad');
    } finally {
      Element.prototype.attachShadow = attach;
    }
  });

  it('removes everything when the content script dies', () => {
    const { highlighter } = setup();
    const before = document.body.innerHTML;
    highlighter.setEnabled(true);
    highlighter.update(marks());
    highlighter.move(1);
    ctl.abort();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('[data-threadwise-own]')).toBeNull();
    expect(document.documentElement.dataset.threadwiseHighlights).toBeUndefined();
  });
});
