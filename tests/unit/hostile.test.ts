import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { AnalyzeOutput, Post } from '@/lib/model';
import { analyzePage } from '@/lib/pipeline';
import { recognise } from '@/lib/sites/registry';
import { cases } from '../fixtures/hostile/cases';

type Recognised = Extract<AnalyzeOutput, { recognised: true }>;

function run(html: string, url: string): Recognised {
  const { document } = parseHTML(html);
  let out: AnalyzeOutput;
  try {
    out = analyzePage(document as unknown as Document, new URL(url));
  } catch (e) {
    // The payloads make huge messages (a 100,000-character word): report where, not what.
    const err = e instanceof Error ? e : new Error(String(e));
    throw new Error(
      `${err.message.slice(0, 120)}… at\n${(err.stack ?? '').split('\n').slice(1, 6).join('\n')}`,
    );
  }
  if (!out.recognised) throw new Error(`${url}: not recognised as a thread`);
  return out;
}

/** A link the extension may show: http(s), on the host the page was served from. */
function expectOwnHttpLink(href: string, pageUrl: string, what: string): void {
  const u = new URL(href);
  expect(['http:', 'https:'], `${what}: ${href}`).toContain(u.protocol);
  expect(u.hostname, `${what}: ${href}`).toBe(new URL(pageUrl).hostname);
}

describe('hostile pages through the pipeline (linkedom)', () => {
  it('has at least 30 cases, each with a distinct URL and a description', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.url)).size).toBe(cases.length);
    for (const c of cases) expect(c.tries.length).toBeGreaterThan(10);
  });

  for (const c of cases) {
    it(`${c.markup} ${c.name}: ${c.tries}`, () => {
      let out: Recognised | undefined;
      expect(() => (out = run(c.html(), c.url))).not.toThrow();
      const { thread, suggestions } = out!;
      expect(out!.site).toBe(c.markup === 'metafilter' ? 'metafilter' : 'stackexchange');

      // The thread stays the page it was read from, whatever its canonical says.
      expect(thread.url).toBe(c.url);
      const posts: Post[] = [thread.question, ...thread.answers];
      for (const p of posts) {
        expectOwnHttpLink(p.permalink, c.url, `permalink of ${p.id}`);
        for (const field of [p.id, p.author, p.text]) expect(typeof field).toBe('string');
      }

      // The hostile material never costs the thread its ordinary answers (ids …01 to …04).
      const base = c.hostileId.slice(0, -2);
      const ids = thread.answers.map((a) => a.id);
      for (const n of ['01', '02', '03', '04']) expect(ids).toContain(base + n);

      if (c.unsafePermalink) {
        // Kept, with a link that still lands on its own thread.
        const post = thread.answers.find((a) => a.id === c.hostileId);
        expect(post, `post ${c.hostileId} kept`).toBeDefined();
        expect(post!.permalink).toBe(c.url);
      }

      if (c.keepsText) {
        // Markup characters in the page's text stay characters: the views show them as text.
        const all = [thread.title, ...posts.flatMap((p) => [p.author, p.text])].join('\n');
        expect(all.includes(c.keepsText), `"${c.keepsText}" in the thread's text`).toBe(true);
      }

      expect(suggestions.length).toBeGreaterThan(0);
      for (const s of suggestions) {
        expect(typeof s.label).toBe('string');
        expect(s.label.trim()).not.toBe('');
        for (const p of s.supporters) {
          expect(typeof p.quote).toBe('string');
          expect(typeof p.author).toBe('string');
          expectOwnHttpLink(p.permalink, c.url, `supporter ${p.postId} of "${s.label}"`);
          for (const sentence of p.sentences ?? []) expect(typeof sentence).toBe('string');
        }
      }
      // Everything crosses message boundaries and lands in IndexedDB: plain JSON, unchanged.
      expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    });
  }

  it('keeps only http(s) links from post text (what the content script sends)', () => {
    let seen = 0;
    for (const c of cases) {
      const { document } = parseHTML(c.html());
      const found = recognise(document as unknown as Document, new URL(c.url));
      expect(found, c.name).not.toBeNull();
      for (const p of [found!.thread.question, ...found!.thread.answers]) {
        for (const link of p.links ?? []) {
          seen++;
          expect(['http:', 'https:'], `${c.name}: ${link}`).toContain(new URL(link).protocol);
        }
      }
    }
    // The corpus does carry links (the blob:/data:/javascript: ones are the ones dropped).
    expect(seen).toBeGreaterThan(0);
  });
});
