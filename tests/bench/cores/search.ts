/**
 * The library's full-text search at scale: a generated library of threads with realistic text
 * (a 40,000-word vocabulary drawn Zipf-like, as words are in real text, each thread with its own
 * topic words), indexed with the extension's own engine (lib/search). Targets from the issue:
 * query p95 ≤ 10 ms, re-indexing a 1,000-post thread ≤ 200 ms, cold open (deserialise the stored
 * index) to first results ≤ 1 s. The size is 10,000 threads / 500,000 posts; the bench
 * measures at two sizes that build in a few minutes on a small machine and extrapolates linearly
 * to the target size (query cost grows with posting-list length, i.e. with the library).
 *
 * SEARCH_BENCH_THREADS=N in the environment (Node only) changes the larger size.
 */
import { threadDocuments } from '../../../lib/search/documents';
import { SearchEngine } from '../../../lib/search/engine';
import { snippet } from '../../../lib/search/snippet';
import type { Post } from '../../../lib/model';
import type { BenchCore, Figure } from '../types';
import { seededRandom as rng } from '@/lib/random';

const POSTS_PER_THREAD = 50;
const TARGET_POSTS = 500_000;
const VOCABULARY = 40_000;

function envThreads(): number {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const n = Number(env?.SEARCH_BENCH_THREADS);
  return Number.isInteger(n) && n > 0 ? n : 2_000;
}

// The most frequent ranks are real function words, so stopword handling is exercised as in real text.
const COMMON = (
  'the to and a of i it you that is in for my on this but with be have not they was are if or your ' +
  'do can so at just as what all about get would from one there will like out up when me an more ' +
  'some them no time good think people because also know make really should could which than other ' +
  'use work try need even much well any first way then still want help'
).split(' ');
const SYLLABLES = (
  'ba be bi bo bu ca ce co cu da de di do du fa fe fi fo ga ge go gu ha he hi ho la le li lo lu ma ' +
  'me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi ' +
  'wa we wi ya yo za ze an en in on un ar er ir or ur al el il ol ul st str pl tr br cr gr sh ch th'
).split(' ');
const ENDINGS = ['', '', '', 's', 'ed', 'ing', 'er', 'ly', 'tion', 'ness', 'able', 'ment'];

function vocabulary(r: () => number): string[] {
  const words = new Set(COMMON);
  while (words.size < VOCABULARY) {
    const n = 1 + Math.floor(r() * 3.2);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    words.add(w + ENDINGS[Math.floor(r() * ENDINGS.length)]!);
  }
  return [...words];
}

interface Library {
  words: string[];
  r: () => number;
}

/** A Zipf-like rank (s ≈ 1): rank k is drawn with probability ∝ 1/k. */
function zipf(l: Library): string {
  return l.words[Math.min(l.words.length - 1, Math.floor(Math.exp(l.r() * Math.log(l.words.length)) - 1))]!;
}

function sentence(l: Library, topic: string[]): string {
  const n = 5 + Math.floor(l.r() * 16);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(l.r() < 0.1 ? topic[Math.floor(l.r() * topic.length)]! : zipf(l));
  const s = out.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + (l.r() < 0.15 ? '?' : '.');
}

function text(l: Library, topic: string[]): string {
  const sentences = 1 + Math.floor(l.r() * l.r() * 8);
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(l, topic));
  return out.join(l.r() < 0.3 ? '\n\n' : ' ');
}

function post(id: string, author: string, body: string, url: string): Post {
  return {
    id,
    author,
    permalink: `${url}#${id}`,
    text: body,
    score: null,
    accepted: false,
    time: null,
    parentId: null,
    deleted: false,
  };
}

interface GenThread {
  id: string;
  texts: Map<string, string>;
  docs: ReturnType<typeof threadDocuments>;
}

function makeThread(l: Library, no: number, answers: number): GenThread {
  // Topic words from the middle of the distribution: what a thread is about, and what readers search.
  const topic = Array.from({ length: 8 }, () => l.words[200 + Math.floor(l.r() * 15_000)]!);
  const url = `https://ask.example.org/${no}/t`;
  const question = post(`q${no}`, `asker${no}`, text(l, topic), url);
  const posts = Array.from({ length: answers }, (_, i) =>
    post(`${no}-${i}`, `user${i}`, text(l, topic), url),
  );
  const id = `metafilter:ask.example.org:${no}`;
  const title = sentence(l, topic).slice(0, 80);
  const texts = new Map<string, string>([
    [question.id, question.text],
    ...posts.map((p) => [p.id, p.text] as const),
  ]);
  return {
    id,
    texts,
    docs: threadDocuments({
      id,
      site: no % 3 === 0 ? 'stackexchange' : 'metafilter',
      title,
      question,
      answers: posts,
      suggestions: [],
      highlights: [],
    }),
  };
}

