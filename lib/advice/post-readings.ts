/**
 * The costly part of analysing a post, kept per post: its sentences, the detector's verdicts on
 * them and their key terms. A thread that grows (comments loading as the reader scrolls, a
 * revisit with new replies) is analysed again as a whole, since grouping is thread-wide; with
 * these kept, only new and edited posts are read again. Whoever analyses threads repeatedly
 * (the background) holds one `PostReadings`; a one-off analysis reads afresh.
 */
import type { Post } from '../model';
import { detectAdviceInPost } from './detect';
import { sentenceTerms, type Term } from './keys';
import { splitSentences } from './sentences';
import type { AdviceVerdict, Sentence } from './types';

/** One post read: sentences, their text, verdicts (never to be mutated), and terms on demand. */
export class PostReading {
  readonly sentences: Sentence[];
  readonly texts: string[];
  readonly verdicts: readonly Readonly<AdviceVerdict>[];
  /** Terms by sentence and by the three flags that change them (see `terms`). */
  private readonly termCache = new Map<number, Term[]>();

  constructor(post: Post, byAsker: boolean) {
    this.sentences = splitSentences(post);
    this.texts = this.sentences.map((s) => post.text.slice(s.start, s.end));
    // The post's sentences are judged together: a sentence's neighbours tell on it.
    this.verdicts = detectAdviceInPost(this.texts, { byAsker });
  }

  /** The key terms of sentence `k` (arguments as `sentenceTerms`). Shared: callers must not change them. */
  terms(k: number, phrases: boolean, pick: boolean, item = false): Term[] {
    const slot = k * 8 + (item ? 4 : 0) + (phrases ? 2 : 0) + (pick ? 1 : 0);
    let terms = this.termCache.get(slot);
    if (terms === undefined) {
      terms = sentenceTerms(this.texts[k]!, phrases, pick, item);
      this.termCache.set(slot, terms);
    }
    return terms;
  }
}

/** What a post's reading depends on: its text, what the site marked as quotes and code, who wrote it. */
function sameInput(a: Post, b: Post): boolean {
  return a.text === b.text && sameList(a.quotes, b.quotes) && sameList(a.code, b.code);
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if ((a?.length ?? 0) !== (b?.length ?? 0)) return false;
  for (let i = 0; i < (a?.length ?? 0); i++) if (a![i] !== b![i]) return false;
  return true;
}

interface Entry {
  post: Post;
  byAsker: boolean;
  reading: PostReading;
}

/** Readings of recently analysed posts, by thread and post id, the least recently used dropped first. */
export class PostReadings {
  private readonly entries = new Map<string, Entry>();

  /** @param maxPosts how many posts' readings to keep (a 1,000-answer reading is a few MB). */
  constructor(private readonly maxPosts = 5000) {}

  get size(): number {
    return this.entries.size;
  }

  read(threadId: string, post: Post, byAsker: boolean): PostReading {
    const key = `${threadId}\u0000${post.id}`;
    const hit = this.entries.get(key);
    if (hit && hit.byAsker === byAsker && sameInput(hit.post, post)) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.reading;
    }
    const reading = new PostReading(post, byAsker);
    this.entries.delete(key);
    this.entries.set(key, { post, byAsker, reading });
    while (this.entries.size > this.maxPosts) this.entries.delete(this.entries.keys().next().value!);
    return reading;
  }
}
