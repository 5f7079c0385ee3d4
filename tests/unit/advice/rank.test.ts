import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../../lib/advice';
import { scoreOf, stanceOf } from '../../../lib/advice/rank';
import type { Supporter, Thread } from '../../../lib/model';
import { authorsOf, makeThread, together } from './make-thread';

function supporter(stance: 'for' | 'against'): Supporter {
  return { postId: '1', author: 'a', permalink: 'https://x/#1', quote: 'q', stance };
}

describe('scoreOf: people first, then votes and accepted answers', () => {
  // [people, votes, accepted] pairs, the first must outrank the second.
  const order: [[number, number, boolean], [number, number, boolean]][] = [
    [
      [3, 0, false],
      [2, 500, true],
    ],
    [
      [2, 10, false],
      [2, 3, false],
    ],
    [
      [2, 0, true],
      [2, 5, false],
    ],
    [
      [1, 1, false],
      [1, 0, false],
    ],
    [
      [1, 0, false],
      [0, 1000, true],
    ],
  ];
  it.each(order)('%j ranks above %j', (a, b) => {
    expect(scoreOf(...a)).toBeGreaterThan(scoreOf(...b));
  });

  it('never lets votes make up for one person', () => {
    expect(scoreOf(1, 1_000_000, true)).toBeLessThan(2);
  });
});

describe('stanceOf', () => {
  const cases: [('for' | 'against')[], string][] = [
    [['for', 'for'], 'for'],
    [['for', 'against'], 'mixed'],
    [['against', 'against'], 'against'],
    [['against'], 'against'],
  ];
  it.each(cases)('%j → %s', (stances, expected) => {
    expect(stanceOf(stances.map(supporter))).toBe(expected);
  });
});

