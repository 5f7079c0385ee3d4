/**
 * `npm run bench`: every bench core in tests/bench/cores/, bundled and minified as the extension
 * ships its code, run in Node (linkedom DOM) and in Chromium (real DOM), printed as a table with
 * targets and ratios. (Run from source under tsx, Node would also time tsx's own helpers.)
 * `npm run bench -- --json` prints the figures as JSON; `--node` / `--chromium` runs one side only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_PATH, QUIET_FLAGS } from '../../lib/cli/chromium';
import { readRealPages } from './real-pages';
import type { Figure } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const CORES = join(ROOT, 'tests/bench/cores');
const argv = process.argv.slice(2);
const args = new Set(argv);
/** `--only NAME`: run the cores and extension benches whose file name contains NAME. */
const onlyName = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const json = args.has('--json');
const only = args.has('--node') ? 'node' : args.has('--chromium') ? 'chromium' : null;
const realPages = readRealPages();

interface Row extends Figure {
  bench: string;
  runtime: 'node' | 'chromium';
}

function coreFiles(): string[] {
  return readdirSync(CORES)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('_') && (!onlyName || f.includes(onlyName)))
    .sort();
}

/** Runs a core in a Node process of its own (tests/bench/node-core.ts), as each Chromium core gets a page of its own. */
async function runNode(file: string): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'threadwise-bench-'));
  try {
    const path = join(dir, file.replace(/\.ts$/, '.mjs'));
    const out = join(dir, 'figures.json');
    writeFileSync(path, await bundle(file, 'es'));
    // The same Node and loader flags as this process (tsx's), so the driver runs as TypeScript.
    execFileSync(
      process.execPath,
      [...process.execArgv, join(import.meta.dirname, 'node-core.ts'), path, out],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    return JSON.parse(readFileSync(out, 'utf8')) as Figure[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bundles a core into one script: an ES module (Node), or an IIFE setting `globalThis.__bench` (a page). */
async function bundle(file: string, format: 'es' | 'iife' = 'iife'): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      minify: true,
      lib: { entry: join(CORES, file), formats: [format], name: '__bench' },
    },
  });
  const result = Array.isArray(out) ? out[0]! : out;
  if (!('output' in result)) throw new Error('unexpected vite build result');
  return result.output.map((o) => ('code' in o ? o.code : '')).join('\n');
}

async function runChromium(files: string[]): Promise<Map<string, Figure[]>> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...QUIET_FLAGS],
  });
  const results = new Map<string, Figure[]>();
  try {
    for (const file of files) {
      const page = await browser.newPage();
      // An origin of its own, so a core may open IndexedDB there (about:blank may not). It is
      // served from here, never fetched: the route answers before any network.
      await page.route('http://bench.localhost/', (r) =>
        r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
      );
      await page.goto('http://bench.localhost/');
      // Cores read SEARCH_BENCH_* from process.env, which a page does not have.
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([k]) => k.startsWith('SEARCH_BENCH_')),
      );
      await page.evaluate(`globalThis.process = { env: ${JSON.stringify(env)} }`);
      await page.evaluate(`globalThis.__benchPages = ${JSON.stringify(realPages)}`);
      await page.addScriptTag({ content: await bundle(file) });
      // A string, not a function: tsx would wrap a function in helpers the page does not have.
      const figures = (await page.evaluate(`globalThis.__bench.bench({
        runtime: 'chromium',
        parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
        realPages: globalThis.__benchPages,
      })`)) as Figure[];
      results.set(file, figures);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n >= 1 ? n.toFixed(2) : n.toFixed(3);
}

/** Benchmarks that need the built extension in Chromium (tests/bench/extension/*.ts exporting `run`). */
async function runExtensionBenches(): Promise<Row[]> {
  const dir = join(ROOT, 'tests/bench/extension');
  const out: Row[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.ts') && (!onlyName || x.includes(onlyName)))
    .sort()) {
    const mod = (await import(join(dir, f))) as { run(): Promise<Figure[]> };
    for (const fig of await mod.run())
      out.push({ ...fig, bench: f.replace(/\.ts$/, ''), runtime: 'chromium' });
  }
  return out;
}

const files = coreFiles();
const rows: Row[] = [];
// Chromium first: the targets are the browser's. Each Node core runs in a process of its own,
// which exits before the next starts: nothing of one core's work (the search core builds a
// 500,000-post index) is left for the next figure to share two cores with.
if (only !== 'node') {
  for (const [f, figs] of await runChromium(files)) {
    for (const fig of figs) rows.push({ ...fig, bench: f.replace(/\.ts$/, ''), runtime: 'chromium' });
  }
  rows.push(...(await runExtensionBenches()));
}
if (only !== 'chromium') {
  for (const f of files)
    for (const fig of await runNode(f)) rows.push({ ...fig, bench: f.replace(/\.ts$/, ''), runtime: 'node' });
}

if (json) {
  process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
} else {
  const lines = rows.map((r) => {
    const target =
      r.target === undefined ? '' : `${r.value <= r.target ? 'ok ' : 'OVER'} ≤ ${fmt(r.target)} ${r.unit}`;
    const ratio = r.ratio ? `${fmt(r.ratio.value)}x ${r.ratio.to}` : '';
    return [
      r.runtime.padEnd(8),
      r.bench.padEnd(16),
      r.name.padEnd(48),
      `${fmt(r.value)} ${r.unit}`.padStart(12),
      target.padEnd(18),
      ratio,
    ];
  });
  process.stdout.write(
    [
      'runtime  bench            figure                                                  value  target             ratio',
    ]
      .concat(lines.map((l) => l.join('  ')))
      .join('\n') + '\n',
  );
}
