// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPostElement, scrollToPost } from '@/lib/content/scroll';
import { vbulletin } from '@/lib/sites/vbulletin';
import { xenforo } from '@/lib/sites/xenforo';

/** One of our own site pages as the browser holds it. */
function page(name: string): Document {
  const html = readFileSync(resolve(__dirname, '../../fixtures/sites', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('a click in the popup scrolls to the answer', () => {
  it.each([
    ['xenforo-question-thread.html', '500107', xenforo],
    ['vbulletin-5-thread.html', '51207', vbulletin],
    ['vbulletin-4-showthread.html', '880004', vbulletin],
  ])('on %s, found by its site adapter where the generic lookup misses it', (file, postId, adapter) => {
    const doc = page(file);
    // Anchors, ids and data attributes do not name these posts by their ids…
    expect(findPostElement(doc, postId)).toBeNull();
    expect(scrollToPost(doc, postId)).toBe(false);
    // …their adapter does, as the content script's session asks it.
    expect(scrollToPost(doc, postId, (id) => adapter.postBody!(doc, id))).toBe(true);
  });
});
