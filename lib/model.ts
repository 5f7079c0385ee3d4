/**
 * The one data model shared by every part of Threadwise: adapters produce a `Thread`,
 * the advice engine turns it into `Suggestion`s, the store keeps both, views show them.
 * Everything here is plain JSON-serialisable data: it crosses message boundaries and
 * lands in IndexedDB unchanged.
 */

/** Site families Threadwise has an adapter for. */
export type SiteId =
  | 'metafilter'
  | 'stackexchange'
  | 'reddit'
  | 'hackernews'
  | 'discourse'
  | 'lemmy'
  | 'phpbb'
  | 'xenforo'
  | 'vbulletin'
  | 'askbot'
  | 'bbpress'
  | 'structured-data'
  | 'generic';

/** One post of a thread: the question or an answer / reply / comment. */
export interface Post {
  /** The site's own id for the post (MetaFilter comment id, SE answer id, Reddit id without `t1_`, HN item id, Discourse post number). */
  id: string;
  author: string;
  /** Absolute URL that lands on this post. */
  permalink: string;
  /** The post's own text: paragraphs separated by blank lines, list items and line breaks by single newlines. */
  text: string;
  /** Votes, favourites or likes; null where the site shows none. */
  score: number | null;
  /** Accepted / best answer. */
  accepted: boolean;
  /** ISO 8601, or null when the page does not say. */
  time: string | null;
  /** The post this one replies to, or null for top-level replies and the question. */
  parentId: string | null;
  deleted: boolean;
  /** Passages quoted from the question or other posts: not the author's own words. */
  quotes?: string[];
  /** Code blocks, each kept whole. */
  code?: string[];
  /** Absolute targets of the links in the post's own text. */
  links?: string[];
  /** The page of a thread split into pages it was read from (see `Thread.part`). */
  part?: number;
}

/** A recognised thread, as extracted from one page. */
export interface Thread {
  /** Stable key across visits: `<site>:<host>:<thread id>`. */
  id: string;
  site: SiteId;
  /** Canonical URL of the thread. */
  url: string;
  title: string;
  question: Post;
  answers: Post[];
  /**
   * Set when the page shows one page of a thread its site splits into pages (phpBB, vBulletin,
   * XenForo, Discourse's crawler view, a Hacker News item with a second page): the page's number, 1
   * for the first. What is stored is the thread's pages read so far, merged
   * (lib/thread-parts.ts): reading page 2 never replaces page 1.
   */
  part?: number;
}

export type Stance = 'for' | 'mixed' | 'against';

/** A thread whose opening post asks something (a fix, advice, picks), or one that opens a discussion. */
export type ThreadKind = 'question' | 'discussion';

/**
 * How the asker vouched that an answer worked: the site's own mark (accepted, best answer,
 * solution), or, where the site has none, a reply of theirs under the answer saying so.
 */
export type Acceptance =
  | { by: 'site' }
  | {
      by: 'asker';
      /** The asker's reply that says it worked, with the sentence that says so. */
      reply: { postId: string; permalink: string; quote: string };
    };

/** One person's part in a suggestion. */
export interface Supporter {
  postId: string;
  author: string;
  permalink: string;
  /** A representative sentence from the post, in the author's own words. */
  quote: string;
  stance: 'for' | 'against';
  /** Every advice sentence of this post that belongs to the suggestion (for highlighting). */
  sentences?: string[];
  /** Set when the asker vouched that this post worked. */
  accepted?: Acceptance;
}

/** One piece of advice, grouped across every answer that gave it. */
export interface Suggestion {
  /** Stable within one analysis of one thread. */
  id: string;
  /** A short phrase in the answers' own words. */
  label: string;
  /** Ranking score: distinct people first, then the site's votes. */
  score: number;
  stance: Stance;
  /** Distinct people who gave it (supporters with stance `for`). */
  people: number;
  /** Sum of the site's votes / favourites over its supporters' posts. */
  votes: number;
  supporters: Supporter[];
}

/** A passage the reader saved, anchored robustly to its post. */
export interface Highlight {
  id: string;
  threadId: string;
  postId: string;
  /** The exact text selected. */
  quote: string;
  /** Up to 32 characters before and after the quote inside the post's text, for re-anchoring. */
  prefix: string;
  suffix: string;
  /** Character offsets of the quote inside the post's text when saved. */
  start: number;
  end: number;
  createdAt: number;
}

/** What the analyze command prints and the popup shows for a page. */
export type AnalyzeOutput =
  | { recognised: false }
  | {
      recognised: true;
      site: SiteId;
      /** Whether the opening post asks something, or opens a discussion (lib/advice/thread-kind.ts). */
      kind: ThreadKind;
      thread: Pick<Thread, 'url' | 'title' | 'question' | 'answers' | 'part'>;
      suggestions: Suggestion[];
    };
