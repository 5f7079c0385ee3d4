import { describe, expect, it } from 'vitest';
import type { Post, Thread } from '@/lib/model';
import { splitTopicPage } from '@/lib/sites/paged-topic';
import { mergePart } from '@/lib/thread-parts';

const TOPIC = { id: 't9', url: 'https://forum.example/viewtopic.php?t=9', title: 'Which backup tool?' };

function post(id: string, text: string, minute: number): Post {
  return {
    id,
    author: `user${id}`,
    permalink: `${TOPIC.url}#p${id}`,
    text,
    score: null,
    accepted: false,
    time: `2024-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`,
    parentId: null,
    deleted: false,
  };
}

/** One page of the topic as an adapter reads it (lib/sites/paged-topic.ts). */
function page(n: number, posts: Post[]): Thread {
  const { question, answers } = splitTopicPage(posts, TOPIC, n);
  return {
    id: 'phpbb:forum.example:9',
    site: 'phpbb',
    url: TOPIC.url,
    title: TOPIC.title,
    question,
    answers,
    part: n,
  };
}

const page1 = page(1, [
  post('1', 'What should I use to back up my NAS?', 0),
  post('2', 'Try restic.', 1),
  post('3', 'Borg.', 2),
]);
const page2 = page(2, [post('4', 'Seconding restic.', 3), post('5', 'Rclone to B2.', 4)]);

describe('a thread read one page at a time', () => {
  it('keeps page 1 when page 2 is read, its question included', () => {
    const merged = mergePart(page1, page2);
    expect(merged.question.text).toBe('What should I use to back up my NAS?');
    expect(merged.answers.map((p) => p.id)).toEqual(['2', '3', '4', '5']);
  });

  it('puts pages in order whichever is read first, and takes the question from page 1 once read', () => {
    const merged = mergePart(page2, page1);
    expect(merged.question.text).toBe('What should I use to back up my NAS?');
    expect(merged.answers.map((p) => p.id)).toEqual(['2', '3', '4', '5']);
    // Before page 1 is read, a later page's question is all there is: the topic's title.
    expect(mergePart(undefined, page2).question.text).toBe('Which backup tool?');
  });

  it('reads a page again in place: edits replace, nothing is repeated, and a post gone from its page is kept', () => {
    const edited = page(2, [post('4', 'Seconding restic, with --verify.', 3)]);
    const merged = mergePart(mergePart(page1, page2), edited);
    expect(merged.answers.map((p) => p.id)).toEqual(['2', '3', '4', '5']);
    expect(merged.answers.find((p) => p.id === '4')!.text).toBe('Seconding restic, with --verify.');
  });

  it("keeps a page in the order it was read, not by time (a threaded page's order)", () => {
    const threaded = page(2, [post('5', 'Rclone to B2.', 4), post('4', 'Seconding restic.', 3)]);
    expect(mergePart(page1, threaded).answers.map((p) => p.id)).toEqual(['2', '3', '5', '4']);
  });

  it('leaves a thread read whole as it was read', () => {
    const whole: Thread = { ...page1, part: undefined };
    expect(mergePart(page2, whole)).toBe(whole);
  });
});
