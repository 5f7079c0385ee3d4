/**
 * A post element's text as one normalised string (whitespace runs collapsed to one space,
 * a space at line breaks and block edges), with a map from every character back to its
 * text node and offset. Anchoring works on the string (lib/highlight/anchor.ts); this file
 * turns offsets into DOM ranges and DOM ranges into offsets.
 */
import { isSpace } from '../../whitespace';
import { OWN_ATTR } from '../own-nodes';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'button', 'svg']);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements of our own inside a page (the card host) are never part of a post's text. */
export { OWN_ATTR };

export interface TextMap {
  root: Element;
  text: string;
  /** Text nodes in document order. */
  nodes: Text[];
  /** Per character of `text`: index into `nodes`, or -1 for a space standing for a break. */
  charNode: Int32Array;
  /** Per character: offset in its node (for a break space: the next real character's index in `text`). */
  charOffset: Int32Array;
}

/** Scratch space shared by every build (maps are built one at a time): one exact copy each is kept. */
let scratchNodeOf = new Int32Array(1024);
let scratchOffsetOf = new Int32Array(1024);

class MapBuilder {
  readonly nodes: Text[] = [];
  text = '';
  length = 0;
  nodeOf = scratchNodeOf;
  offsetOf = scratchOffsetOf;
  /** The last character is a space (true at the start: no leading space). */
  private lastSpace = true;

  private room(n: number): void {
    if (this.length + n <= this.nodeOf.length) return;
    let size = this.nodeOf.length * 2;
    while (size < this.length + n) size *= 2;
    const nodeOf = new Int32Array(size);
    const offsetOf = new Int32Array(size);
    nodeOf.set(this.nodeOf.subarray(0, this.length));
    offsetOf.set(this.offsetOf.subarray(0, this.length));
    this.nodeOf = scratchNodeOf = nodeOf;
    this.offsetOf = scratchOffsetOf = offsetOf;
  }

  lineBreak(): void {
    if (this.lastSpace) return;
    this.room(1);
    this.nodeOf[this.length] = -1;
    this.offsetOf[this.length] = -1;
    this.length++;
    this.text += ' ';
    this.lastSpace = true;
  }

  add(t: Text): void {
    const data = t.data;
    const node = this.nodes.push(t) - 1;
    this.room(data.length);
    const nodeOf = this.nodeOf;
    const offsetOf = this.offsetOf;
    let length = this.length;
    let lastSpace = this.lastSpace;
    // The node's text as it goes into the map: built only when it differs from the node's own
    // (a whitespace run to collapse, a line break to turn into a space); no garbage otherwise.
    let same = true;
    let out = '';
    let copied = 0;
    const size = data.length;
    for (let k = 0; k < size; k++) {
      const c = data.charCodeAt(k);
      if (!isSpace(c)) {
        nodeOf[length] = node;
        offsetOf[length] = k;
        length++;
        lastSpace = false;
        continue;
      }
      if (lastSpace) {
        // More whitespace in a run: left out.
        out += data.slice(copied, k);
        copied = k + 1;
        same = false;
        continue;
      }
      // A run of whitespace is one space, standing at the run's first character.
      nodeOf[length] = node;
      offsetOf[length] = k;
      length++;
      lastSpace = true;
      if (c !== 32) {
        out += data.slice(copied, k) + ' ';
        copied = k + 1;
        same = false;
      }
    }
    this.text += same ? data : out + data.slice(copied);
    this.length = length;
    this.lastSpace = lastSpace;
  }

  walk(parent: Node): void {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === 3) {
        this.add(node as Text);
        continue;
      }
      if (type !== 1) continue;
      const el = node as Element;
      const tag = el.localName;
      if (SKIP.has(tag) || el.hasAttribute(OWN_ATTR)) continue;
      const block = BLOCK.has(tag);
      if (block) this.lineBreak();
      this.walk(el);
      if (block) this.lineBreak();
    }
  }
}

export function buildTextMap(root: Element): TextMap {
  return build(root, false);
}

/**
 * A text map whose character arrays are shared scratch space, valid only until the next map is
 * built: for a map used at once and dropped (placing a post's highlights), which then leaves
 * no garbage of its size behind.
 */
export function buildTransientTextMap(root: Element): TextMap {
  return build(root, true);
}

function build(root: Element, transient: boolean): TextMap {
  const b = new MapBuilder();
  b.walk(root);
  // Trim the trailing space so the text equals `normaliseText` of the same words.
  let length = b.length;
  while (length > 0 && b.text.charCodeAt(length - 1) === 32) length--;
  const charNode = transient ? b.nodeOf.subarray(0, length) : b.nodeOf.slice(0, length);
  const charOffset = transient ? b.offsetOf.subarray(0, length) : b.offsetOf.slice(0, length);
  // Break spaces point at the next real character, for range starts.
  for (let i = length - 1, next = length; i >= 0; i--) {
    if (charNode[i] === -1) charOffset[i] = next;
    else next = i;
  }
  return {
    root,
    text: length === b.text.length ? b.text : b.text.slice(0, length),
    nodes: b.nodes,
    charNode,
    charOffset,
  };
}

/** First real (node-backed) character at or after `i`, or -1. */
function realAtOrAfter(map: TextMap, i: number): number {
  const n = map.text.length;
  for (let k = i; k < n; k++) if (map.charNode[k]! >= 0) return k;
  return -1;
}

/** Last real character at or before `i`, or -1. */
function realAtOrBefore(map: TextMap, i: number): number {
  for (let k = Math.min(i, map.text.length - 1); k >= 0; k--) if (map.charNode[k]! >= 0) return k;
  return -1;
}

/** The DOM range of `text.slice(start, end)`, or null for an empty or out-of-range span. */
export function rangeFromOffsets(map: TextMap, start: number, end: number): Range | null {
  if (start < 0 || end > map.text.length || end <= start) return null;
  const first = realAtOrAfter(map, start);
  const last = realAtOrBefore(map, end - 1);
  if (first === -1 || last === -1 || last < first) return null;
  const range = map.root.ownerDocument.createRange();
  range.setStart(map.nodes[map.charNode[first]!]!, map.charOffset[first]!);
  range.setEnd(map.nodes[map.charNode[last]!]!, map.charOffset[last]! + 1);
  return range;
}

/**
 * The offset in `map.text` of a DOM boundary point: the index of the first character at or
 * after it. -1 when the point lies outside the map's root.
 */
export function offsetOfPoint(map: TextMap, container: Node, offset: number): number {
  if (container !== map.root && !map.root.contains(container)) return -1;
  let firstNode: number;
  let minOffset = 0;
  if (container.nodeType === 3) {
    firstNode = map.nodes.indexOf(container as Text);
    minOffset = offset;
    if (firstNode === -1) return -1;
  } else {
    const child = container.childNodes[offset] ?? null;
    firstNode = map.nodes.findIndex((t) =>
      child
        ? child === t ||
          child.contains(t) ||
          (child.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
        : !container.contains(t) &&
          (container.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    );
    if (firstNode === -1) return map.text.length;
  }
  const size = map.text.length;
  for (let i = 0; i < size; i++) {
    const n = map.charNode[i]!;
    if (n > firstNode || (n === firstNode && map.charOffset[i]! >= minOffset)) return i;
  }
  return map.text.length;
}
