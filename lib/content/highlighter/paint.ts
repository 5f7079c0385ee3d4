/**
 * Paints ranges on the page, two ways behind one interface:
 * - the CSS Custom Highlight API where the browser has it: ranges are registered with
 *   `CSS.highlights` and styled with `::highlight()`; the page's DOM is not touched;
 * - elsewhere, inline `<mark>` elements that replace the text nodes they cover, with the
 *   original nodes kept aside so removal puts back exactly the nodes that were there.
 */
import { CustomHighlightPainter, highlightApi } from './custom-painter';
import { MarkPainter } from './mark-painter';

export type PaintStyle = { kind: 'advice'; colour: number } | { kind: 'saved' };

export interface PaintItem {
  /** Unique per highlight; what hit-testing returns. */
  key: string;
  range: Range;
  style: PaintStyle;
}

export interface Painter {
  /**
   * Whether painting changes the page's nodes (`<mark>`s replace text nodes): ranges must then
   * be placed on the page with nothing painted, not on the previous painting's nodes.
   */
  readonly mutatesPage: boolean;
  /** Replaces whatever is painted with `items` (later items paint over earlier ones). */
  paint(items: PaintItem[]): void;
  /**
   * `paint` in two parts: the work of getting `items` ready, in steps (thousands of ranges
   * are handed to the browser between pauses), then a commit that swaps them in at once.
   */
  prepare(items: PaintItem[]): Generator<void, () => void, void>;
  /** Paints more items beside what is painted (posts of a long thread placed later). */
  add(items: PaintItem[]): void;
  /** Marks one highlight as the current one (or none). */
  setActive(key: string | null): void;
  /** The highlight under a pointer event, if any. */
  keyAt(event: MouseEvent): string | null;
  /** The highlight over (part of) an element, e.g. a link the keyboard focused. */
  keyAtNode(node: Node): string | null;
  /** The boxes of a highlight's lines, in viewport coordinates (empty when it is not painted). */
  rectsOf(key: string): DOMRect[];
  /** False when something painted has left the page (the page replaced its text). */
  intact(): boolean;
  /** Removes every highlight and the styles. */
  clear(): void;
}

export interface PainterOptions {
  /** Force the `<mark>` fallback (tests, and browsers whose highlight API misbehaves). */
  fallback?: boolean;
}

export function createPainter(doc: Document, options: PainterOptions = {}): Painter {
  const api = options.fallback ? null : highlightApi(doc);
  return api ? new CustomHighlightPainter(doc, api) : new MarkPainter(doc);
}
