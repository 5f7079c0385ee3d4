/**
 * Painting with inline `<mark>` elements, for browsers without the Custom Highlight API.
 * Each covered text node is replaced by pieces (plain text and marks); the original node is
 * kept aside and put back on removal, so the page gets exactly its own nodes again.
 */
import { ACTIVE_OUTLINE, SAVED_BACKGROUND, SAVED_DECORATION, colourOf } from './palette';
import type { PaintItem, PaintStyle, Painter } from './paint';
import { OWN_ATTR, markOwn } from '../own-nodes';

/** One replaced text node: the original, kept aside, and the nodes standing in for it. */
interface Replacement {
  original: Text;
  parts: Node[];
}

const MARK_ATTR = 'data-threadwise-mark';
const SKIP_PARENT = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|SELECT|OPTION|TITLE)$/;

/** Text nodes a range covers, with the covered part of each. */
function segmentsOf(range: Range): { node: Text; start: number; end: number }[] {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const out: { node: Text; start: number; end: number }[] = [];
  const visit = (t: Text): void => {
    if (!range.intersectsNode(t)) return;
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.data.length;
    const parent = t.parentElement;
    if (end <= start || !parent || SKIP_PARENT.test(parent.tagName.toUpperCase())) return;
    if (parent.closest(`[${OWN_ATTR}]`)) return;
    // Whitespace between blocks would put an inline element where the page has none.
    if (!t.data.slice(start, end).trim()) return;
    out.push({ node: t, start, end });
  };
  if (root.nodeType === 3) {
    visit(root as Text);
    return out;
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) visit(n as Text);
  return out;
}

export class MarkPainter implements Painter {
  readonly mutatesPage = true;
  private replacements: Replacement[] = [];
  private marks = new Map<string, HTMLElement[]>();
  private active: string | null = null;

  constructor(private readonly doc: Document) {}

  /** Everything painted, for `add` (which paints it all again with the new items). */
  private painted: PaintItem[] = [];

  add(items: PaintItem[]): void {
    this.paint([...this.painted, ...items]);
  }

  paint(items: PaintItem[]): void {
    this.clear();
    this.painted = [...items];
    // Every cut point per text node, and which items cover each piece between cuts.
    const perNode = new Map<
      Text,
      { cuts: Set<number>; spans: { start: number; end: number; item: PaintItem }[] }
    >();
    for (const item of items) {
      for (const seg of segmentsOf(item.range)) {
        let entry = perNode.get(seg.node);
        if (!entry) perNode.set(seg.node, (entry = { cuts: new Set([0, seg.node.data.length]), spans: [] }));
        entry.cuts.add(seg.start).add(seg.end);
        entry.spans.push({ start: seg.start, end: seg.end, item });
      }
    }
    for (const [node, { cuts, spans }] of perNode) {
      const parent = node.parentNode;
      if (!parent) continue;
      const points = [...cuts].sort((a, b) => a - b);
      const parts: Node[] = [];
      for (let i = 0; i + 1 < points.length; i++) {
        const [a, b] = [points[i]!, points[i + 1]!];
        const text = this.doc.createTextNode(node.data.slice(a, b));
        const covering = spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.item);
        if (!covering.length) {
          parts.push(text);
          continue;
        }
        const mark = this.doc.createElement('mark');
        mark.setAttribute(MARK_ATTR, covering.map((c) => c.key).join(' '));
        this.styleMark(mark, covering[covering.length - 1]!.style);
        mark.append(text);
        for (const c of covering) this.marks.set(c.key, [...(this.marks.get(c.key) ?? []), mark]);
        parts.push(mark);
      }
      // The page's watchers must not take our marks for the page changing.
      markOwn(node, ...parts);
      for (const p of parts) parent.insertBefore(p, node);
      parent.removeChild(node);
      this.replacements.push({ original: node, parts });
    }
  }

  // eslint-disable-next-line require-yield -- the marks go in at once, when committed
  *prepare(items: PaintItem[]): Generator<void, () => void, void> {
    return () => this.paint(items);
  }

  private styleMark(mark: HTMLElement, style: PaintStyle): void {
    const s = mark.style;
    // Page CSS may style <mark>; these keep the box exactly as the plain text's.
    for (const prop of ['padding', 'margin', 'border', 'border-radius', 'box-shadow', 'outline']) {
      s.setProperty(
        prop,
        prop === 'border' || prop === 'box-shadow' || prop === 'outline' ? 'none' : '0',
        'important',
      );
    }
    s.setProperty('display', 'inline', 'important');
    s.setProperty('color', 'inherit', 'important');
    s.setProperty('font', 'inherit', 'important');
    s.setProperty(
      'background-color',
      style.kind === 'saved' ? SAVED_BACKGROUND : colourOf(style.colour),
      'important',
    );
    if (style.kind === 'saved') s.setProperty('text-decoration', SAVED_DECORATION, 'important');
  }

  setActive(key: string | null): void {
    for (const m of this.marks.get(this.active ?? '') ?? [])
      m.style.setProperty('outline', 'none', 'important');
    this.active = key;
    // An outline takes no layout space, unlike a border.
    for (const m of this.marks.get(key ?? '') ?? [])
      m.style.setProperty('outline', ACTIVE_OUTLINE, 'important');
  }

  keyAt(event: MouseEvent): string | null {
    const target = event.target as Element | null;
    const mark = target?.closest?.(`mark[${MARK_ATTR}]`);
    const keys = mark?.getAttribute(MARK_ATTR)?.split(' ') ?? [];
    return keys[keys.length - 1] ?? null;
  }

  rectsOf(key: string): DOMRect[] {
    return (this.marks.get(key) ?? []).flatMap((m) => [...m.getClientRects()]);
  }

  keyAtNode(node: Node): string | null {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const mark = el?.closest(`mark[${MARK_ATTR}]`) ?? el?.querySelector(`mark[${MARK_ATTR}]`);
    const keys = mark?.getAttribute(MARK_ATTR)?.split(' ') ?? [];
    return keys[keys.length - 1] ?? null;
  }

  intact(): boolean {
    for (const list of this.marks.values()) if (list.some((m) => !m.isConnected)) return false;
    return true;
  }

  clear(): void {
    // Newest first, so nested replacements unwind in order.
    for (const { original, parts } of this.replacements.reverse()) {
      const first = parts.find((p) => p.parentNode);
      if (!first?.parentNode) continue;
      first.parentNode.insertBefore(original, first);
      for (const p of parts) p.parentNode?.removeChild(p);
    }
    this.replacements = [];
    this.marks.clear();
    this.active = null;
    this.painted = [];
  }
}
