/**
 * Debian's Chromium with the built extension loaded, and local HTTP(S) servers answering for
 * real host names (so the manifest's match patterns and the site adapters see the URLs they
 * would see in the wild). Used by `npm start`, the end-to-end tests and the benchmarks.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import {
  createServer as createHttp,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname ?? __dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/** Debian's Chromium, unless CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags every Chromium this project starts needs: no sandbox (root in a container), no GPU,
 * and no traffic of its own (on a closed network, update checks and first-run requests would
 * otherwise flood it).
 */
export const QUIET_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** A page the servers answer with: `https://host/path` → body. */
export interface Route {
  url: string;
  body: string | (() => string);
  type?: string;
}

export interface Site {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests the servers saw, for checks such as "no request of our own". */
  requests: { host: string; path: string }[];
  close(): Promise<void>;
}

function selfSignedCert(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=localhost',
      '-days',
      '2',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return (server.address() as AddressInfo).port;
}

export interface LaunchOptions {
  /** Show a window (needs a display). Default: headless. */
  headed?: boolean;
}

/** Starts the servers and Chromium with the extension. Call `close()` when done. */
export async function launch(routes: Route[], options: LaunchOptions = {}): Promise<Site> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'threadwise-e2e-'));
  const table = new Map(
    routes.map((r) => [new URL(r.url).host + new URL(r.url).pathname + new URL(r.url).search, r]),
  );
  const requests: Site['requests'] = [];
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    requests.push({ host, path });
    const route = table.get(host + path) ?? table.get(host + path.replace(/\?.*$/, ''));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = typeof route.body === 'function' ? route.body() : route.body;
    res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8' }).end(body);
  };
  const http = createHttp(handler);
  const https = createHttps(selfSignedCert(dir), handler);
  const [httpPort, httpsPort] = [await listen(http), await listen(https)];
  const hosts = [...new Set(routes.map((r) => new URL(r.url).hostname))];
  const rules = hosts
    .flatMap((h) => [`MAP ${h}:80 127.0.0.1:${httpPort}`, `MAP ${h}:443 127.0.0.1:${httpsPort}`])
    .concat('EXCLUDE 127.0.0.1')
    .join(', ');

  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: !options.headed,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      ...QUIET_FLAGS,
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    requests,
    async close() {
      await context.close();
      await new Promise((ok) => http.close(ok));
      await new Promise((ok) => https.close(ok));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's id for the tab of `page`: the page is brought to the front, then the
 * extension is asked for the active tab, as the toolbar popup would (no `tabs` permission
 * is needed for that, and the extension has none).
 */
export async function tabIdOf(site: Site, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await site.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** Reads rows straight from the extension's IndexedDB, in its service worker. */
export async function readStore<T>(site: Site, table: string): Promise<T[]> {
  return site.worker.evaluate(
    (name) =>
      new Promise<T[]>((ok, fail) => {
        const open = indexedDB.open('threadwise');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            ok([]);
            return;
          }
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            ok(req.result as T[]);
          };
          req.onerror = () => fail(req.error);
        };
      }),
    table,
  );
}

/** Polls until `check` returns a value other than undefined, or fails after `ms`. */
export async function waitFor<T>(check: () => Promise<T | undefined>, what: string, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