describe('ranking whole threads', () => {
  it('orders by distinct people, then by votes', () => {
    const list = analyzeThread(
      makeThread('Back pain', [
        { author: 'ann', text: 'Try acupuncture.', score: 1 },
        { author: 'ben', text: 'Look into acupuncture.', score: 0 },
        { author: 'cat', text: 'I recommend acupuncture, it worked for me.', score: 0 },
        { author: 'dan', text: "I'd recommend a standing desk.", score: 40 },
        { author: 'eve', text: 'Get a standing desk.', score: 30 },
        { author: 'fay', text: 'Try magnesium supplements.', score: 2 },
        { author: 'gus', text: 'Magnesium glycinate helped me a lot.', score: 1 },
      ]),
    );
    expect(authorsOf(list[0]!)).toEqual(['ann', 'ben', 'cat']);
    expect(authorsOf(list[1]!)).toEqual(['dan', 'eve']);
    expect(list[1]!.votes).toBe(70);
    expect(authorsOf(list[2]!)).toEqual(['fay', 'gus']);
    // The score is the rank order.
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
  });

  it('an accepted answer leads among equals', () => {
    const list = analyzeThread(
      makeThread('Slow laptop', [
        { author: 'ann', text: 'Replace the hard drive with an SSD.', score: 2 },
        { author: 'ben', text: 'Reinstall the operating system from scratch.', score: 0, accepted: true },
      ]),
    );
    expect(list[0]!.supporters[0]!.author).toBe('ben');
  });

  it('someone arguing against makes a suggestion mixed, and is not counted as a person for it', () => {
    const list = analyzeThread(
      makeThread('Back pain', [
        ['ann', 'Try yoga, it helped me a lot.'],
        ['ben', "Don't do yoga, it will wreck your back if you are inflexible."],
        ['cat', 'Gentle yoga classes are worth it.'],
      ]),
    );
    const s = together(list, 'ann', 'ben')!;
    expect(s.stance).toBe('mixed');
    expect(s.people).toBe(2);
    expect(s.supporters.find((p) => p.author === 'ben')!.stance).toBe('against');
  });

  it('a suggestion everyone argues against is "against", counts the people who warn, and ranks by them', () => {
    const list = analyzeThread(
      makeThread('Sore back', [
        ['ann', "Don't use ice, it makes the tightness worse."],
        ['ben', 'Avoid ice on a muscle spasm.'],
        ['cat', 'Try acupuncture.'],
      ]),
    );
    const ice = together(list, 'ann', 'ben')!;
    expect(ice.stance).toBe('against');
    expect(ice.people).toBe(2);
    expect(ice.label).toMatch(/^(?:Don't use|Avoid) ice\b/);
    expect(list.indexOf(ice)).toBeLessThan(list.findIndex((s) => authorsOf(s).includes('cat')));
  });
});

describe("the asker's word that an answer worked ranks it as an accepted answer is ranked", () => {
  const thread = (reply: string) =>
    makeThread(
      'Why does my windshield fog up on the inside every morning?',
      [
        { author: 'bexley', text: 'Crack a window an inch overnight so the moisture can get out.', score: 5 },
        { author: 'ardo', text: 'Turn the AC on with the heat. The AC dries the air.', score: 4 },
        { author: 'asker', text: reply, replyTo: 1 },
      ],
      'asker',
    );
  const first = (reply: string) => authorsOf(analyzeThread(thread(reply))[0]!);

  it.each([
    'I tried the AC this morning and it cleared in two minutes, thanks!',
    'That was it, thank you so much.',
    'This worked like a charm.',
  ])('"%s" puts the answer it replies to first', (reply) => {
    expect(first(reply)).toEqual(['ardo']);
  });

  it.each([
    "Thanks, I'll try that tomorrow.",
    "That didn't work, it's still fogging.",
    'It is still not fixed.',
  ])('"%s" confirms nothing: the order stays the thread\'s', (reply) => {
    expect(first(reply)).toEqual(['bexley']);
  });

  it('no one counts as the asker in a thread whose asker is unnamed', () => {
    const t = thread('That was it, thank you so much.');
    const anonymous = {
      ...t,
      question: { ...t.question, author: '[deleted]' },
      answers: t.answers.map((a) => (a.author === 'asker' ? { ...a, author: '[deleted]' } : a)),
    };
    expect(authorsOf(analyzeThread(anonymous)[0]!)).toEqual(['bexley']);
  });
});

describe('what the asker says fixed it', () => {
  it('"Adding timeout=10 fixed the hanging, thanks." puts that answer first; "Nothing has fixed it" does not', () => {
    const thread = (reply: string) =>
      makeThread('Why does my Python requests call hang forever?', [
        { author: 'nora', text: 'Log the response time of every call for a day.', score: 5 },
        { author: 'ingrid', text: 'Always pass a timeout. Without it requests will wait forever.', score: 4 },
        { author: 'asker', text: reply, replyTo: 1 },
      ]);
    expect(authorsOf(analyzeThread(thread('Adding timeout=10 fixed the hanging, thanks.'))[0]!)).toEqual([
      'ingrid',
    ]);
    expect(authorsOf(analyzeThread(thread('Nothing has fixed it so far.'))[0]!)).toEqual(['nora']);
  });
});

describe('a supporter says how the asker vouched for their answer', () => {
  it("the site's mark is the site's; the asker's reply is quoted and linked; other answers carry nothing", () => {
    const thread = makeThread(
      'Why does my windshield fog up on the inside every morning?',
      [
        { author: 'bexley', text: 'Crack a window an inch overnight so the moisture can get out.', score: 5 },
        { author: 'ardo', text: 'Turn the AC on with the heat. The AC dries the air.', score: 4 },
        {
          author: 'asker',
          text: 'Update: I tried the AC this morning and it cleared in two minutes. Thanks! Now the rear window…',
          replyTo: 1,
        },
        { author: 'cyd', text: 'Wipe the inside of the glass with newspaper and vinegar.', accepted: true },
      ],
      'asker',
    );
    const reply = thread.answers[2]!;
    const supporter = (name: string) =>
      analyzeThread(thread)
        .flatMap((s) => s.supporters)
        .find((p) => p.author === name)!;
    expect(supporter('ardo').accepted).toEqual({
      by: 'asker',
      reply: {
        postId: reply.id,
        permalink: reply.permalink,
        quote: 'Update: I tried the AC this morning and it cleared in two minutes.',
      },
    });
    expect(supporter('cyd').accepted).toEqual({ by: 'site' });
    expect(supporter('bexley')).not.toHaveProperty('accepted');
  });

  it('a report naming a file is quoted from its start, not from the dot in the name', () => {
    const thread = makeThread('Docker container cannot resolve hostnames', [
      { author: 'hiro', text: 'Add "dns": ["8.8.8.8"] to /etc/docker/daemon.json and restart docker.' },
      { author: 'asker', text: 'Adding the dns entry to daemon.json fixed it. Thanks!', replyTo: 0 },
    ]);
    const a = analyzeThread(thread)[0]!.supporters[0]!.accepted;
    expect(a?.by === 'asker' && a.reply.quote).toBe('Adding the dns entry to daemon.json fixed it.');
  });

  it('a long report is quoted up to an ellipsis', () => {
    const long = `That was it, ${'and the windows have stayed clear every single morning since '.repeat(4)}thanks.`;
    const thread = makeThread('Windshield fog', [
      { author: 'ardo', text: 'Turn the AC on with the heat.' },
      { author: 'asker', text: long, replyTo: 0 },
    ]);
    const a = analyzeThread(thread)[0]!.supporters[0]!.accepted;
    expect(a?.by).toBe('asker');
    const quote = a?.by === 'asker' ? a.reply.quote : '';
    expect(quote.length).toBeLessThanOrEqual(160);
    expect(quote).toMatch(/^That was it, and the windows .*…$/);
  });
});

describe('what the asker did and what came of it confirms the answer it replies to', () => {
  const thread = (reply: string) =>
    makeThread('How do I get my baby to take a bottle?', [
      { author: 'hanne', text: 'Have someone else give the bottle, and leave the house.', score: 5 },
      {
        author: 'jorge',
        text: 'Try a Comotomo bottle. It is softer and shaped more like the real thing.',
        score: 1,
      },
      { author: 'asker', text: reply, replyTo: 1 },
    ]);
  const confirmed = (reply: string) =>
    analyzeThread(thread(reply))
      .flatMap((s) => s.supporters)
      .find((p) => p.author === 'jorge')?.accepted;

  it.each([
    'We got a Comotomo yesterday and she took two ounces from my partner this morning!',
    "Put one out on Sunday and by Thursday there wasn't a problem in sight. Thank you!",
    'Asked for a signing bonus and they gave me 10k. Thank you!!',
    'Scrubbed it and baked it last night, it looks brand new! Thank you.',
    'It was the bottle all along. Switched to the Comotomo and she drank the lot. Thanks!',
  ])('"%s" confirms it, and ranks it first', (reply) => {
    expect(confirmed(reply)?.by).toBe('asker');
    expect(authorsOf(analyzeThread(thread(reply))[0]!)).toEqual(['jorge']);
  });

  it.each([
    'Got the Comotomo yesterday and washed it. Fingers crossed!',
    'We got a Comotomo and she screamed the whole time!',
    'We got a Comotomo and she still refuses it. Thanks anyway!',
    'Bought one and it broke after a week!',
  ])('"%s" confirms nothing', (reply) => {
    expect(confirmed(reply)).toBeUndefined();
  });
});

/**
 * A thread of two answers, the first voted higher, and the asker's reply to the second: whose
 * advice leads says whether the reply confirmed it.
 */
const askerRepliesToSecond =
  (title: string, first: [string, string], second: [string, string]) =>
  (reply: string): Thread =>
    makeThread(
      title,
      [
        { author: first[0], text: first[1], score: 5 },
        { author: second[0], text: second[1], score: 2 },
        { author: 'asker', text: reply, replyTo: 1 },
      ],
      'asker',
    );

describe('the asker telling how much better it got', () => {
  const thread = askerRepliesToSecond(
    'TypeScript compile takes forever in our monorepo',
    ['ula', 'Set incremental to true so it keeps a build info file between runs.'],
    ['tom', 'Turn on project references and build with tsc --build.'],
  );
  it('"Project references took it from 3 minutes to 40 seconds. Thanks!" puts that answer first', () => {
    expect(
      authorsOf(
        analyzeThread(thread('Project references took it from 3 minutes to 40 seconds. Thanks!'))[0]!,
      ),
    ).toEqual(['tom']);
  });
  it('guard: "It went from 3 minutes to 5 minutes, still slow. Thanks anyway!" confirms nothing', () => {
    expect(
      authorsOf(analyzeThread(thread('It went from 3 minutes to 5 minutes, still slow. Thanks anyway!'))[0]!),
    ).toEqual(['ula']);
  });
});

describe('the asker saying what they did worked, in a gerund, or to their surprise', () => {
  const thread = askerRepliesToSecond(
    'Constant merge conflicts in package-lock.json',
    ['fay', 'Make sure everyone on the team uses the same npm version.'],
    ['bree', 'Just run npm install after the conflict, npm resolves the markers itself.'],
  );
  it.each([
    'Just running npm install after the conflict worked, I had no idea. Thanks!',
    'The npm install thing actually works?! Thank you!',
  ])('"%s" puts that answer first', (reply) => {
    expect(authorsOf(analyzeThread(thread(reply))[0]!)).toEqual(['bree']);
  });
  it('guard: "Running npm install didn\'t work, still conflicts." confirms nothing', () => {
    expect(authorsOf(analyzeThread(thread("Running npm install didn't work, still conflicts."))[0]!)).toEqual(
      ['fay'],
    );
  });
});

describe('the asker owning the cause the answer named', () => {
  const thread = askerRepliesToSecond(
    'React useEffect fetches my data twice',
    ['ned', 'Use React Query or SWR instead of fetching in useEffect.'],
    [
      'kai',
      'That is StrictMode. In development it mounts every component twice. Build for production to check.',
    ],
  );
  it('"Ah, it was StrictMode. Thanks!" puts that answer first, quoting the asker', () => {
    const list = analyzeThread(
      thread('Ah, it was StrictMode. Built for production and only one request. Thanks!'),
    );
    expect(authorsOf(list[0]!)).toEqual(['kai']);
    const reply = list[0]!.supporters[0]!.accepted;
    expect(reply?.by === 'asker' ? reply.reply.quote : undefined).toBe('Ah, it was StrictMode.');
  });
  it('guard: "It was the weekend, sorry for the late reply." names nothing of the answer', () => {
    expect(authorsOf(analyzeThread(thread('It was the weekend, sorry for the late reply.'))[0]!)).toEqual([
      'ned',
    ]);
  });
});

describe('stop 58: the asker naming what they used as worked, or what they sent and what came of it', () => {
  it('"The hot vinegar and dawn worked on most of it!" puts that answer first', () => {
    const thread = askerRepliesToSecond(
      'How do I get rid of hard water stains on my glass shower door?',
      ['dan', 'Use a squeegee after every shower.'],
      [
        'ada',
        'White vinegar, warm it in the microwave, spray it on and let it sit 15 minutes before scrubbing.',
      ],
    );
    expect(
      authorsOf(analyzeThread(thread('The hot vinegar and dawn worked on most of it! Thanks.'))[0]!),
    ).toEqual(['ada']);
  });
  it.each(['The squeegee never worked.', 'The hot vinegar would have worked if I had more time.'])(
    'guard: "%s" confirms nothing',
    (reply) => {
      const thread = askerRepliesToSecond(
        'How do I get rid of hard water stains on my glass shower door?',
        ['dan', 'Use a squeegee after every shower.'],
        ['ada', 'White vinegar, warm it in the microwave, spray it on and let it sit 15 minutes.'],
      );
      expect(authorsOf(analyzeThread(thread(reply))[0]!)).toEqual(['dan']);
    },
  );
  const invoice = askerRepliesToSecond(
    "Freelance client hasn't paid my invoice in 60 days",
    ['hal', 'Offer a payment plan. Some money is better than none.'],
    ['ada', 'Send a formal final notice with a date. Say that after that date it goes to collections.'],
  );
  it('"Sent the final notice with a date and they paid the next day. Wow." puts that answer first', () => {
    expect(
      authorsOf(
        analyzeThread(invoice('Sent the final notice with a date and they paid the next day. Wow.'))[0]!,
      ),
    ).toEqual(['ada']);
  });
  it('guard: "The notice worked for a day, then they went quiet again." confirms nothing', () => {
    expect(
      authorsOf(analyzeThread(invoice('The notice worked for a day, then they went quiet again.'))[0]!),
    ).toEqual(['hal']);
  });
});

describe('stop 58: the asker saying it saved them time', () => {
  it('"rerere! Never heard of it and it saved me an hour. Thanks." puts that answer first', () => {
    const thread = askerRepliesToSecond(
      'Git rebase keeps stopping with the same conflict over and over',
      ['gus', 'Rebase more often. If you had rebased every day the conflicts would be tiny.'],
      ['ada', 'Turn on rerere. git remembers how you resolved a conflict and replays it.'],
    );
    expect(
      authorsOf(analyzeThread(thread('rerere! Never heard of it and it saved me an hour. Thanks.'))[0]!),
    ).toEqual(['ada']);
  });
});

describe('stop 58: what the asker did, told with a dotted name, "much better", or what they got', () => {
  it('"Recreated it with python3.11 -m venv and it\'s on 3.11 now. Thanks!" puts that answer first', () => {
    const thread = askerRepliesToSecond(
      'Python: my virtual environment is using the wrong Python version',
      ['dan', 'Use pyenv and set a local version in the project.'],
      ['ada', 'Create the venv with the interpreter you want: python3.11 -m venv .venv.'],
    );
    expect(
      authorsOf(
        analyzeThread(thread("Recreated it with python3.11 -m venv and it's on 3.11 now. Thanks!"))[0]!,
      ),
    ).toEqual(['ada']);
  });
  it('"Bought a dehumidifier and it pulled out a litre the first night. Windows are much better." puts that answer first', () => {
    const thread = askerRepliesToSecond(
      'Condensation on the inside of my windows every morning',
      ['bob', 'Crack the window open a little at night.'],
      ['ada', 'Get a dehumidifier for the bedroom.'],
    );
    expect(
      authorsOf(
        analyzeThread(
          thread('Bought a dehumidifier and it pulled out a litre the first night. Windows are much better.'),
        )[0]!,
      ),
    ).toEqual(['ada']);
  });
  const raise = askerRepliesToSecond(
    'Nervous about asking my boss for a raise',
    ['hal', "Name a specific number, don't ask them to make an offer."],
    ['ada', "Write down everything you've taken on since your last review. Bring that list."],
  );
  it('"Made the list and brought it in, got a 12% raise. Thanks all!" puts that answer first', () => {
    expect(
      authorsOf(analyzeThread(raise('Made the list and brought it in, got a 12% raise. Thanks all!'))[0]!),
    ).toEqual(['ada']);
  });
  it('guard: "Made the list, still waiting to hear back." confirms nothing', () => {
    expect(authorsOf(analyzeThread(raise('Made the list, still waiting to hear back.'))[0]!)).toEqual([
      'hal',
    ]);
  });
});

describe('stop 59: the asker pleased in words of praise, or telling how it is now', () => {
  const idle = askerRepliesToSecond(
    'SSH session freezes after a few minutes idle',
    ['fin', 'Run everything inside tmux on the server so you can reattach.'],
    ['bob', 'Set ServerAliveInterval 30 and ServerAliveCountMax 3 in the client config.'],
  );
  it('"Put ServerAliveInterval 30 in my config and it\'s been up all afternoon. Also learned ~. which is amazing." puts that answer first', () => {
    expect(
      authorsOf(
        analyzeThread(
          idle(
            "Put ServerAliveInterval 30 in my config and it's been up all afternoon. Also learned ~. which is amazing.",
          ),
        )[0]!,
      ),
    ).toEqual(['bob']);
  });
  it('guard: the same story without being pleased ("…it\'s been up all afternoon.") confirms nothing', () => {
    expect(
      authorsOf(
        analyzeThread(idle("Put ServerAliveInterval 30 in my config and it's been up all afternoon."))[0]!,
      ),
    ).toEqual(['fin']);
  });
  it('"Set up the box fan tonight and only got one bite. Can\'t believe it was that simple." puts that answer first', () => {
    const thread = askerRepliesToSecond(
      'Mosquitoes eat me alive and nobody else gets bitten',
      ['cal', 'Wear long light-colored clothes in the evening.'],
      ['bob', 'Put a box fan on the patio pointed at your legs.'],
    );
    expect(
      authorsOf(
        analyzeThread(
          thread("Set up the box fan tonight and only got one bite. Can't believe it was that simple."),
        )[0]!,
      ),
    ).toEqual(['bob']);
  });
  const trash = askerRepliesToSecond(
    "I can't make myself clean my apartment, it's overwhelming",
    ['eve', 'One room at a time. Finish the kitchen before you even look at the bedroom.'],
    ['bob', "Start with the trash. Walk around with a bag and pick up everything that's garbage."],
  );
  it('"Did the trash walk and filled three bags in 20 minutes. It already looks better, thanks." puts that answer first', () => {
    expect(
      authorsOf(
        analyzeThread(
          trash('Did the trash walk and filled three bags in 20 minutes. It already looks better, thanks.'),
        )[0]!,
      ),
    ).toEqual(['bob']);
  });
  it('guard: "Did the trash walk. It looks better but it still smells." confirms nothing', () => {
    expect(
      authorsOf(analyzeThread(trash('Did the trash walk. It looks better but it still smells.'))[0]!),
    ).toEqual(['eve']);
  });
});

describe('stop 59: the asker telling the trouble is gone for the first time', () => {
  const sun = askerRepliesToSecond(
    'I always burn my nose and ears when hiking, even with sunscreen',
    ['bob', 'Wear a wide brimmed hat.'],
    ['gus', 'Set an alarm on your watch to reapply every two hours.'],
  );
  it('"The watch alarm is such a simple idea, did it on Saturday and no burn for the first time all summer." puts that answer first', () => {
    expect(
      authorsOf(
        analyzeThread(
          sun(
            'The watch alarm is such a simple idea, did it on Saturday and no burn for the first time all summer.',
          ),
        )[0]!,
      ),
    ).toEqual(['gus']);
  });
  it('guard: "Did it on Saturday and no luck for the first time." confirms nothing', () => {
    expect(authorsOf(analyzeThread(sun('Did it on Saturday and no luck for the first time.'))[0]!)).toEqual([
      'bob',
    ]);
  });
});

describe('stop 59: what the asker cut, and it came out perfect', () => {
  it('"Cut the yeast to 3/4 tsp and the loaf came out perfect, nice round top." puts that answer first', () => {
    const thread = askerRepliesToSecond(
      'Bread machine loaves collapse in the middle',
      ['cal', 'Weigh your flour instead of using cups.'],
      ['ada', 'Too much yeast or too much water. Cut the yeast by a quarter.'],
    );
    expect(
      authorsOf(
        analyzeThread(thread('Cut the yeast to 3/4 tsp and the loaf came out perfect, nice round top.'))[0]!,
      ),
    ).toEqual(['ada']);
  });
});

describe('stop 59: the asker saying it is working, worth every penny, or that they feel lighter', () => {
  const tired = askerRepliesToSecond(
    'How do I stop feeling so tired after lunch at work?',
    ['cal', 'Drink more water.'],
    ['bob', 'Go for a 10 minute walk right after you eat.'],
  );
  it('"The walk is working. Three days in and no slump." puts that answer first', () => {
    expect(authorsOf(analyzeThread(tired('The walk is working. Three days in and no slump.'))[0]!)).toEqual([
      'bob',
    ]);
  });
  it('guard: "My husband is working from home now." confirms nothing', () => {
    expect(authorsOf(analyzeThread(tired('My husband is working from home now.'))[0]!)).toEqual(['cal']);
  });
  it('"Pest control came this morning, took 10 minutes and $120. Worth every penny." puts that answer first', () => {
    const thread = askerRepliesToSecond(
      'Best way to get rid of a wasp nest under the deck?',
      ['bob', 'Wait until after dark and use a foaming wasp spray.'],
      ['ada', 'Call a pest control company.'],
    );
    expect(
      authorsOf(
        analyzeThread(
          thread('Pest control came this morning, took 10 minutes and $120. Worth every penny.'),
        )[0]!,
      ),
    ).toEqual(['ada']);
  });
  it('"Told her I can\'t lend anymore. She was upset for a day and then fine. I feel so much lighter." puts that answer first', () => {
    const thread = askerRepliesToSecond(
      'My sister borrows money and never pays it back',
      ['fin', "Offer help that isn't cash."],
      ['ada', "Stop lending. Tell her kindly that you're not in a position to lend money anymore."],
    );
    expect(
      authorsOf(
        analyzeThread(
          thread(
            "Told her I can't lend anymore. She was upset for a day and then fine. I feel so much lighter.",
          ),
        )[0]!,
      ),
    ).toEqual(['ada']);
  });
});

describe('stop 59: what the asker wrote or blew out, and how it runs now', () => {
  it('"Blew out the vents and a small cloud of dust came out. Runs way cooler now." puts that answer first', () => {
    const thread = askerRepliesToSecond(
      'Laptop gets really hot on my lap',
      ['bob', 'Get a lap desk.'],
      ['ada', 'Clean the vents with compressed air.'],
    );
    expect(
      authorsOf(
        analyzeThread(
          thread('Blew out the vents and a small cloud of dust came out. Runs way cooler now.'),
        )[0]!,
      ),
    ).toEqual(['ada']);
  });
  it('"Wrote a little script for calling the dentist and it went fine. Small win but thank you." puts that answer first', () => {
    const thread = askerRepliesToSecond(
      'How do I get over my fear of calling people on the phone?',
      ['dan', 'Stand up and walk around while you talk.'],
      ['ada', 'Write a script before you call.'],
    );
    expect(
      authorsOf(
        analyzeThread(
          thread('Wrote a little script for calling the dentist and it went fine. Small win but thank you.'),
        )[0]!,
      ),
    ).toEqual(['ada']);
  });
});

describe('stop 60: the asker naming the setting that did it', () => {
  it('"MALLOC_ARENA_MAX=2 did it." puts that answer first', () => {
    const thread = askerRepliesToSecond(
      "Why does my Python service's memory keep growing?",
      ['bob', 'Use tracemalloc to compare snapshots.'],
      ['ada', 'Try setting MALLOC_ARENA_MAX=2 in the environment.'],
    );
    expect(
      authorsOf(analyzeThread(thread("MALLOC_ARENA_MAX=2 did it. We're flat at 350MB after two days."))[0]!),
    ).toEqual(['ada']);
  });
  it('"If the flag did it I\'d be amazed." confirms nothing', () => {
    const thread = askerRepliesToSecond(
      "Why does my Python service's memory keep growing?",
      ['bob', 'Use tracemalloc to compare snapshots.'],
      ['ada', 'Try setting MALLOC_ARENA_MAX=2 in the environment.'],
    );
    const list = analyzeThread(thread("If the flag did it I'd be amazed."));
    expect(list.every((s) => s.supporters.every((p) => !p.accepted))).toBe(true);
  });
});

describe('stop 60: the asker telling the trouble stopped, what was the key, and how it is now', () => {
  const litter = askerRepliesToSecond(
    'Cat suddenly peeing outside the litter box?',
    ['sam', 'Take him to the vet first.'],
    ['ro', 'Go back to the old brand of litter and see if it stops.'],
  );
  it('"Switched back… the same day and he\'s used the box every time since." puts that answer first', () => {
    const reply =
      "Switched back to the old unscented clumping litter the same day and he's used the box every time since. Guess he really hated the new stuff.";
    expect(authorsOf(analyzeThread(litter(reply))[0]!)).toEqual(['ro']);
  });
  it('"Switched back the same day and he\'s still peeing on the mat." confirms nothing', () => {
    const list = analyzeThread(litter("Switched back the same day and he's still peeing on the mat."));
    expect(list.every((s) => s.supporters.every((p) => !p.accepted))).toBe(true);
  });
  const twitch = askerRepliesToSecond(
    'Eyelid twitching for two weeks, should I worry?',
    ['mag', 'Try magnesium glycinate at night.'],
    ['cof', 'Cut back on the coffee.'],
  );
  it('"…The twitching stopped after about five days. Thanks everyone." puts that answer first', () => {
    const reply =
      'Dropped to 2 cups a day and started going to bed by 11. The twitching stopped after about five days. Thanks everyone.';
    expect(authorsOf(analyzeThread(twitch(reply))[0]!)).toEqual(['cof']);
  });
  it('"The twitching stopped for a day, then came back." confirms nothing', () => {
    const list = analyzeThread(twitch('Cut down a bit. The twitching stopped for a day, then came back.'));
    expect(list.every((s) => s.supporters.every((p) => !p.accepted))).toBe(true);
  });
  it('"The no-nap rule was the key I think." puts that answer first', () => {
    const thread = askerRepliesToSecond(
      'Best way to handle jet lag flying from the US to Europe?',
      ['pil', 'Melatonin, 0.5 to 1mg, at local bedtime for the first few nights.'],
      ['glo', "Don't nap on arrival day. Stay up until at least 9pm local."],
    );
    const reply = 'Back home now. Was basically fine by day two. The no-nap rule was the key I think.';
    expect(authorsOf(analyzeThread(thread(reply))[0]!)).toEqual(['glo']);
  });
  it('"He grumbled, but he\'s actually asleep by 11 now." puts that answer first', () => {
    const thread = askerRepliesToSecond(
      'How do I get my 14-year-old to put his phone away at night?',
      ['kl', 'Use the router to cut his internet at a set time.'],
      ['dad', "Phones charge in the kitchen at 9:30, everyone's, including the parents."],
    );
    const reply =
      "We started the kitchen charging spot for everyone on Sunday. He grumbled, but he's actually asleep by 11 now.";
    expect(authorsOf(analyzeThread(thread(reply))[0]!)).toEqual(['dad']);
  });
});

describe('stop 60: the asker telling it is already better', () => {
  const thread = askerRepliesToSecond(
    "Can read Spanish fine but can't understand it spoken, how do I fix this?",
    ['pia', 'You need lots of comprehensible input.'],
    ['flo', 'Start with the intermediate Dreaming Spanish videos and aim for an hour a day.'],
  );
  it('"…about 45 minutes a day. Already noticeably better at keeping up." puts that answer first', () => {
    const reply =
      'Started Dreaming Spanish at the intermediate level a month ago, about 45 minutes a day. Already noticeably better at keeping up.';
    expect(authorsOf(analyzeThread(thread(reply))[0]!)).toEqual(['flo']);
  });
  it('"Already better, but still lost with fast speakers." confirms nothing', () => {
    const list = analyzeThread(thread('Already better, but still lost with fast speakers.'));
    expect(list.every((s) => s.supporters.every((p) => !p.accepted))).toBe(true);
  });
});

/** Who the asker vouched for, each once, sorted. */
function acceptedAuthors(t: Thread): string[] {
  return [
    ...new Set(analyzeThread(t).flatMap((s) => s.supporters.filter((p) => p.accepted).map((p) => p.author))),
  ].sort();
}

describe("stop 60: the asker's update at the bottom naming what worked", () => {
  const thread = (update: string): Thread =>
    makeThread('VLOOKUP returns #N/A even though the value is clearly there?', [
      {
        author: 'cell',
        text: 'Select the ID column in Sheet2, Data > Text to Columns, click Finish.',
        score: 1,
      },
      { author: 'harold', text: 'You are on 365, use XLOOKUP instead.', score: 5 },
      {
        author: 'barlow',
        text: 'Exports also love trailing spaces. Try TRIM, or CLEAN for non-printing characters.',
        score: 1,
      },
      { author: 'asker', text: update },
    ]);
  it('"Text to Columns fixed about 90% of them. The rest had trailing spaces and TRIM took care of those." vouches for both answers', () => {
    expect(
      acceptedAuthors(
        thread(
          'Text to Columns fixed about 90% of them. The rest had trailing spaces and TRIM took care of those. Thanks everyone.',
        ),
      ),
    ).toEqual(['barlow', 'cell']);
  });
  it.each([
    'Nothing fixed it, still getting #N/A everywhere.',
    "If TRIM fixed it I'd be amazed.",
    'Power Query fixed it in the end.',
  ])('"%s" vouches for no answer', (update) => {
    expect(acceptedAuthors(thread(update))).toEqual([]);
  });
});

describe("stop 60: the asker's update naming what they used, and that it is better now", () => {
  const wifi = (update: string): Thread => {
    const t = makeThread('Wi-Fi keeps dropping in my upstairs office, what should I buy?', [
      { author: 'pl', text: 'First, move the router if you possibly can.', score: 9 },
      { author: 'nn', text: 'Mesh is the usual answer. Eero 6 or TP-Link Deco X20 work fine.', score: 1 },
      {
        author: 'lj',
        text: 'Look at MoCA adapters. You probably have coax outlets upstairs already.',
        score: 1,
      },
      {
        author: 'rk',
        text: 'If you get mesh, put the XB7 in bridge mode so you avoid double NAT.',
        score: 1,
      },
      { author: 'asker', text: update },
    ]);
    t.question.text = 'The router (an Xfinity XB7) is in the basement and my office is two floors up.';
    return t;
  };
  it('"Got MoCA adapters and a Deco X20… no drops in a week." vouches for the answers that named them', () => {
    expect(
      acceptedAuthors(
        wifi(
          'Update: got a pair of MoCA adapters and a Deco X20 two-pack. 300 Mbps in the office and no drops in a week. Put the XB7 in bridge mode too.',
        ),
      ),
    ).toEqual(['lj', 'nn']);
  });
  it('"Got MoCA adapters and a Deco X20, still dropping every hour." vouches for none', () => {
    expect(acceptedAuthors(wifi('Got MoCA adapters and a Deco X20, still dropping every hour.'))).toEqual([]);
  });
  it('"Tried the Deco X20. No better." vouches for none', () => {
    expect(acceptedAuthors(wifi('Tried the Deco X20. No better, sadly.'))).toEqual([]);
  });
});

describe('stop 60: the asker telling it is noticeably better, after a comma', () => {
  const thread = askerRepliesToSecond(
    'Lower back aches after sitting at my desk all day - what actually helps?',
    ['dan', 'Get a proper chair with adjustable lumbar support.'],
    ['emma', 'Put a rolled up towel behind your lower back.'],
  );
  it('"Tried the towel today, noticeably better by 4pm." puts that answer first', () => {
    expect(authorsOf(analyzeThread(thread('Tried the towel today, noticeably better by 4pm.'))[0]!)).toEqual([
      'emma',
    ]);
  });
  it('"Tried the towel, much better to just stand though." confirms nothing', () => {
    const list = analyzeThread(thread("Tried the towel, it'd be much better to just stand though."));
    expect(list.every((s) => s.supporters.every((p) => !p.accepted))).toBe(true);
  });
});

describe("stop 61: the asker's update thanking by name, and the trouble gone", () => {
  const thread = (update: string): Thread =>
    makeThread('Why does my toilet refill by itself every 20 minutes?', [
      { author: 'plumbfather', text: "That's almost certainly the flapper leaking.", score: 1 },
      {
        author: 'juniper_k',
        text: "Put a few drops of food coloring in the tank and don't flush for 30 minutes.",
        score: 1,
      },
      { author: 'dmcgee', text: 'Check the chain too. You want about half an inch of slack.', score: 3 },
      { author: 'asker', text: update },
    ]);
  it('"…haven\'t heard a hiss all evening. Thanks plumbfather and juniper_k." vouches for both answers', () => {
    expect(
      acceptedAuthors(
        thread(
          "Update: went with a new flapper, took ten minutes, haven't heard a hiss all evening. Thanks plumbfather and juniper_k.",
        ),
      ),
    ).toEqual(['juniper_k', 'plumbfather']);
  });
  it.each([
    'Thanks plumbfather and juniper_k, I will try the dye test tonight.',
    'Replaced the flapper but it still hisses. Thanks plumbfather and juniper_k.',
    "Haven't fixed it yet, haven't heard a plumber all week. Thanks plumbfather.",
  ])('"%s" vouches for no answer', (update) => {
    expect(acceptedAuthors(thread(update))).toEqual([]);
  });
});

describe('stop 61: the trouble stopped, and a name written inside the update', () => {
  it('"Put down Dylox Saturday evening… The skunks stopped digging within a week." vouches for the answer naming Dylox', () => {
    const t = makeThread('Brown patches in my lawn that peel up like carpet, what is it?', [
      {
        author: 'sodbuster',
        text: "This late in the season you'd use a curative like trichlorfon (Bayer Dylox). Water it in well.",
        score: 1,
      },
      { author: 'ellie', text: 'For next year, apply a preventive in May or June.', score: 4 },
      {
        author: 'asker',
        text: 'Mowed the clover, put down Dylox Saturday evening and watered it in. The skunks stopped digging within a week.',
      },
    ]);
    expect(acceptedAuthors(t)).toEqual(['sodbuster']);
  });
});

describe('stop 61: an answer typed all in lower case', () => {
  it('"get a cat. problem solved. our barn cat brings us like 3 a week lol" quotes "get a cat." alone', () => {
    const t = makeThread('Mice in the attic, how do I get rid of them?', [
      { author: 'kestrel', text: 'Seal the gaps where the roofline meets the fascia.', score: 2 },
      {
        author: 'tinfoilhat',
        text: 'get a cat. problem solved. our barn cat brings us like 3 a week lol',
        score: 1,
      },
    ]);
    const quotes = analyzeThread(t).flatMap((s) => s.supporters.filter((p) => p.author === 'tinfoilhat'));
    expect(quotes.map((p) => p.quote)).toEqual(['get a cat.']);
  });
});

describe("stop 61: the asker's update telling what they did and that it worked", () => {
  const thread = (update: string): Thread =>
    makeThread('Why does my Pixel 7 battery die by 3pm?', [
      {
        author: 'betty',
        text: 'Switch to LTE only. Also clear the app cache once a week.',
        score: 2,
      },
      { author: 'sue', text: 'Turn on wifi calling and use wifi at the office.', score: 1 },
      { author: 'gary', text: 'Install Greenify and hibernate everything.', score: 4 },
      { author: 'asker', text: update },
    ]);
  /** Who is accepted for the suggestion quoting `words`. */
  const acceptedFor = (t: Thread, words: string): boolean[] =>
    analyzeThread(t)
      .flatMap((s) => s.supporters)
      .filter((p) => p.quote.includes(words))
      .map((p) => p.accepted !== undefined);
  it('"Update: switched to LTE only and turned on wifi calling. Works perfectly now." vouches for those two suggestions only', () => {
    const t = thread('Update: switched to LTE only and turned on wifi calling. Works perfectly now.');
    expect(acceptedFor(t, 'LTE')).toEqual([true]);
    expect(acceptedFor(t, 'wifi calling')).toEqual([true]);
    expect(acceptedFor(t, 'Greenify')).toEqual([false]);
    expect(acceptedFor(t, 'cache')).toEqual([false]);
  });
  it('what they have not done is not vouched for: "Haven\'t tried Greenify yet."', () => {
    const t = thread("Haven't tried Greenify yet. Switched to LTE only and it works perfectly now.");
    expect(acceptedFor(t, 'Greenify')).toEqual([false]);
    expect(acceptedFor(t, 'LTE')).toEqual([true]);
  });
  it('an update telling it did not work vouches for nothing', () => {
    const t = thread('Switched to LTE only and turned on wifi calling. Still dead by 3pm.');
    expect(analyzeThread(t).flatMap((s) => s.supporters.filter((p) => p.accepted))).toEqual([]);
  });
});

describe('stop 61: a remark opening an answer names no thing', () => {
  it.each([
    ['old_chef', '25 years in kitchens. Get them professionally sharpened twice a year and hone in between.'],
    ['reactor9', 'classic. Also make sure you actually have a dependency array.'],
  ])('%s: "%s" gives one suggestion, the instruction', (who, text) => {
    const t = makeThread("What's the best way to sharpen kitchen knives at home?", [
      { author: who, text, score: 1 },
      { author: 'other', text: 'Be patient.', score: 1 },
    ]);
    const quotes = analyzeThread(t).flatMap((s) =>
      s.supporters.filter((p) => p.author === who).map((p) => p.quote),
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).not.toMatch(/^(?:25 years|classic)/);
  });
});

describe("stop 61: the asker's update telling how far it went down", () => {
  it('"…did lots of role play… Down to one incident in the last three weeks." vouches for the role play', () => {
    const t = makeThread('Toddler hitting at daycare, what do we do?', [
      { author: 'slp', text: 'Do lots of role play with his stuffed animals, practising "stop!".', score: 1 },
      { author: 'gus', text: 'Give him a mid-morning snack.', score: 2 },
      {
        author: 'asker',
        text: 'Update: did lots of role play with his stuffed animals. Down to one incident in the last three weeks.',
      },
    ]);
    expect(acceptedAuthors(t)).toEqual(['slp']);
  });
});

describe('stop 61: "+1 X" seconds by name, with no "to"', () => {
  it('"+1 volunteering." joins the answer that said volunteering was great', () => {
    const t = makeThread('Moving to a new city, how do I make friends?', [
      { author: 'ivy', text: 'As an introvert, volunteering was great for me.', score: 1 },
      { author: 'mel', text: 'Join a recurring activity, not one-off events.', score: 2 },
      { author: 'rae', text: '+1 volunteering.', score: 1 },
    ]);
    const volunteering = analyzeThread(t).find((s) => s.supporters.some((p) => p.author === 'rae'));
    expect(volunteering?.supporters.map((p) => p.author).sort()).toEqual(['ivy', 'rae']);
  });
});

describe("stop 62: the asker's update thanking by name, telling it worked anywhere in it", () => {
  const thread = (update: string): Thread =>
    makeThread('How do I get hard water stains off shower glass?', [
      { author: 'vinegarvic', text: 'Hot white vinegar with a squirt of Dawn, leave it on for an hour.' },
      { author: 'bea', text: 'Bar Keepers Friend on the stubborn bits.' },
      { author: 'lou', text: 'Replace the glass, honestly.' },
      { author: 'asker', text: update },
    ]);
  it('"…It\'s basically clear again. Thanks vinegarvic and bea!" vouches for both', () => {
    expect(
      acceptedAuthors(
        thread(
          "Update: checked and there's no coating logo. Did the vinegar and Dawn for an hour, then Bar Keepers Friend. It's basically clear again. Thanks vinegarvic and bea!",
        ),
      ),
    ).toEqual(['bea', 'vinegarvic']);
  });
  it('"Update: checked and there\'s no coating logo. Thanks vinegarvic!" vouches for none', () => {
    expect(
      acceptedAuthors(thread("Update: checked and there's no coating logo. Thanks vinegarvic!")),
    ).toEqual([]);
  });
});

describe('stop 62: the asker asking for a thing that actually works', () => {
  const thread = askerRepliesToSecond(
    'How do I fix squeaky floorboards upstairs?',
    ['dennis', 'Screw the boards down to the joists.'],
    ['steve', 'Check for pipes and cables first, use a detector.'],
  );
  it('"Where do I get a detector that actually works on pipes?" confirms nothing', () => {
    const list = analyzeThread(
      thread('Yikes, good to know. Where do I get a detector that actually works on pipes?'),
    );
    expect(list.every((s) => s.supporters.every((p) => !p.accepted))).toBe(true);
  });
  it('guard: "The detector actually works!" confirms it', () => {
    const list = analyzeThread(
      thread('The detector actually works! Found a pipe right where I was going to screw.'),
    );
    expect(list.some((s) => s.supporters.some((p) => p.accepted && p.author === 'steve'))).toBe(true);
  });
});

describe("stop 62: an answer opening on the writer's trade founds nothing on it", () => {
  it('"Pest control tech. The thing people miss…" lists no "Pest control tech"', () => {
    const list = analyzeThread(
      makeThread('How do I get rid of fleas in the house?', [
        {
          author: 'tony',
          text: "Pest control tech. The thing people don't get is the life cycle. Vacuum every day for two weeks.",
        },
        { author: 'jo', text: 'Treat the cat monthly with a vet product.' },
      ]),
    );
    expect(list.map((s) => s.label)).not.toContain('Pest control tech');
    expect(list.some((s) => s.supporters.some((p) => p.author === 'tony'))).toBe(true);
  });
});

describe('stop 62: "Mechanic of 15 years." opening an answer founds nothing', () => {
  it('lists no "Mechanic"', () => {
    const list = analyzeThread(
      makeThread('Grinding noise when I brake, how bad is it?', [
        { author: 'steph', text: "Mechanic of 15 years. That's worn pads. Get them replaced this week." },
        { author: 'dan', text: 'Get quotes from a couple of independent garages.' },
      ]),
    );
    expect(list.map((s) => s.label)).not.toContain('Mechanic');
  });
});

describe("stop 62: the asker's own thing as the place in their update", () => {
  const t = makeThread('Tiny ants in my kitchen every morning, what do I do?', [
    {
      author: 'antman',
      text: 'Stop spraying them. Get liquid bait stations (Terro are the usual ones) and put them right on the trail.',
    },
    {
      author: 'mkp',
      text: 'This. Once the bait has done its thing, wipe the trail with diluted vinegar to get rid of the scent.',
      replyTo: 0,
    },
    {
      author: 'petra',
      text: 'Find where they are getting in and caulk it. Ours came up through the gap by the pipe.',
    },
    {
      author: 'asker',
      text: "Update: put two Terro stations on the trail Thursday, it was ant soup for two days and there's been nothing since Sunday. Also caulked the pipe gap like petra said. Thanks antman!",
    },
  ]);
  t.question.text = "Every morning there's a trail of tiny black ants from behind the sink to the counter.";
  it('"put two Terro stations on the trail" vouches for no "wipe the trail"', () => {
    expect(acceptedAuthors(t)).not.toContain('mkp');
  });
});

describe("stop 62: the asker's update telling how it is now after a 'but'", () => {
  const thread = (update: string): Thread =>
    makeThread('Waking at 3am every night, what helps?', [
      { author: 'penny', text: 'Have you considered perimenopause? HRT fixed my sleep within a month.' },
      { author: 'bill', text: 'Try two weeks without evening wine and see.' },
      { author: 'asker', text: update },
    ]);
  it('"Still waking some nights but most nights I sleep through. Thank you penny" vouches for penny', () => {
    expect(
      acceptedAuthors(
        thread(
          "Update: I've started HRT. Still waking some nights but most nights I sleep through now. Thank you penny!",
        ),
      ),
    ).toContain('penny');
  });
  it('guard: "Started HRT, still waking every night. Thank you penny" vouches for none', () => {
    expect(
      acceptedAuthors(thread('Update: started HRT, still waking every night. Thank you penny.')),
    ).toEqual([]);
  });
});

describe("stop 62: the asker's update saying it was fine", () => {
  const thread = (update: string): Thread =>
    makeThread('How do I get over my fear of driving on the motorway?', [
      { author: 'paul', text: 'Book a couple of lessons with a driving instructor for motorway driving.' },
      { author: 'clare', text: 'Start very small: one junction at a quiet time, then two.' },
      { author: 'asker', text: update },
    ]);
  it('"Heart was pounding on the slip road but it was FINE. Thank you paul" vouches for paul', () => {
    expect(
      acceptedAuthors(
        thread(
          'Update: had two lessons, then did the commute. Heart was pounding on the slip road but it was FINE. Thank you paul!',
        ),
      ),
    ).toContain('paul');
  });
  it('guard: "It was fine until the first lorry. Thank you paul" vouches for none', () => {
    expect(
      acceptedAuthors(thread('Update: had two lessons. It was fine until the first lorry. Thank you paul.')),
    ).toEqual([]);
  });
});

describe("stop 62 re-read: 'it was ok' with a 'but still' after it", () => {
  it('"It was ok but still leaks a bit. Thanks paul" vouches for none', () => {
    const t = makeThread('Shower head leaks where it screws on, how do I fix it?', [
      { author: 'paul', text: 'Wrap the thread with PTFE tape, five or six turns clockwise.' },
      { author: 'asker', text: 'Update: did the tape. It was ok but still leaks a bit. Thanks paul.' },
    ]);
    expect(acceptedAuthors(t)).toEqual([]);
  });
});

describe('stop 63: a halt, praise before a warning, a step after it', () => {
  const sideOf = (list: ReturnType<typeof analyzeThread>, author: string): string | undefined =>
    list.flatMap((s) => s.supporters).find((p) => p.author === author)?.stance;
  it('"Also stop the second you feel a hot spot." backs taping hot spots', () => {
    const list = analyzeThread(
      makeThread('How do I stop getting blisters on long hikes?', [
        { author: 'sam', text: 'Tape your hot spots before they become blisters.' },
        { author: 'pete', text: 'Also stop the second you feel a hot spot.' },
        { author: 'ann', text: 'Wool socks, never cotton.' },
      ]),
    );
    expect(together(list, 'sam', 'pete')).toBeDefined();
    expect(sideOf(list, 'pete')).toBe('for');
  });
  it('"Moderate exercise during the day helps, but don\'t go hard late in the evening." is for exercise', () => {
    const list = analyzeThread(
      makeThread('Restless legs every night, what helps?', [
        {
          author: 'kb',
          text: "Moderate exercise during the day helps, but don't go hard late in the evening.",
        },
        { author: 'jo', text: 'Get your ferritin checked.' },
      ]),
    );
    expect(sideOf(list, 'kb')).toBe('for');
  });
  it('"…just don\'t pull it off early, let it fall off on its own." is for what it says to do', () => {
    const list = analyzeThread(
      makeThread('How do I deal with blisters on a long hike?', [
        {
          author: 'nurse',
          text: "A hydrocolloid dressing is great, just don't pull it off early, let it fall off on its own.",
        },
        { author: 'jo', text: 'Wool socks.' },
      ]),
    );
    expect(sideOf(list, 'nurse')).toBe('for');
  });
  it('guard: "Essential oils are a scam, don\'t waste your money." warns', () => {
    const list = analyzeThread(
      makeThread('Restless legs every night, what helps?', [
        { author: 'ed', text: "Essential oils are a scam, don't waste your money." },
        { author: 'jo', text: 'Get your ferritin checked.' },
      ]),
    );
    expect(sideOf(list, 'ed')).toBe('against');
  });
});

describe('stop 63: stopping on the way is no warning', () => {
  it('"Stop every 2-3 hours for a pee and a walk." is for', () => {
    const list = analyzeThread(
      makeThread('Road trip with my dog, any tips?', [
        { author: 'bark', text: 'Stop every 2-3 hours for a pee and a 10-15 min walk.' },
        { author: 'jo', text: 'Bring her bed from home.' },
      ]),
    );
    expect(list.flatMap((s) => s.supporters).find((p) => p.author === 'bark')?.stance).toBe('for');
  });
});

describe("stop 63: more ways the asker's update tells it worked, and credits by name", () => {
  const thread = (update: string): Thread =>
    makeThread('My strawberry jam will not set, what now?', [
      { author: 'quince', text: 'Add the juice of another lemon and reboil.' },
      { author: 'marm', text: 'Put a few small plates in the freezer and do the wrinkle test.' },
      { author: 'sal', text: 'Glue in extra corner blocks.' },
      { author: 'asker', text: update },
    ]);
  it.each([
    'Update: reboiled with another lemon, used the plate test. Re-jarred and it set perfectly overnight. Thanks so much, quince and marm!',
    'Update: reboiled with another lemon and did the plate test. Jarred the lot without a single problem. Thank you quince and marm!',
  ])('"%s" vouches for both thanked', (update) => {
    expect(acceptedAuthors(thread(update))).toEqual(['marm', 'quince']);
  });
  it('"…did the plate test like marm said. All good now, thanks everyone." vouches for marm', () => {
    expect(
      acceptedAuthors(thread('Update: did the plate test like marm said. All good now, thanks everyone.')),
    ).toEqual(['marm']);
  });
  it('"…the sugar did nothing, but quince\'s lemon thing worked on the second try." vouches for quince', () => {
    expect(
      acceptedAuthors(
        thread("Update: the sugar did nothing, but quince's lemon thing worked on the second try."),
      ),
    ).toEqual(['quince']);
  });
  it('guard: "Going to try corner blocks like sal said." vouches for no sal', () => {
    expect(
      acceptedAuthors(thread("Reboiled and it's much better. Going to try corner blocks like sal said.")),
    ).not.toContain('sal');
  });
  it('guard: "The recipe is perfectly fine…" tells no success', () => {
    expect(
      acceptedAuthors(thread('Thanks quince! The recipe is perfectly fine, I just need practice.')),
    ).toEqual([]);
  });
});

describe('stop 63: yet more ways an update tells it worked', () => {
  const thread = (update: string): Thread =>
    makeThread('Calf cramps every night, what helps?', [
      { author: 'rosie', text: 'Untuck your sheets and duvet at the foot of the bed.' },
      { author: 'spoke', text: 'Calf stretches before bed.' },
      { author: 'asker', text: update },
    ]);
  it.each([
    'Update: untucked sheets and nightly stretches. Cramps went from 3-4 nights a week to maybe once in the last three weeks. Thanks rosie and spoke!',
    'Update: untucked sheets and nightly stretches. No new cramps for the last 3 weeks. Thanks rosie and spoke!',
    'Update: untucked sheets and nightly stretches. The cramps are basically gone. Thanks rosie and spoke!',
    'Update: untucked sheets and nightly stretches, and I can sleep again! Thanks rosie and spoke!',
  ])('"%s" vouches for both', (update) => {
    expect(acceptedAuthors(thread(update))).toEqual(['rosie', 'spoke']);
  });
  it('"…took spoke\'s advice… has basically stopped the cramps" vouches for spoke', () => {
    expect(
      acceptedAuthors(thread("Update: took spoke's advice. Stretching has basically stopped the cramps.")),
    ).toEqual(['spoke']);
  });
  it('guard: "I\'m booking a doctor like rosie said" vouches for no rosie', () => {
    expect(
      acceptedAuthors(thread("The stretches made it way better. I'm booking a doctor like rosie said.")),
    ).not.toContain('rosie');
  });
});

describe('stop 63 re-read: a concession before "just dont use it" still warns', () => {
  it('"wd40 is fine as a quick diagnostic, just dont use it as the fix" sides with the warning', () => {
    const list = analyzeThread(
      makeThread('Squeaky suspension over bumps, what do I do?', [
        { author: 'w', text: 'dont spray wd40 on the bushings, it attacks rubber over time.' },
        { author: 'l', text: 'wd40 is fine as a quick diagnostic, just dont use it as the fix', replyTo: 0 },
        { author: 'm', text: 'Get the bushings replaced with polyurethane ones.' },
      ]),
    );
    expect(list.flatMap((s) => s.supporters).find((p) => p.author === 'l')?.stance).toBe('against');
  });
});

/** The grass-eating dog's thread: three answers, and the asker's update under them. */
function grassDogThread(update: string): Thread {
  return makeThread('Dog eats grass and throws up every morning?', [
    { author: 'teapot', text: 'Split her food into breakfast and dinner.' },
    { author: 'waffles', text: 'Give a few kibbles at bedtime.' },
    { author: 'pete', text: 'Ask the vet about bilious vomiting.' },
    { author: 'asker', text: update },
  ]);
}

describe("stop 63: an update's result in numbers, and credit in other words", () => {
  it.each([
    [
      'Update: split meals and a bedtime snack. No vomiting in eleven days. Thanks teapot and waffles!',
      ['teapot', 'waffles'],
    ],
    [
      "Update: split meals and a bedtime snack. She's been fine 9 mornings out of the last 10. Thanks teapot!",
      ['teapot'],
    ],
    ['Update: the combo of split meals and a bedtime snack did it. Thanks waffles.', ['waffles']],
    [
      'Update: split meals, exactly what teapot and waffles described. No vomiting in 11 days.',
      ['teapot', 'waffles'],
    ],
    [
      'Update: the vet confirmed bilious vomiting. She has been fine 9 mornings out of the last 10. pete, you were right.',
      ['pete'],
    ],
  ])('"%s" vouches for %j', (update, who) => {
    expect(acceptedAuthors(grassDogThread(update))).toEqual(expect.arrayContaining(who));
  });
});

describe("stop 63: each of the update's result phrasings vouches", () => {
  const thread = (update: string): Thread =>
    makeThread('Raspberry Pi keeps corrupting SD cards?', [
      { author: 'paul', text: 'Get the official PSU.' },
      { author: 'lena', text: 'Install log2ram.' },
      { author: 'asker', text: update },
    ]);
  it.each([
    'Got the PSU and log2ram. Up for 5 weeks and it survived two power cuts. Thanks paul and lena!',
    'Got the PSU and log2ram. No recurrence so far. Thanks paul and lena!',
    'Got the PSU and log2ram, and everything survived. Thanks paul and lena!',
    'Got the PSU and log2ram. It has been great. Thanks paul and lena!',
    "Got the PSU and log2ram. Haven't rebuilt it once. Thanks paul and lena!",
    'Got the PSU and log2ram. The PSU was the MVP. Thanks paul and lena!',
    'Got the PSU and log2ram, did the job. Thanks paul and lena!',
    'Got the PSU and log2ram. The PSU did most of the work. Thanks paul and lena!',
    'Got the PSU and log2ram. It finally looks like it should. Thanks paul and lena!',
    'Got the PSU and log2ram. It started on the first try. Thanks paul and lena!',
    'Got the PSU and log2ram. No more "under-voltage" warnings. Thanks paul and lena!',
    'Got the PSU and log2ram, and we came in way under budget. Thanks paul and lena!',
    'Got the PSU and log2ram. That got me through the winter. Thanks paul and lena!',
  ])('"%s" vouches for both thanked', (update) => {
    expect(acceptedAuthors(thread(update))).toEqual(['lena', 'paul']);
  });
});

describe('stop 64: more ways an update tells it worked, and credits by name', () => {
  it.each([
    ['Update: she was perfect all week. Thanks teapot!', ['teapot']],
    ['Update: Totally smooth! Thanks teapot.', ['teapot']],
    ['Update: the vet visit went fine. Thanks pete.', ['pete']],
    ['Update: thanks teapot, you saved my carpets.', ['teapot']],
    ['Update: the vomiting has stopped. Thanks waffles!', ['waffles']],
    ['Update: no vomiting so far. Thanks waffles!', ['waffles']],
    ["Update: haven't had to clean up since. Thanks waffles!", ['waffles']],
    ['Update: mornings are back to normal. Thanks teapot!', ['teapot']],
    ['Update: the fix held up. Cheers waffles.', ['waffles']],
    ['Update: no vomiting in 11 days. Thanks everyone, esp. waffles.', ['waffles']],
    ["Update: I used teapot's approach. No vomiting in 11 days.", ['teapot']],
    ['Update: waffles was right. No vomiting in 11 days.', ['waffles']],
    ['Update: did it per waffles. No vomiting in 11 days.', ['waffles']],
    ["Update: I'm doing it every night like waffles said. No vomiting in 11 days.", ['waffles']],
  ])('"%s" vouches for %j', (update, who) => {
    expect(acceptedAuthors(grassDogThread(update))).toEqual(who);
  });
  it.each([
    "Update: I'm booking it tomorrow like pete said. No vomiting in 11 days.",
    'Update: no change so far. Thanks waffles!',
    'Update: she has stopped eating. Thanks waffles!',
  ])('guard: "%s" vouches for no one', (update) => {
    expect(acceptedAuthors(grassDogThread(update))).toEqual([]);
  });
});

describe("stop 64: yet more of an update's results, and credit by name", () => {
  it.each([
    ['Update: her tummy was totally fine the next day. Thanks teapot!', ['teapot']],
    ["Update: thanks teapot, I think that's what made it work.", ['teapot']],
    ["Update: one small wobble this week. I'll take it. Thanks teapot!", ['teapot']],
    ['Update: one small wobble this week. Calling that a win. Thanks teapot!', ['teapot']],
    ["Update: we've gone from daily vomiting to maybe once a week. Thanks teapot!", ['teapot']],
    ['Update: the morning retching has mostly gone. Thanks teapot!', ['teapot']],
    ["Update: she's up to 12 days in a row. Thanks teapot!", ['teapot']],
    ['Update: her gums are back to a normal colour. Thanks teapot!', ['teapot']],
    ["Update: it's maybe a quarter of what it was. Thanks teapot!", ['teapot']],
    ["Update: the mess was maybe 20% of last week's. Thanks teapot!", ['teapot']],
    ['Update: mornings are way calmer. Thanks teapot!', ['teapot']],
    ['Update: no vomiting in 11 days (pete nailed it).', ['pete']],
    ['Update: teapot and waffles were right. No vomiting in 11 days.', ['teapot', 'waffles']],
    ['Update: it was exactly what pete guessed. No vomiting in 11 days.', ['pete']],
  ])('"%s" vouches for %j', (update, who) => {
    expect(acceptedAuthors(grassDogThread(update))).toEqual(who);
  });
});

describe("stop 64: a few more of an update's results", () => {
  it.each([
    'Update: her weight is back to 21 kg. Thanks teapot!',
    'Update: Massive improvement!! Thanks teapot!',
    'Update: the floors are clean now. Thanks teapot!',
    'Update: light went out by itself. Thanks teapot, panic over.',
  ])('"%s" vouches for teapot', (update) => {
    expect(acceptedAuthors(grassDogThread(update))).toEqual(['teapot']);
  });
});

describe('stop 65: an update crediting by name what the asker did, its outcome in words of its own', () => {
  it.each([
    [
      'Update: split her meals like teapot suggested and she kept breakfast down all week. Thanks all.',
      ['teapot'],
    ],
    [
      'Update: she has had the bedtime kibbles per waffles for a week. Mornings are calm. Thanks!',
      ['waffles'],
    ],
    ["Update: used basically teapot's plan, and she ate breakfast happily all week. Thanks all!", ['teapot']],
    ["Update: saw the vet (pete's idea) and she is on a bland diet now. Thanks!", ['pete']],
    ['Update: the bedtime snack waffles described sorted her out. Thanks!', ['waffles']],
    ['Update: the split-meals trick from teapot did her good. Thanks all.', ['teapot']],
    ["Update: teapot's split meals were the missing piece. Thanks all.", ['teapot']],
    ["Update: a bland diet for a week and she's eating happily. Accepting pete's answer, thanks!", ['pete']],
    ['Update: pete, you nailed it. Bland diet for a week and she eats happily. Thanks!', ['pete']],
    ["Update: she eats breakfast happily. Accepting teapot's answer.", ['teapot']],
    ['Update: split her meals like teapot said instead of one big bowl. Thanks!', ['teapot']],
    ['Update: went to the vet because of pete and she is eating happily. Thanks!', ['pete']],
    ["Update: split meals with teapot's two-bowl trick and she eats happily. Thanks!", ['teapot']],
    ['Update: saw the vet (thanks pete!) and she eats happily now. Thanks all.', ['pete']],
  ])('"%s" vouches for %j', (update, who) => {
    expect(acceptedAuthors(grassDogThread(update))).toEqual(who);
  });
  it.each([
    'Update: split her meals like teapot suggested but she still throws up. Thanks anyway.',
    'Update: tried the bedtime kibbles per waffles. No change. Thanks anyway.',
    'Update: booked the vet like pete said, fingers crossed. Thanks all!',
    'Update: started the bedtime kibbles per waffles, first one is tonight. Thanks!',
    'Update: split her meals like teapot suggested. She threw up again on Sunday.',
  ])('guard: "%s" vouches for no one', (update) => {
    expect(acceptedAuthors(grassDogThread(update))).toEqual([]);
  });
});

describe('stop 65: the giver of a suggestion granting a critic a point', () => {
  const thread = (concession: string): Thread =>
    makeThread('Phone charging port is loose, how do I clean it?', [
      { author: 'toad', text: 'Use a can of compressed air, a couple of short blasts.' },
      { author: 'penny', text: "I'd be careful with canned air on its own.", replyTo: 0 },
      { author: 'toad', text: concession, replyTo: 1 },
    ]);
  const toadsStances = (concession: string): string[] => {
    const air = analyzeThread(thread(concession)).find((s) => s.supporters.some((p) => p.author === 'penny'));
    return air!.supporters.filter((p) => p.author === 'toad').map((p) => p.stance);
  };
  it.each([
    'Fair, keep the can upright and it is fine.',
    'True, toothpick first and then the air.',
    'Fair point, I only use short blasts.',
    'fair. it helped me but YMMV',
  ])('"%s" keeps the giver for it', (concession) => {
    expect(toadsStances(concession)).toEqual(['for', 'for']);
  });
  it.each(['Fair enough, I was half joking.', 'Fair, I stand corrected, skip the air.', 'Fair.'])(
    'guard: "%s" gives it up',
    (concession) => {
      expect(toadsStances(concession)).toEqual(['for', 'against']);
    },
  );
});

describe("stop 65: more of an update's results", () => {
  it.each([
    'Update: the split meals made the biggest difference. Thanks teapot!',
    'Update: split meals have made a genuinely massive difference. Thanks teapot!',
    'Update: split meals. Huge difference. Thanks teapot!',
    'Update: a whole week with no retching. Thanks teapot!',
    'Update: not a single accident in 7 days. Thanks teapot!',
    'Update: she got through the whole week fine. Thanks teapot!',
    'Update: she survived the whole trip. Thanks teapot!',
    'Update: the stains came out. Thanks teapot!',
    'Update: her heart rate is 10 bpm lower. Thanks teapot!',
  ])('"%s" vouches for teapot', (update) => {
    expect(acceptedAuthors(grassDogThread(update))).toEqual(['teapot']);
  });
  it.each([
    'Update: not a single thing changed. Thanks teapot!',
    'Update: tried it, with no luck. Thanks teapot!',
    'Update: no big difference yet. Thanks teapot!',
  ])('guard: "%s" vouches for no one', (update) => {
    expect(acceptedAuthors(grassDogThread(update))).toEqual([]);
  });
  it("quotes the sentence that credits them, not the update's result", () => {
    const thread = grassDogThread(
      'Update: washed her bowls (thanks waffles) and split meals like teapot said. Made the biggest difference.',
    );
    const quotes = analyzeThread(thread)
      .flatMap((s) => s.supporters)
      .filter((p) => p.accepted?.by === 'asker')
      .map((p) => (p.accepted as { reply: { quote: string } }).reply.quote);
    expect(new Set(quotes)).toEqual(
      new Set(['Update: washed her bowls (thanks waffles) and split meals like teapot said.']),
    );
  });
});

describe("stop 65: an update's second result vouches for what it tells before it", () => {
  it('both results vouch', () => {
    const update =
      'Update: split her food into breakfast and dinner, and there has been no vomiting in 11 days. We also started bedtime kibbles, and her mornings are much calmer.';
    expect(acceptedAuthors(grassDogThread(update))).toEqual(['teapot', 'waffles']);
  });
  it('guard: what is told after the last result still vouches for nothing', () => {
    const update =
      'Update: split her food into breakfast and dinner, and there has been no vomiting in 11 days. We also started bedtime kibbles last night.';
    expect(acceptedAuthors(grassDogThread(update))).toEqual(['teapot']);
  });
});

describe('stop 65: "the next" in an update is a thing done', () => {
  it('"on the next walk I did X like Y said" credits', () => {
    const update =
      'Update: on the next walk I did the bedtime kibbles like waffles said, and she kept it all down. Thanks!';
    expect(acceptedAuthors(grassDogThread(update))).toEqual(['waffles']);
  });
  it('guard: "next week I will…" is yet to do', () => {
    const update = 'Update: next week I will try the bedtime kibbles like waffles said. Thanks!';
    expect(acceptedAuthors(grassDogThread(update))).toEqual([]);
  });
});
