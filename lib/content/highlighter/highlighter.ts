/**
 * Places a thread's advice sentences and the reader's saved highlights inside each post's
 * element, keeps the count in `<html data-threadwise-highlights>` for automated checks,
 * shows the card on hover or keyboard focus, and turns a selection into a highlight draft.
 * It knows nothing of messaging: the content entrypoint wires it.
 */
import { anchorQuote, describeQuote, locateSentence } from '../../highlight/anchor';
import type {
  HighlightDraft,
  HighlightState,
  MarkSuggestion,
  PageMarks,
  PostMarks,
} from '../../highlight/types';
import type { Highlight } from '../../model';
import { Card, type CardContent } from './card';
import { adviceCardText } from './card-content';
import { colourOf, SAVED_BACKGROUND } from './palette';
import { createPainter, type PaintItem, type PaintStyle, type Painter, type PainterOptions } from './paint';
import { runInSlices, startSlices } from '../slices';
import {
  buildTextMap,
  buildTransientTextMap,
  offsetOfPoint,
  rangeFromOffsets,
  type TextMap,
} from './text-map';

/** Placed advice: one sentence of one post. */
interface AdviceSpot {
  key: string;
  postId: string;
  start: number;
  suggestionIds: string[];
}

export interface HighlighterOptions extends PainterOptions {
  /** The element holding a post's text, or null when the post is not on the page. */
  postElement(postId: string): Element | null;
  /** Brings a post into view (and flashes it). */
  scrollToPost(postId: string): void;
  /** The reader asked to delete one of their highlights from the card. */
  onDelete(id: string): void;
  /** Dies with the content script: every listener is registered with it. */
  signal: AbortSignal;
  /** Longest stretch of placing marks before the page gets its main thread back (ms). */
  sliceMs?: number;
  /** How to learn that posts come near the viewport (default: an IntersectionObserver). */
  nearViewport?: NearViewport;
}

/**
 * Watches elements and calls `onNear` with those that came near the viewport (each once).
 * Used for long threads only (more than `EAGER_POSTS` posts with advice).
 */
export type NearViewport = (onNear: (elements: Element[]) => void) => {
  watch(el: Element): void;
  stop(): void;
};

/** Threads with more posts with advice than this are placed near the viewport first. */
export const EAGER_POSTS = 150;
/** How far beyond the viewport posts are placed ahead of the reader (a root margin). */
const AHEAD = '150% 0px';

/** Where a paint puts everything: computed in slices, then applied in one go. */
interface Placement {
  items: PaintItem[];
  /** Puts the items on the page (prepared in steps by the painter). */
  commit: () => void;
  advice: AdviceSpot[];
  saved: Map<string, Highlight>;
  orphans: string[];
  orphanTexts: Map<string, string | null>;
}

export type CaptureResult =
  { ok: true; draft: HighlightDraft } | { ok: false; reason: 'no-selection' | 'outside-post' };

export const COUNT_KEY = 'threadwiseHighlights';

/** Whitespace `normaliseText` would change: a sentence without it is its own normal form. */
const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/;

/**
 * `locateSentence`, without first building the sentence's normal form when it already is one
 * (nearly always: the sentence comes from the same text): found where the text has it exactly.
 */
function findSentence(text: string, sentence: string): { start: number; end: number } | null {
  if (sentence && !UNEVEN_SPACE.test(sentence)) {
    const at = text.indexOf(sentence);
    if (at !== -1) return { start: at, end: at + sentence.length };
  }
  return locateSentence(text, sentence);
}

/** What placing the marks of one thread needs, shared by every post placed (now or later). */
class PlaceContext {
  private readonly colours: Map<string, number>;
  private readonly order: Map<string, number>;
  /** One style object per colour, shared by every item of that colour. */
  private readonly styles = new Map<number, PaintStyle>();
  /** Posts a saved highlight will need again: their maps are kept. */
  private readonly reused: Set<string>;
  private readonly maps = new Map<string, TextMap | null>();

