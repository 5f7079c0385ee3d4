import { browser } from 'wxt/browser';
import { contentScriptMatches } from '../sites/registry';
import type { MenuRegistry } from './menus';
import { analyseOnRequest } from './thread-service';

/** Id of the dynamically registered content script for sites the reader allowed. */
const ALWAYS_ON_ID = 'threadwise-always-on';
const CONTENT_SCRIPT = '/content-scripts/content.js';

/** The match pattern that covers every page of a host. */
export function hostPattern(host: string): string {
  return `*://${host}/*`;
}

/** Whether a URL is on a host the manifest already covers (no extra permission needed). */
export function isKnownHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return contentScriptMatches.some((pattern) => {
    const m = /^\*:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
    if (!m) return false;
    return host === m[2] || (m[1] !== undefined && host.endsWith(`.${m[2]}`));
  });
}

/**
 * Keeps the content script registered on exactly the extra hosts the reader granted
 * (optional host permissions): run at start and whenever permissions change.
 */
export async function syncAlwaysOn(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const extra = origins.filter(
    (o) => !contentScriptMatches.includes(o) && o !== '*://*/*' && o !== '<all_urls>',
  );
  await browser.scripting.unregisterContentScripts({ ids: [ALWAYS_ON_ID] }).catch(() => undefined);
  if (extra.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: ALWAYS_ON_ID,
        matches: extra,
        js: [CONTENT_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return extra;
}

/**
 * Wires permission changes to the dynamic content script, and the page menu item that runs
 * Threadwise on any page at the reader's request. Called once from the background entrypoint.
 */
export function registerSiteAccess(menus: MenuRegistry): void {
  menus.add({
    id: 'threadwise-analyse-page',
    title: 'Analyse this page with Threadwise',
    contexts: ['page'],
    onClick: (tab) => (tab?.id === undefined ? undefined : void analyseOnRequest(tab.id)),
  });
  browser.permissions.onAdded.addListener(() => void syncAlwaysOn().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncAlwaysOn().catch(() => undefined));
  void syncAlwaysOn().catch(() => undefined);
}
