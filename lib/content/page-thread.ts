import { sendMessage } from '../messaging/protocol';
import { recognise } from '../sites/registry';

/**
 * Reads the page once: a thread goes to the background; anything else is reported as
 * "not a thread" and the page is left exactly as it was.
 */
export async function reportPage(doc: Document, href: string): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  const found = recognise(doc, url);
  if (!found) {
    await sendMessage('pageNotThread', undefined).catch(() => undefined);
    return false;
  }
  await sendMessage('threadExtracted', {
    thread: found.thread,
    siteName: found.adapter.name,
    scoreNoun: found.adapter.scoreNoun ?? 'votes',
  });
  return true;
}
