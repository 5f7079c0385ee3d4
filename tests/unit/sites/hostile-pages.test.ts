import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../lib/sites/registry';

/**
 * Malformed pages carrying each adapter's markers (unparsable hrefs, broken JSON-LD and
 * isoData, empty posts, an empty document): detect and extract must never throw.
 */
const PAGES = [
  '<html id="XF" data-content-key="thread-1"><body><article class="message" data-content="post-1"><a href="http://[bad"><time datetime="x"></time></a></article></body></html>',
  '<html><head><meta name="generator" content="vBulletin 4"></head><body><ol id="posts"><li id="post_1"><a class="postcounter" href="http://[bad">#1</a></li></ol></body></html>',
  '<html><body><div class="post js-question" data-post-id="1"></div><div class="post answer" data-post-id="2"><a class="permant-link" href="http://[bad">l</a></div><script>askbot[1]</script></body></html>',
  '<html><head><script type="application/ld+json">{bad json</script><script type="application/ld+json">{"@type":"QAPage","mainEntity":{"@type":"Question","acceptedAnswer":[1,null,{"url":5}]}}</script></head><body></body></html>',
  '<html><head><meta name="generator" content="Discourse"></head><body><div class="crawler-post"></div></body></html>',
  '<html><body id="phpbb"><div id="p1" class="post"><div class="postbody"><div class="content"></div></div></div></body></html>',
  '<html><body><script>window.isoData = {"routeData": 5}</script><div id="app" class="lemmy-site"></div></body></html>',
  '<html><head><meta name="generator" content="bbPress 1"></head><body><ol id="thread"><li id="post-1"><div class="threadpost"><div class="post"></div></div></li></ol><div id="bbpress-forums"><div class="bbp-reply-header" id="post-2"><a class="bbp-reply-permalink" href="http://[bad">x</a></div><div><div class="bbp-reply-content">x</div></div></div></body></html>',
  '<html><body><div id="posts"><h1 class="posttitle">x</h1><a name="1"></a><div class="comments"><span class="smallcopy">posted by</span></div></div></body></html>',
  '',
];
const URLS = [
  'https://x.example/t/a/1',
  'https://x.example/post/1',
  'https://x.example/viewtopic.php?t=1',
  'https://www.metafilter.com/1/x',
  'https://x.example/threads/a.1/',
];

describe('adapters on hostile pages', () => {
  for (const adapter of adapters) {
    it(`${adapter.id} never throws`, () => {
      for (const html of PAGES) {
        for (const url of URLS) {
          const doc = parseHTML(html).document as unknown as Document;
          expect(() => adapter.detect(doc, new URL(url))).not.toThrow();
          expect(() => adapter.extract(doc, new URL(url))).not.toThrow();
        }
      }
    });
  }
});
