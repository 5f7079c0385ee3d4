/**
 * The reader's on/off choice for in-page highlights, remembered per site. It lives in the
 * extension's storage.local (not the page's storage), which content scripts may use directly.
 */
import { browser } from 'wxt/browser';

const key = (hostname: string): string => `highlights:${hostname}`;

/** On unless the reader turned highlights off on this site. */
export async function highlightsEnabled(hostname: string): Promise<boolean> {
  try {
    const got = await browser.storage.local.get(key(hostname));
    return got[key(hostname)] !== false;
  } catch {
    return true;
  }
}

export async function rememberHighlights(hostname: string, enabled: boolean): Promise<void> {
  await browser.storage.local.set({ [key(hostname)]: enabled });
}
