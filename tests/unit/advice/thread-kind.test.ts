import { describe, expect, it } from 'vitest';
import { kindOf } from '../../../lib/advice/kind';
import { threadKind } from '../../../lib/advice/thread-kind';
import type { SiteId, Thread } from '../../../lib/model';
import { makeThread } from './make-thread';

function thread(site: SiteId, url: string, title: string, text = ''): Thread {
  const made = makeThread(title, []);
  return { ...made, site, url, question: { ...made.question, permalink: url, text } };
}

describe('threadKind', () => {
  it('counts every thread of a Q&A site or an asking subsite as a question', () => {
    expect(
      threadKind(thread('stackexchange', 'https://stackoverflow.com/questions/1/x', 'Decimal to double')),
    ).toBe('question');
    expect(threadKind(thread('askbot', 'https://ask.example.org/question/2/x', 'Devstack with docker'))).toBe(
      'question',
    );
    expect(
      threadKind(
        thread(
          'metafilter',
          'https://ask.metafilter.com/3/Back-spasms',
          'Unrelenting back spasms',
          'It hurts.',
        ),
      ),
    ).toBe('question');
    expect(
      threadKind(
        thread(
          'reddit',
          'https://www.reddit.com/r/AskParents/comments/abc/bras/',
          'Training bras',
          'She is 9.',
        ),
      ),
    ).toBe('question');
  });

  it('reads a question or a request in the title or at either end of the opening post', () => {
    expect(
      threadKind(thread('hackernews', 'https://news.ycombinator.com/item?id=1', 'Ask HN: Best papers')),
    ).toBe('question');
    expect(
      threadKind(thread('discourse', 'https://forum.example/t/x/4', 'Which router for a small flat?')),
    ).toBe('question');
    expect(
      threadKind(
        thread(
          'phpbb',
          'https://forum.example/viewtopic.php?t=5',
          'Batch to exe',
          'I need help with a script.',
        ),
      ),
    ).toBe('question');
    const longStory = 'My script maps drives. '.repeat(60);
    expect(
      threadKind(
        thread(
          'phpbb',
          'https://forum.example/viewtopic.php?t=6',
          'Passwords in a script',
          `${longStory}Or should I use two files?`,
        ),
      ),
    ).toBe('question');
  });

  const asksHow: [SiteId, string, string, 'question' | 'discussion'][] = [
    ['discourse', 'https://forum.example/t/x/7', 'How to stop my dog pulling on the leash', 'question'],
    ['phpbb', 'https://forum.example/t/x/8', 'Best way to learn kanji as an adult', 'question'],
    ['generic', 'https://forum.example/t/x/9', 'Tips for jet lag flying east', 'question'],
    ['reddit', 'https://www.reddit.com/r/dogs/comments/1/x/', 'How to stop my dog pulling', 'question'],
    ['generic', 'https://forum.example/t/x/10', 'Pipes froze last night, how to prevent it', 'question'],
    // An article's title on a news site asks nothing.
    ['hackernews', 'https://news.ycombinator.com/item?id=2', 'How to build a compiler', 'discussion'],
  ];
  it.each(asksHow)(
    'reads "How to …", "Best way to …", "Tips for …" as a request, on a link site only of the poster\'s own (%s: %s, %s)',
    (site, url, title, kind) => {
      expect(threadKind(thread(site, url, title))).toBe(kind);
    },
  );

  it('reads a title telling of a problem that goes on as a request, on a help forum', () => {
    for (const title of [
      'Home wifi keeps dropping every evening',
      'Roommate never does the dishes',
      'Bread always comes out too dense',
    ])
      expect(threadKind(thread('discourse', 'https://forum.example/t/x/11', title, 'Details below.'))).toBe(
        'question',
      );
    // A symptom, a harm under way, a slowness, something that happens every time.
    for (const title of [
      'Knee pain after cycling',
      'Slugs are destroying my hostas',
      'Fiddle leaf fig dropping leaves',
      'Windows 10 laptop takes 5 minutes to boot',
      'Baby screams every time we put her in the car seat',
      "Phone storage full, can't even update",
      // A machine misbehaving.
      'Rear derailleur skips gears under load',
      'Ceiling fan wobbles on high speed',
    ])
      expect(threadKind(thread('discourse', 'https://forum.example/t/x/13', title, 'Details below.'))).toBe(
        'question',
      );
    expect(
      threadKind(
        thread('discourse', 'https://forum.example/t/x/14', 'Pain points of async Rust', 'An essay.'),
      ),
    ).toBe('discussion');
    // In the post's body such words tell a story.
    expect(
      threadKind(
        thread(
          'discourse',
          'https://forum.example/t/x/12',
          'My trip to Lisbon',
          'I never thought it would rain.',
        ),
      ),
    ).toBe('discussion');
    expect(
      threadKind(
        thread(
          'reddit',
          'https://www.reddit.com/r/pics/comments/2/x/',
          'My cat keeps sleeping on my keyboard',
        ),
      ),
    ).toBe('discussion');
  });

  it('reads a problem stated on a help forum as a request for its fix, not on a news site', () => {
    expect(
      threadKind(
        thread(
          'discourse',
          'https://forum.example/t/app-crash/9',
          'App crashes on startup after upgrading to 2.0',
          'It shows a white screen.',
        ),
      ),
    ).toBe('question');
    expect(
      threadKind(
        thread(
          'phpbb',
          'https://forum.example/viewtopic.php?t=9',
          'Batch file',
          'The script fails with error 5 on Windows 10.',
        ),
      ),
    ).toBe('question');
    // What the asker tried and that did not fix it.
    expect(
      threadKind(
        thread(
          'discourse',
          'https://forum.example/t/gears/12',
          'Rear derailleur',
          'I turned the barrel adjuster a bit but it didn’t fix it.',
        ),
      ),
    ).toBe('question');
    expect(
      threadKind(
        thread(
          'discourse',
          'https://forum.example/t/roadmap/10',
          'Our roadmap for 2024',
          'Here is what we are building this year.',
        ),
      ),
    ).toBe('discussion');
    expect(
      threadKind(thread('hackernews', 'https://news.ycombinator.com/item?id=11', 'Plane crashes at airport')),
    ).toBe('discussion');
  });

  it('calls a link, news or a story shared for comment a discussion', () => {
    expect(
      threadKind(thread('hackernews', 'https://news.ycombinator.com/item?id=7', 'A database for 2022')),
    ).toBe('discussion');
    expect(
      threadKind(
        thread(
          'metafilter',
          'https://www.metafilter.com/8/Plane-crash',
          'Plane crashes into the trade center.',
          'CNN has more.',
        ),
      ),
    ).toBe('discussion');
    expect(
      threadKind(
        thread('reddit', 'https://www.reddit.com/r/aww/comments/def/ben/', 'Ben is very proud of himself'),
      ),
    ).toBe('discussion');
    // A headline's "can help you" is not a request for help.
    expect(
      threadKind(
        thread(
          'metafilter',
          'https://www.metafilter.com/9/x',
          'How Having a Boyfriend Can Help You Get the Boyfriend of Your Dreams',
        ),
      ),
    ).toBe('discussion');
  });

  it('survives a thread whose URL cannot be parsed', () => {
    expect(threadKind(thread('generic', 'not a url', 'Notes from the meetup'))).toBe('discussion');
  });
});

