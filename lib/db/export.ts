/**
 * The library as one JSON file, and back: export everything, import by merging (nothing
 * already stored is lost or duplicated). A file is validated whole before anything is
 * written, and written in one transaction, so a bad file changes nothing.
 */
import type { Highlight, Post, Suggestion } from '../model';
import type { AnalysisRecord, PostRecord, ThreadRecord, ThreadwiseDB } from './database';

/** Bump when the file's layout changes; older formats stay importable. */
export const EXPORT_FORMAT = 1;

export interface ExportedThread {
  thread: ThreadRecord;
  posts: PostRecord[];
  analysis: AnalysisRecord | null;
  highlights: Highlight[];
}

export interface LibraryExport {
  app: 'threadwise';
  format: number;
  exportedAt: string;
  threads: ExportedThread[];
}

export interface ImportReport {
  threadsAdded: number;
  threadsUpdated: number;
  postsAdded: number;
  highlightsAdded: number;
  /** Threads whose stored content changed (to re-index). */
  changed: string[];
}

/** A file that is not a Threadwise library; the message says what is wrong and where. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export async function exportLibrary(db: ThreadwiseDB, now = new Date()): Promise<LibraryExport> {
  return db.transaction('r', [db.threads, db.posts, db.analyses, db.highlights], async () => {
    const [threads, posts, analyses, highlights] = await Promise.all([
      db.threads.toArray(),
      db.posts.toArray(),
      db.analyses.toArray(),
      db.highlights.toArray(),
    ]);
    const byThread = <T extends { threadId: string }>(rows: T[]): Map<string, T[]> => {
      const m = new Map<string, T[]>();
      for (const r of rows) m.set(r.threadId, [...(m.get(r.threadId) ?? []), r]);
      return m;
    };
    const postsOf = byThread(posts);
    const hlOf = byThread(highlights);
    const analysisOf = new Map(analyses.map((a) => [a.threadId, a]));
    return {
      app: 'threadwise',
      format: EXPORT_FORMAT,
      exportedAt: now.toISOString(),
      threads: threads.map((thread) => ({
        thread,
        posts: (postsOf.get(thread.id) ?? []).sort((a, b) => a.order - b.order),
        analysis: analysisOf.get(thread.id) ?? null,
        highlights: hlOf.get(thread.id) ?? [],
      })),
    };
  });
}

// ---- validation: every field the store relies on, with the path of the first bad one ----

type Obj = Record<string, unknown>;

function fail(path: string, what: string): never {
  throw new ImportError(`Not a Threadwise library file: ${path} ${what}.`);
}
function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'must be an object');
  return v as Obj;
}
function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(path, 'must be a list');
  return v;
}
function str(o: Obj, key: string, path: string): string {
  if (typeof o[key] !== 'string') fail(`${path}.${key}`, 'must be text');
  return o[key];
}
function num(o: Obj, key: string, path: string): number {
  if (typeof o[key] !== 'number' || !Number.isFinite(o[key])) fail(`${path}.${key}`, 'must be a number');
  return o[key];
}
function bool(o: Obj, key: string, path: string): void {
  if (typeof o[key] !== 'boolean') fail(`${path}.${key}`, 'must be true or false');
}
function nullable(o: Obj, key: string, path: string, type: 'string' | 'number'): void {
  if (o[key] !== null && typeof o[key] !== type) fail(`${path}.${key}`, `must be ${type} or null`);
}
function optionalStrings(o: Obj, key: string, path: string): void {
  if (o[key] === undefined) return;
  arr(o[key], `${path}.${key}`).forEach((s, i) => {
    if (typeof s !== 'string') fail(`${path}.${key}[${i}]`, 'must be text');
  });
}

function checkPost(v: unknown, path: string): Post {
  const o = obj(v, path);
  for (const k of ['id', 'author', 'permalink', 'text']) str(o, k, path);
  nullable(o, 'score', path, 'number');
  nullable(o, 'time', path, 'string');
  nullable(o, 'parentId', path, 'string');
  bool(o, 'accepted', path);
  bool(o, 'deleted', path);
  for (const k of ['quotes', 'code', 'links']) optionalStrings(o, k, path);
  return o as unknown as Post;
}

function checkSuggestion(v: unknown, path: string): Suggestion {
  const o = obj(v, path);
  str(o, 'id', path);
  str(o, 'label', path);
  for (const k of ['score', 'people', 'votes']) num(o, k, path);
  if (!['for', 'mixed', 'against'].includes(o.stance as string)) fail(`${path}.stance`, 'is not a stance');
  arr(o.supporters, `${path}.supporters`).forEach((s, i) => {
    const p = obj(s, `${path}.supporters[${i}]`);
    for (const k of ['postId', 'author', 'permalink', 'quote']) str(p, k, `${path}.supporters[${i}]`);
    if (p.stance !== 'for' && p.stance !== 'against')
      fail(`${path}.supporters[${i}].stance`, 'is not a stance');
    optionalStrings(p, 'sentences', `${path}.supporters[${i}]`);
  });
  return o as unknown as Suggestion;
}

function checkThread(v: unknown, path: string): ExportedThread {
  const o = obj(v, path);
  const t = obj(o.thread, `${path}.thread`);
  const id = str(t, 'id', `${path}.thread`);
  for (const k of ['site', 'url', 'title', 'fingerprint']) str(t, k, `${path}.thread`);
  for (const k of ['answerCount', 'savedAt', 'updatedAt']) num(t, k, `${path}.thread`);
  checkPost(t.question, `${path}.thread.question`);
  arr(o.posts, `${path}.posts`).forEach((p, i) => {
    checkPost(p, `${path}.posts[${i}]`);
    const r = p as Obj;
    if (r.threadId !== id) fail(`${path}.posts[${i}].threadId`, `must be "${id}"`);
    num(r, 'order', `${path}.posts[${i}]`);
  });
  if (o.analysis !== null) {
    const a = obj(o.analysis, `${path}.analysis`);
    if (a.threadId !== id) fail(`${path}.analysis.threadId`, `must be "${id}"`);
    str(a, 'fingerprint', `${path}.analysis`);
    str(a, 'engineVersion', `${path}.analysis`);
    num(a, 'analyzedAt', `${path}.analysis`);
    arr(a.suggestions, `${path}.analysis.suggestions`).forEach((s, i) =>
      checkSuggestion(s, `${path}.analysis.suggestions[${i}]`),
    );
  }
  arr(o.highlights, `${path}.highlights`).forEach((h, i) => {
    const p = `${path}.highlights[${i}]`;
    const r = obj(h, p);
    for (const k of ['id', 'postId', 'quote', 'prefix', 'suffix']) str(r, k, p);
    for (const k of ['start', 'end', 'createdAt']) num(r, k, p);
    if (r.threadId !== id) fail(`${p}.threadId`, `must be "${id}"`);
  });
  return o as unknown as ExportedThread;
}

/** Parses and validates a library file's text. Throws `ImportError` with a readable message. */
export function parseLibraryExport(text: string): LibraryExport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('Not a Threadwise library file: it is not valid JSON.');
  }
  const o = obj(data, 'the file');
  if (o.app !== 'threadwise')
    fail('the file', 'does not say it is a Threadwise library ("app": "threadwise")');
  if (typeof o.format !== 'number') fail('the file', 'has no "format" version');
  if (o.format > EXPORT_FORMAT || o.format < 1) {
    throw new ImportError(
      `This library file has format ${o.format}; this version of Threadwise reads format ${EXPORT_FORMAT}. Update Threadwise to import it.`,
    );
  }
  const threads = arr(o.threads, 'threads').map((t, i) => checkThread(t, `threads[${i}]`));
  const seen = new Set<string>();
  for (const [i, t] of threads.entries()) {
    if (seen.has(t.thread.id)) fail(`threads[${i}].thread.id`, `repeats "${t.thread.id}"`);
    seen.add(t.thread.id);
  }
  return { app: 'threadwise', format: o.format, exportedAt: String(o.exportedAt ?? ''), threads };
}

