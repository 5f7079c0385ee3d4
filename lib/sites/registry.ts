import type { Thread } from '../model';
import type { SiteAdapter, ThreadReading } from './types';
import { confineSteps } from './confine';
import { runToEnd } from './reading';
import { metafilter } from './metafilter';
import { stackexchange } from './stackexchange';
import { reddit } from './reddit';
import { hackernews } from './hackernews';
import { discourse } from './discourse';
import { phpbb } from './phpbb';
import { askbot } from './askbot';
import { bbpress } from './bbpress';
import { structuredData } from './structured-data';
import { lemmy } from './lemmy';
import { xenforo } from './xenforo';
import { vbulletin } from './vbulletin';
import { generic } from './generic';

/**
 * Every site adapter, in the order they are tried. Host-specific adapters come first;
 * software adapters (any host) next; schema.org structured data and the generic fallback last.
 * Nothing outside this file branches on the kind of site.
 */
export const adapters: readonly SiteAdapter[] = [
  metafilter,
  stackexchange,
  reddit,
  hackernews,
  // Software adapters: recognise the forum software on any host.
  discourse,
  lemmy,
  phpbb,
  xenforo,
  vbulletin,
  askbot,
  bbpress,
  // Fallbacks. Rule: they may accept any page on their own, but being last they are reached
  // only when no site or software adapter claimed it; a page a specific adapter owns must be
  // detected by that adapter alone (tests/corpus/recognition.corpus.test.ts).
  structuredData,
  generic,
];

/** Match patterns for the content script: every host some adapter knows. */
export const contentScriptMatches: string[] = [...new Set(adapters.flatMap((a) => a.matches))];

export interface Recognised {
  adapter: SiteAdapter;
  thread: Thread;
}

/** The first adapter whose `detect` accepts the page, or null. Never throws. */
export function findAdapter(doc: Document, url: URL): SiteAdapter | null {
  for (const adapter of adapters) {
    try {
      if (adapter.detect(doc, url)) return adapter;
    } catch {
      /* a broken page must not stop the other adapters */
    }
  }
  return null;
}

/**
 * The adapter's reading of the page, then its links confined: http(s) on the thread's own
 * host only (lib/sites/confine.ts), so no adapter can forget it. In steps, like `read`.
 */
export function* readThread(adapter: SiteAdapter, doc: Document, url: URL): ThreadReading {
  const thread = yield* adapter.read(doc, url);
  return thread ? yield* confineSteps(thread, url) : null;
}

/**
 * Recognises and extracts a thread in one go. Returns null for a page that is not a thread,
 * and for one whose extraction fails: a half-read thread is never returned.
 */
export function recognise(doc: Document, url: URL): Recognised | null {
  const adapter = findAdapter(doc, url);
  if (!adapter) return null;
  try {
    const thread = runToEnd(readThread(adapter, doc, url));
    return thread ? { adapter, thread } : null;
  } catch {
    return null;
  }
}
