import { browser, type Browser } from 'wxt/browser';

type CreateProperties = NonNullable<Parameters<typeof browser.contextMenus.create>[0]>;

/** One context-menu item and what its click does. */
export interface MenuItem {
  id: string;
  title: string;
  contexts: NonNullable<CreateProperties['contexts']>;
  documentUrlPatterns?: string[];
  onClick(tab: Pick<Browser.tabs.Tab, 'id'> | undefined): void | Promise<void>;
}

/**
 * Every context-menu item of the extension, registered in one place: each service adds its
 * items, then the background entrypoint installs them all at once. (Services that each
 * cleared and created their own items raced and wiped each other's.)
 */
export function createMenuRegistry() {
  const items: MenuItem[] = [];
  return {
    add(item: MenuItem): void {
      items.push(item);
    },
    /** Creates every item afresh (menus do not survive every restart) and routes clicks by id. */
    async install(): Promise<void> {
      const menus = browser.contextMenus;
      if (!menus) return; // engines without menus: every item has another way in
      menus.onClicked.addListener((info, tab) => {
        void items.find((i) => i.id === info.menuItemId)?.onClick(tab);
      });
      await menus.removeAll();
      for (const { onClick: _, ...item } of items) menus.create(item);
    },
    get items(): readonly MenuItem[] {
      return items;
    },
  };
}

export type MenuRegistry = ReturnType<typeof createMenuRegistry>;
