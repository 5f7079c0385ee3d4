import { describe, expect, it } from 'vitest';
import { corpus, type CorpusPage } from './corpus-pages';

/**
 * Every real Stack Exchange page of ../shared. The answer counts were taken from the raw
 * HTML, not from the adapter: `grep -o 'id="answer-[0-9]*"' FILE | wc -l`, which agrees in
 * every file with the page's own "N Answers" heading (`grep -oE '[0-9]+ Answers?'`).
 */
const PAGES: CorpusPage[] = [
  {
    file: 'so-948135-ruby-switch-statement-2013.html',
    url: 'http://stackoverflow.com/questions/948135/how-can-i-write-a-switch-statement-in-ruby',
    answers: 7, // 7 id="answer-" blocks; heading "7 Answers"
  },
  {
    file: 'so-33194974-transparent-gif-phoenix-2015.html',
    url: 'http://stackoverflow.com/questions/33194974/how-to-render-a-transparent-gif-pixel-in-phoenix',
    answers: 1, // 1 id="answer-" block; heading "1 Answer"
  },
  {
    file: 'so-4-decimal-to-double-csharp.html',
    url: 'https://stackoverflow.com/questions/4/how-to-convert-decimal-to-double-in-c',
    answers: 13, // 13 id="answer-" blocks; heading "13 Answers"
  },
  {
    file: 'so-51328292-async-await-aws-sdk-2021.html',
    url: 'https://stackoverflow.com/questions/51328292/how-to-use-async-and-await-with-aws-sdk-javascript',
    answers: 2, // 2 id="answer-" blocks; heading "2 Answers"
  },
  {
    file: 'so-58211880-cannot-use-import-statement-outside-module.html',
    url: 'https://stackoverflow.com/questions/58211880/uncaught-syntaxerror-cannot-use-import-statement-outside-a-module-when-import',
    answers: 39, // 39 id="answer-" blocks (11 with class deleted-answer); heading "39 Answers"
  },
  {
    file: 'so-72349922-tableau-snowflake-odbc-2022.html',
    url: 'https://stackoverflow.com/questions/72349922/tableau-not-recognizing-snowflake-odbc-drivers-on-mac',
    answers: 2, // 2 id="answer-" blocks; heading "2 Answers"
  },
];

const { thread, answer } = corpus('stackexchange', PAGES);

describe('Stack Exchange corpus', () => {
  it.each(PAGES)('$file: recognised with every answer', ({ file, answers }) => {
    const out = thread(file);
    expect(out.site).toBe('stackexchange');
    expect(out.thread.answers).toHaveLength(answers);
    expect(new Set(out.thread.answers.map((a) => a.id)).size).toBe(answers);
  });

  // Spot checks, read by eye from the raw HTML of each page.
  it('2013: the accepted answer, its owner and not its editor', () => {
    const t = thread('so-948135-ruby-switch-statement-2013.html');
    expect(t.thread.title).toBe('How can I write a switch statement in Ruby?');
    expect(t.thread.question).toMatchObject({
      id: '948135',
      author: 'Readonly',
      score: 595,
      time: '2009-06-04T01:18:00.000Z',
    });
    expect(answer('so-948135-ruby-switch-statement-2013.html', '948157')).toMatchObject({
      author: 'Chuck',
      permalink: 'https://stackoverflow.com/a/948157',
      score: 734,
      accepted: true,
      time: '2009-06-04T01:22:57.000Z',
      deleted: false,
    });
  });

  it('2015: a self-answered question', () => {
    expect(answer('so-33194974-transparent-gif-phoenix-2015.html', '33194975')).toMatchObject({
      author: 'owyongsk',
      permalink: 'https://stackoverflow.com/a/33194975',
      score: 4,
      accepted: true,
      time: '2015-10-18T06:23:36.000Z',
    });
  });

  it('community wiki question; answer 7', () => {
    const t = thread('so-4-decimal-to-double-csharp.html');
    expect(t.thread.question).toMatchObject({
      id: '4',
      author: 'Eggs McLaren',
      score: 815,
      time: '2008-07-31T21:42:52.000Z',
    });
    expect(answer('so-4-decimal-to-double-csharp.html', '7')).toMatchObject({
      author: 'Kevin Dente',
      permalink: 'https://stackoverflow.com/a/7',
      score: 533,
      accepted: true,
      time: '2008-07-31T22:17:57.000Z',
    });
  });

  it('2021: an answer edited by someone else keeps its owner', () => {
    expect(answer('so-51328292-async-await-aws-sdk-2021.html', '51328494')).toMatchObject({
      author: 'zero298',
      score: 17,
      accepted: false,
      time: '2018-07-13T15:31:52.000Z',
    });
  });

  it('deleted answers are kept and flagged', () => {
    const file = 'so-58211880-cannot-use-import-statement-outside-module.html';
    expect(thread(file).thread.answers.filter((a) => a.deleted)).toHaveLength(11);
    expect(answer(file, '65415139')).toMatchObject({
      author: 'Cleber BarboSa',
      permalink: 'https://stackoverflow.com/a/65415139',
      score: -1,
      deleted: true,
      accepted: false,
      time: '2020-12-22T20:03:34.000Z',
    });
    expect(answer(file, '65415139').text).not.toContain('This post is hidden');
  });

  it('2022: no accepted answer', () => {
    const t = thread('so-72349922-tableau-snowflake-odbc-2022.html');
    expect(t.thread.answers.some((a) => a.accepted)).toBe(false);
    expect(answer('so-72349922-tableau-snowflake-odbc-2022.html', '72381195')).toMatchObject({
      author: 'Dave Welden',
      score: 0,
      time: '2022-05-25T16:20:24.000Z',
    });
  });
});
