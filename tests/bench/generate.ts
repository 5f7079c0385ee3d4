import { seededRandom } from '@/lib/random';

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

export function answerText(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const parts = [pick(OPENERS)];
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) parts.push(pick(ADVICE).replace('%s', pick(THINGS)), pick(FILLER));
  return parts.join(' ');
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
      `<a name="${cid}"></a><div class="comments">${esc(answerText(r))}<br><span class="smallcopy">posted by <a href="https://www.metafilter.com/user/${100 + (i % 400)}">user${i % 400}</a> at <a href="${u.pathname}#${cid}">${1 + (i % 12)}:${String(i % 60).padStart(2, '0')} PM</a> on January 5, 2026${fav ? ` [<a href="/favorited/2/${cid}">${fav} favorites</a>]` : ''}</span></div><br><br>`,
    );
  }
  return `${head}\n${rows.join('\n')}\n</div></body></html>`;
}
