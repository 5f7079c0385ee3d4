import type { Suggestion, Thread, ThreadKind } from '../model';
import type { ThreadwiseDB, ThreadRecord } from './database';

/** True when the thread is stored with this fingerprint and analysed by this engine version. */
export async function isCurrent(
  db: ThreadwiseDB,
  id: string,
  fingerprint: string,
  engineVersion: string,
): Promise<boolean> {
  const [record, analysis] = await Promise.all([db.threads.get(id), db.analyses.get(id)]);
  return record?.fingerprint === fingerprint && analysis?.engineVersion === engineVersion;
}

/**
 * Stores a thread with its answers and suggestions in one transaction: a failure part-way
 * (quota, crash) rolls everything back, so a half-saved thread never exists. Revisits
 * upsert; answers that vanished from the page are kept (a reply deleted upstream stays
 * searchable).
 */
export async function saveThread(
  db: ThreadwiseDB,
  thread: Thread,
  fingerprint: string,
  analysis: { suggestions: Suggestion[]; engineVersion: string; kind?: ThreadKind },
  now = Date.now(),
): Promise<ThreadRecord> {
  return db.transaction('rw', db.threads, db.posts, db.analyses, async () => {
    const existing = await db.threads.get(thread.id);
    const record: ThreadRecord = {
      id: thread.id,
      site: thread.site,
      url: thread.url,
      title: thread.title,
      question: thread.question,
      answerCount: thread.answers.length,
      fingerprint,
      savedAt: existing?.savedAt ?? now,
      updatedAt: now,
      ...(analysis.kind !== undefined ? { kind: analysis.kind } : {}),
    };
    await db.threads.put(record);
    await db.posts.bulkPut(thread.answers.map((p, order) => ({ ...p, threadId: thread.id, order })));
    await db.analyses.put({
      threadId: thread.id,
      fingerprint,
      engineVersion: analysis.engineVersion,
      suggestions: analysis.suggestions,
      analyzedAt: now,
    });
    return record;
  });
}

/** A stored thread with its answers in page order, or undefined. */
export async function loadThread(db: ThreadwiseDB, id: string): Promise<Thread | undefined> {
  const record = await db.threads.get(id);
  if (!record) return undefined;
  const posts = await db.posts.where('threadId').equals(id).sortBy('order');
  return {
    id: record.id,
    site: record.site,
    url: record.url,
    title: record.title,
    question: record.question,
    answers: posts.map(({ threadId: _t, order: _o, ...post }) => post),
  };
}

/** Deletes a thread with its posts, suggestions and highlights. */
export async function deleteThread(db: ThreadwiseDB, id: string): Promise<void> {
  await db.transaction('rw', db.threads, db.posts, db.analyses, db.highlights, async () => {
    await db.posts.where('threadId').equals(id).delete();
    await db.highlights.where('threadId').equals(id).delete();
    await db.analyses.delete(id);
    await db.threads.delete(id);
  });
}