  constructor(
    readonly marks: PageMarks,
    readonly element: (postId: string) => Element | null,
  ) {
    this.colours = new Map(marks.suggestions.map((s) => [s.id, s.colour]));
    this.order = new Map(marks.postIds.map((id, i) => [id, i]));
    this.reused = new Set(marks.highlights.map((h) => h.postId));
  }

  /**
   * A post's text map. Kept only when a saved highlight will need it again: thousands of maps
   * kept until the end were garbage the page paid for in collector pauses.
   */
  mapOf(postId: string): TextMap | null {
    if (this.maps.has(postId)) return this.maps.get(postId)!;
    const el = this.element(postId);
    if (!this.reused.has(postId)) return el ? buildTransientTextMap(el) : null;
    const map = el ? buildTextMap(el) : null;
    this.maps.set(postId, map);
    return map;
  }

  orderOf(postId: string): number {
    return this.order.get(postId) ?? 0;
  }

  /** Reading order, for the keyboard's next / previous. */
  sort(advice: AdviceSpot[]): AdviceSpot[] {
    return advice.sort((a, b) => this.orderOf(a.postId) - this.orderOf(b.postId) || a.start - b.start);
  }

  private styleOf(colour: number): PaintStyle {
    let style = this.styles.get(colour);
    if (!style) this.styles.set(colour, (style = { kind: 'advice', colour }));
    return style;
  }

  /** Finds one post's advice sentences on the page. */
  placePost(post: PostMarks, items: PaintItem[], advice: AdviceSpot[]): void {
    const map = this.mapOf(post.postId);
    for (let i = 0; map && i < post.sentences.length; i++) {
      const sentence = post.sentences[i]!;
      const at = findSentence(map.text, sentence.text);
      const range = at && rangeFromOffsets(map, at.start, at.end);
      if (!at || !range) continue;
      const key = `a:${post.postId}:${i}`;
      items.push({ key, range, style: this.styleOf(this.colours.get(sentence.suggestionIds[0]!) ?? 0) });
      advice.push({ key, postId: post.postId, start: at.start, suggestionIds: sentence.suggestionIds });
    }
  }
}

