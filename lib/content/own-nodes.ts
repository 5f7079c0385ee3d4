/**
 * What the content script itself writes into a page: its own elements carry `OWN_ATTR` (the
 * style element, the card's host), and nodes the `<mark>` painter inserts or takes out are
 * remembered here. Observers of the page (lib/content/watch.ts, the extraction's change guard)
 * ignore mutations made only of such nodes: the extension's own writes are not the page changing.
 */

/** Marks an element of our own inside a page; never part of a post's text. */
export const OWN_ATTR = 'data-threadwise-own';

const written = new WeakSet<Node>();

/** Remembers nodes the content script put into the page or took out of it. */
export function markOwn(...nodes: Node[]): void {
  for (const n of nodes) written.add(n);
}

/** A node of our own: remembered, or an element of ours, or inside one. */
export function isOwnNode(node: Node): boolean {
  if (written.has(node)) return true;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest?.(`[${OWN_ATTR}]`) != null;
}

/** Whether a batch of mutation records changed the page's tree: nodes added or removed other than ours. */
export function pageTreeChanged(records: readonly MutationRecord[]): boolean {
  for (const r of records) {
    if (r.type !== 'childList' || isOwnNode(r.target)) continue;
    for (const n of Array.from(r.addedNodes)) if (!isOwnNode(n)) return true;
    // A removed node is detached: only what we remembered (or our own elements) is ours.
    for (const n of Array.from(r.removedNodes)) if (!isOwnNode(n)) return true;
  }
  return false;
}
