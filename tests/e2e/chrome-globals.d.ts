/**
 * The few `chrome.*` calls the end-to-end tests make inside the extension's service worker
 * (through `worker.evaluate`); declared here so the tests typecheck without the full typings.
 */
declare namespace chrome {
  namespace tabs {
    interface Tab {
      id?: number;
      url?: string;
      active: boolean;
    }
    function query(info: {
      active?: boolean;
      lastFocusedWindow?: boolean;
      currentWindow?: boolean;
    }): Promise<Tab[]>;
  }
  namespace action {
    function getBadgeText(details: { tabId?: number }): Promise<string>;
  }
}