/**
 * Merges a validated library into the store in one transaction. Threads, posts (thread +
 * post id) and highlights (id) already stored are kept; what is missing is added. For a
 * thread stored on both sides, the more recently updated record and analysis win.
 */
export async function importLibrary(db: ThreadwiseDB, data: LibraryExport): Promise<ImportReport> {
  const report: ImportReport = {
    threadsAdded: 0,
    threadsUpdated: 0,
    postsAdded: 0,
    highlightsAdded: 0,
    changed: [],
  };
  await db.transaction('rw', [db.threads, db.posts, db.analyses, db.highlights], async () => {
    for (const item of data.threads) {
      const id = item.thread.id;
      const [existing, existingAnalysis] = await Promise.all([db.threads.get(id), db.analyses.get(id)]);
      let changed = false;
      if (!existing) {
        await db.threads.add(item.thread);
        report.threadsAdded++;
        changed = true;
      } else if (item.thread.updatedAt > existing.updatedAt || item.thread.savedAt < existing.savedAt) {
        const newer = item.thread.updatedAt > existing.updatedAt ? item.thread : existing;
        await db.threads.put({
          ...newer,
          savedAt: Math.min(existing.savedAt, item.thread.savedAt),
          updatedAt: Math.max(existing.updatedAt, item.thread.updatedAt),
        });
        report.threadsUpdated++;
        changed = true;
      }
      if (item.analysis && (!existingAnalysis || item.analysis.analyzedAt > existingAnalysis.analyzedAt)) {
        await db.analyses.put(item.analysis);
        changed = true;
      }
      const have = await db.posts.bulkGet(item.posts.map((p) => [id, p.id] as [string, string]));
      const missing = item.posts.filter((_, i) => have[i] === undefined);
      if (missing.length > 0) {
        await db.posts.bulkAdd(missing);
        report.postsAdded += missing.length;
        changed = true;
      }
      const haveHl = await db.highlights.bulkGet(item.highlights.map((h) => h.id));
      const newHl = item.highlights.filter((_, i) => haveHl[i] === undefined);
      if (newHl.length > 0) {
        await db.highlights.bulkAdd(newHl);
        report.highlightsAdded += newHl.length;
        changed = true;
      }
      if (changed) report.changed.push(id);
    }
  });
  return report;
}
