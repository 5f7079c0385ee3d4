import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See README "Permissions" for why each one is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Threadwise',
    description:
      'Condenses forum Q&A threads into the advice they give, with links back to every answer. Runs entirely on your device.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // Asked for one host at a time, only when the reader chooses "Always analyse pages on this site".
    optional_host_permissions: ['*://*/*'],
    // The icons in public/ (drawn by `npm run build:icons`) are the manifest's `icons`, found by
    // WXT; the toolbar button names them too, as Firefox does not fall back to them.
    action: {
      default_title: 'Threadwise',
      default_icon: { 16: 'icon-16.png', 32: 'icon-32.png', 48: 'icon-48.png', 128: 'icon-128.png' },
    },
    // No remote code, no eval, no plugins: said explicitly rather than left to each browser's default.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // Keyboard shortcuts for in-page highlights (handled in lib/background/highlight-service.ts).
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide advice highlights on this page',
      },
      'next-advice': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next advice on the page',
      },
      'previous-advice': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous advice on the page',
      },
      'save-highlight': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected text as advice',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'threadwise@threadwise.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
});
