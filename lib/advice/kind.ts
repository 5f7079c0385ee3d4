import type { Post, Thread, ThreadKind } from '../model';
import { detectAdvice } from './detect';
import { splitSentences } from './sentences';
import { threadKindWithReplies } from './thread-kind';

/** Whether an answer's first sentence advises, as the detector reads it alone. */
function opensWithAdvice(post: Post): boolean {
  const first = splitSentences(post)[0];
  return first !== undefined && detectAdvice(first.text).advice;
}

/** Whether a thread asks or is a discussion, its replies read too (see threadKindWithReplies). */
export function kindOf(thread: Thread): ThreadKind {
  return threadKindWithReplies(thread, opensWithAdvice);
}
