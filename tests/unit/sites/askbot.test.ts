import { describe, expect, it } from 'vitest';
import { askbot } from '../../../lib/sites/askbot';
import { loadFixture } from './fixture';

const url = new URL('https://qa.example.org/en/question/777/why-does-my-pip-install-hang/');

describe('askbot adapter', () => {
  const doc = loadFixture('askbot-question-accepted.html');
  const thread = askbot.extract(doc, url)!;

  it('recognises Askbot by its question markup and script', () => {
    expect(askbot.detect(doc, url)).toBe(true);
    expect(thread.id).toBe('askbot:qa.example.org:777');
    expect(thread.title).toBe('Why does my pip install hang?');
  });

  it('reads an anonymous question with its votes and zoned time', () => {
    expect(thread.question).toMatchObject({
      id: '777',
      author: 'Anonymous',
      score: 3,
      // 2015-02-03 10:20:30 +0100
      time: '2015-02-03T09:20:30.000Z',
      text: 'pip install stops at "Collecting packages" and never finishes.',
    });
  });

  it('reads answers and comments (as replies to their post), accepted and deleted flags', () => {
    expect(
      thread.answers.map((a) => [a.id, a.author, a.score, a.accepted, a.deleted, a.parentId, a.time]),
    ).toEqual([
      ['780', 'proxyfan', 2, false, false, '777', '2015-02-03T10:00:00.000Z'],
      ['781', 'pythonista', 7, true, false, null, '2015-02-03T11:30:00.000Z'],
      ['790', 'reinstaller', -1, false, true, null, '2015-02-04T07:00:00.000Z'],
    ]);
    expect(thread.answers.map((a) => a.permalink)).toEqual([
      'https://qa.example.org/en/question/777/why-does-my-pip-install-hang/?comment=780#post-id-780',
      'https://qa.example.org/en/question/777/why-does-my-pip-install-hang/?answer=781#post-id-781',
      'https://qa.example.org/en/question/777/why-does-my-pip-install-hang/?answer=790#post-id-790',
    ]);
  });

  it('skips the blank comment template the page script clones', () => {
    expect(thread.answers.some((a) => a.id === '0')).toBe(false);
  });
});

describe('askbot adapter: post bodies for highlights', () => {
  it('finds answers and comments by id', () => {
    const doc = loadFixture('askbot-question-accepted.html');
    expect(askbot.postBody!(doc, '781')?.textContent).toContain('to see where it waits');
    expect(askbot.postBody!(doc, '780')?.textContent).toContain('Are you behind a proxy?');
  });
});
