/**
 * A post element's text as one normalised string (whitespace runs collapsed to one space,
 * a space at line breaks and block edges), with a map from every character back to its
 * text node and offset. Anchoring works on the string (lib/highlight/anchor.ts); this file
 * turns offsets into DOM ranges and DOM ranges into offsets.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'BUTTON', 'SVG']);
const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;

/** Elements of our own inside a page (the card host) are never part of a post's text. */
export const OWN_ATTR = 'data-threadwise-own';

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

const isSpace = (c: string): boolean => /[\s\u00a0]/.test(c);

export function buildTextMap(root: Element): TextMap {
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const lastIsSpace = (): boolean => chars.length === 0 || chars[chars.length - 1] === ' ';
  const pushBreak = (): void => {
    if (!lastIsSpace()) {
      chars.push(' ');
      nodeOf.push(-1);
      offsetOf.push(-1);
    }
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const t = node as Text;
      const data = t.data;
      const index = nodes.push(t) - 1;
      for (let i = 0; i < data.length; i++) {
        const c = data[i]!;
        if (isSpace(c)) {
          if (lastIsSpace()) continue;
          chars.push(' ');
        } else chars.push(c);
        nodeOf.push(index);
        offsetOf.push(i);
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.hasAttribute(OWN_ATTR)) return;
    const block = BLOCK.test(tag);
    if (block) pushBreak();
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) pushBreak();
  };
  for (let c = root.firstChild; c; c = c.nextSibling) walk(c);
  // Trim the trailing space so the text equals `normaliseText` of the same words.
  while (chars.length && chars[chars.length - 1] === ' ') {
    chars.pop();
    nodeOf.pop();
    offsetOf.pop();
  }
  // Break spaces point at the next real character, for range starts.
  for (let i = chars.length - 1, next = chars.length; i >= 0; i--) {
    if (nodeOf[i] === -1) offsetOf[i] = next;
    else next = i;
  }
  return {
    root,
    text: chars.join(''),
    nodes,
    charNode: Int32Array.from(nodeOf),
    charOffset: Int32Array.from(offsetOf),
  };
}

/** First real (node-backed) character at or after `i`, or -1. */
function realAtOrAfter(map: TextMap, i: number): number {
  for (let k = i; k < map.text.length; k++) if (map.charNode[k]! >= 0) return k;
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
  for (let i = 0; i < map.text.length; i++) {
    const n = map.charNode[i]!;
    if (n > firstNode || (n === firstNode && map.charOffset[i]! >= minOffset)) return i;
  }
  return map.text.length;
}
