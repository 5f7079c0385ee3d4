import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '@/lib/cli/chromium';
import { launch, type Site } from './harness';

/**
 * Robustness on the real corpus: every saved page in ../shared/fixtures (threads, listings and
 * ordinary articles) loads with the extension without an error of the extension's own. (Long
 * tasks on a 5,000-comment thread are a benchmark figure: tests/bench/extension/long-tasks.ts.)
 */

const SHARED = resolve(ROOT, '../shared/fixtures');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Each file's original URL from SOURCES.md ("Original page URL" column); a file whose URL is not
 * known (or is shared with another file) gets a made-up host, so every page has its own address.
 */
function pageUrls(files: string[]): Map<string, string> {
  const table = readFileSync(join(SHARED, 'SOURCES.md'), 'utf8');
  const known = new Map<string, string>();
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    const cell = cells[7] ?? '';
    if (!file) continue;
    // "www.dostips.com/forum/viewtopic.php?…" has no scheme; the others are absolute.
    const m = /(https?:\/\/\S+)/.exec(cell) ?? /^((?:[\w-]+\.)+[a-z]{2,}\/\S*)/i.exec(cell);
    if (m) known.set(file, m[1]!.startsWith('http') ? m[1]! : `http://${m[1]!}`);
  }
  const out = new Map<string, string>();
  const used = new Set<string>();
  files.forEach((path, i) => {
    const rel = relative(SHARED, path);
    let url = known.get(rel);
    const key = url ? new URL(url).host + new URL(url).pathname + new URL(url).search : '';
    if (!url || used.has(key)) url = `https://unknown-${i}.threadwise.test/${rel.replace(/[^\w.-]+/g, '-')}`;
    used.add(key);
    out.set(path, url);
  });
  return out;
}

describe('robustness', () => {
  let site: Site;
  const files = htmlFiles(SHARED).sort();
  const urls = pageUrls(files);

  beforeAll(async () => {
    site = await launch([...files.map((f) => ({ url: urls.get(f)!, body: () => readFileSync(f, 'utf8') }))]);
    const served = new Set([...urls.values()].map((u) => new URL(u).host));
    // Hermetic and quick: the saved pages' third-party scripts, images and fonts never load.
    await site.context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'chrome-extension:' || served.has(url.host)) return route.continue();
      return route.abort();
    });
  });
  afterAll(async () => {
    await site?.close();
  });

  it(`loads every saved page of ../shared/fixtures with no error from the extension`, async () => {
    expect(files.length).toBeGreaterThan(80);
    const errors: string[] = [];
    const page = await site.context.newPage();
    let current = '';
    // The saved pages' own scripts fail without their servers, and one page even links another
    // extension's stylesheet: only errors from this extension's own files count.
    const ours = `chrome-extension://${site.extensionId}/`;
    page.on('pageerror', (e) => {
      if ((e.stack ?? '').includes(ours)) errors.push(`${current}: ${e.message}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && m.location().url.startsWith(ours)) errors.push(`${current}: ${m.text()}`);
    });
    const started = Date.now();
    for (const f of files) {
      current = relative(SHARED, f);
      await page.goto(urls.get(f)!, { waitUntil: 'load', timeout: 30_000 }).catch((e: unknown) => {
        errors.push(`${current}: did not load (${String(e).slice(0, 120)})`);
      });
      // The content script runs at document_idle, then reads the page and reports it.
      await page.waitForTimeout(250);
    }
    await page.close();
    console.log(`robustness: ${files.length} pages in ${Math.round((Date.now() - started) / 1000)} s`);
    expect(errors).toEqual([]);
  }, 420_000);
});
