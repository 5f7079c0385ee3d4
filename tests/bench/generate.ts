import type { Highlight, Post, Suggestion, Thread } from '@/lib/model';
import { seededRandom } from '@/lib/random';
import { threadDocuments } from '@/lib/search/documents';

/**
 * Realistic thread pages for benchmarks, generated in code: varied advice-like and chatty
 * sentences, so grouping and search see real-looking text rather than one sentence repeated.
 */

const OPENERS = [
  'I had the same problem last year.',
  'This happened to me too.',
  'IANAD, but here is what worked for me.',
  'Another vote for this.',
  'Honestly it depends on your budget.',
  'My partner went through the same thing.',
];
const ADVICE = [
  'Try a %s before anything else.',
  "I'd recommend %s, it made a huge difference.",
  'Have you considered %s?',
  'Look into %s, there are good guides online.',
  'Seconding %s.',
  "Don't bother with %s, it made things worse for me.",
  'Check out %s if you can.',
  '%s helped me a lot.',
];
const THINGS = [
  'a standing desk',
  'magnesium supplements',
  'a physical therapist',
  'core strengthening exercises',
  'a heating pad',
  'a different muscle relaxant',
  'yoga for beginners',
  'a foam roller',
  'walking every day',
  'a TENS unit',
  'an ergonomic chair',
  'a sleep schedule',
  'a budget spreadsheet',
  'a second opinion',
  'a local meetup',
  'an online course',
  'a password manager',
  'a backup drive',
  'a cast iron pan',
  'a library card',
  'a therapist',
  'a bike commute',
  'a meal plan',
  'noise cancelling headphones',
];
const FILLER = [
  'It took a few weeks before I noticed anything.',
  'Everyone is different, of course.',
  'The first week was the hardest part.',
  'I wish someone had told me this earlier.',
  'Good luck, it does get better.',
  'We tried several things before this one stuck.',
];

/** Deterministic pseudo-random numbers, so every run measures the same text. */
export const rng = seededRandom;

/**
 * One answer's text. With `answer` (its number), every sentence ends with it: people do not
 * write each other's sentences word for word, and the engine takes a long sentence someone
 * else wrote first for a quotation.
 */
export function answerText(r: () => number, answer?: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const parts = [pick(OPENERS)];
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) parts.push(pick(ADVICE).replace('%s', pick(THINGS)), pick(FILLER));
  const text = parts.join(' ');
  return answer === undefined ? text : text.replace(/([.?!])(?= |$)/g, ` (${answer})$1`);
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An Ask MetaFilter thread page with `answers` comments. */
export function metafilterThreadPage(url: string, answers: number, seed = 7): string {
  const r = rng(seed);
  const u = new URL(url);
  const head = `<!doctype html><html><head><meta charset="utf-8"><title>Bench thread | Ask MetaFilter</title>
<link rel="canonical" href="${url}"></head><body class="subsite-ask thread"><div id="posts">
<h1 class="posttitle">Bench thread with ${answers} answers<br><span class="smallcopy">January 5, 2026 <span>9:00 AM</span></span></h1>
<div class="copy">${esc(answerText(r))} What should I do?
<span class="smallcopy postbyline">posted by <a href="https://www.metafilter.com/user/1">asker</a> to <a href="/tags/x">Health</a> (${answers} answers total)</span></div>`;
  const rows: string[] = [];
  for (let i = 0; i < answers; i++) {
    const cid = String(20_000_000 + i);
    const fav = Math.floor(r() * 8);
    rows.push(
      `<a name="${cid}"></a><div class="comments">${esc(answerText(r, i))}<br><span class="smallcopy">posted by <a href="https://www.metafilter.com/user/${100 + (i % 400)}">user${i % 400}</a> at <a href="${u.pathname}#${cid}">${1 + (i % 12)}:${String(i % 60).padStart(2, '0')} PM</a> on January 5, 2026${fav ? ` [<a href="/favorited/2/${cid}">${fav} favorites</a>]` : ''}</span></div><br><br>`,
    );
  }
  return `${head}\n${rows.join('\n')}\n</div></body></html>`;
}

// ---- A generated library for the search benchmark ----

const POSTS_PER_THREAD = 50;
const VOCABULARY = 40_000;

// The most frequent ranks are real function words, so stopword handling is exercised as in real text.
const COMMON = (
  'the to and a of i it you that is in for my on this but with be have not they was are if or your ' +
  'do can so at just as what all about get would from one there will like out up when me an more ' +
  'some them no time good think people because also know make really should could which than other ' +
  'use work try need even much well any first way then still want help'
).split(' ');
const SYLLABLES = (
  'ba be bi bo bu ca ce co cu da de di do du fa fe fi fo ga ge go gu ha he hi ho la le li lo lu ma ' +
  'me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi ' +
  'wa we wi ya yo za ze an en in on un ar er ir or ur al el il ol ul st str pl tr br cr gr sh ch th'
).split(' ');
const ENDINGS = ['', '', '', 's', 'ed', 'ing', 'er', 'ly', 'tion', 'ness', 'able', 'ment'];

function vocabulary(r: () => number): string[] {
  const words = new Set(COMMON);
  while (words.size < VOCABULARY) {
    const n = 1 + Math.floor(r() * 3.2);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    words.add(w + ENDINGS[Math.floor(r() * ENDINGS.length)]!);
  }
  return [...words];
}

export interface Library {
  words: string[];
  r: () => number;
}

/** A Zipf-like rank (s ≈ 1): rank k is drawn with probability ∝ 1/k. */
function zipf(l: Library): string {
  return l.words[Math.min(l.words.length - 1, Math.floor(Math.exp(l.r() * Math.log(l.words.length)) - 1))]!;
}

