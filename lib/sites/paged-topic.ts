import type { Post } from '../model';

/**
 * Forums split long topics into pages. On page 1 the first post is the question; past it every
 * post shown is a reply, and the question is known only by the topic's title and address.
 */
export function splitTopicPage(
  posts: Post[],
  topic: { id: string; url: string; title: string },
  laterPage: boolean,
): { question: Post; answers: Post[] } {
  if (!laterPage && posts[0]) {
    return { question: { ...posts[0], permalink: topic.url, accepted: false }, answers: posts.slice(1) };
  }
  return {
    question: {
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
