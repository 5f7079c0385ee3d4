import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@/lib/cli/chromium';
import { contentScriptMatches } from '@/lib/sites/registry';

/**
 * The permissions review, on the manifests the build actually ships (`npm test` builds Chrome
 * before the end-to-end phase and Firefox in `lint:firefox`; a missing Firefox build is made here).
 */

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: {
    matches: string[];
    js?: string[];
    css?: string[];
    all_frames?: boolean;
    match_about_blank?: boolean;
    world?: string;
  }[];
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  sandbox?: unknown;
  background?: { service_worker?: string; scripts?: string[] };
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string>; default_popup?: string };
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[] };
    };
  };
}

function built(browser: 'chrome-mv3' | 'firefox-mv3'): { dir: string; manifest: Manifest } {
  const dir = join(ROOT, '.output', browser);
  if (!existsSync(join(dir, 'manifest.json'))) {
    if (browser === 'chrome-mv3') throw new Error('No Chrome build: run "npm run build" first.');
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: ROOT, stdio: 'ignore' });
  }
  return { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest };
}

/** The directives of a CSP string, each with its sources. */
function directives(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

describe.each(['chrome-mv3', 'firefox-mv3'] as const)('the %s manifest', (browser) => {
  it('asks for exactly storage, activeTab, scripting and contextMenus, and no host up front', () => {
    const { manifest: m } = built(browser);
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    // Host access comes only from the content-script matches; anything broader is optional,
    // granted one site at a time by the reader.
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    for (const p of m.optional_host_permissions ?? []) expect(p).toMatch(/^(\*|https?):\/\/[^/]+\/\*?$/);
  });

  it('runs its one content script only on the hosts the site registry knows, in its isolated world', () => {
    const { manifest: m } = built(browser);
    expect(m.content_scripts).toHaveLength(1);
    const [cs] = m.content_scripts!;
    expect([...cs!.matches].sort()).toEqual([...contentScriptMatches].sort());
    expect(cs!.matches).not.toContain('<all_urls>');
    expect(cs!.matches.some((p) => /^(\*|https?):\/\/\*\/\*$/.test(p))).toBe(false);
    expect(cs!.js).toEqual(['content-scripts/content.js']);
    expect(cs!.all_frames ?? false).toBe(false);
    expect(cs!.match_about_blank ?? false).toBe(false);
    expect(cs!.world ?? 'ISOLATED').toBe('ISOLATED');
  });

  it("allows no remote code: extension pages' CSP is script-src 'self', object-src 'self' or 'none'", () => {
    const { dir, manifest: m } = built(browser);
    const csp = m.content_security_policy?.extension_pages;
    expect(csp, 'an explicit extension_pages CSP').toBeDefined();
    const d = directives(csp!);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(["'self'", "'none'"]).toContain((d.get('object-src') ?? []).join(' '));
    expect(m.content_security_policy?.sandbox).toBeUndefined();
    // Every script the pages load is a file of the extension itself.
    for (const html of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(join(dir, html), 'utf8');
      const srcs = [...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((x) => x[1]!);
      expect(srcs.length, `${html} loads its script`).toBeGreaterThan(0);
      for (const src of srcs) expect(src, `${html}`).toMatch(/^(\/|\.\/|[\w-]+\/)[\w./-]+\.js$/);
      expect(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/.test(text), `${html} has no inline script`).toBe(false);
    }
  });

  it('exposes nothing to web pages or other extensions', () => {
    const { manifest: m } = built(browser);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.sandbox).toBeUndefined();
  });

  it('ships its own icon at every size a toolbar and a store page ask for, as real PNGs of that size', () => {
    const { dir, manifest: m } = built(browser);
    const sizes = ['16', '32', '48', '128'];
    expect(Object.keys(m.icons ?? {}).sort()).toEqual([...sizes].sort());
    expect(m.action?.default_icon).toEqual(m.icons);
    for (const size of sizes) {
      const png = readFileSync(join(dir, m.icons![size]!));
      // PNG signature, then the IHDR chunk: width and height, big-endian, at bytes 16 and 20.
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
    // The library opens in a tab: the tab shows the same icon.
    const library = readFileSync(join(dir, 'library.html'), 'utf8');
    const icon = /<link rel="icon"[^>]*href="\/([^"]+)"/.exec(library)?.[1];
    expect(icon).toBeDefined();
    expect(existsSync(join(dir, icon!))).toBe(true);
  });

  it('has the background and browser settings its browser needs', () => {
    const { manifest: m } = built(browser);
    if (browser === 'chrome-mv3') {
      expect(m.background?.service_worker).toBe('background.js');
      expect(m.browser_specific_settings).toBeUndefined();
    } else {
      expect(m.background?.scripts).toEqual(['background.js']);
      const gecko = m.browser_specific_settings?.gecko;
      expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
      expect(gecko?.strict_min_version).toBeDefined();
      // Firefox asks every new add-on to declare what it collects: nothing.
      expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    }
  });
});
