/**
 * Painting with the CSS Custom Highlight API: ranges go into `CSS.highlights`, one
 * `Highlight` per colour, styled by `::highlight()` rules in one style element of our own.
 * The page's DOM is not touched, so nothing can shift or break.
 */
import { ACTIVE_DECORATION, PALETTE, SAVED_BACKGROUND, SAVED_DECORATION } from './palette';
import type { PaintItem, PaintStyle, Painter } from './paint';
import { runToEnd } from '../../sites/reading';
import { OWN_ATTR } from '../own-nodes';

const PREFIX = 'threadwise';
const nameOf = (style: PaintStyle): string =>
  style.kind === 'saved' ? `${PREFIX}-saved` : `${PREFIX}-c${style.colour % PALETTE.length}`;

interface HighlightRegistryLike {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => { priority: number; add(range: Range): unknown };

/** Ranges handed to the browser's highlights between two pauses of `prepare`. */
const PAINT_BATCH = 100;

/** The Custom Highlight API of the document's window, when it has one. */
export function highlightApi(doc: Document): { registry: HighlightRegistryLike; Ctor: HighlightCtor } | null {
  const win = doc.defaultView as unknown as {
    Highlight?: HighlightCtor;
    CSS?: { highlights?: HighlightRegistryLike };
  } | null;
  const css = win?.CSS;
  if (!css?.highlights || typeof win?.Highlight !== 'function') return null;
  return { registry: css.highlights, Ctor: win.Highlight };
}

function styleSheet(): string {
  const rules = PALETTE.map((bg, i) => `::highlight(${PREFIX}-c${i}) { background-color: ${bg}; }`);
  rules.push(
    `::highlight(${PREFIX}-saved) { background-color: ${SAVED_BACKGROUND}; text-decoration: ${SAVED_DECORATION}; }`,
    `::highlight(${PREFIX}-active) { text-decoration: ${ACTIVE_DECORATION}; }`,
  );
  return rules.join('\n');
}

/** Caret position under a point, with either API the browser has. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export class CustomHighlightPainter implements Painter {
  readonly mutatesPage = false;
  private style: HTMLStyleElement | null = null;
  private names = new Set<string>();
  private items = new Map<string, PaintItem>();
  /** The highlight of each style name (not the active one). */
  private groups = new Map<string, InstanceType<HighlightCtor>>();

  constructor(
    private readonly doc: Document,
    private readonly api: { registry: HighlightRegistryLike; Ctor: HighlightCtor },
  ) {}

  paint(items: PaintItem[]): void {
    runToEnd(this.prepare(items))();
  }

  *prepare(items: PaintItem[]): Generator<void, () => void, void> {
    const byKey = new Map<string, PaintItem>();
    const groups = new Map<string, InstanceType<HighlightCtor>>();
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      byKey.set(item.key, item);
      this.groupOf(groups, nameOf(item.style)).add(item.range);
      if (i % PAINT_BATCH === PAINT_BATCH - 1) yield;
    }
    return () => {
      this.clearHighlights();
      this.ensureStyle();
      this.items = byKey;
      this.groups = groups;
      for (const [name, h] of groups) {
        this.api.registry.set(name, h);
        this.names.add(name);
      }
    };
  }

  add(items: PaintItem[]): void {
    this.ensureStyle();
    for (const item of items) {
      this.items.set(item.key, item);
      const name = nameOf(item.style);
      const fresh = !this.groups.has(name);
      const h = this.groupOf(this.groups, name);
      h.add(item.range);
      if (fresh) {
        this.api.registry.set(name, h);
        this.names.add(name);
      }
    }
  }

  private groupOf(
    groups: Map<string, InstanceType<HighlightCtor>>,
    name: string,
  ): InstanceType<HighlightCtor> {
    let h = groups.get(name);
    if (!h) {
      h = new this.api.Ctor();
      // Saved highlights sit above advice colours where they overlap.
      h.priority = name.endsWith('saved') ? 1 : 0;
      groups.set(name, h);
    }
    return h;
  }

  private ensureStyle(): void {
    if (this.style) return;
    this.style = this.doc.createElement('style');
    this.style.setAttribute(OWN_ATTR, '');
    this.style.textContent = styleSheet();
    (this.doc.head ?? this.doc.documentElement).append(this.style);
  }

  setActive(key: string | null): void {
    const name = `${PREFIX}-active`;
    this.api.registry.delete(name);
    this.names.delete(name);
    const item = key ? this.items.get(key) : undefined;
    if (!item) return;
    const h = new this.api.Ctor(item.range);
    h.priority = 2;
    this.api.registry.set(name, h);
    this.names.add(name);
  }

  keyAt(event: MouseEvent): string | null {
    const caret = caretAt(this.doc, event.clientX, event.clientY);
    if (!caret) return null;
    let found: string | null = null;
    for (const [key, item] of this.items) {
      try {
        // Later items paint over earlier ones, so the last hit wins.
        if (item.range.isPointInRange(caret.node, caret.offset)) found = key;
      } catch {
        /* a point in another document or a doctype: not ours */
      }
    }
    return found;
  }

  rectsOf(key: string): DOMRect[] {
    const range = this.items.get(key)?.range;
    return range ? [...range.getClientRects()] : [];
  }

  keyAtNode(node: Node): string | null {
    let found: string | null = null;
    for (const [key, item] of this.items) {
      if (item.range.intersectsNode(node)) found = key;
    }
    return found;
  }

  intact(): boolean {
    // Live ranges collapse when the page removes the text they covered.
    for (const item of this.items.values()) {
      if (item.range.collapsed || !item.range.startContainer.isConnected) return false;
    }
    return true;
  }

  private clearHighlights(): void {
    for (const name of this.names) this.api.registry.delete(name);
    this.names.clear();
    this.items = new Map();
    this.groups = new Map();
  }

  clear(): void {
    this.clearHighlights();
    this.style?.remove();
    this.style = null;
  }
}