describe('kindOf: the replies read too', () => {
  const fixes: [string, string][] = [
    ['ann', 'Fill it with water and a spoon of baking soda, boil it, then scrape with a wooden spatula.'],
    ['bob', 'Bar Keepers Friend. Made for exactly this.'],
    ['cat', 'Deglaze it with some water while it simmers.'],
    ['dan', 'Never use steel wool on it, you will scratch it for good.'],
  ];
  const chat: [string, string][] = [
    ['ann', 'That pan has seen some things.'],
    ['bob', 'My grandmother had one just like it.'],
    ['cat', 'I laughed at the photo, sorry.'],
    ['dan', 'Rice is the worst for this.'],
  ];
  const onForum = (
    answers: [string, string][],
    site: SiteId = 'discourse',
    url = 'https://forum.example/t/pan/1',
  ) => {
    const made = makeThread('Burnt-on mess in my stainless steel pan', answers);
    return { ...made, site, url, question: { ...made.question, text: 'Scrubbing does nothing.' } };
  };
  it('reads a problem told without a question as a request when most answers open with a fix', () => {
    expect(threadKind(onForum(fixes))).toBe('discussion');
    expect(kindOf(onForum(fixes))).toBe('question');
  });
  it('but not when the answers only chat, nor on a news or link site', () => {
    expect(kindOf(onForum(chat))).toBe('discussion');
    expect(kindOf(onForum(fixes, 'reddit', 'https://www.reddit.com/r/pics/comments/1/pan/'))).toBe(
      'discussion',
    );
    expect(kindOf(onForum(fixes.slice(0, 2)))).toBe('discussion');
  });
});