/** Queries as readers type them: words from real posts, some cut short, some mistyped, some paired. */
function queries(l: Library, threads: GenThread[], count: number): string[] {
  const out: string[] = [];
  const pick = (): string => {
    for (;;) {
      const t = threads[Math.floor(l.r() * threads.length)]!;
      const texts = [...t.texts.values()];
      const words = texts[Math.floor(l.r() * texts.length)]!.toLowerCase().split(/[^a-z]+/);
      const w = words[Math.floor(l.r() * words.length)]!;
      if (w.length >= 4 && !COMMON.includes(w)) return w;
    }
  };
  for (let i = 0; i < count; i++) {
    const kind = l.r();
    const w = pick();
    if (kind < 0.35) out.push(w);
    else if (kind < 0.6) out.push(`${w} ${pick()}`);
    else if (kind < 0.8) out.push(w.slice(0, 3 + Math.floor(l.r() * (w.length - 3))));
    else {
      const at = 1 + Math.floor(l.r() * (w.length - 1));
      out.push(w.slice(0, at) + 'x' + w.slice(at + 1));
    }
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

/** Query to shown results: the index search plus snippets for the top 20, as the library shows them. */
function timeQueries(
  engine: SearchEngine,
  threads: Map<string, GenThread>,
  qs: string[],
): { p50: number; p95: number } {
  const times: number[] = [];
  for (const q of qs) {
    const t0 = performance.now();
    for (const hit of engine.search(q, {}, 20)) {
      const body = threads.get(hit.threadId)?.texts.get(hit.ref) ?? '';
      snippet(body, hit.terms);
    }
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/** Reads a string back from IndexedDB, as the background does on a cold start (Chromium only). */
async function idbRoundTrip(value: string): Promise<number | null> {
  const idb = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!idb) return null;
  const req = <T>(r: IDBRequest<T>): Promise<T> =>
    new Promise((ok, fail) => {
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
  const open = (): Promise<IDBDatabase> => {
    const r = idb.open('search-bench', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('s');
    return req(r);
  };
  let db = await open();
  await req(db.transaction('s', 'readwrite').objectStore('s').put(value, 'main'));
  db.close();
  const t0 = performance.now();
  db = await open();
  await req(db.transaction('s').objectStore('s').get('main'));
  const ms = performance.now() - t0;
  db.close();
  idb.deleteDatabase('search-bench');
  return ms;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

export const bench: BenchCore = async () => {
  const full = envThreads();
  const half = Math.floor(full / 2);
  const l: Library = { words: [], r: rng(42) };
  l.words = vocabulary(l.r);
  const engine = SearchEngine.empty();
  const threads = new Map<string, GenThread>();
  const figures: Figure[] = [];
  const measured: { posts: number; p95: number; p50: number }[] = [];

  let built = 0;
  let buildMs = 0;
  for (const size of [half, full]) {
    for (; built < size; built++) {
      const t = makeThread(l, built + 1, POSTS_PER_THREAD);
      threads.set(t.id, t);
      const t0 = performance.now();
      engine.replaceThread(t.id, 1, '', t.docs);
      buildMs += performance.now() - t0;
    }
    const posts = size * POSTS_PER_THREAD;
    const label = `${fmt(size)} threads / ${fmt(posts)} posts`;
    const qs = queries(l, [...threads.values()], 300);
    timeQueries(engine, threads, qs.slice(0, 30)); // warm-up
    const { p50, p95 } = timeQueries(engine, threads, qs);
    measured.push({ posts, p50, p95 });
    figures.push({ name: `query p50, ${label}`, value: p50, unit: 'ms' });
    figures.push({ name: `query p95, ${label}`, value: p95, unit: 'ms', target: 10 });
  }
  const posts = full * POSTS_PER_THREAD;
  figures.push({ name: `index build, ${fmt(posts)} posts`, value: buildMs, unit: 'ms' });

  // A 1,000-post thread: saved for the first time, then saved again (replaces every document).
  const big = makeThread(l, 999_999, 1_000);
  threads.set(big.id, big);
  let t0 = performance.now();
  engine.replaceThread(big.id, 1, '', big.docs);
  const addMs = performance.now() - t0;
  t0 = performance.now();
  engine.replaceThread(big.id, 2, '', big.docs);
  const replaceMs = performance.now() - t0;
  figures.push({ name: 'index a new 1,000-post thread', value: addMs, unit: 'ms', target: 200 });
  figures.push({ name: 're-index a saved 1,000-post thread', value: replaceMs, unit: 'ms', target: 200 });

  t0 = performance.now();
  const snap = engine.snapshot();
  const serialiseMs = performance.now() - t0;
  const bytes = new TextEncoder().encode(snap.index).length + JSON.stringify(snap.threads).length;
  figures.push({ name: `serialise index, ${fmt(posts)} posts`, value: serialiseMs, unit: 'ms' });
  figures.push({ name: `serialised index size, ${fmt(posts)} posts`, value: bytes / 1e6, unit: 'MB' });

  // A page served without an origin (about:blank) may not open IndexedDB: then the read is left out.
  const readMs = await idbRoundTrip(snap.index).catch(() => null);
  const firstQuery = queries(l, [...threads.values()], 1)[0]!;
  t0 = performance.now();
  const cold = SearchEngine.fromSnapshot(snap);
  const hits = cold?.search(firstQuery, {}, 20) ?? [];
  for (const h of hits) snippet(threads.get(h.threadId)?.texts.get(h.ref) ?? '', h.terms);
  const coldMs = performance.now() - t0 + (readMs ?? 0);
  if (hits.length === 0) throw new Error(`cold index found nothing for "${firstQuery}"`);
  figures.push({
    name: `cold open to first results, ${fmt(posts)} posts${readMs === null ? ' (no IDB read)' : ''}`,
    value: coldMs,
    unit: 'ms',
    target: 1000,
  });

  // Linear extrapolation to the size from the two measured sizes.
  const [a, b] = measured as [(typeof measured)[0], (typeof measured)[0]];
  const scale = TARGET_POSTS / posts;
  const extra = (ya: number, yb: number): number =>
    yb + ((yb - ya) / (b.posts - a.posts)) * (TARGET_POSTS - b.posts);
  figures.push({
    name: 'query p95 at 500,000 posts (extrapolated)',
    value: extra(a.p95, b.p95),
    unit: 'ms',
    target: 10,
  });
  figures.push({
    name: 'cold open at 500,000 posts (extrapolated)',
    value: coldMs * scale,
    unit: 'ms',
    target: 1000,
  });
  figures.push({
    name: 'serialised size at 500,000 posts (extrapolated)',
    value: (bytes / 1e6) * scale,
    unit: 'MB',
  });
  return figures;
};
