import type { Post } from '../model';

/**
 * Forums split long topics into pages. On page 1 the first post is the question; past it every
 * post shown is a reply, and the question is known only by the topic's title and address.
 * Every post (just read by the adapter, so marked in place: no copy of a long page) gets its
 * page (`part`), so pages read one after another are merged in order (lib/thread-parts.ts).
 */
export function splitTopicPage(
  posts: Post[],
  topic: { id: string; url: string; title: string },
  page: number,
): { question: Post; answers: Post[] } {
  for (const p of posts) p.part = page;
  if (page <= 1 && posts[0]) {
    return { question: { ...posts[0], permalink: topic.url, accepted: false }, answers: posts.slice(1) };
  }
  return {
    question: {
      part: page,
      id: topic.id,
      author: 'unknown',
      permalink: topic.url,
      text: topic.title,
      score: null,
      accepted: false,
      time: null,
      parentId: null,
      deleted: false,
    },
    answers: posts,
  };
}
