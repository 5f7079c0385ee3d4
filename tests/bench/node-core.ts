/**
 * Runs one bundled bench core in Node and writes its figures as JSON to a file:
 * `node-core.ts <core.mjs> <figures.json>`. The runner starts a fresh process for each core, so
 * a core is timed on a clean heap, not on one the runner's bundler, browser driver and earlier
 * cores have filled (there, split + detect timed ~50% slower than run alone).
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { readRealPages } from './real-pages';
import type { BenchCore } from './types';

const [core, out] = process.argv.slice(2);
if (!core || !out) throw new Error('usage: node-core.ts <core.mjs> <figures.json>');
const mod = (await import(pathToFileURL(core).href)) as { bench: BenchCore };
const figures = await mod.bench({
  runtime: 'node',
  parseHtml: (html) => parseHTML(html).document as unknown as Document,
  realPages: readRealPages(),
});
writeFileSync(out, JSON.stringify(figures));
