import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach } from 'vitest';
import { removeAllListeners } from '@/lib/messaging/protocol';

/**
 * @webext-core/messaging talks to the callback-style `chrome` API; in unit tests it is
 * backed by WXT's in-memory fake browser so messages really travel between listeners.
 */
type Callback = (response: unknown) => void;
type Listener = (m: unknown, s: unknown, respond: Callback) => boolean | void;
const wrappers = new Map<Listener, (m: unknown, s: unknown) => Promise<unknown>>();
const chromeShim = {
  runtime: {
    get lastError() {
      return undefined;
    },
    sendMessage(message: unknown, callback?: Callback) {
      fakeBrowser.runtime.sendMessage(message).then(
        (r) => callback?.(r),
        (e: unknown) => callback?.({ err: { message: String(e) } }),
      );
    },
    onMessage: {
      addListener(listener: Listener) {
        const wrapped = (m: unknown, s: unknown): Promise<unknown> =>
          new Promise((resolve) => {
            if (listener(m, s, resolve) !== true) resolve(undefined);
          });
        wrappers.set(listener, wrapped);
        fakeBrowser.runtime.onMessage.addListener(wrapped as never);
      },
      removeListener(listener: Listener) {
        const wrapped = wrappers.get(listener);
        if (wrapped) fakeBrowser.runtime.onMessage.removeListener(wrapped as never);
        wrappers.delete(listener);
      },
    },
  },
  tabs: {
    sendMessage(tabId: number, message: unknown, _options: unknown, callback?: Callback) {
      void fakeBrowser.tabs.sendMessage(tabId, message).then((r) => callback?.(r));
    },
  },
};
beforeEach(() => {
  fakeBrowser.reset();
  // WXT's test setup points `chrome` at the promise-style fake; the callback-style shim goes on top.
  (globalThis as unknown as { chrome: unknown }).chrome = chromeShim;
});
afterEach(() => {
  removeAllListeners();
});
