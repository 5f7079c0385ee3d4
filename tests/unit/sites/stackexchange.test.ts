import { describe, expect, it } from 'vitest';
import { stackexchange } from '@/lib/sites/stackexchange';
import { analyzePage } from '@/lib/pipeline';
import { fixture, mine } from './load';

const OLD = 'stackexchange-2013-table-layout.html';
const OLD_URL = new URL(
  'https://serverfault.com/questions/311177/how-do-i-keep-a-process-running-after-i-close-ssh',
);
const NEW = 'stackexchange-current-stacks.html';
const NEW_URL = new URL('https://superuser.com/questions/1780042/laptop-fan-runs-at-full-speed-when-idle');

describe('stackexchange adapter, 2013 table layout', () => {
  const thread = stackexchange.extract(fixture(OLD), OLD_URL)!;

  it('reads the question with its owner, not its editor', () => {
    expect(thread.id).toBe('stackexchange:serverfault.com:311177');
    expect(thread.site).toBe('stackexchange');
    expect(thread.url).toBe(
      'http://serverfault.com/questions/311177/how-do-i-keep-a-process-running-after-i-close-ssh',
    );
    expect(thread.title).toBe('How do I keep a process running after I close SSH?');
    expect(thread.question).toMatchObject({
      id: '311177',
      author: 'night owl',
      score: 42,
      time: '2011-09-14T18:02:11.000Z',
      accepted: false,
      deleted: false,
      parentId: null,
    });
    expect(thread.question.text).toBe(
      'I start a long backup job over SSH, and when my laptop goes to sleep the connection drops and the job dies with it.\n\nWhat is the right way to keep it running on the server?',
    );
  });

  it('reads every answer but no comment', () => {
    expect(thread.answers.map((a) => a.id)).toEqual(['311179', '311190', '311204']);
    expect(thread.answers.some((a) => a.text.includes('screen works too'))).toBe(false);
    expect(thread.question.text).not.toContain('Which distribution');
  });

  it('reads the accepted answer edited by someone else', () => {
    const a = thread.answers[0]!;
    expect(a).toMatchObject({
      id: '311179',
      author: 'tmux fan',
      permalink: 'https://serverfault.com/a/311179',
      score: 57,
      accepted: true,
      time: '2011-09-14T18:05:42.000Z',
      parentId: null,
      deleted: false,
    });
    expect(a.code).toEqual(['tmux new -s backup\n./backup.sh\n# press Ctrl-b d to detach']);
    expect(a.links).toEqual(['http://tmux.sourceforge.net/']);
  });

  it('keeps quotes apart and flags the deleted answer', () => {
    expect(thread.answers[1]).toMatchObject({ author: 'unix greybeard', score: 9, accepted: false });
    expect(thread.answers[1]!.quotes).toEqual(['when my laptop goes to sleep the connection drops']);
    expect(thread.answers[2]).toMatchObject({
      id: '311204',
      author: 'user90211',
      score: -2,
      deleted: true,
      time: '2011-09-15T07:12:00.000Z',
      text: 'Just never close the laptop.',
    });
  });
});

describe('stackexchange adapter, current markup', () => {
  const thread = stackexchange.extract(fixture(NEW), NEW_URL)!;

  it('reads the question', () => {
    expect(thread.id).toBe('stackexchange:superuser.com:1780042');
    expect(thread.title).toBe('Laptop fan runs at full speed when idle');
    expect(thread.question).toMatchObject({
      id: '1780042',
      author: 'quiet please',
      permalink: 'https://superuser.com/questions/1780042/laptop-fan-runs-at-full-speed-when-idle',
      score: 7,
      time: '2023-04-02T08:14:09.000Z',
    });
  });

  it('reads the answers with owner, score, acceptance, time', () => {
    expect(thread.answers.map((a) => [a.id, a.author, a.score, a.accepted, a.deleted, a.time])).toEqual([
      ['1780100', 'power user', 15, true, false, '2023-04-02T09:31:27.000Z'],
      ['1780215', 'rollback fan', 3, false, false, '2023-04-04T17:02:45.000Z'],
      ['1780390', 'gadget seller', -3, false, true, '2023-04-05T22:10:00.000Z'],
    ]);
    expect(thread.answers.map((a) => a.permalink)).toEqual([
      'https://superuser.com/a/1780100',
      'https://superuser.com/a/1780215',
      'https://superuser.com/a/1780390',
    ]);
  });

  it('keeps code, quotes and links, and leaves out the deletion notice', () => {
    const [accepted, rollback, deleted] = thread.answers;
    expect(accepted!.code).toEqual(['powercfg /requests\npowercfg /energy']);
    expect(accepted!.links).toEqual([
      'https://learn.microsoft.com/windows-hardware/design/device-experiences/powercfg-command-line-options',
    ]);
    expect(accepted!.text).not.toContain('This worked for me too');
    expect(rollback!.quotes).toEqual(['It started after the last Windows update.']);
    expect(deleted!.text).toBe('Buy a cooling pad, works every time.');
  });

  it('goes through the whole pipeline', () => {
    const out = analyzePage(fixture(NEW), NEW_URL);
    expect(out.recognised).toBe(true);
    if (out.recognised) {
      expect(out.site).toBe('stackexchange');
      expect(out.thread.answers).toHaveLength(3);
    }
  });
});

describe('stackexchange detection', () => {
  it('claims SE question pages on network hosts only', () => {
    expect(stackexchange.detect(fixture(NEW), NEW_URL)).toBe(true);
    expect(stackexchange.detect(fixture(OLD), OLD_URL)).toBe(true);
    expect(stackexchange.detect(fixture(NEW), new URL('https://example.com/questions/1780042/x'))).toBe(
      false,
    );
    expect(
      stackexchange.detect(
        fixture('hackernews-ask-hn.html'),
        new URL('https://stackoverflow.com/questions/1/x'),
      ),
    ).toBe(false);
  });

  it('is the only one of these adapters to claim its fixtures', () => {
    for (const [name, url] of [
      [OLD, OLD_URL],
      [NEW, NEW_URL],
    ] as const) {
      const doc = fixture(name);
      expect(mine.filter((a) => a.detect(doc, url)).map((a) => a.id)).toEqual(['stackexchange']);
    }
  });

  it('never throws on an empty or broken page', () => {
    const empty = fixture('stackexchange-2013-table-layout.html');
    empty.body.innerHTML = '<div id="question"></div>';
    expect(() => stackexchange.extract(empty, OLD_URL)).not.toThrow();
    expect(stackexchange.extract(empty, OLD_URL)?.answers).toEqual([]);
  });
});

describe('stackexchange postBody', () => {
  it('finds the element holding a post’s own text', () => {
    const doc = fixture(NEW);
    expect(stackexchange.postBody!(doc, '1780042')?.textContent).toContain('fan spins at full speed');
    expect(stackexchange.postBody!(doc, '1780100')?.textContent).toContain('powercfg /requests');
    expect(stackexchange.postBody!(doc, '1780100')?.textContent).not.toContain('This worked for me too');
    expect(stackexchange.postBody!(fixture(OLD), '311190')?.textContent).toContain('nohup');
    expect(stackexchange.postBody!(doc, '999')).toBeNull();
    expect(stackexchange.postBody!(doc, '"]x')).toBeNull();
  });
});
