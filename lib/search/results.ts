import type { ThreadwiseDB } from '../db/database';
import { suggestionText } from './documents';
import { safeHttpUrl } from './safe-url';
import { markTerms, snippet } from './snippet';
import type { SearchHit, SearchResult } from './types';

/**
 * Dresses index hits with what views show: thread title, author, permalink and a snippet
 * with the matched words marked. Only the hits asked for are read from the store, so the
 * cost does not grow with the library.
 */
export async function resolveHits(db: ThreadwiseDB, hits: readonly SearchHit[]): Promise<SearchResult[]> {
  const threadIds = [...new Set(hits.map((h) => h.threadId))];
  const postKeys = hits
    .filter((h) => h.kind === 'answer')
    .map((h) => [h.threadId, h.ref] as [string, string]);
  const highlightIds = hits.filter((h) => h.kind === 'highlight').map((h) => h.ref);
  const needAnalyses = [...new Set(hits.filter((h) => h.kind === 'suggestion').map((h) => h.threadId))];
  // One read transaction for every table: in Chromium each transaction costs a round trip.
  const { threadById, postByKey, hlById, analysisById } = await db.transaction(
    'r',
    [db.threads, db.posts, db.highlights, db.analyses],
    async () => {
      const [threads, posts, highlights, analyses] = await Promise.all([
        db.threads.bulkGet(threadIds),
        db.posts.bulkGet(postKeys),
        db.highlights.bulkGet(highlightIds),
        db.analyses.bulkGet(needAnalyses),
      ]);
      const threadById = new Map(threads.flatMap((t) => (t ? [[t.id, t] as const] : [])));
      const postByKey = new Map(posts.flatMap((p) => (p ? [[`${p.threadId}\n${p.id}`, p] as const] : [])));
      const hlById = new Map(highlights.flatMap((h) => (h ? [[h.id, h] as const] : [])));
      const analysisById = new Map(analyses.flatMap((a) => (a ? [[a.threadId, a] as const] : [])));
      // A highlight's post may not be among the hits: fetch the ones still missing.
      const extraKeys = [...hlById.values()]
        .filter((h) => !postByKey.has(`${h.threadId}\n${h.postId}`))
        .map((h) => [h.threadId, h.postId] as [string, string]);
      if (extraKeys.length > 0)
        for (const p of await db.posts.bulkGet(extraKeys)) if (p) postByKey.set(`${p.threadId}\n${p.id}`, p);
      return { threadById, postByKey, hlById, analysisById };
    },
  );

  const out: SearchResult[] = [];
  for (const hit of hits) {
    const thread = threadById.get(hit.threadId);
    if (!thread) continue;
    const terms = new Set(hit.terms);
    const base = {
      id: `${hit.threadId}\n${hit.kind}\n${hit.ref}`,
      threadId: hit.threadId,
      threadTitle: thread.title,
      site: thread.site,
      kind: hit.kind,
      score: hit.score,
      title: markTerms(thread.title, terms),
    };
    let author: string | null = null;
    let permalink: string | null = null;
    let text = '';
    if (hit.kind === 'question') {
      author = thread.question.author;
      permalink = thread.question.permalink || thread.url;
      text = thread.question.text;
    } else if (hit.kind === 'answer') {
      const post = postByKey.get(`${hit.threadId}\n${hit.ref}`);
      if (!post) continue;
      author = post.author;
      permalink = post.permalink;
      text = post.text;
    } else if (hit.kind === 'suggestion') {
      const s = analysisById.get(hit.threadId)?.suggestions.find((x) => x.id === hit.ref);
      if (!s) continue;
      // Land on the supporter whose quote shows the match, else the first one.
      const supporter =
        s.supporters.find((p) => markTerms(p.quote, terms).some((x) => x.match)) ?? s.supporters[0];
      author = supporter?.author ?? null;
      permalink = supporter?.permalink ?? thread.url;
      text = suggestionText(s);
    } else {
      const h = hlById.get(hit.ref);
      if (!h) continue;
      const post = postByKey.get(`${h.threadId}\n${h.postId}`);
      const onQuestion = thread.question.id === h.postId;
      author = onQuestion ? thread.question.author : (post?.author ?? null);
      permalink = onQuestion ? thread.question.permalink : (post?.permalink ?? thread.url);
      text = h.quote;
    }
    const href = safeHttpUrl(permalink) ?? safeHttpUrl(thread.url);
    if (!href) continue;
    out.push({ ...base, author, permalink: href, snippet: snippet(text, hit.terms) });
  }
  return out;
}