export class Highlighter {
  private readonly painter: Painter;
  private readonly card: Card;
  private marks: PageMarks | null = null;
  private advice: AdviceSpot[] = [];
  private saved = new Map<string, Highlight>();
  private orphans: string[] = [];
  /** Text of each orphan's post when anchoring failed (null: the post was not on the page). */
  private orphanTexts = new Map<string, string | null>();
  private activeIndex = -1;
  private hoverKey: string | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private listening: AbortController | null = null;
  private on = false;
  /** Bumped by every paint and clear: an unfinished paint of an older run is dropped. */
  private paintRun = 0;
  /** Highlights painted (advice and saved), for the count. */
  private placed = 0;
  /** A long thread's posts not placed yet, and how to place them (null: everything is placed). */
  private lazy: {
    pending: Map<string, PostMarks>;
    stop(): void;
    placeNow(postId: string): void;
    placeAll(): void;
  } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: HighlighterOptions,
  ) {
    this.painter = createPainter(doc, options);
    this.card = new Card(doc, options.signal, () => this.scheduleHide());
    options.signal.addEventListener(
      'abort',
      () => {
        this.marks = null;
        this.clear();
      },
      { once: true },
    );
  }

  get enabled(): boolean {
    return this.on;
  }

  /** The marks to show; painted at once when highlights are on. */
  update(marks: PageMarks | null): void {
    this.marks = marks;
    if (this.on) this.paint();
    else this.setCount(0);
  }

  get current(): PageMarks | null {
    return this.marks;
  }

  /** Turns highlights on (painting the current marks) or off (removing everything). */
  setEnabled(enabled: boolean): void {
    if (enabled) {
      this.on = true;
      this.paint();
    } else this.clear();
  }

  /** Removes every highlight, style, card and listener; the page is as it was. */
  clear(): void {
    this.paintRun++;
    this.stopLazy();
    this.on = false;
    this.painter.clear();
    this.card.remove();
    this.listening?.abort();
    this.listening = null;
    this.advice = [];
    this.saved.clear();
    this.orphans = [];
    this.orphanTexts.clear();
    this.activeIndex = -1;
    clearTimeout(this.hideTimer);
    this.setCount(0);
  }

  /**
   * True when a repaint could place more or must fix what is placed: an orphan's post
   * appeared or changed (lazy-loaded comments), or a painted passage left the page.
   */
  needsRepaint(): boolean {
    if (!this.on || !this.marks) return false;
    for (const [postId, text] of this.orphanTexts) {
      const el = this.options.postElement(postId);
      if ((el ? buildTextMap(el).text : null) !== text) return true;
    }
    return !this.painter.intact();
  }

  /** Adds a highlight just saved, repainting so it joins the others. */
  addSaved(highlight: Highlight): void {
    if (!this.marks) return;
    this.marks = { ...this.marks, highlights: [...this.marks.highlights, highlight] };
    if (this.on) this.paint();
  }

  removeSaved(id: string): void {
    if (!this.marks) return;
    this.marks = { ...this.marks, highlights: this.marks.highlights.filter((h) => h.id !== id) };
    if (this.on) this.paint();
  }

  state(): HighlightState {
    return {
      enabled: this.on,
      advice: this.on ? this.advice.length : 0,
      saved: this.on ? this.saved.size : 0,
      orphans: this.on ? [...this.orphans] : [],
    };
  }

  /**
   * Present on every thread page (0 while highlights are off), absent elsewhere, so an
   * automated check can tell "off" from "not a thread".
   */
  private setCount(n: number): void {
    const root = this.doc.documentElement;
    if (this.marks || this.on) root.dataset[COUNT_KEY] = String(n);
    else delete root.dataset[COUNT_KEY];
  }

  /**
   * Places the marks and paints them. Placing (each post's text map, its sentences found, their
   * ranges) runs in slices (lib/content/slices.ts): a small thread is placed and painted at once,
   * a 5,000-comment one over many short slices with the page free in between, and then painted
   * in one swap, so the page never shows half of a repaint. A newer paint or `clear` makes an
   * unfinished one drop its work.
   */
  private paint(): void {
    const run = ++this.paintRun;
    this.stopLazy();
    const marks = this.marks;
    if (!marks) {
      this.apply(null);
      return;
    }
    // `<mark>`s replace the page's text nodes: place on the page as it is without them.
    if (this.painter.mutatesPage) this.painter.clear();
    const stale = (): boolean => run !== this.paintRun || !this.on || this.options.signal.aborted;
    const ctx = new PlaceContext(marks, this.options.postElement);
    // (Not with `<mark>`s: adding some would rebuild the text nodes the others were placed on.)
    const near = marks.posts.length > EAGER_POSTS && !this.painter.mutatesPage ? this.nearViewport() : null;
    // A long thread: posts near the viewport first, the others as the reader comes to them.
    const now = startSlices(this.place(ctx, near ? [] : marks.posts), {
      budgetMs: this.options.sliceMs,
      stale,
    });
    const done = (p: Placement): void => {
      this.apply(p);
      if (near) this.startLazy(run, ctx, near);
    };
    if (now.done) done(now.value);
    else
      void now.rest
        .then((r) => {
          if (r.done && !stale()) done(r.value);
        })
        .catch(() => undefined);
  }

  /** Where the marks of `posts` and every saved highlight go on the page: in steps, a post at a time. */
  private *place(ctx: PlaceContext, posts: readonly PostMarks[]): Generator<void, Placement, void> {
    const out: Omit<Placement, 'commit'> = {
      items: [],
      advice: [],
      saved: new Map(),
      orphans: [],
      orphanTexts: new Map(),
    };
    for (const post of posts) {
      ctx.placePost(post, out.items, out.advice);
      yield;
    }
    for (const h of ctx.marks.highlights) {
      const map = ctx.mapOf(h.postId);
      const at = map && anchorQuote(map.text, h);
      const range = map && at && rangeFromOffsets(map, at.start, at.end);
      if (!range) {
        out.orphans.push(h.id);
        out.orphanTexts.set(h.postId, map?.text ?? null);
      } else {
        out.items.push({ key: `h:${h.id}`, range, style: { kind: 'saved' } });
        out.saved.set(`h:${h.id}`, h);
      }
      yield;
    }
    ctx.sort(out.advice);
    const commit = yield* this.painter.prepare(out.items);
    return { ...out, commit };
  }

  /** Replaces what is painted with a placement (nothing for null), in one go. */
  private apply(p: Placement | null): void {
    this.card.hide();
    this.advice = p?.advice ?? [];
    this.saved = p?.saved ?? new Map();
    this.orphans = p?.orphans ?? [];
    this.orphanTexts = p?.orphanTexts ?? new Map();
    this.activeIndex = -1;
    this.placed = p?.items.length ?? 0;
    if (!p || !this.marks) {
      this.painter.clear();
      this.setCount(0);
      return;
    }
    p.commit();
    this.setCount(this.placed);
    this.listen();
  }

  /** The default watch on posts coming near the viewport: an IntersectionObserver, where there is one. */
  private nearViewport(): NearViewport | null {
    if (this.options.nearViewport) return this.options.nearViewport;
    const Observer = this.doc.defaultView?.IntersectionObserver ?? globalThis.IntersectionObserver;
    if (typeof Observer !== 'function') return null;
    return (onNear) => {
      const observer = new Observer(
        (entries) => {
          const near = entries.filter((e) => e.isIntersecting).map((e) => e.target);
          for (const el of near) observer.unobserve(el);
          if (near.length) onNear(near);
        },
        { rootMargin: AHEAD },
      );
      return { watch: (el) => observer.observe(el), stop: () => observer.disconnect() };
    };
  }

  /**
   * Places the posts left unplaced as they come near the viewport (and all of them, in the
   * background, once the reader moves through the advice from the keyboard).
   */
  private startLazy(run: number, ctx: PlaceContext, near: NearViewport): void {
    const pending = new Map(ctx.marks.posts.map((p) => [p.postId, p]));
    const owners = new Map<Element, string[]>();
    const queue: string[] = [];
    let placing = false;
    const stale = (): boolean => run !== this.paintRun || !this.on || this.options.signal.aborted;
    const drain = (): void => {
      if (placing || !queue.length) return;
      placing = true;
      const items: PaintItem[] = [];
      const advice: AdviceSpot[] = [];
      const steps = (function* (): Generator<void, void, void> {
        while (queue.length) {
          const post = pending.get(queue.shift()!);
          if (post) {
            pending.delete(post.postId);
            ctx.placePost(post, items, advice);
          }
          yield;
        }
      })();
      void runInSlices(steps, { budgetMs: this.options.sliceMs, stale })
        .then((r) => {
          placing = false;
          if (!r.done || stale()) return;
          this.addPlaced(ctx, items, advice);
          drain();
        })
        .catch(() => undefined);
    };
    const watcher = near((elements) => {
      for (const el of elements) queue.push(...(owners.get(el) ?? []));
      drain();
    });
    this.lazy = {
      pending,
      stop: () => watcher.stop(),
      placeNow: (postId) => {
        const post = pending.get(postId);
        if (!post) return;
        pending.delete(postId);
        const items: PaintItem[] = [];
        const advice: AdviceSpot[] = [];
        ctx.placePost(post, items, advice);
        this.addPlaced(ctx, items, advice);
      },
      placeAll: () => {
        queue.push(...[...pending.keys()].sort((a, b) => ctx.orderOf(a) - ctx.orderOf(b)));
        drain();
      },
    };
    // Posts are handed to the watch between slices too (finding each one is a lookup).
    const register = (function* (): Generator<void, void, void> {
      for (const postId of pending.keys()) {
        const el = ctx.element(postId);
        if (el) {
          const ids = owners.get(el);
          if (ids) ids.push(postId);
          else {
            owners.set(el, [postId]);
            watcher.watch(el);
          }
        }
        yield;
      }
    })();
    void runInSlices(register, { budgetMs: this.options.sliceMs, stale }).catch(() => undefined);
  }

  /** Adds posts placed late to what is painted. */
  private addPlaced(ctx: PlaceContext, items: PaintItem[], advice: AdviceSpot[]): void {
    if (!items.length) return;
    const active = this.advice[this.activeIndex]?.key;
    this.advice = ctx.sort([...this.advice, ...advice]);
    if (active) this.activeIndex = this.advice.findIndex((a) => a.key === active);
    this.painter.add(items);
    this.placed += items.length;
    this.setCount(this.placed);
    this.listen();
  }

  private stopLazy(): void {
    this.lazy?.stop();
    this.lazy = null;
  }

  /** Hover listeners, only while something is painted. */
  private listen(): void {
    if (this.listening) return;
    const ctl = new AbortController();
    this.options.signal.addEventListener('abort', () => ctl.abort(), { once: true });
    this.listening = ctl;
    let pending = false;
    this.doc.addEventListener(
      'pointermove',
      (event) => {
        if (pending) return;
        pending = true;
        // One hit test per frame at most: the page must stay smooth.
        requestAnimationFrame(() => {
          pending = false;
          this.onPointer(event);
        });
      },
      { signal: ctl.signal, passive: true },
    );
    // Keyboard readers: focusing a link inside a highlighted sentence shows its card too.
    this.doc.addEventListener(
      'focusin',
      (event) => {
        if (this.card.contains(event) || !(event.target instanceof Node)) return;
        const key = this.painter.keyAtNode(event.target);
        if (key && key !== this.hoverKey) {
          clearTimeout(this.hideTimer);
          this.hoverKey = key;
          this.showCard(key, false);
        }
      },
      { signal: ctl.signal },
    );
  }

  private onPointer(event: PointerEvent): void {
    if (this.card.contains(event)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const key = this.painter.keyAt(event);
    if (key) {
      clearTimeout(this.hideTimer);
      if (key !== this.hoverKey || !this.card.visible) {
        this.showCard(key, false, { x: event.clientX, y: event.clientY });
      }
      this.hoverKey = key;
    } else if (this.card.visible) {
      this.scheduleHide();
    }
  }

  private scheduleHide(ms = 400): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      this.card.hide();
      this.hoverKey = null;
    }, ms);
  }

  private contentFor(key: string): CardContent | null {
    const saved = this.saved.get(key);
    if (saved) {
      return {
        title: 'Your highlight',
        swatch: SAVED_BACKGROUND,
        lines: [],
        actions: [{ label: 'Delete', run: () => this.options.onDelete(saved.id) }],
      };
    }
    const spot = this.advice.find((a) => a.key === key);
    const text = spot && this.marks && adviceCardText(this.marks, spot.postId, spot.suggestionIds);
    if (!text) return null;
    const { suggestion, next } = text;
    return {
      title: suggestion.label,
      swatch: colourOf(suggestion.colour),
      lines: text.lines,
      actions: next
        ? [{ label: `Next: ${next.author} ›`, run: () => this.jumpTo(suggestion, next.postId) }]
        : [],
    };
  }

  private jumpTo(s: MarkSuggestion, postId: string): void {
    this.lazy?.placeNow(postId);
    this.options.scrollToPost(postId);
    const index = this.advice.findIndex((a) => a.postId === postId && a.suggestionIds.includes(s.id));
    if (index === -1) {
      this.card.hide();
      return;
    }
    this.focusAdvice(index);
  }

  /**
   * Shows the card for a highlight: under the line the pointer is on (at the pointer), or
   * under the whole passage when the keyboard went there, so it never hides what was read.
   */
  private showCard(key: string, focus: boolean, pointer?: { x: number; y: number }): void {
    const content = this.contentFor(key);
    const rects = this.painter.rectsOf(key);
    if (!content || !rects.length) return;
    const line = pointer && rects.find((r) => pointer.y >= r.top && pointer.y <= r.bottom);
    const rect = line
      ? new DOMRect(pointer.x, line.top, 0, line.height)
      : new DOMRect(
          Math.min(...rects.map((r) => r.left)),
          Math.min(...rects.map((r) => r.top)),
          0,
          Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)),
        );
    this.card.show(content, rect, focus);
  }

  private focusAdvice(index: number): void {
    const spot = this.advice[index];
    if (!spot) return;
    this.activeIndex = index;
    this.painter.setActive(spot.key);
    const rects = this.painter.rectsOf(spot.key);
    const rect = rects[0];
    // Only scroll when the sentence is out of view: a jump must not move what is already seen.
    const view = this.doc.defaultView;
    if (rect && view && (rect.top < 0 || rect.bottom > view.innerHeight)) {
      view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    }
    this.hoverKey = spot.key;
    this.showCard(spot.key, true);
  }

  /** A short message in the card, beside `rect` (why a save did nothing, for instance). */
  notice(text: string, rect: DOMRect): void {
    this.card.show({ title: 'Threadwise', swatch: SAVED_BACKGROUND, lines: [text], actions: [] }, rect);
    this.scheduleHide(4000);
  }

  /** Keyboard: the next (1) or previous (-1) advice sentence, wrapping round. */
  move(direction: 1 | -1): boolean {
    // The keyboard goes through the whole thread: the posts not placed yet follow in the background.
    if (this.on && this.lazy?.pending.size) this.lazy.placeAll();
    if (!this.on || !this.advice.length) return false;
    const n = this.advice.length;
    const next =
      this.activeIndex === -1 ? (direction === 1 ? 0 : n - 1) : (this.activeIndex + direction + n) % n;
    this.focusAdvice(next);
    return true;
  }

  /** The current selection as a highlight of the post it starts in. */
  capture(selection: Selection | null): CaptureResult {
    const marks = this.marks;
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return { ok: false, reason: 'no-selection' };
    }
    if (!marks) return { ok: false, reason: 'outside-post' };
    const range = selection.getRangeAt(0);
    const start0 = range.startContainer;
    // Nested replies sit inside their parent's element: the innermost post is the one.
    let found: { postId: string; el: Element } | null = null;
    for (const postId of marks.postIds) {
      const el = this.options.postElement(postId);
      if (!el || !(el === start0 || el.contains(start0))) continue;
      if (!found || found.el.contains(el)) found = { postId, el };
    }
    if (found) {
      const map = buildTextMap(found.el);
      let start = offsetOfPoint(map, range.startContainer, range.startOffset);
      let end = offsetOfPoint(map, range.endContainer, range.endOffset);
      // A selection running past the post's end keeps only the post's part.
      if (end === -1) end = map.text.length;
      while (start < end && map.text[start] === ' ') start++;
      while (end > start && map.text[end - 1] === ' ') end--;
      if (start < 0 || end <= start) return { ok: false, reason: 'no-selection' };
      return {
        ok: true,
        draft: { threadId: marks.threadId, postId: found.postId, ...describeQuote(map.text, start, end) },
      };
    }
    return { ok: false, reason: 'outside-post' };
  }
}
