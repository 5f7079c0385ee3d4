import type { Post, Thread } from './model';

/**
 * A thread as stored after reading one page of it (`Thread.part`): the pages read before, with
 * this page's posts as just read. Nothing read before is dropped: a post no longer on its page
 * may have moved to another one (a deletion higher up shifts every page); it stays at the end
 * of its page. Pages come in order, each in its page order (a threaded page's order is not
 * its posts' times). The question is page 1's; a later page only knows the thread's title.
 * A thread read whole (no `part`) is stored as read.
 */
export function mergePart(stored: Thread | undefined, read: Thread): Thread {
  if (read.part === undefined || !stored) return read;
  const page = read.part;
  const fresh = new Set(read.answers.map((p) => p.id));
  const byPart = new Map<number, Post[]>([[page, [...read.answers]]]);
  for (const p of stored.answers) {
    if (fresh.has(p.id)) continue;
    const list = byPart.get(partOf(p));
    if (list) list.push(p);
    else byPart.set(partOf(p), [p]);
  }
  const answers = [...byPart.keys()].sort((a, b) => a - b).flatMap((n) => byPart.get(n)!);
  // Page 1's question, once page 1 was read; a later page's stands in for it until then.
  const storedFromLaterPage = partOf(stored.question) > 1;
  const question = page === 1 || storedFromLaterPage ? read.question : stored.question;
  return { ...read, question, answers };
}

function partOf(p: Post): number {
  return p.part ?? 1;
}
