import { browser } from 'wxt/browser';

/** Shows a count on the toolbar button for one tab; null clears it. */
export async function showCount(tabId: number, count: number | null): Promise<void> {
  const text = count === null ? '' : count > 999 ? '999+' : String(count);
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (count !== null) await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f4f' });
  } catch {
    /* the tab may have closed meanwhile */
  }
}