function sentence(l: Library, topic: string[]): string {
  const n = 5 + Math.floor(l.r() * 16);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(l.r() < 0.1 ? topic[Math.floor(l.r() * topic.length)]! : zipf(l));
  const s = out.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + (l.r() < 0.15 ? '?' : '.');
}

function text(l: Library, topic: string[]): string {
  const sentences = 1 + Math.floor(l.r() * l.r() * 8);
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(l, topic));
  return out.join(l.r() < 0.3 ? '\n\n' : ' ');
}

function post(id: string, author: string, body: string, url: string): Post {
  return {
    id,
    author,
    permalink: `${url}#${id}`,
    text: body,
    score: null,
    accepted: false,
    time: null,
    parentId: null,
    deleted: false,
  };
}

export interface GenThread {
  thread: Thread;
  suggestions: Suggestion[];
  highlights: Highlight[];
  /** Post, suggestion and highlight texts by ref, for snippets. */
  texts: Map<string, string>;
}

/** A thread with three suggestions (from its answers' first sentences) and, one in five, a highlight. */
export function makeThread(l: Library, no: number, answers: number): GenThread {
  // Topic words from the middle of the distribution: what a thread is about, and what readers search.
  const topic = Array.from({ length: 8 }, () => l.words[200 + Math.floor(l.r() * 15_000)]!);
  const host = no % 3 === 0 ? 'cooking.stackexchange.com' : 'ask.metafilter.com';
  const url = `https://${host}/${no}/t`;
  const question = post(`q${no}`, `asker${no}`, text(l, topic), url);
  const posts = Array.from({ length: answers }, (_, i) =>
    post(`${no}-${i}`, `user${i}`, text(l, topic), url),
  );
  const thread: Thread = {
    id: `${no % 3 === 0 ? 'stackexchange' : 'metafilter'}:${host}:${no}`,
    site: no % 3 === 0 ? 'stackexchange' : 'metafilter',
    url,
    title: sentence(l, topic).slice(0, 80),
    question,
    answers: posts,
  };
  const suggestions: Suggestion[] = [];
  for (let s = 0; s < 3 && posts.length > 0; s++) {
    const backers = Array.from(
      { length: 2 + Math.floor(l.r() * 3) },
      () => posts[Math.floor(l.r() * posts.length)]!,
    );
    suggestions.push({
      id: `s${no}-${s}`,
      label: `${topic[s]} ${topic[s + 3]}`,
      score: backers.length,
      stance: 'for',
      people: backers.length,
      votes: 0,
      supporters: backers.map((p) => ({
        postId: p.id,
        author: p.author,
        permalink: p.permalink,
        quote: p.text.split(/[.?]/)[0]!,
        stance: 'for' as const,
      })),
    });
  }
  const highlights: Highlight[] = [];
  if (no % 5 === 0 && posts.length > 0) {
    const p = posts[Math.floor(l.r() * posts.length)]!;
    const quote = p.text.split(' ').slice(0, 4).join(' ');
    highlights.push({
      id: `h${no}`,
      threadId: thread.id,
      postId: p.id,
      quote,
      prefix: '',
      suffix: '',
      start: 0,
      end: quote.length,
      createdAt: no,
    });
  }
  const texts = new Map<string, string>([[question.id, `${thread.title} ${question.text}`]]);
  for (const p of posts) texts.set(p.id, p.text);
  for (const s of suggestions) texts.set(s.id, [s.label, ...s.supporters.map((x) => x.quote)].join('\n'));
  for (const h of highlights) texts.set(h.id, h.quote);
  return { thread, suggestions, highlights, texts };
}

export function docsOf(t: GenThread): ReturnType<typeof threadDocuments> {
  return threadDocuments({ ...t.thread, suggestions: t.suggestions, highlights: t.highlights });
}

/** Queries as readers type them: words from real posts, some cut short, some mistyped, some paired. */
export function libraryQueries(l: Library, threads: GenThread[], count: number): string[] {
  const out: string[] = [];
  const pick = (): string => {
    for (;;) {
      const t = threads[Math.floor(l.r() * threads.length)]!;
      const answers = t.thread.answers;
      const body = answers[Math.floor(l.r() * answers.length)]?.text ?? t.thread.question.text;
      const words = body.toLowerCase().split(/[^a-z]+/);
      const w = words[Math.floor(l.r() * words.length)]!;
      if (w.length >= 4 && !COMMON.includes(w)) return w;
    }
  };
  for (let i = 0; i < count; i++) {
    const kind = l.r();
    const w = pick();
    if (kind < 0.35) out.push(w);
    else if (kind < 0.6) out.push(`${w} ${pick()}`);
    else if (kind < 0.8) out.push(w.slice(0, 3 + Math.floor(l.r() * (w.length - 3))));
    else {
      const at = 1 + Math.floor(l.r() * (w.length - 1));
      out.push(w.slice(0, at) + 'x' + w.slice(at + 1));
    }
  }
  return out;
}

/**
 * A library of `count` threads of 50 answers each, with realistic text: a 40,000-word vocabulary
 * drawn Zipf-like (as words are in real text), each thread with its own topic words, three
 * suggestions and, one thread in five, a reader's highlight. Deterministic for a seed.
 */
export function makeLibrary(count: number, seed = 42): { library: Library; threads: GenThread[] } {
  const library: Library = { words: [], r: seededRandom(seed) };
  library.words = vocabulary(library.r);
  const threads: GenThread[] = [];
  for (let i = 0; i < count; i++) threads.push(makeThread(library, i + 1, POSTS_PER_THREAD));
  return { library, threads };
}
