import { describe, expect, it } from 'vitest';
import { lemmy } from '../../../lib/sites/lemmy';
import { loadFixture } from './fixture';

const url = new URL('https://lemmy.example.org/post/123456');
const perma = (id: number): string => `https://lemmy.example.org/comment/${id}`;

describe('lemmy adapter: embedded isoData', () => {
  const doc = loadFixture('lemmy-post-comment-tree.html');
  const thread = lemmy.extract(doc, url)!;

  it('recognises a lemmy-ui post page on any instance', () => {
    expect(lemmy.detect(doc, url)).toBe(true);
    expect(lemmy.detect(doc, new URL('https://other.example.net/post/123456'))).toBe(true);
    expect(lemmy.detect(doc, new URL('https://lemmy.example.org/c/homeimprovement'))).toBe(false);
    expect(thread.id).toBe('lemmy:lemmy.example.org:123456');
    expect(thread.title).toBe('Best way to descale a kettle?');
  });

  it('reads the post', () => {
    expect(thread.question).toMatchObject({
      id: '123456',
      author: 'kettlehead',
      score: 23,
      time: '2024-05-10T08:00:00.000Z',
      permalink: 'https://lemmy.example.org/post/123456',
      text: 'My kettle is full of white crust.\n\nWhat actually works?',
    });
  });

  it('reads the comment tree with parents, scores, times and the deleted comment', () => {
    expect(
      thread.answers.map((a) => [a.id, a.author, a.score, a.parentId, a.deleted, a.time, a.permalink]),
    ).toEqual([
      ['1001', 'descaler', 15, null, false, '2024-05-10T08:30:00.000Z', perma(1001)],
      ['1002', 'kettlehead', 3, '1001', false, '2024-05-10T09:00:00.000Z', perma(1002)],
      ['1003', 'gone', 0, '1002', true, '2024-05-10T09:10:00.000Z', perma(1003)],
      ['1004', 'rinser', -2, null, false, '2024-05-11T12:00:00.000Z', perma(1004)],
    ]);
    expect(thread.answers[2]!.text).toBe('');
    expect(thread.answers.every((a) => !a.accepted)).toBe(true);
  });
});

describe('lemmy adapter: rendered tree without isoData', () => {
  const doc = loadFixture('lemmy-post-comment-tree.html');
  doc.querySelector('script')!.remove();
  const thread = lemmy.extract(doc, url)!;

  it('still reads ids, authors, parents and the deleted comment from the markup', () => {
    expect(lemmy.detect(doc, url)).toBe(true);
    expect(thread.question.author).toBe('kettlehead');
    expect(thread.question.text).toBe('My kettle is full of white crust.\n\nWhat actually works?');
    expect(thread.answers.map((a) => [a.id, a.author, a.parentId, a.deleted])).toEqual([
      ['1001', 'descaler', null, false],
      ['1002', 'kettlehead', '1001', false],
      ['1003', 'gone@remote.example.net', '1002', true],
      ['1004', 'rinser', null, false],
    ]);
    expect(thread.answers[0]!.text).toBe(
      'Citric acid: one tablespoon in a full kettle, boil, leave for an hour.',
    );
  });
});

describe('lemmy adapter: post bodies for highlights', () => {
  it('finds the post and a comment, without the comment’s replies', () => {
    const doc = loadFixture('lemmy-post-comment-tree.html');
    expect(lemmy.postBody!(doc, '123456')?.textContent).toContain('What actually works?');
    const body = lemmy.postBody!(doc, '1001')!;
    expect(body.textContent).toContain('Citric acid');
    expect(body.textContent).not.toContain('Does vinegar work');
  });
});

describe('lemmy adapter: serialize-javascript output', () => {
  it('reads isoData whose absent fields were printed as undefined', () => {
    const doc = loadFixture('lemmy-post-comment-tree.html');
    const script = doc.querySelector('script')!;
    script.textContent = (script.textContent ?? '').replace(
      '"errorPageData": null',
      '"errorPageData":undefined',
    );
    expect(script.textContent).toContain(':undefined');
    const thread = lemmy.extract(doc, url)!;
    // Scores only come from isoData, so a score proves it was read.
    expect(thread.answers[0]!.score).toBe(15);
  });
});
