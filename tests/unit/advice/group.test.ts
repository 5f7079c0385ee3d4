import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../../lib/advice';
import { collectCandidates } from '../../../lib/advice/candidates';
import { sentenceTerms } from '../../../lib/advice/keys';
import type { Suggestion, Thread } from '../../../lib/model';
import { authorsOf, makeThread, together, type AnswerSpec, supportedBy } from './make-thread';

describe('grouping: the same advice in different words is one suggestion', () => {
  const paraphrases: [string, string, [string, string][]][] = [
    [
      'supplements by name and by class',
      'Constant muscle cramps',
      [
        ['ann', 'I have had very good luck with oral magnesium supplements.'],
        ['ben', "I'd recommend mag glycinate before bed."],
        ['cat', 'Check your electrolytes, potassium especially.'],
      ],
    ],
    [
      'a drug name and its class',
      'Back spasms that will not stop',
      [
        ['ann', 'Ask your doctor about Flexeril.'],
        ['ben', "I'd try a different muscle relaxer."],
      ],
    ],
    [
      'a misspelt drug name',
      'Back spasms that will not stop',
      [
        ['ann', 'Try a muscle relaxant like cyclobenzaprine.'],
        ['ben', 'The Flexiril really helped me.'],
      ],
    ],
    [
      'the same code token spelled differently',
      'Cannot use import statement outside a module',
      [
        ['ann', 'Add type="module" to your script tag.'],
        ['ben', 'You need type = "module" on the script element.'],
        ['cat', "In the HTML, use type='module' for that script."],
      ],
    ],
    [
      "a package's build output in three words",
      'Cannot use import statement outside a module',
      [
        ['ann', 'You should load the dist version of the library instead of its src folder.'],
        ['ben', "To get the full bundled version you'll have to install it with npm."],
        ['cat', 'Point your script tag at the built file, not the source.'],
      ],
    ],
    [
      'a device by two names',
      'Neck pain',
      [
        ['ann', 'Try a home TENS unit.'],
        ['ben', 'I recommend getting a TENS machine for home use.'],
      ],
    ],
    [
      'heat and ice as one question',
      'Pulled muscle',
      [
        ['ann', 'Use heat, not ice.'],
        ['ben', 'A heating pad helped me the most.'],
      ],
    ],
    [
      'inflections',
      'Lower back pain',
      [
        ['ann', 'Strengthening your core is the best long-term fix.'],
        ['ben', 'I would suggest strength training twice a week.'],
        ['cat', 'Keep doing core exercises once you recover.'],
      ],
    ],
  ];

  it.each(paraphrases)('%s', (_name, title, answers) => {
    const list = analyzeThread(makeThread(title, answers));
    const everyone = answers.map(([a]) => a).sort();
    const top = list[0]!;
    expect(authorsOf(top)).toEqual(everyone);
    expect(top.people).toBe(everyone.length);
  });
});

describe('grouping: different advice stays apart', () => {
  const apart: [string, string, [string, string][]][] = [
    [
      'two papers that each "discuss" something',
      'Ask HN: What are the best papers you have read?',
      [
        [
          'ann',
          'Another from Jaynes worthy of mention: "Prior probabilities" discusses the use of group theory.',
        ],
        [
          'ben',
          '"Inhomogeneous Electron Gas" by Hohenberg and Kohn, which discuss the ground state of an electron gas.',
        ],
        ['cat', 'The Bitcoin whitepaper.'],
      ],
    ],
    [
      'three remedies',
      'Back pain',
      [
        ['ann', 'Try magnesium supplements.'],
        ['ben', "I'd recommend a standing desk."],
        ['cat', 'Look into acupuncture.'],
      ],
    ],
    [
      'an HTML attribute and a package.json field',
      'Cannot use import statement outside a module',
      [
        ['ann', 'Add type="module" to the script tag.'],
        ['ben', 'Add "type": "module" to your package.json.'],
      ],
    ],
    [
      'an ordinary word one letter from a lexicon word',
      'Tight shoulders',
      [
        ['ann', 'Try a massage, I always feel relaxed after one.'],
        ['ben', 'Ask your doctor for a muscle relaxer.'],
      ],
    ],
    [
      'a drug class and a supplement',
      'Cramps at night',
      [
        ['ann', 'Ask about a benzodiazepine like Valium.'],
        ['ben', 'Try magnesium glycinate.'],
      ],
    ],
  ];

  it.each(apart)('%s', (_name, title, answers) => {
    const list = analyzeThread(makeThread(title, answers));
    for (const s of list) expect(s.people).toBeLessThanOrEqual(1);
    for (let i = 0; i < answers.length; i++)
      for (let j = i + 1; j < answers.length; j++)
        expect(together(list, answers[i]![0], answers[j]![0])).toBeUndefined();
  });

  it('does not group by a word every answer uses in passing', () => {
    const list = analyzeThread(
      makeThread('Back pain', [
        ['ann', 'My back muscles were sore for weeks. Try acupuncture.'],
        ['ben', 'My back muscles ached too. I recommend a foam roller.'],
        ['cat', 'The muscles in my back hurt a lot. Consider swimming.'],
      ]),
    );
    expect(list.every((s) => s.people === 1)).toBe(true);
  });
});

describe("grouping: a long thread's everyday words are its vocabulary, not what it advises", () => {
  // Thirty stories of dads; a third mention a car, mostly in passing, a few as what he did or
  // said to do with one. "Car" is how the thread talks, not a suggestion people share.
  const cars: [string, string][] = [
    ['ann', 'My dad drove the same car for twenty years. He washed the car every Sunday.'],
    ['ben', 'We used the car for every holiday. The car radio never worked.'],
    ['cat', 'He taught me to drive in his car. I dented the car twice.'],
    ['dan', 'Dad would take the car to the lake every summer.'],
    ['eve', 'He fell asleep in the car at every drive-in movie.'],
    ['fay', 'His car smelled of pipe smoke. I miss that car.'],
    ['gus', 'He would check the car twice before any trip.'],
    ['hal', 'Dad never let anyone else park his car.'],
    ['ivy', 'His advice, always: get a car you can fix yourself.'],
    ['jon', 'We tried the car wash once and he hated it. The car came out scratched.'],
  ];
  const others = [
    'He whistled whenever he was nervous.',
    'My father loved crossword puzzles and bad puns.',
    'Dad built birdhouses in the garage every winter.',
    "He called everyone 'chief', even the priest.",
    'Mine could never remember a birthday.',
    'He cried at every single wedding.',
    'Dad kept a jar of pennies for forty years.',
    'He grew tomatoes nobody was allowed to pick.',
    'My father read the paper front to back every morning.',
    'He hummed old hymns while cooking pancakes.',
    'Dad wore the same sweater every Christmas.',
    'He told the same three jokes at every dinner.',
    'Mine fixed every clock in the house.',
    'He loved thunderstorms and watched them from the porch.',
    'Dad fed every stray cat in the neighbourhood.',
    'He wrote letters to the editor every week.',
    'My father sang opera in the shower.',
    'He kept his army boots polished until he died.',
    'Dad could fall asleep anywhere, instantly.',
    'He saved every ticket stub from every game.',
  ];
  const stories = cars.flatMap((story, i): [string, string][] => [
    story,
    [`k${2 * i}`, others[2 * i]!],
    [`k${2 * i + 1}`, others[2 * i + 1]!],
  ]);

  it('an everyday word a third of the stories use founds no suggestion', () => {
    const list = analyzeThread(makeThread('What did your dad always say?', stories));
    expect(list.filter((s) => /\bcars?\b/i.test(s.label) && s.people >= 2)).toEqual([]);
  });

  it('the same word advised by those who use it still does', () => {
    const list = analyzeThread(
      makeThread('Commuting with a bad back', [
        ['ann', 'Get a car with lumbar support. The car makes all the difference.'],
        ['ben', 'Honestly, buy a car with good seats.'],
        ['cat', 'A car with heated seats helped me, get one if you can.'],
        ['dan', 'Drive a car with an automatic gearbox.'],
        ['eve', 'My commute is long. Get a car with adjustable seats.'],
        ['fay', 'Take the bus instead of a car if the seats are bad.'],
        ['gus', 'Walk more.'],
        ['hal', 'Stretch before driving your car.'],
      ]),
    );
    expect(list[0]!.label).toMatch(/car/i);
    expect(list[0]!.people).toBeGreaterThanOrEqual(4);
  });
});

describe('grouping: agreement replies join what they agree with', () => {
  it('"I\'ll second what X says about Y" joins X\'s suggestion on Y', () => {
    const list = analyzeThread(
      makeThread('Lower back pain', [
        [
          'soundguy',
          'Strengthening your core muscles is the best way to prevent this. Also try acupuncture.',
        ],
        ['zed', 'Look into a standing desk.'],
        ['theory', "I'll second what soundguy says about strengthening."],
      ]),
    );
    const s = together(list, 'soundguy', 'theory');
    expect(s).toBeDefined();
    expect(s!.label.toLowerCase()).toContain('strength');
    expect(together(list, 'theory', 'zed')).toBeUndefined();
  });

  it('"also agree with X that ..." joins through the words the two share', () => {
    const list = analyzeThread(
      makeThread('Back spasms', [
        ['alexia', 'There are different muscle relaxers for different problems, ask about another one.'],
        ['bob', 'Try a standing desk.'],
        [
          'amy',
          "Also agree with alexia that you should look into different meds if you haven't tried a variety.",
        ],
      ]),
    );
    const s = together(list, 'alexia', 'amy');
    expect(s).toBeDefined();
    expect(s!.label.toLowerCase()).toContain('relax');
  });

  it('a bare "seconding X" joins X\'s advice', () => {
    const list = analyzeThread(
      makeThread('Slow laptop', [
        ['kim', 'Replace the hard drive with an SSD.'],
        ['lee', 'Seconding kim.'],
      ]),
    );
    expect(together(list, 'kim', 'lee')).toBeDefined();
  });

  it('an agreement cannot join a later answer', () => {
    const list = analyzeThread(
      makeThread('Slow laptop', [
        ['lee', 'Seconding kim.'],
        ['kim', 'Replace the hard drive with an SSD.'],
      ]),
    );
    expect(together(list, 'kim', 'lee')).toBeUndefined();
  });
});

describe('grouping: who is counted', () => {
  it("never cites the asker's thanks, nor deleted answers", () => {
    const thread = makeThread('Back pain', [
      ['ann', 'Try a standing desk.'],
      { author: 'ben', text: 'Try a standing desk, seriously.', deleted: true },
      ['asker', 'Thanks for all the replies. I appreciate all the suggestions.'],
    ]);
    const list = analyzeThread(thread);
    const cited = list.flatMap((s) => s.supporters.map((p) => p.author));
    expect(cited).toContain('ann');
    expect(cited).not.toContain('ben');
    expect(cited).not.toContain('asker');
  });

  it('the same person in two posts counts once', () => {
    const list = analyzeThread(
      makeThread('Neck pain', [
        ['amy', 'Try a TENS unit at home.'],
        ['bob', 'A TENS machine helped me a lot.'],
        ['amy', 'Also, get a home TENS, they are cheap now.'],
      ]),
    );
    const s = together(list, 'amy', 'bob')!;
    expect(s.supporters).toHaveLength(3);
    expect(s.people).toBe(2);
  });
});

describe('on a Q&A site every answer is an answer', () => {
  const answers: AnswerSpec[] = [
    {
      author: 'ann',
      text: 'Ruby uses the case expression instead. It compares with the === operator.',
      score: 734,
    },
    {
      author: 'ben',
      text: 'You can use regular expressions in the when clauses, such as /^\\d+$/.',
      score: 17,
    },
    { author: 'cat', text: 'Python has no such statement at all, sadly.', score: -3 },
  ];
  const on = (site: Thread['site']): Suggestion[] =>
    analyzeThread({ ...makeThread('How do I write a switch statement in Ruby?', answers), site });

  it('one voted up but phrased as a statement is listed, named by its own opening words', () => {
    const list = on('stackexchange');
    const ann = supportedBy(list, 'ann');
    expect(ann?.label).toBe('Ruby uses the case expression instead');
    expect(ann?.supporters[0]!.quote).toBe('Ruby uses the case expression instead.');
    // Voted down: not listed for itself.
    expect(list.some((s) => authorsOf(s).includes('cat'))).toBe(false);
  });

  it('a discussion forum lists only what is advised, and the answer the asker accepted', () => {
    expect(on('discourse').some((s) => authorsOf(s).includes('ann'))).toBe(false);
    const thread = makeThread('How do I write a switch statement in Ruby?', [
      { ...answers[0]!, accepted: true },
      answers[1]!,
    ]);
    const accepted = analyzeThread({ ...thread, site: 'discourse' }).find((s) =>
      authorsOf(s).includes('ann'),
    );
    expect(accepted?.label).toBe('Ruby uses the case expression instead');
  });
});

describe("the site's own name", () => {
  it('groups nothing: "MetaFilter" on MetaTalk is where the thread is', () => {
    const thread = makeThread('A book of the best posts', [
      ['ann', 'Ask the MetaFilter mods first, then print it.'],
      ['ben', 'Get permission on MetaFilter before you print anything.'],
      ['cat', 'Use Lulu for the printing.'],
    ]);
    thread.url = 'https://metatalk.metafilter.com/23524/a-book';
    expect(together(analyzeThread(thread), 'ann', 'ben')).toBeUndefined();
  });
});

describe('what an answer says worked', () => {
  it('meets the same advice given as such ("Get a cooling pad", "a cooling pad dropped my temps")', () => {
    const groups = people('Laptop fan is loud and it gets really hot', [
      ['ana', 'Get a cooling pad.'],
      ['bo', 'A laptop cooling pad dropped my temps by 10 degrees.'],
      ['cy', 'Take a class, like pottery or improv.'],
      ['di', 'An improv class changed my life when I moved here.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
    expect(groups).toContainEqual(['cy', 'di']);
  });

  it('is advice, named by the lexicon or not ("A dehumidifier fixed ours eventually.")', () => {
    const thread = makeThread('Mold in the bathroom keeps coming back', [
      ['ana', 'We had mold for years in that house. A dehumidifier fixed ours eventually.'],
      ['bo', 'Open a window.'],
    ]);
    const units = collectCandidates(thread).units.filter((u) => u.person === 'ana');
    expect(units.find((u) => u.text.startsWith('A dehumidifier'))?.tier).toBe('advice');
  });

  it('is a suggestion of its own, however plainly put ("New thermal paste fixed mine.")', () => {
    const list = analyzeThread(
      makeThread('Laptop fan is loud and it gets really hot', [
        ['ana', 'New thermal paste fixed mine.'],
        ['bo', 'Get a cooling pad.'],
      ]),
    );
    expect(supportedBy(list, 'ana')?.label).toMatch(/thermal paste/i);
  });
});

describe('seconding what another answer named', () => {
  it('joins that answer on the word it seconds ("Get a tutor on italki" / "Seconding italki")', () => {
    const groups = people('How can I learn Spanish with a full-time job?', [
      ['ana', 'Get a tutor on italki.'],
      ['bo', 'Seconding italki.'],
      ['cy', 'Watch shows with Spanish subtitles.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
  });
});

describe('a few words going on about what the post advised before them', () => {
  it('belong to that advice ("Keep the routine the same every night. Bath, book, bed.")', () => {
    const list = analyzeThread(
      makeThread('Toddler tantrums at bedtime every single night', [
        ['ana', 'Keep the routine exactly the same every night. Bath, book, bed.'],
        ['bo', 'Give her choices: this pajama or that one.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('ana'))).toHaveLength(1);
  });
});

describe('a pick another answer gave too', () => {
  it('names it before "here too", and a model by its number meets its full name', () => {
    const groups = people('What is the best budget mechanical keyboard?', [
      ['ana', 'The Royal Kludge RK61 is about $40 and surprisingly good.'],
      ['bo', 'RK61 here too, cannot beat it for the money.'],
      ['cy', 'Keychron K2. Great for the price.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
  });
});

describe('a line of an announced list', () => {
  it('names its item before the comment on it ("A daily word count goal, even just 300 words")', () => {
    const groups = people('How do I stop procrastinating on my thesis?', [
      [
        'ana',
        'Things that worked for me:\n- Pomodoro, 25 minutes on, 5 off\n- A daily word count goal, even just 300 words',
      ],
      ['bo', 'Set a tiny daily goal. 200 words a day adds up fast.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
  });
});

describe('the same advice given and argued against', () => {
  it('is one suggestion, mixed: "Foam roll your IT band" and "Don\'t foam roll the IT band"', () => {
    const list = analyzeThread(
      makeThread('Knee pain when running', [
        ['ann', 'Foam roll your IT band.'],
        ['ben', "Don't foam roll the IT band, it does nothing and hurts."],
        ['cat', 'Shorten your stride.'],
      ]),
    );
    const both = together(list, 'ann', 'ben');
    expect(both?.stance).toBe('mixed');
  });
});

describe('the site the opening post links to', () => {
  const linkPost = (link: string): Thread => {
    const thread = makeThread('A database for 2022', [
      ['ann', 'Try Tailscale for the networking part.'],
      ['ben', 'Just use Tailscale, it is simple.'],
      ['cat', "I'd use SQLite with Litestream for this."],
    ]);
    thread.site = 'hackernews';
    thread.question = { ...thread.question, text: '', links: [link] };
    return thread;
  };

  it('is what the story is about, not advice: Tailscale under its own blog post', () => {
    expect(
      together(analyzeThread(linkPost('https://tailscale.com/blog/database-for-2022/')), 'ann', 'ben'),
    ).toBeUndefined();
    expect(
      together(analyzeThread(linkPost('https://example.org/a-database-for-2022')), 'ann', 'ben'),
    ).toBeDefined();
  });

  it('is named left of a country\'s second level: "guardian" in guardian.co.uk', () => {
    const under = (link: string): Set<string> => {
      const thread = linkPost(link);
      thread.answers = [];
      return collectCandidates(thread).titleKeys;
    };
    const keyOf = (word: string): string => sentenceTerms(word)[0]!.key;
    expect(under('http://www.guardian.co.uk/world/2013/jun/09/nsa')).toContain(keyOf('Guardian'));
    expect(under('https://www.abc.net.au/news/2024')).toContain(keyOf('ABC'));
    expect(under('https://blog.tailscale.com/x')).toContain(keyOf('Tailscale'));
  });
});

describe("one person's advice said over several sentences", () => {
  it('is one suggestion when a later sentence names it again', () => {
    const list = analyzeThread(
      makeThread('What are the best papers you have read?', [
        [
          'ann',
          'Generally you need background knowledge to read papers. A quick way to gain necessary background knowledge is to read literature reviews or surveys.',
        ],
        ['bo', 'Read the Bitcoin whitepaper.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('ann'))).toHaveLength(1);
  });

  it('stays two suggestions when the sentences advise two things', () => {
    const list = analyzeThread(
      makeThread('My back hurts after work', [
        ['ann', 'Try a heating pad on the lowest setting. Also see a physiotherapist about your posture.'],
        ['bo', 'Read the Bitcoin whitepaper.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('ann')).length).toBeGreaterThanOrEqual(2);
  });

  it('counts a pointer to more reading as part of what came before it', () => {
    const pointer = 'You can read more here about the chewable and the spray forms.';
    const list = analyzeThread(
      makeThread('A cold that will not go away', [
        ['ann', `Zinc lozenges worked well for me. ${pointer}`],
        ['bo', "I'd recommend zinc lozenges too."],
      ]),
    );
    const theirs = list.filter((s) => authorsOf(s).includes('ann'));
    expect(theirs).toHaveLength(1);
    expect(theirs[0]!.supporters.find((p) => p.author === 'ann')!.sentences).toContain(pointer);
  });

  it('keeps advice to read up on something new as advice of its own', () => {
    const list = analyzeThread(
      makeThread('A cold that will not go away', [
        ['ann', 'Zinc lozenges worked well for me. You should also read up on the Buteyko breathing method.'],
        ['bo', "I'd recommend zinc lozenges too."],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('ann')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('a thread of picks', () => {
  const picks = (links: [string, string]): Thread => {
    const thread = makeThread('What are the best papers you have read?', [
      ['ann', 'Principles of Design (1998) by Tim Berners-Lee.'],
      ['bo', 'The end to end principle.'],
    ]);
    thread.answers[0]!.links = [links[0]];
    thread.answers[1]!.links = [links[1]];
    return thread;
  };

  /** Each answer links a page of its own. */
  const ownPages: [string, string] = [
    'https://www.w3.org/DesignIssues/Principles.html',
    'https://web.mit.edu/Saltzer/www/publications/endtoend/endtoend.pdf',
  ];

  it('keeps two papers apart that share a word, each linked to its own page', () => {
    expect(together(analyzeThread(picks(ownPages)), 'ann', 'bo')).toBeUndefined();
  });

  it('names a hyphenated name whole, and a paper by its title, not its author', () => {
    const ann = supportedBy(analyzeThread(picks(ownPages)), 'ann')!;
    expect(ann.label).toBe('Principles of Design');
    const list = analyzeThread(
      makeThread('What are the best papers you have read?', [['ann', 'Anything from Tim Berners-Lee.']]),
    );
    expect(list[0]!.label).toContain('Tim Berners-Lee');
  });

  it('still joins two picks that link the same page', () => {
    expect(together(analyzeThread(picks([ownPages[0], ownPages[0]])), 'ann', 'bo')).toBeDefined();
  });
});

describe("a link to a member's page on the thread's own site", () => {
  const withLinks = (links: string[]): Thread => {
    const t = makeThread('My back keeps going into spasm', [
      ['ann', 'Try a heating pad on the sore spot.'],
      ['bo', 'Stretch your hamstrings every morning.'],
    ]);
    // Bylines and nods to other members, as an adapter that reads a post's whole box lists them.
    for (const a of t.answers) a.links = links;
    return t;
  };

  it('is no key: two answers that both link it are not one suggestion, nor named by it', () => {
    for (const member of [
      'https://forum.example/user/10056',
      'https://www.forum.example/members/sam.12/',
      'https://forum.example/u/sam',
      'https://forum.example/memberlist.php?mode=viewprofile&u=2',
    ]) {
      const list = analyzeThread(withLinks([member]));
      expect(together(list, 'ann', 'bo'), member).toBeUndefined();
      expect(list.map((s) => s.label).join(' | '), member).not.toMatch(/forum\.example/);
    }
  });

  it("still joins two answers that link the same page elsewhere, or the site's own article", () => {
    expect(
      together(analyzeThread(withLinks(['https://physio.example/stretches/hamstrings'])), 'ann', 'bo'),
    ).toBeDefined();
    expect(
      together(analyzeThread(withLinks(['https://forum.example/wiki/back-pain'])), 'ann', 'bo'),
    ).toBeDefined();
  });
});

describe('a link on a line of its own', () => {
  const ask = 'What are the best papers you have read?';
  /** A thread of picks, each answer's links listed as a site adapter lists them. */
  const thread = (...answers: [string, string][]): Thread => {
    const t = makeThread(ask, answers);
    for (const a of t.answers) a.links = a.text.match(/https:\/\/\S+/g) ?? [];
    return t;
  };
  const holding = (list: Suggestion[], part: string): Suggestion[] =>
    list.filter((s) => s.supporters.some((p) => (p.sentences ?? []).some((t) => t.includes(part))));

  it('is where to read the pick above it, not a second pick named by its file', () => {
    const list = analyzeThread(
      thread(
        ['ann', 'Reflections on Trusting Trust\n\nhttps://www.cs.example.edu/~thompson/papers/rott84.pdf'],
        ['bo', 'The Mythical Man-Month, a classic.'],
      ),
    );
    const ann = list.filter((s) => authorsOf(s).includes('ann'));
    expect(ann).toHaveLength(1);
    expect(ann[0]!.label).toMatch(/Trusting Trust/);
    expect(holding(list, 'rott84.pdf')).toEqual(ann);
  });

  it('with a footnote mark, counts for the sentence that carries the mark', () => {
    const ann = [
      'I would start with "Time, Clocks, and the Ordering of Events" by Lamport.[1]',
      'For something lighter, "Worse Is Better" by Gabriel.[2]',
      '[1] https://www.cs.example.edu/~lamport/papers/clocks.pdf',
      '[2] https://www.cs.example.edu/~gabriel/papers/worse.html',
    ].join('\n\n');
    const bo = 'This one changed how I ship software: https://www.cs.example.edu/~gabriel/papers/worse.html';
    const list = analyzeThread(thread(['ann', ann], ['bo', bo]));
    // bo links the page ann's second mark cites: they picked the same essay.
    const shared = together(list, 'ann', 'bo');
    expect(shared).toBeDefined();
    const annSaid = shared!.supporters.find((p) => p.author === 'ann')!.sentences?.join(' ') ?? '';
    expect(annSaid).toContain('Worse Is Better');
    expect(annSaid).not.toContain('Lamport');
  });

  it('in a list of links under one heading, each link stays a pick of its own', () => {
    const text = [
      'A few fun ones from finance:',
      'https://www.cs.example.edu/~fama/papers/efficient-markets.pdf',
      'https://www.cs.example.edu/~black/papers/option-pricing.pdf',
    ].join('\n\n');
    const list = analyzeThread(thread(['ann', text], ['bo', 'The Mythical Man-Month.']));
    expect(holding(list, 'efficient-markets')).toHaveLength(1);
    expect(holding(list, 'option-pricing')).toHaveLength(1);
    expect(holding(list, 'efficient-markets')[0]).not.toBe(holding(list, 'option-pricing')[0]);
  });
});

describe('authors a site no longer names', () => {
  it('"[deleted]" is not one person: each such answer counts for itself', () => {
    const thread = makeThread('Toddler will not sleep through the night', [
      ['[deleted]', 'Try a white noise machine in her room.'],
      ['[deleted]', 'A white noise machine fixed this for us.'],
      ['ann', 'White noise machine, absolutely.'],
    ]);
    const noise = analyzeThread(thread).find((s) => /noise/i.test(s.label));
    expect(noise?.people).toBe(3);
  });

  it("an unnamed asker does not make every unnamed answer the asker's", () => {
    const thread = makeThread(
      'Toddler will not sleep through the night',
      [
        ['[deleted]', 'Try blackout curtains, they made all the difference.'],
        ['ben', 'Blackout curtains helped us too.'],
      ],
      '[deleted]',
    );
    const curtains = analyzeThread(thread).find((s) => /curtain/i.test(s.label));
    expect(curtains?.people).toBe(2);
  });
});

describe('a fronted setting is where advice applies, not what it is about', () => {
  it('a word said only in the setting joins no group', () => {
    const list = analyzeThread(
      makeThread('How do I get fitter?', [
        ['ann', 'Walk for an hour every day.'],
        ['ben', 'Walking every day helped me a lot.'],
        ['cai', 'When out walking, wear proper running shoes with good support.'],
      ]),
    );
    const walking = list.find((s) => /walk/i.test(s.label));
    expect(walking && authorsOf(walking)).toEqual(['ann', 'ben']);
  });

  it('unless the advice points back to it', () => {
    const list = analyzeThread(
      makeThread('Leg cramps at night', [
        ['ann', 'Magnesium helped me a lot.'],
        ['ben', 'If you supplement magnesium, take it as glycinate.'],
      ]),
    );
    const magnesium = list.find((s) => /magnesium/i.test(s.label));
    expect(magnesium && authorsOf(magnesium)).toEqual(['ann', 'ben']);
  });
});

describe('code blocks go to the sentence that brings them', () => {
  it('each block to the line right above it, advice or not', () => {
    const browser = '    <script type="module" src="app.js"></script>';
    const node = '    {\n        "type": "module"\n    }';
    const thread = makeThread('Cannot use import statement outside a module', [
      [
        'ann',
        `There are two ways to solve this:\n\nThe first: In the page, include type=module\n\n${browser}\n\nThe second: In node.js, into your package.json file\n\n${node}`,
      ],
      ['ben', 'Add "type": "module" to your package.json file.'],
      ['cai', 'Add type="module" to the script tag.'],
    ]);
    thread.answers[0]!.code = [browser, node];
    const list = analyzeThread(thread);
    const quoteOf = (label: RegExp): string | undefined =>
      list.find((s) => label.test(s.label))?.supporters.find((p) => p.author === 'ann')?.quote;
    expect(quoteOf(/package\.json/)).toMatch(/^The second/);
    expect(quoteOf(/^type="module"/)).toMatch(/^The first/);
  });
});

/** Who supports each suggestion of a thread written as [author, text] answers. */
function people(title: string, answers: [string, string][]): string[][] {
  return analyzeThread(makeThread(title, answers)).map(authorsOf);
}

describe('everyday advice in different words, across fields', () => {
  it('a doctor by any name is one suggestion, the specialist named in it', () => {
    const list = analyzeThread(
      makeThread('My toddler has had a cough for three weeks', [
        ['ana', 'Take her to the doctor, three weeks is too long.'],
        ['bo', 'I would call your pediatrician tomorrow morning.'],
        ['cy', 'Ask your GP to listen to her chest.'],
        ['di', 'A humidifier in her room helped our son.'],
      ]),
    );
    const doctor = together(list, 'ana', 'bo');
    expect(doctor && authorsOf(doctor)).toEqual(['ana', 'bo', 'cy']);
    expect(doctor!.label.toLowerCase()).toContain('pediatrician');
    expect(together(list, 'ana', 'di')).toBeUndefined();
  });

  it('sleep training under its method names, and a sound machine with white noise', () => {
    const groups = people('Our baby wakes up every hour', [
      ['ana', 'We did the Ferber method at six months and it worked within a week.'],
      ['bo', 'Honestly, sleep training saved our sanity.'],
      ['cy', 'Get a white noise machine for the nursery.'],
      ['di', 'A sound machine made a big difference for us.'],
      ['ed', 'Cry it out is hard for two nights, then it is done.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo', 'ed']);
    expect(groups).toContainEqual(['cy', 'di']);
  });

  it('a part named two ways is one upgrade, and starting over is not restarting', () => {
    const groups = people('My old laptop is painfully slow', [
      ['ana', 'Swap the hard disk for an SSD.'],
      ['bo', 'A solid state drive is the single best upgrade.'],
      ['cy', 'Reboot it once in a while.'],
      ['di', 'Do a clean install of the OS.'],
      ['ed', 'I would just reinstall Windows from scratch.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
    expect(groups).toContainEqual(['di', 'ed']);
    expect(groups.some((g) => g.includes('cy') && g.includes('ed'))).toBe(false);
  });

  it('advice on the same object with a remedy of its own stays apart ("update the firmware on the router")', () => {
    const list = analyzeThread(
      makeThread('Wifi keeps dropping every evening', [
        ['ana', 'Restart the router.'],
        ['bo', 'Reboot your modem and the router.'],
        ['cy', 'Try power cycling the router.'],
        ['di', 'Update the firmware on your router.'],
      ]),
    );
    const restart = together(list, 'ana', 'bo');
    expect(restart && authorsOf(restart)).toEqual(['ana', 'bo', 'cy']);
  });
});

describe('named supplements and everyday remedies', () => {
  it('a supplement one answer names is listed, and two answers naming it are one suggestion', () => {
    const groups = people('Cannot fall asleep before 3am', [
      ['ana', 'Try a low dose of melatonin an hour before bed.'],
      ['bo', 'Melatonin fixed my schedule in a week.'],
      ['cy', 'Zinc before bed does wonders for me.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
    expect(groups).toContainEqual(['cy']);
  });

  it('water and daylight by any phrasing; "stay up" and "stay hydrated" are not one thing', () => {
    const groups = people('Surviving a twelve hour time difference', [
      ['ana', 'Stay awake until it is dark where you land.'],
      ['bo', 'Stay hydrated on the plane.'],
      ['cy', 'Drink plenty of water the day before and during the trip.'],
      ['di', 'Morning sun resets your clock fastest.'],
      ['ed', 'Get as much sunlight as you can on day one.'],
    ]);
    expect(groups).toContainEqual(['bo', 'cy']);
    expect(groups).toContainEqual(['di', 'ed']);
    expect(groups.some((g) => g.includes('ana') && g.includes('bo'))).toBe(false);
  });

  it('a tool and the shop that lends it, for the same reading of a car fault code', () => {
    const groups = people('Check engine light after filling up', [
      ['ana', 'Buy a cheap OBD-II scanner and read it yourself.'],
      ['bo', 'A code reader is twenty dollars and pays for itself.'],
      ['cy', 'AutoZone will read the code for free.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo', 'cy']);
  });

  it('"daylight saving time" is not daylight', () => {
    const list = analyzeThread(
      makeThread('Kids waking too early', [
        ['ana', 'Blackout curtains, especially after daylight saving time starts.'],
        ['bo', 'Get morning light on them after they wake, not before.'],
      ]),
    );
    expect(together(list, 'ana', 'bo')).toBeUndefined();
  });
});

describe('advice put after a comma, or on a longer noun phrase', () => {
  it('"Sounds like X, take her to the vet" joins "take her to the vet"', () => {
    const groups = people('My dog keeps scratching her ear', [
      ['ana', 'Take her to the vet this week.'],
      ['bo', 'Sounds like an ear infection, get her seen by a veterinarian.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
  });

  it('two letters of one kind, each the head of its own phrase, are one suggestion', () => {
    const groups = people('Old landlord kept my whole deposit', [
      ['ana', 'Send a demand letter by certified mail.'],
      ['bo', 'Write them a formal letter, and keep a copy.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
  });
});

describe('an imperative verb with an object is advice about the object', () => {
  it('"test the yeast" and "do the windowpane test" are not one suggestion', () => {
    const groups = people('Why is my bread so dense?', [
      ['ana', 'Test the yeast in warm water with a pinch of sugar first.'],
      ['bo', 'You are probably under-kneading, do the windowpane test.'],
    ]);
    expect(groups.some((g) => g.includes('ana') && g.includes('bo'))).toBe(false);
  });

  it('"listen to" different records is not one suggestion', () => {
    const groups = people('Where do I start with folk music?', [
      ['ana', 'Listen to some early Joni Mitchell records.'],
      ['bo', 'Listen to the Harry Smith anthology first.'],
    ]);
    expect(groups.some((g) => g.includes('ana') && g.includes('bo'))).toBe(false);
  });
});

describe('more everyday advice in different words', () => {
  it('a mechanic looking it over is a pre-purchase inspection', () => {
    const groups = people('Buying my first used car', [
      ['ana', 'Pay for a pre-purchase inspection before any money changes hands.'],
      ['bo', 'Have a mechanic you trust look at it first.'],
      ['cy', 'Get a PPI, always.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo', 'cy']);
  });

  it('a paper trail, the boss, and a new job, each in several phrasings', () => {
    const groups = people('My coworker presents my work as his', [
      ['ana', 'Document everything and keep dates.'],
      ['bo', 'Keep a paper trail of who sent what.'],
      ['cy', 'Raise it with your manager.'],
      ['di', 'Talk to your boss, calmly and with examples.'],
      ['ed', 'Start looking for a new job.'],
      ['fi', 'Honestly, update your resume.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
    expect(groups).toContainEqual(['cy', 'di']);
    expect(groups).toContainEqual(['ed', 'fi']);
  });

  it('alcohol by another name is one suggestion; a firm misspelt "Booze Allen" is none', () => {
    const groups = people('How do I beat jet lag flying Tokyo to New York?', [
      ['ana', 'Avoid alcohol on the plane.'],
      ['bo', 'Skip the booze on the flight, it wrecks your sleep.'],
      ['cy', 'Melatonin at local bedtime worked for me.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
    const firm = sentenceTerms('Will Booze Allen get to him first?');
    expect(firm.map((t) => t.key)).not.toContain('c:alcohol');
  });
});

describe('relationships, school, friends and neighbours', () => {
  it('leaving, breaking up and DTMFA are one suggestion', () => {
    const groups = people('Girlfriend checks my phone every night', [
      ['ana', 'Leave her.'],
      ['bo', 'Break up with her, this only gets worse.'],
      ['cy', 'DTMFA.'],
      ['di', 'Change your passcode tonight.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo', 'cy']);
  });

  it('a trade by apprenticeship or trade school; free courses by their sites', () => {
    const groups = people('Left school at sixteen, what are my options?', [
      ['ana', 'Look into an apprenticeship, you get paid to learn.'],
      ['bo', 'Trade school is a solid path.'],
      ['cy', 'Do the free courses on Khan Academy.'],
      ['di', 'Coursera has free online courses too.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
    expect(groups).toContainEqual(['cy', 'di']);
  });

  it('clubs, leagues and Meetup are one way to meet people; a chat with the neighbour reads as advice', () => {
    const list = analyzeThread(
      makeThread('New in town and lonely', [
        ['ana', 'Join a club, any club.'],
        ['bo', 'Sign up for a rec league.'],
        ['cy', 'Meetup groups saved me when I moved.'],
        ['di', 'Talk to your neighbours.'],
        ['ed', 'Have a chat with the people next door.'],
      ]),
    );
    const clubs = together(list, 'ana', 'bo');
    expect(clubs && authorsOf(clubs)).toEqual(['ana', 'bo', 'cy']);
    const chat = together(list, 'di', 'ed');
    expect(chat).toBeDefined();
    // Not a bare "Talk to".
    expect(chat!.label.toLowerCase()).not.toBe('talk to');
  });

  it('"The Apprentice" on TV and a "club" in quotes are no advice', () => {
    const list = analyzeThread(
      makeThread('What do you watch these days?', [
        ['ana', 'Ask what people think of the TV show The Apprentice.'],
        ['bo', "They are just afraid their 'club' is getting bigger."],
      ]),
    );
    expect(list.some((s) => /trade|club or group/i.test(s.label))).toBe(false);
  });
});

describe('support-forum fixes in different words', () => {
  it('sudo and root are one warning; node_modules is not Node.js', () => {
    const groups = people('Global npm install fails with a permissions error', [
      ['ana', "Don't use sudo for this."],
      ['bo', 'Never install packages as root.'],
      ['cy', 'Install Node through nvm instead.'],
      ['di', 'Use nvm, it puts node in your home folder.'],
      ['ed', 'Delete node_modules and try again.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
    expect(groups).toContainEqual(['cy', 'di']);
    expect(groups.some((g) => g.includes('ed') && g.includes('cy'))).toBe(false);
  });

  it('an instruction opening with a fixing verb the detector list lacks ("Disable …") is read as one', () => {
    const groups = people('Laptop fan never stops', [
      ['ana', 'Turn off fast startup in the power options.'],
      ['bo', 'Disable fast startup, it keeps the CPU busy.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
  });

  it('the CDN cache and cache busting are two fixes, apart from the browser cache', () => {
    const groups = people('Old CSS still served after deploy', [
      ['ana', 'Clear your browser cache first.'],
      ['bo', 'Purge the Cloudflare cache.'],
      ['cy', 'Purge everything in the CDN dashboard.'],
      ['di', 'Add a content hash to the file names.'],
      ['ed', 'Use cache busting on your assets.'],
    ]);
    expect(groups).toContainEqual(['bo', 'cy']);
    expect(groups).toContainEqual(['di', 'ed']);
  });
});

describe('what fixed it, and a few more fields', () => {
  it('"get a humidifier" meets "a humidifier fixed ours"', () => {
    const groups = people('Nosebleeds every winter morning', [
      ['ana', 'Get a humidifier for the bedroom.'],
      ['bo', 'A humidifier fixed ours within a week.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
  });

  it('a diary by any name, and coffee as caffeine', () => {
    const groups = people('Headaches most afternoons', [
      ['ana', 'Keep a food diary for a month.'],
      ['bo', 'Keep track of what you eat and when the headaches start.'],
      ['cy', 'Cut back on caffeine slowly.'],
      ['di', 'Drink less coffee after lunch.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
    expect(groups).toContainEqual(['cy', 'di']);
  });

  it('court, a lawyer and traffic school are three suggestions, not one by the word "traffic"', () => {
    const groups = people('Should I pay my speeding ticket?', [
      ['ana', 'Go to court, the officer often does not show.'],
      ['bo', 'Contest it, they frequently drop it.'],
      ['cy', 'Hire a traffic lawyer.'],
      ['di', 'Get an attorney who does traffic cases.'],
      ['ed', 'Ask for traffic school to keep the points off.'],
      ['fi', 'A defensive driving course can get it dismissed.'],
    ]);
    expect(groups).toContainEqual(['ana', 'bo']);
    expect(groups).toContainEqual(['cy', 'di']);
    expect(groups).toContainEqual(['ed', 'fi']);
  });
});

describe('kinds of one thing, and the words of the title', () => {
  it('a word in the title is its topic inside a longer name too ("credit CARD debt")', () => {
    const groups = people('How do I pay off $15k of credit card debt?', [
      ['ana', 'Call the card company and ask for a lower rate.'],
      ['bo', 'Cut up the cards.'],
    ]);
    expect(groups).not.toContainEqual(['ana', 'bo']);
  });

  it('different kinds named by a noun are different things ("card company", "consolidation companies")', () => {
    const groups = people('How do I get out of debt?', [
      ['ana', 'Call the card company and ask for a lower rate.'],
      ['bo', 'Stay away from debt consolidation companies that charge fees.'],
    ]);
    expect(groups).not.toContainEqual(['ana', 'bo']);
  });

  it('different deeds done to one thing are different advice ("Clean the blades", "Swap the blades")', () => {
    const groups = people('Ceiling fan wobbles on high speed', [
      ['ana', 'Clean the blades.'],
      ['bo', 'Swap the blades around.'],
      ['cy', 'Measure the blade heights from the ceiling.'],
    ]);
    expect(groups.map((g) => g.join()).sort()).toEqual(['ana', 'bo', 'cy']);
  });

  it('one deed in other words, or done again, is one advice ("Wipe the blades", "Recut the stems")', () => {
    expect(
      people('Ceiling fan wobbles on high speed', [
        ['ana', 'Clean the blades.'],
        ['bo', 'Wipe the blades with a damp cloth.'],
      ]),
    ).toContainEqual(['ana', 'bo']);
    expect(
      people('How do I keep cut flowers fresh longer?', [
        ['ana', 'Cut the stems at an angle.'],
        ['bo', 'Recut the stems under water.'],
      ]),
    ).toContainEqual(['ana', 'bo']);
  });

  it('a thing taken up, not worked on, is the advice itself ("Get a pot", "Swap the pot")', () => {
    expect(
      people('Tomato plants wilting on the balcony', [
        ['ana', 'Get a bigger pot.'],
        ['bo', 'Swap the pot for a bigger one.'],
      ]),
    ).toContainEqual(['ana', 'bo']);
  });

  it('a warning to do without a thing argues against it ("Skip the baking soda and vinegar")', () => {
    const list = analyzeThread(
      makeThread('Kitchen sink drains really slowly', [
        ['ana', 'Baking soda and vinegar, let it fizz for 20 minutes, then flush it.'],
        ['bo', 'Skip the baking soda and vinegar thing, it does basically nothing.'],
      ]),
    );
    const soda = list.find((s) => /baking soda/i.test(s.label));
    expect(soda && authorsOf(soda)).toEqual(['ana', 'bo']);
    expect(soda?.stance).toBe('mixed');
    expect(soda?.supporters.find((p) => p.author === 'bo')?.stance).toBe('against');
  });
});

describe('a step of the advice before it', () => {
  it('pointing back to what it named is part of that advice ("Put a bucket under it")', () => {
    const list = analyzeThread(
      makeThread('Kitchen sink drains really slowly', [
        ['ana', 'Take apart the P-trap under the sink. Put a bucket under it.'],
        ['bo', 'Seconding the P-trap, it takes ten minutes.'],
      ]),
    );
    expect(list.map(authorsOf)).toEqual([['ana', 'bo']]);
  });

  it('is no warning and no other way ("Do not lift the lid", "You can also use it…")', () => {
    const list = analyzeThread(
      makeThread('Rice comes out mushy', [
        ['ana', 'Let the rice rest for ten minutes. Do not lift the lid while it rests.'],
        ['bo', 'Use a rice cooker. You can also cook it in the oven.'],
      ]),
    );
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'ana'))).toHaveLength(2);
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'bo'))).toHaveLength(2);
  });
});

describe('medicines by class and by name', () => {
  it('a beta blocker by its generic name, asked about or taken, is one suggestion', () => {
    const list = analyzeThread(
      makeThread('Terrified of public speaking, presentation next week', [
        ['ana', 'Talk to your doctor about propranolol.'],
        ['bo', 'I take propranolol before big talks and it stops the shaking.'],
        ['cy', 'Join Toastmasters.'],
      ]),
    );
    expect(list[0]!.label).toMatch(/beta blocker/i);
    expect(authorsOf(list[0]!)).toEqual(['ana', 'bo']);
  });
});

describe('a product two people settled on', () => {
  it('is a suggestion though neither tells the reader to buy it ("…before she took the Comotomo")', () => {
    const list = analyzeThread(
      makeThread('How do I get my baby to take a bottle?', [
        ['ann', 'Have someone else give it, and leave the house while they do.'],
        ['bob', 'We tried about six different bottles before she took the Comotomo. It is soft.'],
        { author: 'hal', text: 'We had the exact same experience, the Comotomo was the one.', replyTo: 1 },
      ]),
    );
    expect(together(list, 'bob', 'hal')?.label).toMatch(/comotomo/i);
  });
});

describe('a reply that agrees, then tells how it went', () => {
  it('backs the answer, not a suggestion of its own ("Yes! … out of the room was the only thing that worked")', () => {
    const list = analyzeThread(
      makeThread('How do I get my baby to take a bottle?', [
        ['ann', 'Have someone else give it, and leave the house while they do.'],
        ['bob', 'Check the flow rate.'],
        {
          author: 'dan',
          text: 'Yes! Daddy doing it with me out of the room was the only thing that worked.',
          replyTo: 0,
        },
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('dan')).map(authorsOf)).toEqual([['ann', 'dan']]);
  });

  it('a name of its own is still its own suggestion ("Yes! The Comotomo was the one that worked")', () => {
    const list = analyzeThread(
      makeThread('How do I get my baby to take a bottle?', [
        ['ann', 'Try a few different bottles.'],
        { author: 'dan', text: 'Yes! The Comotomo was the one that worked.', replyTo: 0 },
      ]),
    );
    expect(list.some((s) => /comotomo/i.test(s.label))).toBe(true);
  });
});

describe('a sentence going on about what the one before it advised', () => {
  it('is part of that advice ("Get a balancing kit. It comes with a clip…")', () => {
    const list = analyzeThread(
      makeThread('Ceiling fan wobbles badly on high speed, how do I fix it?', [
        [
          'bob',
          'Get a balancing kit. It comes with a clip you move from blade to blade to find the light one and weights you stick on top.',
        ],
        ['cat', 'Tighten all the screws.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('bob'))).toHaveLength(1);
  });

  it('after a reply that backs an answer, is part of what it backs ("…made the biggest difference. Get the ones with…")', () => {
    const list = analyzeThread(
      makeThread('Toddler wakes at 5am every day, how do I get a later wake up?', [
        ['ann', 'Blackout blinds.'],
        ['bob', 'White noise for the early birds.'],
        {
          author: 'ivy',
          text: 'Blackout blinds made the biggest difference here. Get the ones with side channels.',
          replyTo: 0,
        },
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('ivy')).map(authorsOf)).toEqual([['ann', 'ivy']]);
  });
});

describe('whom to ask about a remedy', () => {
  it('is the way, not the advice: asked about a remedy and seen for a checkup are two suggestions', () => {
    const groups = people('Dog eats grass on every walk', [
      ['ana', 'Ask your vet about a probiotic powder.'],
      ['bo', 'Take him to the vet for a checkup.'],
    ]);
    expect(groups).not.toContainEqual(['ana', 'bo']);
  });
});

describe('software fixes by any name', () => {
  it('a venv and a virtual environment are one suggestion; "you can, but please don\'t" argues against', () => {
    const list = analyzeThread(
      makeThread('pip install fails with "externally-managed-environment"', [
        ['ana', 'Use a virtual environment and pip install inside it.'],
        ['bo', 'Create a venv.'],
        ['cy', 'You can pass --break-system-packages but please do not.'],
      ]),
    );
    expect(list.map(authorsOf)).toContainEqual(['ana', 'bo']);
    const flag = list.find((s) => s.supporters.some((p) => p.author === 'cy'));
    expect(flag?.stance).toBe('against');
  });
});

describe("the title's own concept in a question", () => {
  it('is what the thread is about, not a suggestion of those who name it in passing', () => {
    const list = analyzeThread(
      makeThread('3 month old will only nap on me, any tips?', [
        ['ana', 'Contact naps are totally normal at this age. Enjoy them.'],
        ['bo', 'Try transferring her once she is in deep sleep, about 20 minutes in.'],
        ['cy', 'We used a carrier for every nap until 5 months, no regrets.'],
      ]),
    );
    expect(list.map(authorsOf)).not.toContainEqual(['ana', 'bo', 'cy']);
    expect(list.some((s) => /^naps?$/i.test(s.label))).toBe(false);
  });

  it('is a suggestion when two people plainly advise it ("Should I take melatonin?")', () => {
    const list = analyzeThread(
      makeThread('Should I take melatonin for jet lag?', [
        ['ana', 'Take melatonin at local bedtime for a few days.'],
        ['bo', 'Yes, try melatonin, a low dose.'],
      ]),
    );
    expect(list.map(authorsOf)).toContainEqual(['ana', 'bo']);
  });
});

describe('a thing said over and over, or called the only thing that works', () => {
  it('is advice ("Fence, fence, fence." meets "A tall fence is the only thing that really works")', () => {
    const list = analyzeThread(
      makeThread('Deer are eating everything in my garden', [
        ['ana', 'A tall fence is the only thing that really works. 8 feet.'],
        ['bo', 'Fence, fence, fence. Nothing else lasts.'],
        ['cy', 'Get a dog.'],
      ]),
    );
    expect(list[0] && authorsOf(list[0])).toEqual(['ana', 'bo']);
  });
});

describe('a pick by its author', () => {
  it('is still named by the author when seconded ("Seconding the McKinney book")', () => {
    const list = analyzeThread(
      makeThread('Best way to learn Python for data analysis?', [
        ['ann', 'Python for Data Analysis by Wes McKinney.'],
        ['ben', 'Seconding the McKinney book.'],
      ]),
    );
    expect(list.map(authorsOf)).toContainEqual(['ann', 'ben']);
  });

  it('a caution after the thing argues against it ("…from ibuprofen are real, be careful")', () => {
    const list = analyzeThread(
      makeThread('Getting frequent migraines, any advice?', [
        ['ann', 'Rebound headaches from taking ibuprofen too often are real, be careful.'],
      ]),
    );
    expect(list[0]?.stance).toBe('against');
  });
});

describe('a question to choose between options', () => {
  it('lists each option its answers pick, though the title names them', () => {
    const list = analyzeThread(
      makeThread('Should I buy a used Honda Civic or a new Kia Forte?', [
        ['ana', 'Used Civic. They run forever and hold their value.'],
        ['bo', 'The Kia warranty is 10 years on the powertrain, that is worth a lot.'],
        ['cy', 'Civic, no question.'],
        ['di', 'New Kia. You know its history, and the warranty.'],
      ]),
    );
    const groups = list.map(authorsOf);
    expect(groups).toContainEqual(['ana', 'cy']);
    expect(groups).toContainEqual(['bo', 'di']);
  });
});

describe('first-hand success and urging', () => {
  it('"I tried X and it helped" is advice for X; "do not wait" urges, it warns against nothing', () => {
    const list = analyzeThread(
      makeThread('How do you deal with Sunday night dread?', [
        ['ana', 'I started exercising Sunday evenings and it helps a lot.'],
        ['bo', 'Early intervention is great, do not wait.'],
      ]),
    );
    expect(supportedBy(list, 'ana')).toBeDefined();
    expect(supportedBy(list, 'bo')?.stance).toBe('for');
  });
});

describe('an answer that opens by vouching for a thing', () => {
  it('"Enzyme cleaner, absolutely." joins the answer that advised it', () => {
    const list = analyzeThread(
      makeThread('My cat has started peeing outside the litter box', [
        ['ana', "Clean the spots with an enzyme cleaner like Nature's Miracle."],
        ['bo', 'Enzyme cleaner, absolutely. We had the same trouble for months.'],
        ['cy', 'Move the box somewhere quiet.'],
      ]),
    );
    expect(list.map(authorsOf)).toContainEqual(['ana', 'bo']);
  });

  it('"Second CBT-I." joins the answer that named it, however that one put it', () => {
    const list = analyzeThread(
      makeThread("I can't fall asleep before 2am. How do I fix my sleep schedule?", [
        ['ana', 'CBT-I is the actual evidence-based treatment. There is a free app for it.'],
        ['bo', 'Second CBT-I. My doctor referred me and it worked better than any pill.'],
        ['cy', 'Cut caffeine after lunch.'],
      ]),
    );
    expect(list.map(authorsOf)).toContainEqual(['ana', 'bo']);
  });

  it('not a contrast later in an answer ("Inflammation, yes. Tightness, not so much.")', () => {
    const list = analyzeThread(
      makeThread('Unrelenting back spasms', [
        ['ana', 'Ice would not help with tightness. Inflammation, yes. Tightness, not so much.'],
        ['bo', 'See a physio.'],
      ]),
    );
    expect(list.some((s) => /inflammation/i.test(s.label))).toBe(false);
  });

  it('not "second" as an ordinal ("Second plane looks like a Boeing 737")', () => {
    const list = analyzeThread(
      makeThread('Plane crashes into the World Trade Center', [
        ['ana', 'The first plane came from Boston.'],
        ['bo', 'Second plane looks like a Boeing 737.'],
        ['cy', 'Second time today I have seen this.'],
      ]),
    );
    expect(list.every((s) => !/plane/i.test(s.label) || s.people < 2)).toBe(true);
  });
});

describe('a thing run down as no remedy', () => {
  it('argues against what the other answer advised: one suggestion, mixed', () => {
    const list = analyzeThread(
      makeThread('My sourdough never rises. What am I doing wrong?', [
        ['ana', "Try the float test: drop a spoonful of starter in water, if it floats it's ready."],
        ['bo', 'The float test is a myth, honestly. Just watch whether it doubles.'],
        ['cy', 'Proof the dough in the oven with just the light on.'],
      ]),
    );
    const float = together(list, 'ana', 'bo');
    expect(float?.stance).toBe('mixed');
    expect(float?.supporters.find((p) => p.author === 'bo')?.stance).toBe('against');
  });
});

describe('command-line options and what an instruction sets aside', () => {
  it('`--force-with-lease` is its own advice, not the words "force" and "lease", nor `--force`', () => {
    const list = analyzeThread(
      makeThread('How do I undo the last git commit that I already pushed?', [
        ['ana', 'If nobody else has pulled, git reset --hard HEAD~1 and then git push --force.'],
        ['bo', 'git commit --amend then push with --force-with-lease, which is safer than --force.'],
        ['cy', 'Use --force-with-lease instead of --force, always.'],
      ]),
    );
    const lease = together(list, 'bo', 'cy');
    expect(lease?.label).toMatch(/force-with-lease/);
    expect(lease && authorsOf(lease)).toEqual(['bo', 'cy']);
  });

  it('"rather than strength" keeps the sentence out of the strength group', () => {
    const list = analyzeThread(
      makeThread('Unrelenting back spasms', [
        ['ana', 'Strengthen your core once the spasms calm down.'],
        ['bo', 'Core strength work fixed mine for good.'],
        ['cy', 'Look for a yoga teacher who uses the right alignment rather than strength.'],
      ]),
    );
    expect(together(list, 'ana', 'bo')).toBeDefined();
    expect(together(list, 'ana', 'cy')).toBeUndefined();
  });
});

describe('everyday instructions, their stance and what they name', () => {
  it('"Leave after 15 minutes" advises leaving: it meets "Nthing leave after 15 minutes"', () => {
    const list = analyzeThread(
      makeThread('My friend is always 45 minutes late. How do I deal with this?', [
        ['ana', 'Leave after 15 minutes and text her that you had to go.'],
        ['bo', 'Meet at places where waiting is not miserable, like a bookstore.'],
        ['cy', 'Nthing leave after 15 minutes. She will learn.'],
      ]),
    );
    expect(list.map(authorsOf)).toContainEqual(['ana', 'cy']);
  });

  it('what a "where" clause says is not what the verb acts on ("Meet at places where waiting…")', () => {
    const list = analyzeThread(
      makeThread('My friend is always 45 minutes late. How do I deal with this?', [
        ['ana', 'Stop waiting.'],
        ['bo', 'Meet at places where waiting is not miserable, like a bookstore.'],
      ]),
    );
    expect(together(list, 'ana', 'bo')).toBeUndefined();
  });

  it('"I\'d avoid lying about the time" argues against; "I\'d never heard of it" argues nothing', () => {
    const list = analyzeThread(
      makeThread('My friend is always 45 minutes late. How do I deal with this?', [
        ['ana', "I'd avoid lying about the time, she will figure it out."],
        ['bo', "I'd never heard of it but apparently Calendly does reminders."],
      ]),
    );
    expect(supportedBy(list, 'ana')?.stance).toBe('against');
    expect(supportedBy(list, 'bo')?.stance ?? 'for').toBe('for');
  });

  it('a describing word between is skipped: "unscented clumping litter" meets "unscented litter"', () => {
    const list = analyzeThread(
      makeThread('My cat has started peeing outside the litter box', [
        ['ana', 'Also try unscented clumping litter, a lot of cats hate the perfumed stuff.'],
        ['bo', 'Unscented litter fixed it for us.'],
        ['cy', 'Take her to the vet first.'],
      ]),
    );
    expect(list.map(authorsOf)).toContainEqual(['ana', 'bo']);
  });

  it('"Follow the 10% rule: don\'t add more than 10% a week" is for the rule', () => {
    const list = analyzeThread(
      makeThread('Knee pain after I started running. Should I stop?', [
        ['ana', "Follow the 10% rule: don't add more than 10% a week."],
        ['bo', 'Stick to the 10% rule, it saved my knees.'],
      ]),
    );
    expect(together(list, 'ana', 'bo')?.stance).toBe('for');
  });

  it('what the reader did to bring it on is a diagnosis, no suggestion', () => {
    const list = analyzeThread(
      makeThread('Knee pain after I started running. Should I stop?', [
        ['ana', 'You probably increased mileage too fast.'],
        ['bo', 'See a physio.'],
      ]),
    );
    expect(supportedBy(list, 'ana')).toBeUndefined();
  });
});

describe('replies that take a side after their opening', () => {
  it('"… saved our dinners. Seconding." joins the answer it replies to', () => {
    const list = analyzeThread(
      makeThread('My 2 year old refuses to eat any vegetables. Help?', [
        ['ana', 'Keep offering them without any pressure.'],
        ['bo', "Look up Ellyn Satter's division of responsibility."],
        { author: 'ana', text: 'Division of responsibility saved our dinners. Seconding.', replyTo: 1 },
      ]),
    );
    expect(list.map(authorsOf)).toContainEqual(['ana', 'bo']);
  });

  it('an opening warning against what the answer advised disagrees with it: one mixed suggestion', () => {
    const list = analyzeThread(
      makeThread('My 2 year old refuses to eat any vegetables. Help?', [
        ['ana', 'Hide them in smoothies and muffins.'],
        {
          author: 'bo',
          text: "I'd avoid hiding them, he'll never learn to like them if he never knows he's eating them.",
          replyTo: 0,
        },
      ]),
    );
    expect(together(list, 'ana', 'bo')?.stance).toBe('mixed');
  });

  it('"Water spray is my go-to too" vouches for the water spray', () => {
    const list = analyzeThread(
      makeThread('Aphids all over my roses', [
        ['ana', 'Just hose them off with a spray of water every couple of days.'],
        ['bo', 'Neem oil, in the evening.'],
        { author: 'bo', text: 'Water spray is my go-to too.', replyTo: 0 },
      ]),
    );
    expect(list.map(authorsOf)).toContainEqual(['ana', 'bo']);
  });
});

describe('picks that share a word', () => {
  it('"Revisionist History" is not "Hardcore History"', () => {
    const list = analyzeThread(
      makeThread('Good podcasts for a 10 hour road trip?', [
        ['ana', 'Hardcore History by Dan Carlin.'],
        ['bo', 'Seconding Hardcore History.'],
        ['cy', 'Revisionist History by Malcolm Gladwell.'],
      ]),
    );
    const hardcore = list.find((s) => /hardcore/i.test(s.label));
    expect(hardcore && authorsOf(hardcore)).toEqual(['ana', 'bo']);
  });

  it('a pick named before a comma is named by its name ("Radiolab, or Reply All if …")', () => {
    const list = analyzeThread(
      makeThread('Good podcasts for a 10 hour road trip?', [
        ['ana', 'Radiolab, or Reply All if you can find the old episodes.'],
        ['bo', 'The Dollop is hilarious.'],
      ]),
    );
    expect(supportedBy(list, 'ana')?.label).toBe('Radiolab');
    expect(supportedBy(list, 'bo')?.label).toBe('The Dollop');
  });
});

describe('urging is no warning', () => {
  it('"Don\'t ignore it for months" urges, it argues against nothing', () => {
    const list = analyzeThread(
      makeThread('Check engine light just came on. What should I do?', [
        ['ana', "Don't ignore it for months, small problems become expensive ones."],
      ]),
    );
    expect(list[0]?.stance).toBe('for');
  });
});

describe('praise by comparison', () => {
  it('"Polars is much faster than pandas" recommends Polars, not pandas', () => {
    const list = analyzeThread(
      makeThread('My Python script takes hours to process a CSV. How do I speed it up?', [
        ['ana', 'Polars is much faster than pandas for big CSVs.'],
        ['bo', 'Profile it first.'],
      ]),
    );
    expect(supportedBy(list, 'ana')?.label).toMatch(/polars/i);
  });

  it('"The BlueDriver is the best OBD2 scanner I\'ve used" joins the other scanner advice', () => {
    const list = analyzeThread(
      makeThread('Check engine light just came on. What should I do?', [
        ['ana', 'Buy a cheap OBD2 reader on Amazon, like $20.'],
        ['bo', 'Get the code read. AutoZone will do it for free.'],
        ['cy', "The BlueDriver is the best OBD2 scanner I've used."],
      ]),
    );
    expect(list.map(authorsOf)).toContainEqual(['ana', 'bo', 'cy']);
  });
});

describe('what a sentence says a sign means is no advice', () => {
  it('"That means a misfire and you can wreck the catalytic converter"', () => {
    const list = analyzeThread(
      makeThread('Check engine light just came on. What should I do?', [
        [
          'ana',
          'If the light is flashing, pull over and stop driving. That means a misfire and you can wreck the catalytic converter.',
        ],
      ]),
    );
    expect(list.some((s) => /catalytic/i.test(s.label))).toBe(false);
  });
});

describe('labels and instructions with particles', () => {
  it('a group is not named by its agreement ("Seconding the thermal paste")', () => {
    const list = analyzeThread(
      makeThread('My laptop fan is always loud. How do I fix it?', [
        [
          'ana',
          'If it is more than 3 years old, repaste it. New thermal paste dropped my temps by 15 degrees.',
        ],
        ['bo', 'Seconding the thermal paste. Arctic MX-4 is what I use.'],
      ]),
    );
    expect(together(list, 'ana', 'bo')?.label).not.toMatch(/^second/i);
  });

  it('"Speak up in the moment: …" advises speaking up', () => {
    const list = analyzeThread(
      makeThread('Coworker keeps taking credit for my work in meetings. What do I do?', [
        ['ana', 'Speak up in the moment: "Thanks for mentioning my analysis, Dave."'],
      ]),
    );
    expect(list[0]?.label).toMatch(/^speak up/i);
  });
});

describe('a thing and its initials, and answers that open with a thing', () => {
  it('"ACV trap" meets "Apple cider vinegar in a jar with a drop of dish soap"', () => {
    const list = analyzeThread(
      makeThread('Fruit flies everywhere in my kitchen. How do I get rid of them?', [
        ['ana', 'Apple cider vinegar in a jar with a drop of dish soap. They land and drown.'],
        ['bo', 'Take out the compost every day.'],
        ['cy', 'ACV trap, with plastic wrap and a few holes poked in the top.'],
      ]),
    );
    expect(list.map(authorsOf)).toContainEqual(['ana', 'cy']);
  });

  it('"World Trade Center" is the WTC', () => {
    const list = analyzeThread(
      makeThread('Where should we go in New York?', [
        ['ana', 'Visit the WTC memorial, early in the morning.'],
        ['bo', 'See the World Trade Center memorial at night.'],
      ]),
    );
    expect(list.map(authorsOf)).toContainEqual(['ana', 'bo']);
  });

  it('a thing an answer opens with is not a word of a story ("His car smelled of pipe smoke")', () => {
    const list = analyzeThread(
      makeThread('What did your dad always say?', [
        ['ana', 'His car smelled of pipe smoke.'],
        ['bo', 'Our car was always a mess.'],
      ]),
    );
    expect(list.filter((s) => s.people >= 2)).toEqual([]);
  });

  it('an answer on a thing of its own joins no group by a word it says in passing', () => {
    const list = analyzeThread(
      makeThread('Aphids all over my roses. How do I get rid of them?', [
        ['ana', 'Just hose them off with a strong spray of water every couple of days.'],
        ['bo', "Neem oil, but spray in the evening when the bees aren't out."],
        ['cy', 'Water spray is my go-to.'],
      ]),
    );
    expect(supportedBy(list, 'bo')?.label).toMatch(/neem/i);
    expect(together(list, 'ana', 'bo')).toBeUndefined();
  });
});

describe('picks asked for in other words, and what their answers say after the pick', () => {
  it('"Which mechanical keyboard should I get…?" asks for picks: "Keychron K2 here too" seconds one', () => {
    const list = analyzeThread(
      makeThread('Which mechanical keyboard should I get for programming, under $100?', [
        ['ana', 'Keychron K2. Hot-swappable, Mac and Windows layouts, and great battery life.'],
        ['bo', 'Keychron K2 here too, love it.'],
        ['cy', 'Royal Kludge RK84 is the budget king.'],
        ['di', 'RK84 owner here, zero complaints after two years.'],
      ]),
    );
    const groups = list.map(authorsOf);
    expect(groups).toContainEqual(['ana', 'bo']);
    expect(groups).toContainEqual(['cy', 'di']);
    // What the pick's answer says of it is no pick of its own ("Windows layouts").
    expect(list.filter((s) => authorsOf(s).includes('ana'))).toHaveLength(1);
  });
});

describe('replies and steps that back the advice before them', () => {
  it('"The bed risers were a game changer" backs "Raise the head of your bed 6 inches…"', () => {
    const list = analyzeThread(
      makeThread('I get terrible heartburn every night after dinner. Any tips?', [
        ['ana', 'Raise the head of your bed 6 inches with blocks under the legs.'],
        ['bo', 'Chew gum after meals.'],
        { author: 'cy', text: 'The bed risers were a game changer for me.', replyTo: 0 },
      ]),
    );
    const bed = together(list, 'ana', 'cy');
    expect(bed?.label).toBe('Raise the head of your bed');
  });

  it('"Seconding omeprazole" under an answer on gum seconds omeprazole', () => {
    const list = analyzeThread(
      makeThread('I get terrible heartburn every night after dinner. Any tips?', [
        ['ana', 'A PPI like omeprazole for a few weeks can break the cycle.'],
        ['bo', 'Chew gum after meals, it neutralizes the acid.'],
        { author: 'cy', text: 'Seconding omeprazole, it worked within days for me.', replyTo: 1 },
      ]),
    );
    expect(list.map(authorsOf)).toContainEqual(['ana', 'cy']);
    expect(together(list, 'bo', 'cy')).toBeUndefined();
  });

  it('"That alone fixed most of mine" is no suggestion of its own', () => {
    const list = analyzeThread(
      makeThread('I get terrible heartburn every night after dinner. Any tips?', [
        ['ana', "Don't eat within 3 hours of bedtime. That alone fixed most of mine."],
      ]),
    );
    expect(list).toHaveLength(1);
  });
});

describe('rules, examples and the subject said in passing', () => {
  it('"No screens for an hour before bed" is a rule against screens', () => {
    const list = analyzeThread(
      makeThread('How do I get my 6 year old to go to sleep at bedtime?', [
        ['ana', 'No screens for an hour before bed.'],
        ['bo', 'No charges have been filed for the screens.'],
      ]),
    );
    expect(supportedBy(list, 'ana')?.label).toBe('No screens for an hour before bed');
    expect(supportedBy(list, 'ana')?.stance).toBe('against');
  });

  it('an example in quotes said to be or not be something is no advice', () => {
    const list = analyzeThread(
      makeThread('How do I stop procrastinating on my thesis?', [
        [
          'ana',
          'Break it into tiny tasks. "Write thesis" is not a task. "Draft the first paragraph of section 2.3" is.',
        ],
      ]),
    );
    expect(list).toHaveLength(1);
  });

  it("the thread's own subject said in passing names no suggestion", () => {
    const list = analyzeThread(
      makeThread('How do I get my 6 year old to go to sleep at bedtime?', [
        ['ana', 'Honestly, some kids just need less sleep. Try moving bedtime 30 minutes later.'],
      ]),
    );
    expect(list.map((s) => s.label)).not.toContain('Sleep');
  });
});

describe('where to stay, asked by more than one', () => {
  it('"Where should we stay…?" asks for picks, and a pick may open with a condition after it', () => {
    const list = analyzeThread(
      makeThread('Where should we stay in Tokyo for a first visit?', [
        ['ana', "Shinjuku. Tons of train lines, food everywhere, and it's lively at night."],
        ['bo', 'Asakusa if you want something more traditional and quieter.'],
        ['cy', 'Shinjuku, hands down, for the food alone.'],
        { author: 'ana', text: "Asakusa is lovely but it's a bit far from everything.", replyTo: 1 },
      ]),
    );
    const groups = list.map(authorsOf);
    expect(groups).toContainEqual(['ana', 'cy']);
    expect(groups).toContainEqual(['ana', 'bo']);
    expect(supportedBy(list, 'bo')?.label).toBe('Asakusa');
  });
});

describe('a cat scratching the couch: remedies by name, warnings, and a reply that says no', () => {
  const list = analyzeThread(
    makeThread('How do I stop my cat from scratching the couch?', [
      ['anna', 'Get a tall, sturdy scratching post and put it right next to the couch.'],
      ['ben', 'Double-sided tape on the arms of the couch worked for us. She gave up within a week.'],
      ['carla', 'Seconding the scratching post next to the couch. Ours ignored it in the corner.'],
      ['dev', "Trim her nails every couple of weeks. It won't stop the urge but the damage is much less."],
      ['ella', "Sticky tape! We used Sticky Paws, which is made for this, and it doesn't leave residue."],
      ['finn', "Please don't declaw. It's amputation of the last toe joint."],
      ['gus', "Soft Paws nail caps. They're little vinyl caps you glue on, and they last about six weeks."],
      ['jo', 'Nail caps worked okay for us but ours chewed a few off.'],
      ['kai', "Whatever you do, never declaw. Most vets won't even do it anymore."],
      ['lena', 'A spray bottle worked for us.'],
      { author: 'mo', text: "Spray bottles just teach them to fear you. Please don't.", replyTo: 9 },
    ]),
  );

  it('"scratching post" is one thing, though forums call their messages posts', () => {
    expect(together(list, 'anna', 'carla')).toBeDefined();
  });

  it('"Whatever you do, never declaw" warns as plainly as "Please don\'t declaw"', () => {
    const declaw = together(list, 'finn', 'kai');
    expect(declaw?.stance).toBe('against');
  });

  it('an answer that opens by naming its remedy ("Sticky tape!", "Soft Paws nail caps.") gives it', () => {
    expect(together(list, 'ben', 'ella')?.label).toBe('Sticky tape');
    expect(together(list, 'gus', 'jo')).toBeDefined();
  });

  it('trimming the nails is not nail caps', () => {
    expect(together(list, 'dev', 'jo')).toBeUndefined();
    const caps = analyzeThread(
      makeThread('How do I stop my cat from scratching the couch?', [
        ['ann', 'Try Soft Paws nail caps.'],
        ['bo', 'Nail caps worked great for us.'],
        ['cy', 'Trim her nails every two weeks.'],
      ]),
    );
    expect(caps.map(authorsOf)).toEqual(expect.arrayContaining([['ann', 'bo'], ['cy']]));
  });

  it('a reply saying "Please don\'t" argues against the answer it replies to', () => {
    const spray = together(list, 'lena', 'mo');
    expect(spray?.stance).toBe('mixed');
    expect(spray?.supporters.find((p) => p.author === 'mo')?.stance).toBe('against');
  });
});

describe('what worked, and where it was used', () => {
  it('"Catnip on the scratching post helped" is about the catnip, not the post', () => {
    const terms = sentenceTerms('Catnip on the scratching post helped ours get interested in it.');
    const strong = terms.filter((t) => t.strong).map((t) => t.key);
    expect(strong).toContain('w:catnip');
    expect(strong).not.toContain('p:scratch post');
  });

  it('"A dehumidifier in the basement fixed ours" is about the dehumidifier', () => {
    const terms = sentenceTerms('A dehumidifier in the basement fixed ours.');
    expect(terms.find((t) => t.key === 'w:basement')?.strong).toBe(false);
    expect(terms.some((t) => t.strong && t.kind === 'concept')).toBe(true);
  });

  it('a place after an imperative is still where to do it', () => {
    const terms = sentenceTerms('Sit on the floor.');
    expect(terms.find((t) => t.key === 'w:floor')?.strong).toBe(true);
  });
});

describe('greetings and thanks opening an answer name nothing', () => {
  it.each(['Hello,', 'Awesome dude!', 'Thanks for the input!', 'Oops!'])('%s', (opening) => {
    const list = analyzeThread(
      makeThread('How do I get the build to sign the APK?', [
        ['ana', `${opening} I had the same trouble last year.`],
      ]),
    );
    expect(list).toHaveLength(0);
  });
});

describe('a toddler who will not eat vegetables: doing a thing without another', () => {
  const list = analyzeThread(
    makeThread('My 2 year old refuses to eat any vegetables. What worked for you?', [
      ['amy', 'Keep offering them without pressure. It can take 10-15 exposures.'],
      ['bea', 'We had luck with hiding veggies in smoothies and muffins.'],
      ['dee', 'Nthing the no-pressure approach.'],
      ['eli', 'Honestly, "Division of Responsibility" by Ellyn Satter changed everything for us.'],
      { author: 'gil', text: "I'd avoid hiding them. He'll never learn to like them.", replyTo: 1 },
      ['ivy', 'Second the Ellyn Satter recommendation.'],
    ]),
  );

  it('"keep offering them without pressure" and "the no-pressure approach" are for it, not warnings', () => {
    const calm = together(list, 'amy', 'dee');
    expect(calm?.stance).toBe('for');
  });

  it('"X changed everything for us" says what worked, and a second joins it', () => {
    expect(together(list, 'eli', 'ivy')).toBeDefined();
  });

  it('a reply that would avoid what the answer advised argues against it', () => {
    expect(together(list, 'bea', 'gil')?.stance).toBe('mixed');
  });

  it('"Skip X", "No screens…" still warn against X', () => {
    const rules = analyzeThread(
      makeThread('How do I get my 6 year old to go to sleep at bedtime?', [
        ['ana', 'No screens for an hour before bed.'],
        ['bo', 'Skip the screens after dinner.'],
      ]),
    );
    expect(together(rules, 'ana', 'bo')?.stance).toBe('against');
  });
});

describe('a "no-" compound names a kind of thing', () => {
  it('"a no-screens rule" negates nothing', () => {
    const terms = sentenceTerms('Try a no-screens rule after dinner.');
    expect(terms.filter((t) => t.negated)).toEqual([]);
  });

  it('"No screens for an hour" still does', () => {
    expect(
      sentenceTerms('No screens for an hour before bed.').find((t) => t.key === 'w:screen')?.negated,
    ).toBe(true);
  });
});

describe("a slow laptop: fixes told in a technician's verbs", () => {
  const list = analyzeThread(
    makeThread(
      'My 5 year old Windows laptop has gotten really slow. Worth fixing or should I buy a new one?',
      [
        ['ana', "Swap the hard drive for an SSD. It's the single biggest upgrade you can make."],
        ['cy', '+1 for the SSD. My old ThinkPad feels faster than new.'],
        ['eve', "Honestly, an SSD and 8GB more RAM and it'll be good for another few years."],
        ['fin', 'Uninstall McAfee or Norton if they came preinstalled. Windows Defender is enough.'],
        ['gia', "I'd just buy a new one. A 5 year old laptop battery is probably shot anyway."],
        {
          author: 'ida',
          text: "Disagree, a new battery is $30 on Amazon. Don't throw away a working laptop.",
          replyTo: 4,
        },
      ],
    ),
  );

  it('"X and it\'ll be good for years" recommends X', () => {
    expect(authorsOf(supportedBy(list, 'eve')!)).toEqual(['ana', 'cy', 'eve']);
  });

  it('"Uninstall McAfee" is advice, though the model never saw "uninstall"', () => {
    expect(supportedBy(list, 'fin')?.label).toMatch(/McAfee/);
  });

  it('"Disagree," names nothing: no suggestion is labelled by it or by what the rebuttal cites', () => {
    const labels = list.map((s) => s.label.toLowerCase());
    expect(labels).not.toContain('disagree');
    expect(labels).not.toContain('amazon');
  });
});

describe('what all will be well with', () => {
  it.each([
    ["Honestly, an SSD and 8GB more RAM and it'll be good for another few years.", 'w:8gb'],
    ["New brake pads and you're golden.", 'w:pad'],
  ])('%s', (sentence, key) => {
    expect(sentenceTerms(sentence).find((t) => t.key === key)?.worked).toBe(true);
  });

  it('"…and it\'s set off by…" promises nothing', () => {
    const terms = sentenceTerms("This has happened repeatedly, and it's set off by trivial things.");
    expect(terms.some((t) => t.worked)).toBe(false);
  });
});

describe('negotiating an offer: rules in two words, and sites named in prose', () => {
  const list = analyzeThread(
    makeThread('How do I negotiate a higher salary for a job offer? They offered 85k.', [
      ['bob', 'Always counter. The worst they can say is no.'],
      ['cat', 'Look up the market rate on levels.fyi or Glassdoor so you have data to point to.'],
      ['dia', 'Seconding the counter. Ask for 10-15% more than their offer.'],
      ['ivo', 'Glassdoor is hit or miss, levels.fyi is much better for tech salaries.'],
    ]),
  );

  it('"Always counter." is advice, and "Seconding the counter" joins it', () => {
    expect(together(list, 'bob', 'dia')?.label).toBe('Always counter');
  });

  it('"levels.fyi" named in two answers is one site', () => {
    expect(together(list, 'cat', 'ivo')?.label).toBe('levels.fyi');
  });
});

describe('sites named in prose', () => {
  it.each([
    ['Look up the market rate on levels.fyi first.', 'l:levels.fyi'],
    ['Check Glassdoor.com for reviews.', 'l:glassdoor.com'],
    ['The forms are all on irs.gov.', 'l:irs.gov'],
  ])('%s', (sentence, key) => {
    expect(sentenceTerms(sentence).map((t) => t.key)).toContain(key);
  });

  it.each(['Use Node.js, e.g. version 18.', 'Open notes.txt and read it.'])(
    '%s names no site',
    (sentence) => {
      expect(sentenceTerms(sentence).some((t) => t.key.startsWith('l:'))).toBe(false);
    },
  );
});

describe('history podcasts: titles with small words, and a reader who is not a fan', () => {
  const list = analyzeThread(
    makeThread('What are the best history podcasts?', [
      ['ana', 'Hardcore History by Dan Carlin. Long episodes but incredibly gripping.'],
      ['bo', 'The Rest Is History. Two British historians, very funny.'],
      ['dee', 'Dan Carlin, absolutely. The Blueprint for Armageddon series is unmatched.'],
      ['hal', 'Not a fan of Carlin myself, he editorializes a lot.'],
      ['ivy', 'The Rest is History is my go-to for my commute.'],
      ['jo', 'In Our Time from the BBC. Three academics on one topic each week.'],
    ]),
  );

  it('"The Rest Is History" and "The Rest is History" are one pick', () => {
    expect(together(list, 'bo', 'ivy')?.label).toBe('The Rest Is History');
  });

  it('"In Our Time", all small words but one, is named by its title', () => {
    expect(supportedBy(list, 'jo')?.label).toBe('In Our Time');
  });

  it('"Not a fan of Carlin" argues against the pick', () => {
    const carlin = together(list, 'ana', 'dee');
    expect(carlin?.supporters.find((p) => p.author === 'hal')?.stance).toBe('against');
  });
});

describe('titles in capitals', () => {
  const keys = (s: string) => sentenceTerms(s, true, true, false).map((t) => t.key);
  it('keys a title by its words, whatever case its small words take', () => {
    expect(keys('The Rest Is History.')).toContain('p:rest histori');
    expect(keys('The Rest is History.')).toContain('p:rest histori');
  });

  it.each([
    'DEFEND THE CONSTITUTION AT ALL COSTS.',
    'Start with the English Civil War season.',
    'See https://en.wikipedia.org/wiki/Communication_Theory_of_Secrecy_Systems for it.',
    'SDE2 at Amazon is the first role.',
  ])('%s holds no title', (s) => {
    expect(keys(s).filter((k) => k.split(' ').length > 2 || k === 'p:constitut cost')).toEqual([]);
  });
});

describe('a roommate eating my food: the same talk in other words', () => {
  it('"Tell her directly" is the conversation "Just talk to her" advises', () => {
    const list = analyzeThread(
      makeThread('My roommate keeps eating my food. How do I handle this?', [
        ['ana', 'Just talk to her.'],
        ['dee', 'Tell her directly but kindly.'],
        ['eli', 'Have a conversation with her.'],
      ]),
    );
    expect(authorsOf(supportedBy(list, 'dee')!)).toEqual(['ana', 'dee', 'eli']);
  });

  it('"Label everything and put your stuff on one shelf" advises labelling, not only the shelf', () => {
    const terms = sentenceTerms('Label everything and put your stuff on one shelf.');
    expect(terms.find((t) => t.key === 'w:label')?.strong).toBe(true);
  });
});

describe('a pothos turning yellow', () => {
  it('"More light." opening an answer names its remedy', () => {
    const list = analyzeThread(
      makeThread('My pothos leaves are turning yellow. What am I doing wrong?', [
        ['eli', 'More light. Pothos tolerate low light but they yellow when it is too dark.'],
      ]),
    );
    expect(supportedBy(list, 'eli')?.label).toBe('More light');
  });

  it('"watering too much" and "let the soil dry out before you water" are one thing', () => {
    const keys = (s: string) => sentenceTerms(s).map((t) => t.key);
    expect(keys("You're probably watering too much.")).toContain('c:overwatering');
    expect(keys('Let the top inch of soil dry out before you water again.')).toContain('c:overwatering');
  });
});

describe('what someone else is had to do', () => {
  it('"Have them test the alternator" advises the alternator', () => {
    const terms = sentenceTerms('Have them test the alternator too.');
    expect(terms.find((t) => t.key === 'w:altern')?.strong).toBe(true);
    expect(terms.find((t) => t.key === 'w:test')?.strong).toBe(false);
  });

  it('"Let her cry." is still the crying', () => {
    expect(sentenceTerms('Let her cry.').find((t) => t.key === 'w:cri')?.strong).toBe(true);
  });
});

describe('agreement replies put as "Second X", "Thirding X", "Another vote for X"', () => {
  it('"Second getting proper shoes" under an answer on shoes joins it', () => {
    const list = analyzeThread(
      makeThread('Getting shin splints every time I start running. Any advice?', [
        ['ann', 'Slow down. Most beginners run way too fast.'],
        ['ben', 'Get fitted for shoes at a proper running store. Made all the difference for me.'],
        {
          author: 'fay',
          text: 'Second getting proper shoes. My old worn out trainers were the problem.',
          replyTo: 1,
        },
      ]),
    );
    expect(together(list, 'ben', 'fay')?.stance).toBe('for');
  });
});

describe('a comparative saying how long or how fast names nothing to group by', () => {
  it('"Let it bulk ferment longer" and "Bake it longer" are two suggestions', () => {
    const list = analyzeThread(
      makeThread('My sourdough comes out dense and gummy every time. What am I doing wrong?', [
        ['ann', "Your starter probably isn't strong enough."],
        ['bill', 'Let it bulk ferment longer. Most recipes underestimate the time.'],
        ['cass', 'Let it cool completely before cutting.'],
        ['gil', 'Bake it longer. Go until the internal temperature is 208F.'],
        { author: 'hat', text: 'Agreed on bulk fermentation. Go by the dough, not the clock.', replyTo: 1 },
      ]),
    );
    expect(together(list, 'bill', 'gil')).toBeUndefined();
    expect(together(list, 'bill', 'hat')).toBeDefined();
  });
});

describe('a reply that runs down what the answer advised', () => {
  it('"Tram 28 is overrated" under "Take tram 28" argues against it: one mixed suggestion', () => {
    const list = analyzeThread(
      makeThread('Spending three days in Lisbon in March. What should I not miss?', [
        ['ana', 'Take tram 28 early in the morning before the crowds.'],
        ['bo', 'Day trip to Sintra. Go on a weekday.'],
        {
          author: 'gus',
          text: "Tram 28 is overrated honestly, it's packed with tourists and pickpockets. Just walk.",
          replyTo: 0,
        },
      ]),
    );
    const tram = together(list, 'ana', 'gus');
    expect(tram?.stance).toBe('mixed');
    expect(tram?.supporters.find((p) => p.author === 'gus')?.stance).toBe('against');
  });
});

describe('an opening that only greets names no pick', () => {
  it('"Hello there, good luck with it all." in a thread of picks is no suggestion', () => {
    const list = analyzeThread(
      makeThread('Three days in Lisbon: what should I not miss?', [
        ['ana', 'Take tram 28 early in the morning.'],
        ['zed', 'Hello there, good luck with it all.'],
        ['bo', 'Hi and welcome! Day trip to Sintra.'],
      ]),
    );
    expect(supportedBy(list, 'zed')).toBeUndefined();
    expect(supportedBy(list, 'bo')?.label).toMatch(/Sintra/);
  });
});

describe('a sleep thread', () => {
  it('"Wake up at the same time every day" and "Get up at the same time every morning" are one suggestion', () => {
    const list = analyzeThread(
      makeThread("I can't fall asleep before 2am. How do I fix my sleep schedule?", [
        ['dot', 'Wake up at the same time every day, even on weekends. The bedtime will follow.'],
        ['ben', 'Stop looking at your phone in bed.'],
        ['hank', 'Get up at the same time every morning no matter how tired you are.'],
        ['fin', 'No caffeine after noon.'],
      ]),
    );
    expect(together(list, 'dot', 'hank')).toBeDefined();
  });
});

describe('a travel thread', () => {
  it('"X was the highlight of our trip" recommends X: it meets the answer that named it', () => {
    const list = analyzeThread(
      makeThread('Spending three days in Lisbon in March. What should I not miss?', [
        ['ana', 'Take tram 28 early in the morning.'],
        ['dee', 'Sintra for sure, and do Quinta da Regaleira instead of the palace.'],
        {
          author: 'kai',
          text: '+1 to Sintra. Quinta da Regaleira was the highlight of our whole trip.',
          replyTo: 1,
        },
      ]),
    );
    expect(list.filter((s) => authorsOf(s).join() === 'dee,kai').map((s) => s.label)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Regaleira/)]),
    );
  });

  it('"Eat at a tasca, not the places on Rua Augusta" advises the tasca, not Rua Augusta', () => {
    const list = analyzeThread(
      makeThread('Spending three days in Lisbon in March. Any tips?', [
        ['fay', 'Eat at a tasca, not the places with picture menus on Rua Augusta.'],
        ['lu', 'Wear good shoes. The hills are no joke.'],
      ]),
    );
    expect(supportedBy(list, 'fay')?.label).toMatch(/tasca/i);
    expect(list.some((s) => /Augusta/.test(s.label))).toBe(false);
  });
});

describe('an agreeing reply sides with the answer on what it advised', () => {
  it('"Yes! Asking when you already know…" under a warning against asking warns too', () => {
    const list = analyzeThread(
      makeThread('My 4 year old has started lying constantly. How should I handle it?', [
        ['ann', "Don't ask questions you already know the answer to."],
        ['cid', 'Make it safe to tell the truth. Praise him when he admits something.'],
        { author: 'eli', text: 'Yes! Asking when you already know just sets them up to lie.', replyTo: 0 },
      ]),
    );
    const asking = together(list, 'ann', 'eli');
    expect(asking?.stance).toBe('against');
    // The whole warning: cut at "questions", it would warn off asking anything.
    expect(asking?.label).toBe("Don't ask questions you already know the answer to");
  });

  it('"Stopping doing his share worked for us" under "Then stop doing his share" is on its side', () => {
    const list = analyzeThread(
      makeThread('My boyfriend never helps with chores. What do I do?', [
        ['ana', 'Split the chores explicitly and write it down.'],
        ['ben', 'Make a chore chart and divide it 50/50. Then stop doing his share.'],
        {
          author: 'ivy',
          text: 'Stopping doing his share worked for us. He noticed within a week.',
          replyTo: 1,
        },
      ]),
    );
    const share = together(list, 'ben', 'ivy');
    expect(new Set(share?.supporters.map((p) => p.stance))).toEqual(new Set([share?.supporters[0]?.stance]));
    expect(share?.stance).not.toBe('mixed');
  });

  it('"Agreed, never rewrite history" under "Use git revert instead" is for the revert', () => {
    const list = analyzeThread(
      makeThread('git: how do I undo my last commit but keep the changes?', [
        ['alice', 'git reset --soft HEAD~1 will undo the commit and keep your changes staged.'],
        [
          'carol',
          "If you've already pushed, don't reset. Use git revert instead so you don't rewrite history.",
        ],
        { author: 'frank', text: 'Agreed, never rewrite history on a shared branch.', replyTo: 1 },
      ]),
    );
    const revert = together(list, 'carol', 'frank');
    expect(revert?.stance).toBe('for');
    expect(revert?.supporters.map((p) => p.stance)).toEqual(['for', 'for']);
  });
});

describe('a hiccups thread', () => {
  const list = (): Suggestion[] =>
    analyzeThread(
      makeThread('How do you get rid of hiccups fast?', [
        ['bob', 'Hold your breath for as long as you can, then swallow three times.'],
        ['cal', 'A spoonful of sugar. Swallow it dry.'],
        { author: 'dan', text: 'The sugar trick is the only thing that works for me.', replyTo: 1 },
        { author: 'gus', text: 'Holding my breath never works, it just makes me dizzy.', replyTo: 0 },
        ['ivy', 'Spoonful of peanut butter.'],
        { author: 'jay', text: 'Sugar works for my kids too.', replyTo: 1 },
      ]),
    );

  it('"a spoonful of sugar" advises the sugar, not the spoonful: peanut butter stands apart', () => {
    const sugar = together(list(), 'cal', 'dan');
    expect(sugar?.label).toBe('Sugar');
    expect(authorsOf(sugar!)).toEqual(['cal', 'dan', 'jay']);
  });

  it('"Holding my breath never works" under "Hold your breath…" argues against it', () => {
    const breath = together(list(), 'bob', 'gus');
    expect(breath?.stance).toBe('mixed');
    expect(breath?.label).toBe('Hold your breath');
  });
});

describe('a repair told in steps', () => {
  it('"Turn off the water first, then replace the cartridge" is the cartridge, as the reply agreeing with it says', () => {
    const list = analyzeThread(
      makeThread('My kitchen faucet drips constantly. Can I fix it myself?', [
        ['al', 'Yes, easily. Turn off the water under the sink first, then replace the cartridge.'],
        ['cy', 'Take a photo of every step as you take it apart.'],
        {
          author: 'dee',
          text: 'Agree, the cartridge is usually the culprit on single handle faucets.',
          replyTo: 0,
        },
      ]),
    );
    expect(together(list, 'al', 'dee')?.label).toBe('Replace the cartridge');
  });
});

describe('a salary thread', () => {
  it('"Never give the first number" and "Never name a number first" are one warning', () => {
    const list = analyzeThread(
      makeThread('How do I negotiate a higher salary for a job offer?', [
        [
          'ann',
          'Never give the first number. If they ask your expectations, ask what the budgeted range is.',
        ],
        ['bob', 'Always counter. The worst they can say is no.'],
        ['hana', 'Honestly just never name a number first.'],
      ]),
    );
    const first = together(list, 'ann', 'hana');
    expect(first?.stance).toBe('against');
  });
});

describe("what is done to the thread's topic", () => {
  it('"Label your food" under "…keeps eating my food" meets "Label everything"', () => {
    const list = analyzeThread(
      makeThread('My roommate keeps eating my food. How do I handle this?', [
        ['bo', 'Label your food.'],
        ['cy', 'Buy a mini fridge for your room.'],
        ['jo', 'Label everything and put your stuff on one shelf.'],
      ]),
    );
    expect(together(list, 'bo', 'jo')).toBeDefined();
  });
});

describe('a baking thread', () => {
  const list = analyzeThread(
    makeThread('My banana bread always sinks in the middle. What am I doing wrong?', [
      ['ann', 'Your oven is probably running cool. Get an oven thermometer.'],
      ['bob', 'Check your baking soda. If it is more than six months old it loses its punch.'],
      ['eve', 'Bake it longer. Use a skewer in the very centre.'],
      { author: 'hal', text: 'Agree with eve, mine always needed ten more minutes.', replyTo: 2 },
      { author: 'kim', text: 'Yes, old baking soda was my problem too.', replyTo: 1 },
    ]),
  );

  it('"Check your baking soda" and "Bake it longer" are two suggestions', () => {
    expect(together(list, 'bob', 'eve')).toBeUndefined();
    expect(together(list, 'bob', 'kim')).toBeDefined();
    expect(together(list, 'eve', 'hal')).toBeDefined();
  });
});

describe('a laptop fan thread', () => {
  const list = analyzeThread(
    makeThread('Laptop fan constantly loud even when idle - what can I do?', [
      ['cat', 'Repaste the CPU. Factory thermal paste is often terrible.'],
      ['gus', 'Get a cooling pad. Cheap ones with a big fan work fine.'],
      { author: 'ivy', text: "I wouldn't repaste a laptop under warranty, you'll void it.", replyTo: 0 },
      ['kim', 'Undervolt it with ThrottleStop if your CPU supports it.'],
    ]),
  );

  it('a reply that would not do it argues against it', () => {
    const repaste = supportedBy(list, 'cat');
    expect(repaste?.stance).toBe('mixed');
    expect(repaste?.supporters.find((p) => p.author === 'ivy')?.stance).toBe('against');
  });

  it('"Cheap ones" names no suggestion of its own', () => {
    expect(list.map((s) => s.label.toLowerCase())).not.toContain('cheap ones');
  });
});

describe('a chess thread', () => {
  it('"Seconding longer games" under "Play longer time controls" seconds that, not "Analyze every game"', () => {
    const list = analyzeThread(
      makeThread('How do I get better at chess as an adult beginner?', [
        ['bob', 'Play longer time controls. Blitz teaches you nothing at 800, play 15+10 or slower.'],
        ['cat', 'Analyze every game you lose. Find the move where it went wrong.'],
        { author: 'ivy', text: 'Seconding longer games. You need time to actually think.', replyTo: 0 },
      ]),
    );
    expect(together(list, 'bob', 'ivy')).toBeDefined();
    expect(together(list, 'cat', 'ivy')).toBeUndefined();
  });
});

describe('a title said as a pick', () => {
  it('"Read Logical Chess Move by Move" gives no advice about a move', () => {
    const list = analyzeThread(
      makeThread('How do I get better at chess as an adult beginner?', [
        ['cat', 'Analyze every game you lose. Find the move where it went wrong.'],
        ['gus', 'Before every move, check all checks, captures and threats for both sides.'],
        ['hal', 'Read Logical Chess Move by Move by Irving Chernev. Great for beginners.'],
      ]),
    );
    expect(together(list, 'cat', 'hal')).toBeUndefined();
    expect(supportedBy(list, 'hal')?.label).toBe('Read Logical Chess Move by Move');
  });
});

describe('a sibling thread', () => {
  it('"one on one time with you every day" and "Special time fixed most of this" are one suggestion', () => {
    const list = analyzeThread(
      makeThread('How do I stop my 3 year old from hitting her little brother?', [
        ['bob', 'Separate them immediately, every single time.'],
        ['cat', 'Make sure she gets one on one time with you every day, even ten minutes.'],
        ['ivy', 'Special time fixed most of this for us.'],
      ]),
    );
    expect(together(list, 'cat', 'ivy')).toBeDefined();
  });
});

describe('a thing run down in passing', () => {
  it('"Blitz teaches you nothing" is against blitz', () => {
    const list = analyzeThread(
      makeThread('How do I get better at chess as an adult beginner?', [
        ['bob', 'Play longer time controls. Blitz teaches you nothing at 800, play 15+10 or slower.'],
        ['lee', 'Blitz is fun but do puzzles every day.'],
      ]),
    );
    const blitz = list.find((s) => s.supporters.some((p) => p.author === 'bob' && p.stance === 'against'));
    expect(blitz?.label.toLowerCase()).toContain('blitz');
  });
});

describe('a command with another option', () => {
  it('"Never use `git reset --hard`" is a warning of its own, not against `git reset --soft`', () => {
    const list = analyzeThread(
      makeThread('git: how do I undo my last commit but keep the changes?', [
        ['ann', 'Run `git reset --soft HEAD~1`. Your changes stay staged.'],
        ['bob', '`git reset HEAD~1` (mixed is the default) keeps the changes but unstages them.'],
        ['gus', 'Never use `git reset --hard` here, you will lose your work.'],
      ]),
    );
    expect(supportedBy(list, 'ann')?.stance).toBe('for');
    const hard = supportedBy(list, 'gus');
    expect(hard?.stance).toBe('against');
    expect(hard?.label).toMatch(/--hard/);
  });
});

describe('a common deed done to the topic', () => {
  const tomatoes = 'My tomato plants have yellow leaves at the bottom. What should I do?';
  it('"Remove the affected leaves", "Just remove leaves" and "Pull off the bottom leaves" are one suggestion', () => {
    const list = analyzeThread(
      makeThread(tomatoes, [
        ['ann', 'Remove the affected leaves and throw them in the trash.'],
        ['dan', 'Pull off the bottom leaves up to about a foot.'],
        ['ivy', 'Just remove leaves and keep going.'],
        ['jon', 'Give them more space for airflow.'],
      ]),
    );
    const removed = together(list, 'ann', 'dan');
    expect(removed && authorsOf(removed)).toEqual(['ann', 'dan', 'ivy']);
    expect(together(list, 'ann', 'jon')).toBeUndefined();
  });
  it('"Don\'t just replace the battery" argues against "Replace the battery"', () => {
    const list = analyzeThread(
      makeThread('My car battery keeps dying overnight. What should I check?', [
        ['ann', 'Just replace the battery, it is probably done.'],
        ['dan', 'Swap the battery first, it is the cheapest thing to rule out.'],
        ['ivy', "Don't just replace the battery without testing, a new one will die too."],
      ]),
    );
    const battery = together(list, 'ann', 'ivy');
    expect(battery?.stance).toBe('mixed');
    expect(battery && authorsOf(battery)).toEqual(['ann', 'dan', 'ivy']);
  });
  it('the same deed done to things other than the topic stays apart', () => {
    const list = analyzeThread(
      makeThread('My oven smokes every time I bake. What should I do?', [
        ['ann', 'Remove the crumb tray and wash it.'],
        ['bob', 'Remove the racks before you run the self-clean cycle.'],
      ]),
    );
    expect(together(list, 'ann', 'bob')).toBeUndefined();
  });
});

describe('a fault told not to', () => {
  it('"Stop overwatering" is for letting the soil dry out, not against it', () => {
    const list = analyzeThread(
      makeThread('How do I get rid of fungus gnats in my houseplants?', [
        ['ann', 'Let the soil dry out between waterings.'],
        ['lee', 'Stop overwatering. That is the whole problem.'],
      ]),
    );
    const drier = together(list, 'ann', 'lee');
    expect(drier?.stance).toBe('for');
    expect(drier?.supporters.every((p) => p.stance === 'for')).toBe(true);
  });
});

describe('a guess at the cause', () => {
  it('"That sounds like early blight" and "Nthing early blight" are one guess, named as one', () => {
    const list = analyzeThread(
      makeThread('My tomato plants have yellow leaves at the bottom. What should I do?', [
        ['ann', 'That sounds like early blight. Throw the leaves in the trash, not the compost.'],
        ['bob', 'Water at the soil in the morning.'],
        ['dan', 'Nthing early blight. Spray with a copper fungicide.'],
      ]),
    );
    const blight = together(list, 'ann', 'dan');
    expect(blight?.label).toBe('Sounds like early blight');
  });
  it('"Sounds like a parasitic drain" keeps its cue as written', () => {
    const list = analyzeThread(
      makeThread('My car battery keeps dying overnight. What should I check?', [
        ['cat', 'Sounds like a parasitic drain. Pull fuses one by one until the draw drops.'],
        ['hal', 'Nthing parasitic drain. It was the stereo in my case.'],
      ]),
    );
    expect(together(list, 'cat', 'hal')?.label).toMatch(/^Sounds like /);
  });
  it('a reaction is no guess: "Sounds like a plan" founds nothing', () => {
    const list = analyzeThread(
      makeThread('My car battery keeps dying overnight. What should I check?', [
        ['cat', 'Sounds like a plan.'],
        ['hal', 'Sounds like a plan, good luck.'],
      ]),
    );
    expect(list).toEqual([]);
  });
});

describe('a reply taking up one piece of its answer', () => {
  const battery = 'My car battery keeps dying overnight. What should I check?';
  it('"… Great advice." after a reply\'s first sentence agrees, and joins the advice it takes up', () => {
    const list = analyzeThread(
      makeThread(battery, [
        {
          author: 'cat',
          text: 'Sounds like a parasitic drain. Put a multimeter on the negative terminal and pull fuses one by one until the draw drops.',
        },
        { author: 'hal', text: 'Nthing parasitic drain. It was the stereo in my case.' },
        {
          author: 'kim',
          text: 'The fuse pulling trick found my problem in twenty minutes. Great advice.',
          replyTo: 0,
        },
      ]),
    );
    const fuses = together(list, 'cat', 'kim');
    expect(fuses).toBeDefined();
    expect(authorsOf(fuses!)).not.toContain('hal');
  });
  it('"Mosquito dunks are the same thing" seconds the answer it replies to', () => {
    const list = analyzeThread(
      makeThread('How do I get rid of fungus gnats in my houseplants?', [
        { author: 'cat', text: 'Mosquito bits! Soak them in your watering can. The BTI kills the larvae.' },
        { author: 'dan', text: 'Seconding mosquito bits, nothing else worked for me.' },
        {
          author: 'hal',
          text: 'Mosquito dunks are the same thing, just crumble one into a gallon jug.',
          replyTo: 0,
        },
      ]),
    );
    const bits = together(list, 'cat', 'dan');
    expect(bits && authorsOf(bits)).toEqual(['cat', 'dan', 'hal']);
  });
});

describe('a thing said to fix nothing', () => {
  it('"Sticky traps alone won\'t fix it" is against sticky traps', () => {
    const list = analyzeThread(
      makeThread('How do I get rid of fungus gnats in my houseplants?', [
        ['bob', 'Try yellow sticky traps for the adults.'],
        ['ivy', "Sticky traps alone won't fix it, they only catch the adults that are already flying."],
      ]),
    );
    const traps = together(list, 'bob', 'ivy');
    expect(traps?.stance).toBe('mixed');
    expect(traps?.supporters.find((p) => p.author === 'ivy')?.stance).toBe('against');
  });
});

describe('a halt at a moment', () => {
  it('"Stop walking the moment the leash gets tight" is for stopping, and a reply praising the method agrees', () => {
    const list = analyzeThread(
      makeThread('My dog pulls on the leash constantly. How do I stop it?', [
        {
          author: 'ann',
          text: "Stop walking the moment the leash gets tight. Only move forward when it's loose.",
        },
        { author: 'bob', text: 'Get a front clip harness. It turns her sideways when she pulls.' },
        {
          author: 'kim',
          text: 'The stop and stand still method works but it takes weeks. Be patient.',
          replyTo: 0,
        },
      ]),
    );
    const halt = together(list, 'ann', 'kim');
    expect(halt).toBeDefined();
    expect(halt!.supporters.every((p) => p.stance === 'for')).toBe(true);
  });
  it('"Stop dead every time the leash goes tight" is for halting, not against anything', () => {
    const list = analyzeThread(
      makeThread('How to stop my dog pulling on the leash', [
        ['ann', 'Stop dead every time the leash goes tight. Only move forward when it is slack.'],
        ['bob', 'Get a front clip harness.'],
      ]),
    );
    expect(supportedBy(list, 'ann')?.stance).toBe('for');
  });
  it('"stop crouching until…" still argues against crouching', () => {
    const list = analyzeThread(
      makeThread('My back keeps spasming. What helps?', [
        ['ann', 'Stop crouching until you have a solid sense of whether your back is arched.'],
      ]),
    );
    expect(supportedBy(list, 'ann')?.stance).toBe('against');
  });
});

describe("one person's two sentences on one thing", () => {
  it('"Sounds like a worn cassette." and "…you\'ll need a new cassette too" are one suggestion', () => {
    const list = analyzeThread(
      makeThread('My bike chain keeps slipping when I pedal hard. How do I fix it?', [
        ['ann', 'Measure your chain with a chain checker.'],
        [
          'bob',
          "Sounds like a worn cassette. If you replace the chain you'll probably need a new cassette too.",
        ],
        ['cat', 'Check the derailleur hanger, if it is bent the shifting will be off.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('bob'))).toHaveLength(1);
  });
});

describe('cast iron, hiccups and a toddler', () => {
  it('"a 50/50 mix of white vinegar" is about the vinegar, and the reply warning of the vinegar joins it', () => {
    const list = analyzeThread(
      makeThread('My cast iron skillet is covered in rust. Is it ruined?', [
        { author: 'cat', text: 'Soak it in a 50/50 mix of white vinegar and water for an hour, no longer.' },
        {
          author: 'dan',
          text: 'Be careful with the vinegar, leave it too long and it eats the iron.',
          replyTo: 0,
        },
      ]),
    );
    expect(together(list, 'cat', 'dan')?.label.toLowerCase()).toContain('vinegar');
  });
  it('"I\'d stick with Crisco" is for Crisco, with the answer that named it', () => {
    const list = analyzeThread(
      makeThread('My cast iron skillet is covered in rust. Is it ruined?', [
        { author: 'bob', text: 'Steel wool and elbow grease. Then re-season it.' },
        {
          author: 'fay',
          text: 'Use Crisco or flaxseed oil for seasoning. Flaxseed gives the hardest finish.',
        },
        {
          author: 'gus',
          text: "Flaxseed flakes off in my experience. I'd stick with Crisco or vegetable oil.",
          replyTo: 1,
        },
      ]),
    );
    expect(together(list, 'fay', 'gus')).toBeDefined();
  });
  it('"Sugar never works for me" argues against the sugar', () => {
    const list = analyzeThread(
      makeThread('I get hiccups that last for hours. How do I make them stop?', [
        { author: 'bob', text: 'A spoonful of sugar on your tongue. Works every time for me.' },
        { author: 'dan', text: "Nthing the sugar. Let it dissolve, don't swallow it right away." },
        { author: 'ivy', text: 'Sugar never works for me. Vinegar does though, just a sip.', replyTo: 0 },
      ]),
    );
    const sugar = together(list, 'bob', 'ivy');
    expect(sugar?.stance).toBe('mixed');
    expect(sugar?.supporters.find((p) => p.author === 'ivy')?.stance).toBe('against');
    // "Let it dissolve, don't swallow it" is a step of dan's sugar, not a suggestion of its own.
    expect(list.filter((s) => authorsOf(s).includes('dan'))).toHaveLength(1);
  });
  it('"My pediatrician said to…" is whose advice it is, not advice to see a doctor', () => {
    const list = analyzeThread(
      makeThread('My 2 year old refuses to eat any vegetables. What can I do?', [
        ['ann', 'Keep offering them without pressure. It can take 15 tries.'],
        ['hal', 'Totally normal at 2. My pediatrician said to worry about the week, not the meal.'],
      ]),
    );
    expect(list.some((s) => /doctor|pediatrician/i.test(s.label))).toBe(false);
  });
});

describe('a cat at 4am, highway nerves, sourdough and typing', () => {
  it('"automatic feeder" and "timed feeder" are one thing; a puzzle feeder is another', () => {
    const list = analyzeThread(
      makeThread('How do I get my cat to stop waking me up at 4am?', [
        ['ann', 'Get an automatic feeder and set it for 4am.'],
        ['cat', 'Seconding the automatic feeder. Changed our lives.'],
        ['hal', 'A timed feeder worked for us in about a week.'],
        ['ivy', 'Give her a puzzle feeder with some kibble at night so she has something to do.'],
      ]),
    );
    const feeder = together(list, 'ann', 'hal');
    expect(feeder && authorsOf(feeder)).toEqual(['ann', 'cat', 'hal']);
    expect(list.filter((s) => authorsOf(s).includes('ann'))).toHaveLength(1);
  });
  it('"keybr.com" and "Seconding keybr" are one site', () => {
    const list = analyzeThread(
      makeThread("What's the best way to learn touch typing as an adult?", [
        ['ann', 'keybr.com. It adapts to your weak letters.'],
        ['dan', 'Seconding keybr, I went from 30 to 70 in three months.'],
      ]),
    );
    expect(together(list, 'ann', 'dan')).toBeDefined();
  });
  it('"A calm passenger made all the difference for me too" agrees with the answer it replies to', () => {
    const list = analyzeThread(
      makeThread('How do I get over the fear of driving on the highway?', [
        { author: 'dan', text: 'Practice merging with a calm friend in the passenger seat.' },
        { author: 'gus', text: 'Plan your route so you know which exits you need ahead of time.' },
        { author: 'jon', text: 'A calm passenger made all the difference for me too.', replyTo: 0 },
      ]),
    );
    expect(together(list, 'dan', 'jon')).toBeDefined();
  });
  it('why the advice works stays with it ("Crowded plants stay wet…", "Cutting hot bread makes it gummy")', () => {
    const list = analyzeThread(
      makeThread('My sourdough bread is too dense. What am I doing wrong?', [
        ['gus', "Don't cut it until it's fully cooled. Cutting hot bread makes it gummy."],
        ['jon', 'Give them more space for airflow. Crowded loaves stay wet and mold loves that.'],
        ['hal', "Do the poke test before baking. If it springs back slowly, it's ready."],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('gus'))).toHaveLength(1);
    expect(supportedBy(list, 'gus')?.stance).toBe('against');
    expect(list.filter((s) => authorsOf(s).includes('jon'))).toHaveLength(1);
  });
});

describe('jet lag, the dark, a clock time, a compound written two ways', () => {
  it('a time of day ("around 10pm local time", "until local bedtime") is when, not what is advised', () => {
    const list = analyzeThread(
      makeThread('How to get rid of jet lag after flying to Europe?', [
        ['bob', 'Stay awake until local bedtime on the first day, no matter what.'],
        ['hal', 'Melatonin worked great for me. Take it around 10pm local time.'],
        ['kim', 'Avoid caffeine after noon local time.'],
      ]),
    );
    expect(list.some((s) => authorsOf(s).length > 1)).toBe(false);
    expect(list.some((s) => /local/i.test(s.label) && s.label.split(' ').length < 3)).toBe(false);
  });
  it('"No naps" and "shift your sleep earlier" are two pieces of advice', () => {
    const list = analyzeThread(
      makeThread('How to get rid of jet lag after flying to Europe?', [
        ['bob', 'Stay awake until local bedtime on the first day. No naps.'],
        ['gus', 'Start shifting your sleep an hour earlier each night a few days before you fly.'],
        ['ivy', "No naps on day one. That's the whole trick."],
      ]),
    );
    expect(authorsOf(together(list, 'bob', 'ivy')!)).toEqual(['bob', 'ivy']);
  });
  it('a reply "X never did anything for me" argues against the answer\'s X', () => {
    const list = analyzeThread(
      makeThread('How to get rid of jet lag after flying to Europe?', [
        ['cat', 'Melatonin at local bedtime for the first few nights.'],
        ['hal', 'Melatonin worked great for me.'],
        { author: 'jon', text: 'Melatonin never did anything for me honestly.', replyTo: 0 },
      ]),
    );
    const melatonin = together(list, 'cat', 'hal')!;
    expect(melatonin.stance).toBe('mixed');
    expect(melatonin.supporters.find((p) => p.author === 'jon')?.stance).toBe('against');
  });
  it('"a night light" and "the nightlight" are one thing', () => {
    const list = analyzeThread(
      makeThread('My kid is scared of the dark. What helped yours?', [
        ['ann', 'A night light. We got one that projects stars on the ceiling.'],
        ['dan', 'We did a nightlight too, problem solved in a week.'],
        ['ivy', 'Nthing the nightlight. Also a stuffed animal as a guard.'],
      ]),
    );
    expect(authorsOf(together(list, 'ann', 'dan')!)).toEqual(['ann', 'dan', 'ivy']);
  });
  it('"Don\'t do monster spray, it tells them monsters are real" warns against the spray', () => {
    const list = analyzeThread(
      makeThread('My kid is scared of the dark. What helped yours?', [
        ['bob', 'Monster spray! A spray bottle with water and a label. Works like a charm.'],
        ['fay', "Don't do monster spray, it tells them monsters are real."],
      ]),
    );
    const spray = together(list, 'bob', 'fay')!;
    expect(spray.stance).toBe('mixed');
    expect(spray.supporters.find((p) => p.author === 'fay')?.stance).toBe('against');
  });
});

describe('glasses fogging under a mask', () => {
  const thread = (): ReturnType<typeof analyzeThread> =>
    analyzeThread(
      makeThread('How do I stop my glasses from fogging up when I wear a mask?', [
        [
          'ann',
          'Wash the lenses with dish soap and let them air dry. The soap film stops the fog for a day or so.',
        ],
        ['bob', 'Get a mask with a nose wire and pinch it tight over your nose.'],
        ['cat', 'Anti-fog spray works great. I use the Zeiss one.'],
        ['eve', 'Seconding the dish soap trick, it works surprisingly well.'],
        ['gus', 'Nose wire masks are a must. Pinch the wire firmly.'],
        ['hal', 'I tried the anti-fog wipes and they did nothing. The soap worked better.'],
        ['ivy', 'Soap. Seriously, baby shampoo works too.'],
      ]),
    );
  it('"dish soap", "the soap" and "Soap." are one remedy, its reason with it', () => {
    const list = thread();
    expect(authorsOf(together(list, 'ann', 'ivy')!)).toEqual(['ann', 'eve', 'hal', 'ivy']);
    expect(list.filter((s) => authorsOf(s).includes('ann'))).toHaveLength(1);
  });
  it('"Nose wire masks are a must" praises the nose wire', () => {
    expect(together(thread(), 'bob', 'gus')).toBeDefined();
  });
  it('"I tried the wipes and they did nothing" argues against them', () => {
    const fog = together(thread(), 'cat', 'hal')!;
    expect(fog.supporters.find((p) => p.author === 'hal')?.stance).toBe('against');
  });
  it('in a discussion, a name\'s last word ("the Act") is not the name', () => {
    const list = analyzeThread(
      makeThread('The Espionage Act and the press', [
        ['ann', 'The Espionage Act was written for spies, not reporters.'],
        ['bob', 'Read the Espionage Act before you judge.'],
        ['cat', 'The Act was amended in 1961.'],
        ['dan', 'Congress should act now.'],
      ]),
    );
    expect(list.some((s) => authorsOf(s).includes('dan') && authorsOf(s).includes('bob'))).toBe(false);
  });
});

describe('leggy seedlings', () => {
  const list = (): ReturnType<typeof analyzeThread> =>
    analyzeThread(
      makeThread('My tomato seedlings are tall and floppy. How do I fix leggy seedlings?', [
        ['ann', 'Get a cheap LED shop light and keep it 2-3 inches above the tops.'],
        ['bob', 'Put a small fan on them for an hour a day.'],
        ['cat', 'Grow lights changed everything for me.'],
        ['dan', 'When you transplant, bury the stem deep.'],
        ['fay', 'Agree with ann, a shop light 2 inches above them.'],
        ['hal', 'Plant them deeper when you pot up, that fixes it.'],
      ]),
    );
  it('"Agree with ann, a shop light…" backs the shop light', () => {
    expect(authorsOf(together(list(), 'ann', 'fay')!)).toEqual(['ann', 'fay']);
    const terms = sentenceTerms('Agree with ann, a shop light 2 inches above them.');
    expect(terms.find((t) => t.kind === 'phrase')?.strong).toBe(true);
  });
  it('"bury the stem deep" and "plant them deeper" are one piece of advice', () => {
    expect(together(list(), 'dan', 'hal')).toBeDefined();
  });
});

describe('an instruction after a remark founds a group', () => {
  it('"A windowsill isn\'t enough, get a cheap LED shop light…" is advice the agreeing reply joins', () => {
    const list = analyzeThread(
      makeThread('My tomato seedlings are tall and floppy. How do I fix leggy seedlings?', [
        [
          'ann',
          "They need way more light. A windowsill isn't enough, get a cheap LED shop light and keep it 2-3 inches above the tops.",
        ],
        ['bob', 'Put a small fan on them for an hour a day.'],
        ['fay', 'Agree with ann, a shop light 2 inches above them.'],
      ]),
    );
    expect(together(list, 'ann', 'fay')?.label).toMatch(/shop light/i);
  });
});

describe('weak Wi-Fi in the bedroom', () => {
  it('an ethernet cable and powerline adapters, a mesh and an extender, are apart', () => {
    const list = analyzeThread(
      makeThread('WiFi is terrible in my bedroom. How do I fix it?', [
        ['ann', 'Get a mesh system. I put an Eero in the hallway and the dead spots disappeared.'],
        ['cat', 'Run an ethernet cable if you can. Nothing beats a wire.'],
        ['dan', 'Mesh wifi is the answer. Google Nest wifi worked great for us.'],
        ['fay', 'Powerline adapters work well in apartments.'],
        { author: 'gus', text: 'Seconding ethernet. A flat cable under the rug works fine.', replyTo: 1 },
        ['hal', "Don't bother with range extenders, they halve your speed. Get a mesh."],
        ['jon', "Powerline worked for me when mesh didn't."],
      ]),
    );
    expect(authorsOf(together(list, 'cat', 'gus')!)).toEqual(['cat', 'gus']);
    expect(authorsOf(together(list, 'fay', 'jon')!)).toEqual(['fay', 'jon']);
    const mesh = together(list, 'ann', 'dan')!;
    expect(mesh.stance).toBe('for');
    expect(mesh.supporters.some((p) => p.author === 'hal' && p.stance === 'against')).toBe(false);
  });
});

describe('remembering names', () => {
  it('the words to say, in quotes after the advice, are its example, not advice of their own', () => {
    const list = analyzeThread(
      makeThread("How do I remember people's names?", [
        ['ann', 'Say their name back right away. "Nice to meet you, Sarah." Repeating it once locks it in.'],
        ['eve', 'Nthing repeating the name back to them.'],
      ]),
    );
    expect(list.some((s) => /meet/i.test(s.label))).toBe(false);
  });
  it('"If his name is Bill, picture a duck bill on his face" advises picturing it', () => {
    const list = analyzeThread(
      makeThread("How do I remember people's names?", [
        ['bob', 'If his name is Bill, picture a duck bill on his face.'],
      ]),
    );
    expect(list[0]?.label).toBe('Picture a duck bill on his face');
  });
});

describe('black grout', () => {
  const list = (): ReturnType<typeof analyzeThread> =>
    analyzeThread(
      makeThread('Grout in my shower is black and gross. How do I clean it?', [
        ['ann', 'Baking soda paste and an old toothbrush. Let it sit for 10 minutes before you scrub.'],
        ['bob', 'Oxygen bleach. Mix OxiClean with hot water, put it on the grout, wait 15 minutes, scrub.'],
        ['cat', "If it's mold, use bleach. Open a window, the fumes are nasty."],
        ['eve', "Don't mix bleach with vinegar or ammonia, that makes toxic gas."],
        ['fay', 'Seconding OxiClean, it is amazing on grout.'],
        ['gus', "After cleaning, seal the grout so it doesn't absorb dirt again."],
        { author: 'jon', text: 'Yes, sealing is the key. Do it once a year.', replyTo: 5 },
      ]),
    );
  it('oxygen bleach (OxiClean) and chlorine bleach are two remedies', () => {
    expect(authorsOf(together(list(), 'bob', 'fay')!)).toEqual(['bob', 'fay']);
    const bleach = together(list(), 'cat', 'eve')!;
    expect(authorsOf(bleach)).toEqual(['cat', 'eve']);
    expect(bleach.stance).toBe('mixed');
  });
  it('"seal the grout" names the sealing, which the reply seconds', () => {
    expect(together(list(), 'gus', 'jon')?.label).toBe('Seal the grout');
  });
  it('"Let it sit for 10 minutes before you scrub" is a step of the paste', () => {
    expect(list().filter((s) => authorsOf(s).includes('ann'))).toHaveLength(1);
  });
});

describe('sore wrists and sleepless nights', () => {
  it('a reply disagreeing with a warning is for the thing warned of', () => {
    const list = analyzeThread(
      makeThread('My wrists hurt after a day of typing. What should I change?', [
        [
          'fay',
          "Don't use wrist rests while typing, they put pressure on the carpal tunnel. Rest your palms only when pausing.",
        ],
        { author: 'jon', text: 'I disagree about wrist rests, mine helps a lot.', replyTo: 0 },
      ]),
    );
    const rests = together(list, 'fay', 'jon')!;
    expect(rests.supporters.find((p) => p.author === 'fay')?.stance).toBe('against');
    expect(rests.supporters.find((p) => p.author === 'jon')?.stance).toBe('for');
    // What is disputed is the warning: it names the suggestion, not the thing alone.
    expect(rests.label).toMatch(/^Don't use wrist rests/);
  });
  it('"Split keyboard all the way." vouches for the split keyboard', () => {
    const list = analyzeThread(
      makeThread('My wrists hurt after a day of typing. What should I change?', [
        ['ann', 'Get a split keyboard. I switched to an ErgoDox and the pain was gone in a month.'],
        ['ivy', 'Split keyboard all the way. Kinesis Advantage changed my life.'],
      ]),
    );
    expect(together(list, 'ann', 'ivy')).toBeDefined();
  });
  it('"No screens an hour before bed" rules out the screens, and "Agree about screens" sides with it', () => {
    const list = analyzeThread(
      makeThread('How can I fall asleep faster?', [
        ['bob', 'No screens an hour before bed. The blue light keeps you awake.'],
        ['cat', 'Write down everything on your mind before bed.'],
        { author: 'kim', text: 'Agree about screens, I read a paper book instead now.', replyTo: 0 },
      ]),
    );
    const screens = together(list, 'bob', 'kim')!;
    expect(screens.stance).toBe('against');
    expect(screens.label).toMatch(/^No screens/);
  });
});

describe('fruit flies', () => {
  it('"ACV trap", "apple cider vinegar in a jar" and "the vinegar trap" are one suggestion', () => {
    const list = analyzeThread(
      makeThread('How do I get rid of fruit flies in my kitchen?', [
        ['ann', 'Apple cider vinegar in a jar with a drop of dish soap. They dive in and drown.'],
        ['bob', 'Check your drain. Pour boiling water down it every night.'],
        ['dan', 'ACV trap works great. Cover the jar with plastic wrap and poke holes in it.'],
        ['fay', 'A little wine left in the bottle works as a trap too.'],
        ['gus', 'Nthing the vinegar trap, caught like 50 in a day.'],
      ]),
    );
    const trap = together(list, 'ann', 'dan')!;
    expect(authorsOf(trap)).toEqual(expect.arrayContaining(['ann', 'dan', 'gus']));
    expect(list.filter((s) => authorsOf(s).includes('gus'))).toHaveLength(1);
  });
});

describe('a salary offer and a hot laptop', () => {
  it('"Just ask." advises asking, and "Agreed, just ask." seconds it', () => {
    const list = analyzeThread(
      makeThread('How do I negotiate a higher salary for a new job offer?', [
        ['ann', 'Never give the first number. Ask what the budgeted range is.'],
        ['dan', 'They will almost never pull an offer for a polite counter. Just ask.'],
        { author: 'jon', text: 'Agreed, just ask. I got 10% more with one email.', replyTo: 1 },
      ]),
    );
    expect(together(list, 'dan', 'jon')).toBeDefined();
  });
  it('"After 3 years the thermal paste dries out" is why to repaste, not advice of its own', () => {
    const list = analyzeThread(
      makeThread('Laptop gets really hot and the fan is always loud. What can I do?', [
        ['eve', 'Repaste the CPU. After 3 years the thermal paste dries out.'],
      ]),
    );
    expect(list).toHaveLength(1);
  });
});

describe("a sentence backing its author's own advice", () => {
  it('"Take breaks. I use an app that reminds me…" is one suggestion, not two', () => {
    const list = analyzeThread(
      makeThread('My wrists hurt after a day of typing. What should I change?', [
        ['bob', 'Check your desk height. Your elbows should be at 90 degrees and your wrists straight.'],
        ['dan', 'Take breaks. I use an app that reminds me every 30 minutes to stretch.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('bob'))).toHaveLength(1);
    expect(list.filter((s) => authorsOf(s).includes('dan'))).toHaveLength(1);
  });
  it('but one naming a remedy of its own, or told as an instruction, stays its own', () => {
    const list = analyzeThread(
      makeThread('Laptop gets really hot and the fan is always loud. What can I do?', [
        ['ann', 'Check Task Manager for something eating CPU. A cooling pad helped me a lot.'],
        ['bob', 'Clean the vents. Set the power plan to balanced.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('ann'))).toHaveLength(2);
    expect(list.filter((s) => authorsOf(s).includes('bob'))).toHaveLength(2);
  });
});

describe('a remedy recommended by what it does', () => {
  it('"Yellow sticky traps catch the adults" meets "Sticky traps work great"', () => {
    const list = analyzeThread(
      makeThread('Fungus gnats everywhere in my houseplants. Help?', [
        ['ann', 'Yellow sticky traps catch the adults.'],
        ['bob', 'Let the soil dry out between waterings.'],
        ['cat', 'Sticky traps work great, put one in each pot.'],
      ]),
    );
    expect(together(list, 'ann', 'cat')).toBeDefined();
    // …not a thing said to do harm in passing: "Cats kill birds." recommends no cats.
    expect(sentenceTerms('Cats kill birds.').some((t) => t.target)).toBe(false);
  });
});

describe('a remedy recommended by what it does where it is used', () => {
  it('"Thin merino liners under your socks stop most of the friction" meets "Merino liners are great"', () => {
    const list = analyzeThread(
      makeThread('Shoes give me blisters on my heels, what can I do?', [
        ['ann', 'Heel grips inside the back of the shoe.'],
        ['dan', 'Better socks. Thin merino liners under your normal socks stop most of the friction.'],
        { author: 'hal', text: "Merino liners are great but won't fix a shoe that's slipping.", replyTo: 1 },
      ]),
    );
    expect(together(list, 'dan', 'hal')).toBeDefined();
  });
});

describe('an answer that opens by naming its remedy alone', () => {
  it('"Vise grips. Clamp on the head and turn." is one suggestion, however its words are shared', () => {
    const list = analyzeThread(
      makeThread('How to get a stripped screw out?', [
        ['ann', 'Put a wide rubber band between the screwdriver and the screw head.'],
        ['dan', 'Use a bigger screwdriver bit and push down hard while you turn slowly.'],
        ['eve', 'If the head sticks up, grab it with locking pliers and twist it out.'],
        ['fay', 'Vise grips. Clamp on the head and turn.'],
        ['hal', 'Tap a slightly larger torx bit into the head with a hammer, then turn it out.'],
      ]),
    );
    const fays = list.filter((s) => authorsOf(s).includes('fay'));
    expect(fays).toHaveLength(1);
    expect(fays[0]!.label.toLowerCase()).toContain('vise grips');
  });
  it('"Borax and sugar bait. Mix them with a little water, put it on…" too', () => {
    const list = analyzeThread(
      makeThread('How to keep ants out of the kitchen?', [
        [
          'ann',
          'Borax and sugar bait. Mix them with a little water, put it on a bit of cardboard near the trail.',
        ],
        ['bob', 'Terro liquid bait stations. They take a few days but they wipe out the whole colony.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('ann'))).toHaveLength(1);
  });
  it('but an opening that tells what to do keeps its next instruction apart', () => {
    const list = analyzeThread(
      makeThread('How do I stop procrastinating on my thesis?', [
        ['dan', 'Work in a library, not at home. Leave your phone in your bag.'],
      ]),
    );
    expect(list).toHaveLength(2);
  });
});

describe('praise said with "never"', () => {
  it('"Never fails." after advice backs it and founds no warning of its own', () => {
    const list = analyzeThread(
      makeThread('How do you cure hiccups?', [
        ['bob', 'Hold your breath for as long as you can, then swallow three times.'],
        ['eve', 'Hold your breath and swallow, like bob said. Never fails.'],
      ]),
    );
    expect(list).toHaveLength(1);
    expect(list[0]!.stance).toBe('for');
  });
});

describe('a thing named with another name in brackets', () => {
  it('"Bar mitts (pogies)" meets "Pogies are a game changer"', () => {
    const list = analyzeThread(
      makeThread('Cold hands when cycling to work in winter, what can I do?', [
        ['bob', 'Bar mitts (pogies) that attach to the handlebars. You can wear thin gloves inside them.'],
        ['dan', 'Pogies are a game changer, I ride through Minnesota winters with them.'],
        ['eve', 'Thin liner gloves under your normal gloves.'],
      ]),
    );
    expect(together(list, 'bob', 'dan')).toBeDefined();
  });
  it('but a note in brackets ("(live)") is no other name', () => {
    const list = analyzeThread(
      makeThread('Where can I watch the hearing?', [
        ['ann', 'The director testifying before the Senate committee (live) is on C-SPAN.'],
        ['bob', 'Watch it live on the Guardian stream.'],
      ]),
    );
    expect(together(list, 'ann', 'bob')).toBeUndefined();
  });
});

describe('talking to someone whose job is to advise', () => {
  it('"Talk to your advisor" and "Talk to a therapist" are two suggestions, not one conversation', () => {
    const list = analyzeThread(
      makeThread('How do I stop procrastinating on my thesis?', [
        ['hal', 'Talk to your advisor about a schedule with deadlines. External deadlines help.'],
        ['jon', "Talk to a therapist if it's more than procrastination. Sometimes it's depression."],
      ]),
    );
    expect(together(list, 'hal', 'jon')).toBeUndefined();
  });
  it('"Talking to them never works in my experience" argues against talking to them', () => {
    const list = analyzeThread(
      makeThread('Upstairs neighbour is really loud, what can I do?', [
        ['ann', 'Talk to them first. Politely, in person, in the daytime.'],
        ['dan', 'Talk to them, and if that does not work, go to the landlord.'],
        {
          author: 'jon',
          text: 'Talking to them never works in my experience, they just get defensive.',
          replyTo: 0,
        },
      ]),
    );
    const talk = together(list, 'ann', 'jon');
    expect(talk).toBeDefined();
    expect(talk!.supporters.find((p) => p.author === 'jon')!.stance).toBe('against');
  });
});

describe('a remedy named in a few words with where it goes', () => {
  it('"Cinnamon along the entry point." is advice of its own', () => {
    const list = analyzeThread(
      makeThread('How to keep ants out of the kitchen?', [
        ['bob', 'Terro liquid bait stations. They take a few days but they wipe out the whole colony.'],
        ['jon', "Cinnamon along the entry point. They won't cross it."],
      ]),
    );
    expect(list.some((s) => authorsOf(s).includes('jon'))).toBe(true);
  });
});

describe('praise of "the X one"', () => {
  it('"The sugar one works for me every single time" seconds "A spoonful of sugar."', () => {
    const list = analyzeThread(
      makeThread('How do you cure hiccups?', [
        ['bob', 'Hold your breath for as long as you can, then swallow three times.'],
        ['cat', 'A spoonful of sugar. Let it sit on your tongue and then swallow.'],
        ['dan', 'The sugar one works for me every single time.'],
      ]),
    );
    expect(together(list, 'cat', 'dan')).toBeDefined();
    // …and cat's step ("…then swallow") is no second of bob's breath-holding.
    expect(together(list, 'bob', 'cat')).toBeUndefined();
  });
});

describe('why to heed a warning, naming what it warns against', () => {
  it('"Don\'t spray them. Spraying kills the few you see…" argues against spraying', () => {
    const list = analyzeThread(
      makeThread('How to keep ants out of the kitchen?', [
        ['eve', "Don't spray them. Spraying kills the few you see and the colony just sends more."],
      ]),
    );
    expect(list).toHaveLength(1);
    expect(list[0]!.stance).toBe('against');
  });
});

describe('a remedy named in a few words, and praise of the trick', () => {
  it('"Steel wool and some elbow grease." meets "Scrub the rust off with steel wool"', () => {
    const list = analyzeThread(
      makeThread('How to get rid of rust on a cast iron pan?', [
        ['ann', 'Scrub the rust off with steel wool, then dry it on the stove.'],
        ['cat', 'Steel wool and some elbow grease. Then re-season it in the oven.'],
      ]),
    );
    expect(together(list, 'ann', 'cat')).toBeDefined();
  });
  it('"The potato and salt trick is amazing" seconds "Coarse salt and a potato as a scrubber."', () => {
    const list = analyzeThread(
      makeThread('How to get rid of rust on a cast iron pan?', [
        ['ann', 'Scrub the rust off with steel wool, then dry it on the stove.'],
        ['bob', 'Coarse salt and a potato as a scrubber. Works great and it is cheap.'],
        ['hal', 'The potato and salt trick is amazing.'],
      ]),
    );
    expect(together(list, 'bob', 'hal')).toBeDefined();
  });
});

describe('where to look, how long to wait, where to put the topic', () => {
  it('"Keep your eyes on the horizon" meets "Watch the horizon"', () => {
    const list = analyzeThread(
      makeThread('Motion sickness on boats - any tips?', [
        ['ann', 'Keep your eyes on the horizon and stay on deck in the fresh air.'],
        ['bob', 'Take Dramamine before you board, not after you feel sick.'],
        ['kim', 'Watch the horizon. Works better than any pill for me.'],
      ]),
    );
    expect(together(list, 'ann', 'kim')).toBeDefined();
  });
  it('"Give it more time." meets "Patience."', () => {
    const list = analyzeThread(
      makeThread("My sourdough starter isn't rising. What am I doing wrong?", [
        ['cat', 'Feed it twice a day instead of once.'],
        ['dan', 'Give it more time. Mine took three weeks before it doubled reliably.'],
        ['hal', 'Patience. Two weeks is normal and it will get there.'],
      ]),
    );
    expect(together(list, 'dan', 'hal')).toBeDefined();
  });
  it('"Keep the guitar out of its case on a stand" meets "Guitar on a stand…"', () => {
    const list = analyzeThread(
      makeThread('How do I practice guitar when I have no time?', [
        ['ann', 'Keep the guitar out of its case on a stand. You will pick it up far more often.'],
        ['bob', 'Use a metronome every time.'],
        ['eve', 'Guitar on a stand in the living room is the single best tip I ever got.'],
      ]),
    );
    expect(together(list, 'ann', 'eve')).toBeDefined();
  });
});

describe('a limit, and a condition after a remedy named', () => {
  it('"Don\'t leave it in the vinegar too long" limits the vinegar bath, it does not argue against it', () => {
    const list = analyzeThread(
      makeThread('How to get rid of rust on a cast iron pan?', [
        ['dan', 'Soak it in a 50/50 vinegar and water bath for an hour, then scrub.'],
        ['eve', "Don't leave it in the vinegar too long, it will eat the iron."],
      ]),
    );
    const vinegar = together(list, 'dan', 'eve');
    expect(vinegar?.stance).toBe('for');
  });
  it('"Heated gloves if your budget allows." names the gloves, not the budget', () => {
    const labels = analyzeThread(
      makeThread('Cold hands when cycling to work in winter, what can I do?', [
        ['fay', 'Heated gloves if your budget allows. Expensive but amazing.'],
      ]),
    ).map((s) => s.label);
    expect(labels).toEqual(['Heated gloves']);
  });
});

describe('first-hand praise in other words', () => {
  it('"I swear by bitter polish" and "The bitter polish never worked for me" join "Bitter nail polish"', () => {
    const list = analyzeThread(
      makeThread('How do I stop biting my nails?', [
        [
          'ann',
          'Bitter nail polish, the kind made for this. Mavala Stop worked for me after a couple of weeks.',
        ],
        ['bob', 'Keep them short and filed.'],
        ['dan', 'The bitter polish never worked for me, I just got used to the taste.'],
        ['ivy', 'I swear by bitter polish. Took about a month.'],
      ]),
    );
    const polish = together(list, 'ann', 'ivy');
    expect(polish).toBeDefined();
    expect(polish!.stance).toBe('mixed');
  });
  it('"Mouth tape sounds crazy but it fixed my snoring" founds the mouth tape its reply warns about', () => {
    const list = analyzeThread(
      makeThread("My partner snores so loudly I can't sleep. Help?", [
        ['bob', "Earplugs! Mack's silicone ones block almost everything."],
        ['ivy', 'Mouth tape sounds crazy but it fixed my snoring.'],
        {
          author: 'jon',
          text: 'Be careful with mouth tape if he has any nasal congestion, talk to a doctor first.',
          replyTo: 1,
        },
      ]),
    );
    const tape = together(list, 'ivy', 'jon');
    expect(tape?.stance).toBe('mixed');
  });
  it('"Daily brushing with a Furminator made the biggest difference" seconds "Brush her every day"', () => {
    const list = analyzeThread(
      makeThread('Cat keeps throwing up hairballs. What helps?', [
        ['ann', 'Brush her every day. Less loose hair means less swallowed hair.'],
        ['bob', 'Hairball gel like Laxatone.'],
        ['dan', 'Daily brushing with a Furminator made the biggest difference for us.'],
      ]),
    );
    expect(together(list, 'ann', 'dan')).toBeDefined();
  });
});

describe('a snoring partner and a new city', () => {
  const snoring = "My partner snores so loudly I can't sleep. Help?";
  it('"Honestly, separate bedrooms." meets "Seconding separate rooms"', () => {
    const list = analyzeThread(
      makeThread(snoring, [
        ['ann', 'Get him checked for sleep apnea.'],
        [
          'eve',
          'Honestly, separate bedrooms. We did it two years ago and our relationship is better for it.',
        ],
        { author: 'hal', text: "Seconding separate rooms, there's no shame in it.", replyTo: 1 },
      ]),
    );
    expect(together(list, 'eve', 'hal')).toBeDefined();
  });
  it('"Have him sleep on his side" is no second of "sleep apnea", and its tennis ball goes with it', () => {
    const list = analyzeThread(
      makeThread(snoring, [
        ['ann', 'Get him checked for sleep apnea. Loud snoring that gets worse over time is a classic sign.'],
        ['cat', 'Nthing the sleep apnea test. My dad had it and the CPAP stopped the snoring completely.'],
        [
          'fay',
          "Have him sleep on his side. Sew a tennis ball into the back of a t-shirt so he can't roll over.",
        ],
      ]),
    );
    expect(together(list, 'ann', 'fay')).toBeUndefined();
    expect(list.filter((s) => authorsOf(s).includes('fay'))).toHaveLength(1);
    expect(list.filter((s) => authorsOf(s).includes('cat'))).toHaveLength(1);
  });
  it('"Nthing the running club" meets "Join a club…"; saying yes to invitations is not inviting', () => {
    const list = analyzeThread(
      makeThread('How do I make friends after moving to a new city?', [
        ['ann', 'Join a club around something you already like. Running club, board game night, whatever.'],
        ['bob', 'Say yes to every invitation for the first year, even the boring ones.'],
        ['fay', 'Nthing the running club. My running group is now my friend group.'],
        ['hal', 'Be the one who invites. Most people are waiting for someone else to do it.'],
      ]),
    );
    expect(together(list, 'ann', 'fay')).toBeDefined();
    expect(together(list, 'bob', 'hal')).toBeUndefined();
  });
});

describe('dry hands and a picky eater', () => {
  const hands = 'Dry cracked hands every winter - what actually works?';
  it('"O\'Keeffe\'s Working Hands." and "Second O\'Keeffe\'s" are one name, not the letter o', () => {
    const list = analyzeThread(
      makeThread(hands, [
        ['ann', "O'Keeffe's Working Hands. Nothing else comes close."],
        ['cat', "Second O'Keeffe's, it's the only thing that works for my hands."],
        ['fay', 'Use a gentle soap, regular hand soap is too harsh.'],
      ]),
    );
    expect(together(list, 'ann', 'cat')).toBeDefined();
    expect(sentenceTerms("I don't know, it's o'clock.").map((t) => t.key)).not.toContain('w:o');
  });
  it('"Vaseline and cotton gloves overnight, my hands were healed…" seconds the Vaseline', () => {
    const list = analyzeThread(
      makeThread(hands, [
        ['bob', 'Put on thick cream or Vaseline at night and sleep in cotton gloves.'],
        ['eve', 'Vaseline and cotton gloves overnight, my hands were healed in three days.'],
      ]),
    );
    expect(together(list, 'bob', 'eve')).toBeDefined();
  });
  it('"Blend spinach into smoothies" advises; "I disagree with hiding vegetables" argues against', () => {
    const list = analyzeThread(
      makeThread('How do I get my 4 year old to eat vegetables?', [
        ['ann', 'Division of responsibility: you decide what, he decides how much.'],
        ['cat', "Nthing Ellyn Satter's division of responsibility. It took the fight out of dinner for us."],
        ['dan', "Blend spinach into smoothies or pasta sauce. He won't know."],
        ['eve', 'I disagree with hiding vegetables, he needs to learn to eat them as they are.'],
      ]),
    );
    expect(together(list, 'ann', 'cat')).toBeDefined();
    expect(list.some((s) => authorsOf(s).includes('dan'))).toBe(true);
    expect(list.find((s) => authorsOf(s).includes('eve'))?.stance).toBe('against');
  });
});

describe('a thing and where it goes', () => {
  it('"Catnip on the post." is catnip, not a verb "catnip" acting on the post', () => {
    const list = analyzeThread(
      makeThread('How do I stop my cat scratching the couch?', [
        ['dan', 'Put the scratching post right next to the couch arm she uses.'],
        ['eve', 'Catnip on the post. Rub it in every few days.'],
      ]),
    );
    expect(together(list, 'dan', 'eve')).toBeUndefined();
    expect(list.find((s) => authorsOf(s).includes('eve'))?.label).toMatch(/catnip/i);
  });
});

describe('two people naming the same things, each leaning on another word', () => {
  it('"Practice out loud with a friend" and "Seconding practicing out loud" are one', () => {
    const list = analyzeThread(
      makeThread('How do you deal with job interview nerves?', [
        [
          'ann',
          'Practice out loud with a friend. Answering in your head is nothing like answering out loud.',
        ],
        ['bob', 'Prepare stories with the STAR method for the common questions.'],
        ['eve', 'Seconding practicing out loud, it made a huge difference for me.'],
      ]),
    );
    expect(together(list, 'ann', 'eve')).toBeDefined();
  });
});

describe('a compound the stemmer spells apart', () => {
  it('"Seconding the battery report" meets "Run powercfg /batteryreport"', () => {
    const list = analyzeThread(
      makeThread('Laptop battery drains really fast, any advice?', [
        [
          'ann',
          'Run powercfg /batteryreport in a command prompt and compare full charge capacity to design capacity.',
        ],
        ['bob', 'Lower the screen brightness, it is the biggest drain by far.'],
        ['fay', 'Seconding the battery report.'],
      ]),
    );
    expect(together(list, 'ann', 'fay')).toBeDefined();
  });
});

describe('another thing said to work the same', () => {
  it('"Dish soap works the same as shaving cream" is advice, not a passing mention', () => {
    const list = analyzeThread(
      makeThread('Bathroom mirror always fogs up after a shower, what can I do?', [
        ['ann', 'Rub a little shaving cream on the mirror and wipe it off.'],
        ['bob', 'Run the exhaust fan during the shower and for 20 minutes after.'],
        ['gus', 'Dish soap works the same as shaving cream.'],
      ]),
    );
    expect(list.some((s) => authorsOf(s).includes('gus'))).toBe(true);
  });
});

describe('bare praise', () => {
  it('"Game changer." says the thing named before it worked, and is no suggestion of its own', () => {
    const list = analyzeThread(
      makeThread("My toddler won't stay in her own bed. What worked for you?", [
        [
          'bob',
          "We got a toddler clock (the Gro clock). She can't get up until the sun shows. Game changer.",
        ],
        ['cat', 'Seconding the Gro clock, ours learned it in a week.'],
        ['jon', 'Night light.'],
      ]),
    );
    const clock = together(list, 'bob', 'cat');
    expect(clock).toBeDefined();
    expect(clock!.label).toBe('Gro clock');
    expect(list.some((s) => /game|changer|sun/i.test(s.label))).toBe(false);
  });
});

describe('a doing tried', () => {
  it('"Try changing the channel" advises the channel, as "Change the wifi channel" does', () => {
    const list = analyzeThread(
      makeThread('Home wifi keeps dropping every evening', [
        ['ann', 'Change the wifi channel.'],
        ['bob', 'Switch to 5GHz if your devices support it.'],
        ['hal', 'Try changing the channel to 1, 6 or 11 and see if the drops stop.'],
      ]),
    );
    expect(together(list, 'ann', 'hal')).toBeDefined();
  });
});

describe('"I\'d say" before an imperative', () => {
  it('"I\'d say don\'t bother writing them by hand" warns against writing by hand', () => {
    const list = analyzeThread(
      makeThread('Best way to learn kanji as an adult', [
        ['ann', 'Anki. Twenty new cards a day.'],
        ['jon', "I'd say don't bother writing them by hand unless you actually need to write."],
      ]),
    );
    expect(supportedBy(list, 'jon')?.stance).toBe('against');
  });
});

describe('an irregular plural', () => {
  it('"Strengthen your calves" and "Seconding calf raises" are one suggestion', () => {
    const list = analyzeThread(
      makeThread('Shin splints every time I increase mileage', [
        ['bob', 'Strengthen your calves. Three sets of fifteen, every day.'],
        ['ann', 'Run on softer surfaces.'],
        ['fay', 'Seconding calf raises, and add tibialis raises too.'],
      ]),
    );
    expect(together(list, 'bob', 'fay')).toBeDefined();
  });
});

describe('advice, then what not to do instead', () => {
  it('"Water deeply and regularly, don\'t let the pots dry out … between waterings" is for watering', () => {
    const list = analyzeThread(
      makeThread('Tomato leaves curling up. Is this a disease?', [
        ['bob', "Water deeply and regularly, don't let the pots dry out completely between waterings."],
        ['ann', 'Give them afternoon shade.'],
      ]),
    );
    expect(supportedBy(list, 'bob')?.stance).toBe('for');
  });
  it('"Weigh your flour, don\'t use cups" is for weighing', () => {
    const list = analyzeThread(
      makeThread('Bread always comes out too dense. What am I doing wrong?', [
        ['fay', "Weigh your flour, don't use cups."],
        ['ann', 'Knead longer.'],
      ]),
    );
    expect(supportedBy(list, 'fay')?.stance).toBe('for');
  });
});

describe('reassurance', () => {
  it('"Totally normal at 7." opening an answer names no remedy', () => {
    const list = analyzeThread(
      makeThread('My 7 year old keeps lying. What do we do?', [
        ['gus', "Totally normal at 7. Don't make it a big deal."],
        ['fay', 'Praise her when she tells the truth.'],
      ]),
    );
    expect(list.some((s) => /normal/i.test(s.label))).toBe(false);
  });
});

describe('a thing and how it is set up', () => {
  it('"Automatic feeder set to 5am." names the feeder "Seconding the automatic feeder" backs', () => {
    const list = analyzeThread(
      makeThread('How to stop my cat waking me up at 5am?', [
        ['ann', "Automatic feeder set to 5am. She'll go to the feeder instead of you."],
        ['bob', 'Shut the bedroom door.'],
        ['dan', 'Seconding the automatic feeder, it changed our lives.'],
      ]),
    );
    expect(together(list, 'ann', 'dan')).toBeDefined();
  });
  it('"A little wine left in the bottle works as a trap too" says what the wine does: no thing named alone', () => {
    const list = analyzeThread(
      makeThread('How do I get rid of fruit flies in my kitchen?', [
        ['ann', 'Apple cider vinegar in a jar with a drop of dish soap. They dive in and drown.'],
        ['dan', 'ACV trap works great. Cover the jar with plastic wrap and poke holes in it.'],
        ['fay', 'A little wine left in the bottle works as a trap too.'],
        ['gus', 'Nthing the vinegar trap, caught like 50 in a day.'],
      ]),
    );
    const trap = together(list, 'fay', 'gus');
    expect(trap && authorsOf(trap)).toEqual(expect.arrayContaining(['ann', 'dan']));
  });
});

describe('someone who does it for a living', () => {
  it('"Call a pest control company" and "Hire a pro" are one suggestion', () => {
    const list = analyzeThread(
      makeThread("What's the best way to get rid of a wasp nest under the deck?", [
        ['ann', "Call a pest control company. It's maybe $100 and they do it in ten minutes."],
        ['bob', 'Spray it with wasp foam after dark.'],
        ['fay', 'Hire a pro. Some people are allergic and do not know it.'],
      ]),
    );
    expect(together(list, 'ann', 'fay')).toBeDefined();
  });
});

describe('a reply telling of a harm', () => {
  it('"Repasting voids the warranty" under "Repaste the CPU" argues against it', () => {
    const list = analyzeThread(
      makeThread('Laptop fan constantly running loud. What can I do?', [
        ['ann', 'Blow out the vents with compressed air.'],
        ['cat', 'Repaste the CPU. It dropped my temps by 15 degrees.'],
        { author: 'hal', text: 'Repasting voids the warranty on some models, check first.', replyTo: 1 },
      ]),
    );
    const paste = together(list, 'cat', 'hal');
    expect(paste?.stance).toBe('mixed');
    expect(paste?.supporters.find((p) => p.author === 'hal')?.stance).toBe('against');
  });
});

describe('a thing, then a clause about it', () => {
  it('"Hairdryer first, it\'s the least risky." names the hairdryer', () => {
    const list = analyzeThread(
      makeThread('Water stains on wooden table, how to remove?', [
        ['bob', 'Iron on low through a cotton tea towel, no steam.'],
        ['hal', "Hairdryer first, it's the least risky."],
      ]),
    );
    expect(supportedBy(list, 'hal')?.label).toMatch(/hairdryer/i);
  });
  it('"WD-40 isn\'t a lubricant, it\'s a solvent." says something of WD-40: no thing named alone', () => {
    const list = analyzeThread(
      makeThread("Squeaky door hinge that WD-40 didn't fix?", [
        ['ann', "WD-40 isn't a lubricant, it's a solvent. Use white lithium grease instead."],
        ['gus', 'Agree with ann, WD-40 dries out. Lithium grease is what you want.'],
      ]),
    );
    expect(list.some((s) => /lubricant/i.test(s.label))).toBe(false);
  });
});

describe('a reply panning the pick it answers', () => {
  it('"The RK84 software is terrible though" under "Royal Kludge RK84" argues against it', () => {
    const list = analyzeThread(
      makeThread('Best budget mechanical keyboard for programming?', [
        ['ann', 'Keychron K8. Hot-swappable and wireless.'],
        ['bob', 'Royal Kludge RK84. Half the price of the Keychron and just as good.'],
        { author: 'eve', text: 'The RK84 software is terrible though, be aware.', replyTo: 1 },
      ]),
    );
    const rk = together(list, 'bob', 'eve');
    expect(rk?.stance).toBe('mixed');
  });
});

describe('why to heed a warning', () => {
  it("a sentence naming nothing after its author's warning takes the warning's side", () => {
    const list = analyzeThread(
      makeThread('How do I get rid of a musty smell in my basement?', [
        ['ann', 'Dehumidifier. Run it all summer.'],
        ['eve', 'Open windows in summer makes it worse. Warm humid air hits the cool walls and condenses.'],
      ]),
    );
    const eve = list.filter((s) => authorsOf(s).includes('eve'));
    expect(eve).toHaveLength(1);
    expect(eve[0]!.stance).toBe('against');
  });
  it('…but what to do instead, naming a thing, stays apart', () => {
    const list = analyzeThread(
      makeThread('Laptop battery drains fast. What can I do?', [
        [
          'hal',
          "Don't leave it plugged in at 100% all the time, that's what kills batteries. Dell has a setting to stop charging at 80%.",
        ],
        ['bob', 'Lower the screen brightness.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('hal')).length).toBe(2);
  });
});

describe('a name with a letter after its hyphen', () => {
  it('"CBT-I." opening an answer names CBT-I (its "I" is no subject)', () => {
    const list = analyzeThread(
      makeThread("Can't fall asleep until 2am, how do I fix my sleep schedule?", [
        ['ann', 'Get up at the same time every day, weekends included.'],
        ['gus', "CBT-I. There's a free app called CBT-i Coach."],
      ]),
    );
    expect(supportedBy(list, 'gus')?.label).toMatch(/cbt/i);
  });
});

describe('a reply telling what worked only for a while', () => {
  it('"Irish Spring worked for about two weeks for us, then…" under "Irish Spring soap shavings" argues against it', () => {
    const list = analyzeThread(
      makeThread('How to keep deer out of the garden?', [
        ['ann', 'An 8 foot fence. Anything lower they just jump.'],
        ['bob', 'Irish Spring soap shavings hung in mesh bags around the beds.'],
        {
          author: 'cat',
          text: 'Irish Spring worked for about two weeks for us, then they got used to it.',
          replyTo: 1,
        },
      ]),
    );
    expect(together(list, 'bob', 'cat')?.stance).toBe('mixed');
  });
});

describe('a reply running down what its answer named, in passing', () => {
  it('"Working Hands never did much for me, Neutrogena is better" argues against "O\'Keeffe\'s Working Hands"', () => {
    const list = analyzeThread(
      makeThread('Dry cracked hands every winter - what actually works?', [
        ['ann', "O'Keeffe's Working Hands. Nothing else comes close."],
        ['bob', 'Put on thick cream at night and sleep in cotton gloves.'],
        ['cat', "Second O'Keeffe's, it's the only thing that works for my hands."],
        {
          author: 'jon',
          text: 'Working Hands never did much for me, Neutrogena Norwegian Formula is better.',
          replyTo: 0,
        },
      ]),
    );
    const okeeffe = together(list, 'ann', 'jon');
    expect(okeeffe?.stance).toBe('mixed');
    expect(okeeffe?.supporters.find((p) => p.author === 'jon')?.stance).toBe('against');
  });
});

describe("a reply saying its answer's thing worked for them", () => {
  it('"Short stretches at quiet times worked for me" and "Unplugging the dock did it for me" back their answers', () => {
    const list = analyzeThread(
      makeThread('How do I get over my fear of driving on the motorway?', [
        ['ann', 'Book a motorway lesson with an instructor.'],
        ['bob', 'Start with short stretches at quiet times. Build up gradually.'],
        {
          author: 'fay',
          text: 'Short stretches at quiet times worked for me, I did the same junction every Sunday.',
          replyTo: 1,
        },
        ['eve', 'Unplug your phone and put it in the glovebox.'],
        { author: 'gus', text: 'Unplugging the phone did it for me, no more distractions.', replyTo: 3 },
      ]),
    );
    expect(together(list, 'bob', 'fay')).toBeDefined();
    expect(together(list, 'eve', 'gus')).toBeDefined();
  });
});

describe('what the writer would do', () => {
  it('"I\'d skip the nail caps" argues against the nail caps, not against trimming nails', () => {
    const list = analyzeThread(
      makeThread('How do I stop my cat scratching the couch?', [
        ['ann', 'Get a tall, heavy sisal post.'],
        ['fay', 'Trim her nails every two weeks, it cuts the damage a lot.'],
        ['gus', 'Soft Paws nail caps. They look silly but they work.'],
        { author: 'hal', text: "I'd skip the nail caps, our cat chewed them off in a day.", replyTo: 2 },
      ]),
    );
    const caps = together(list, 'gus', 'hal');
    expect(caps?.stance).toBe('mixed');
    expect(authorsOf(caps!)).not.toContain('fay');
  });
});

describe('an answer that opens by running its thing down', () => {
  it('warns against it, however long the sentence: "Those dog rocks … are a scam"', () => {
    const list = analyzeThread(
      makeThread('How do I stop dog pee killing my lawn?', [
        ['ann', 'Water the spot right after she goes, a watering can is enough.'],
        [
          'cat',
          'Those "dog rocks" you put in the water bowl are a scam, they don\'t change the urine chemistry at all.',
        ],
        { author: 'dan', text: 'Agreed, we tried them for two months and nothing changed.', replyTo: 1 },
        ['eve', 'Reseed the dead circles with perennial ryegrass.'],
      ]),
    );
    const rocks = together(list, 'cat', 'dan');
    expect(rocks?.label).toMatch(/dog rocks/i);
    expect(rocks?.stance).toBe('against');
  });
});

describe('a reply doubting its answer from experience', () => {
  it('"Vinegar only moves them somewhere else in my experience" argues against "Wipe the trail with vinegar"', () => {
    const list = analyzeThread(
      makeThread('How to keep ants out of the kitchen?', [
        ['bob', 'Terro liquid bait stations. They wipe out the whole colony.'],
        ['cat', 'Wipe the trail with vinegar and water. It removes the scent they follow.'],
        { author: 'ivy', text: 'Vinegar only moves them somewhere else in my experience.', replyTo: 1 },
      ]),
    );
    const vinegar = together(list, 'cat', 'ivy');
    expect(vinegar?.stance).toBe('mixed');
  });
});

describe('a reply opening on what its answer advised', () => {
  it('"The yelping thing is hit and miss" argues against "Yelp like a puppy"', () => {
    const list = analyzeThread(
      makeThread('How do I stop my puppy biting our hands?', [
        ['ann', 'Redirect to a toy every single time.'],
        ['bob', 'Yelp like a puppy when she bites hard and stop playing.'],
        { author: 'cat', text: "The yelping thing made ours more excited, it's hit and miss.", replyTo: 1 },
      ]),
    );
    const yelp = together(list, 'bob', 'cat');
    expect(yelp?.stance).toBe('mixed');
    expect(yelp?.supporters.find((p) => p.author === 'cat')?.stance).toBe('against');
  });
  it('"The police here won\'t come out for that" argues against "Call the police"; whom to call instead is advice', () => {
    const list = analyzeThread(
      makeThread('Neighbour keeps parking in front of my driveway', [
        ['bob', 'Call the non-emergency police number. Blocking a driveway is illegal.'],
        { author: 'dan', text: 'Calling parking enforcement worked for us.', replyTo: 0 },
        ['eve', 'Keep a record.'],
        {
          author: 'ivy',
          text: "The police here won't come out for that. Parking enforcement is the number to call.",
          replyTo: 0,
        },
      ]),
    );
    const police = together(list, 'bob', 'ivy');
    expect(police?.supporters.find((p) => p.author === 'ivy')?.stance).toBe('against');
    expect(together(list, 'dan', 'ivy')?.label).toMatch(/parking enforcement/i);
  });
  it('"30Hz is unusable for anything but spreadsheets" argues against "Lower the refresh rate to 30Hz"', () => {
    const list = analyzeThread(
      makeThread('Monitor flickers when I connect it to my laptop, any ideas?', [
        ['ann', 'Try a different cable.'],
        ['cat', 'Lower the refresh rate to 30Hz and see if it stops.'],
        { author: 'hal', text: '30Hz is unusable for anything but spreadsheets though.', replyTo: 1 },
      ]),
    );
    expect(together(list, 'cat', 'hal')?.supporters.find((p) => p.author === 'hal')?.stance).toBe('against');
  });
  it('"Moving bedtime later made no difference for us" argues against "Move bedtime later"', () => {
    const list = analyzeThread(
      makeThread('Toddler wakes at 5am every day, how do I get a later wake up?', [
        ['ann', 'Blackout blinds.'],
        ['bob', 'Move bedtime later by 15 minutes every few days.'],
        {
          author: 'gus',
          text: 'Moving bedtime later made no difference for us, she still woke at 5.',
          replyTo: 1,
        },
      ]),
    );
    expect(together(list, 'bob', 'gus')?.supporters.find((p) => p.author === 'gus')?.stance).toBe('against');
  });
  it('"The wall stretch is good but do it with a bent knee too" backs "Stretch your calves"', () => {
    const list = analyzeThread(
      makeThread('Plantar fasciitis: what actually helped you?', [
        ['ann', 'Roll your foot on a frozen water bottle for 10 minutes at night.'],
        ['bob', 'Stretch your calves. Tight calves pull on the fascia.'],
        {
          author: 'kim',
          text: 'The wall stretch is good but do it with a bent knee too, that gets the soleus.',
          replyTo: 1,
        },
      ]),
    );
    const stretch = together(list, 'bob', 'kim');
    expect(stretch?.label).toMatch(/stretch/i);
    expect(stretch?.supporters.find((p) => p.author === 'kim')?.stance).toBe('for');
  });
  it('"The cotton trick can cause infections" argues against "Put a tiny bit of cotton under the corner"', () => {
    const list = analyzeThread(
      makeThread('Ingrown toenail keeps coming back', [
        ['ann', 'Cut your nails straight across, never rounded at the corners.'],
        ['gus', 'Put a tiny bit of cotton under the corner of the nail to lift it as it grows.'],
        {
          author: 'hal',
          text: 'The cotton trick can cause infections if you leave it in, be careful with it.',
          replyTo: 1,
        },
      ]),
    );
    const cotton = together(list, 'gus', 'hal');
    expect(cotton?.stance).toBe('mixed');
    expect(cotton?.label).toMatch(/cotton/i);
    expect(cotton?.supporters.find((p) => p.author === 'hal')?.stance).toBe('against');
  });
  it('"The freezer doesn\'t kill the bacteria" argues against the freezer, not the bag', () => {
    const list = analyzeThread(
      makeThread('Running shoes stink no matter what', [
        ['dan', 'Rotate two pairs so each has a full day to dry out.'],
        ['hal', 'Put them in a bag in the freezer overnight. Kills the bacteria.'],
        {
          author: 'ivy',
          text: "The freezer doesn't kill the bacteria, it just makes them dormant.",
          replyTo: 1,
        },
      ]),
    );
    const freezer = together(list, 'hal', 'ivy');
    expect(freezer?.label).toMatch(/freezer/i);
    expect(freezer?.supporters.find((p) => p.author === 'ivy')?.stance).toBe('against');
  });
  it('"Rolling pin is fine for thin crust" under "Don\'t use a rolling pin" is for the rolling pin', () => {
    const list = analyzeThread(
      makeThread('Pizza dough keeps tearing when I stretch it', [
        ['dan', 'Use bread flour or 00, not all purpose.'],
        ['eve', "Don't use a rolling pin, stretch it over your knuckles."],
        { author: 'ivy', text: 'Rolling pin is fine for thin crust, people are snobs about it.', replyTo: 1 },
      ]),
    );
    const pin = together(list, 'eve', 'ivy');
    expect(pin?.stance).toBe('mixed');
    expect(pin?.supporters.find((p) => p.author === 'ivy')?.stance).toBe('for');
  });
  it('"Heisig is great for meanings, but…" backs Heisig; a remark that takes no side joins nothing', () => {
    const list = analyzeThread(
      makeThread('Best way to learn kanji as an adult', [
        ['ann', 'WaniKani. It drills radicals, then kanji, then vocabulary.'],
        [
          'bob',
          'Remembering the Kanji by Heisig. Learn the meanings and a story for each first, readings later.',
        ],
        {
          author: 'dan',
          text: "Heisig is great for meanings, but you'll still need readings eventually, don't leave them too long.",
          replyTo: 1,
        },
      ]),
    );
    const heisig = together(list, 'bob', 'dan');
    expect(heisig?.supporters.find((p) => p.author === 'dan')?.stance).toBe('for');
    const drift = analyzeThread(
      makeThread('Tomato leaves curling up', [
        ['cat', 'Could be herbicide drift if anyone nearby sprays. Twisted new growth is the sign.'],
        {
          author: 'ivy',
          text: 'Herbicide damage would look different, more twisted and stringy. This is heat.',
          replyTo: 0,
        },
      ]),
    );
    expect(together(drift, 'cat', 'ivy')).toBeUndefined();
  });
});

describe('a thing named with what it is for', () => {
  it('"A mirror on the headrest so she can see you." names the mirror, and a reply panning it argues against it', () => {
    const list = analyzeThread(
      makeThread('Baby screams every time we put her in the car seat', [
        ['ann', "Check the straps aren't too tight and she isn't too hot."],
        ['bob', 'A mirror on the headrest so she can see you. Worked for our second.'],
        { author: 'gus', text: 'The mirror did nothing for ours, honestly.', replyTo: 1 },
      ]),
    );
    const mirror = together(list, 'bob', 'gus');
    expect(mirror?.label).toMatch(/mirror/i);
    expect(mirror?.stance).toBe('mixed');
  });
});

describe('what the reader would rather do without', () => {
  it('"Lemon juice works if you don\'t like the vinegar smell" advises lemon juice, not against vinegar', () => {
    const list = analyzeThread(
      makeThread("Hard water spots on glass shower door won't come off", [
        ['ann', 'White vinegar. Spray it on, leave it 15 minutes, scrub with a non-scratch sponge.'],
        ['bob', 'Warm the vinegar first, works much faster.'],
        ['jon', "Lemon juice works if you don't like the vinegar smell."],
      ]),
    );
    expect(together(list, 'ann', 'bob')?.stance).toBe('for');
    expect(together(list, 'ann', 'jon')).toBeUndefined();
    expect(supportedBy(list, 'jon')?.label).toMatch(/lemon/i);
  });
});

describe('a problem told without a question, answered with fixes', () => {
  it('"Oven cleaner, outside, with gloves." names a fix, and "Oven cleaner can discolour stainless" warns against it', () => {
    const list = analyzeThread(
      makeThread('Burnt-on mess in my stainless steel pan', [
        ['ann', 'Fill it with water and a spoon of baking soda, boil it, then scrape with a wooden spatula.'],
        ['cat', 'Deglaze it with some water while it simmers.'],
        ['fay', "Never use steel wool on it, you'll scratch it for good."],
        ['hal', 'Oven cleaner, outside, with gloves. Last resort but it works.'],
        {
          author: 'ivy',
          text: "Oven cleaner can discolour stainless, I'd try everything else first.",
          replyTo: 3,
        },
      ]),
    );
    const oven = together(list, 'hal', 'ivy');
    expect(oven?.label).toMatch(/oven cleaner/i);
    expect(oven?.stance).toBe('mixed');
    expect(oven?.supporters.find((p) => p.author === 'ivy')?.stance).toBe('against');
  });
});

describe('a reply remarking on what its answer advised', () => {
  it('"Lock mode, that was exactly it for us." backs "The lock button on the wall panel might be on"', () => {
    const list = analyzeThread(
      makeThread('Garage door opener remote stopped working', [
        ['ann', 'Replace the batteries in the remotes first. Obvious but check.'],
        [
          'bob',
          'The lock button on the wall panel might be on. It disables the remotes. Hold it for a few seconds.',
        ],
        ['cat', 'Reprogram the remotes. Press the learn button on the motor unit, then the remote button.'],
        { author: 'dan', text: 'Lock mode, that was exactly it for us. Kids pressed it.', replyTo: 1 },
      ]),
    );
    expect(together(list, 'bob', 'dan')?.supporters.find((p) => p.author === 'dan')?.stance).toBe('for');
  });
  it('"Sensory was it for us, … no more fights" backs "Check if it\'s a sensory thing"', () => {
    const list = analyzeThread(
      makeThread('Kid refuses to wear a coat in winter', [
        ['ann', 'Let her get cold. Bring the coat and hand it over when she asks.'],
        ['bob', 'Let her pick the coat. Ours wore anything as long as it was the sparkly one she chose.'],
        ['cat', "Check if it's a sensory thing. Some kids hate the feel of puffy coats or tags."],
        {
          author: 'dan',
          text: 'Sensory was it for us, a fleece instead of a puffy coat and no more fights.',
          replyTo: 2,
        },
      ]),
    );
    expect(together(list, 'cat', 'dan')).toBeDefined();
  });
  it('"Cedar barely does anything" and "Flaxseed flakes off in my experience" argue against their answers', () => {
    const moths = analyzeThread(
      makeThread('Clothes moths ate holes in my wool sweaters', [
        ['ann', 'Freeze everything wool for 72 hours. Kills eggs and larvae.'],
        ['bob', 'Vacuum the wardrobe thoroughly, especially corners and under the shelves.'],
        ['eve', 'Cedar blocks and lavender sachets.'],
        { author: 'fay', text: 'Cedar barely does anything, the smell fades in weeks.', replyTo: 2 },
      ]),
    );
    expect(together(moths, 'eve', 'fay')?.supporters.find((p) => p.author === 'fay')?.stance).toBe('against');
    const pan = analyzeThread(
      makeThread('How do I get rid of rust on a cast iron pan?', [
        ['ann', 'Scrub the rust off with steel wool and dry it on the stove.'],
        ['fay', 'Re-season with flaxseed oil, thin coats, several rounds.'],
        {
          author: 'gus',
          text: 'Flaxseed flakes off in my experience. Crisco or vegetable oil is better.',
          replyTo: 1,
        },
      ]),
    );
    expect(together(pan, 'fay', 'gus')?.supporters.find((p) => p.author === 'gus')?.stance).toBe('against');
  });
});

describe('a step on the thing, then what is found there', () => {
  it('"Pull it back, there\'s usually gunk in the fold" is a step of "Clean the rubber gasket"', () => {
    const list = analyzeThread(
      makeThread('Why does my front loading washing machine smell musty?', [
        ['ann', 'Leave the door open between washes so the drum can dry out.'],
        [
          'bob',
          "Clean the rubber gasket around the door. Pull it back, there's usually gunk and hair in the fold.",
        ],
        { author: 'eve', text: 'The gasket was it for us.', replyTo: 1 },
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('bob'))).toHaveLength(1);
  });
});

describe("a reply praising its answer's thing as worth its price", () => {
  it('"Custom night guard is worth every penny" backs "Get a night guard from your dentist"', () => {
    const list = analyzeThread(
      makeThread('I grind my teeth at night, what has helped?', [
        ['ann', 'Get a night guard from your dentist. The custom ones last for years.'],
        ['bob', 'The cheap boil-and-bite guards from the pharmacy work fine as a first step.'],
        ['eve', 'Therapy did more for me than any guard.'],
        { author: 'hal', text: 'Custom night guard is worth every penny. Mine is 6 years old.', replyTo: 0 },
      ]),
    );
    expect(together(list, 'ann', 'hal')).toBeDefined();
  });
});

describe('a step on the thing, past a remark about it', () => {
  it('"Thermal curtains. Heavy, lined, floor to ceiling. Close them at dusk." is one suggestion', () => {
    const list = analyzeThread(
      makeThread("Living room is freezing, landlord won't fix the heating", [
        ['ann', 'Thermal curtains. Heavy, lined, floor to ceiling. Close them at dusk.'],
        ['bob', 'Window insulation film kit. Cheap and comes off clean.'],
        { author: 'hal', text: 'Thermal curtains, absolutely. Ours were a game changer.', replyTo: 0 },
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('ann'))).toHaveLength(1);
    expect(together(list, 'ann', 'hal')?.label).toMatch(/thermal curtains/i);
  });
});

describe('a reply opening on a two-word thing its answer advised', () => {
  it('"Baking soda and vinegar is mostly fizz, it won\'t clear buildup" argues against the baking soda, named in full', () => {
    const list = analyzeThread(
      makeThread('My sink drain smells like rotten eggs', [
        ['ann', 'Pour baking soda and then vinegar down it, wait 15 minutes, flush with boiling water.'],
        ['bob', 'Clean the overflow hole, gunk builds up in there and stinks.'],
        ['dan', "Pull the stopper out and clean it, it's usually covered in slime."],
        {
          author: 'cat',
          text: "Baking soda and vinegar is mostly fizz, it won't clear buildup.",
          replyTo: 0,
        },
      ]),
    );
    const soda = together(list, 'ann', 'cat');
    expect(soda?.label).toMatch(/baking soda/i);
    expect(soda?.supporters.find((p) => p.author === 'cat')?.stance).toBe('against');
  });
});

describe('a reply that ends "I wouldn\'t"', () => {
  it('"Self-clean gets super hot and can blow the thermal fuse on some models, I wouldn\'t." argues against the self-clean cycle', () => {
    const list = analyzeThread(
      makeThread('How to clean a really dirty oven without harsh chemicals?', [
        ['ann', 'Baking soda paste. Spread it on, leave it overnight, spray with vinegar, wipe.'],
        ['dan', "A razor blade scraper for the glass door. Keep it flat so you don't scratch."],
        ['eve', 'Use the self-clean cycle if your oven has one. No chemicals at all.'],
        {
          author: 'fay',
          text: "Self-clean gets super hot and can blow the thermal fuse on some models, I wouldn't.",
          replyTo: 2,
        },
      ]),
    );
    const selfClean = together(list, 'eve', 'fay');
    expect(selfClean?.stance).toBe('mixed');
    expect(selfClean?.supporters.find((p) => p.author === 'fay')?.stance).toBe('against');
  });
});

describe('a warning and the reason after it', () => {
  it('"Ditch the cable lock. Cable locks can be cut in seconds…" warns against cable locks', () => {
    const list = analyzeThread(
      makeThread('Bike got stolen twice this year, how do I lock it properly?', [
        [
          'kris',
          'Ditch the cable lock. Cable locks can be cut in seconds with hand cutters. Get a proper D-lock, Kryptonite or Abus.',
        ],
        ['mona', 'Lock the frame and the back wheel to something solid, not just the front wheel.'],
        {
          author: 'rhea',
          text: 'Agree on the D-lock. Mine has survived four years in central London.',
          replyTo: 0,
        },
      ]),
    );
    const cable = list.find((s) => /cable/i.test(s.label));
    expect(cable?.stance).toBe('against');
    // Named as the warning it is, "ditch" as plainly as "don't".
    expect(cable?.label).toBe('Ditch the cable lock');
    expect(authorsOf(together(list, 'kris', 'rhea')!)).toEqual(['kris', 'rhea']);
    expect(together(list, 'kris', 'rhea')?.label).toMatch(/D-lock/);
  });
});

describe('a reply that agrees, then says why', () => {
  it('"Save your money." after disputing an answer founds nothing of its own', () => {
    const list = analyzeThread(
      makeThread('Hay fever is ruining my summer, what actually works?', [
        ['amy', 'Start a nasal steroid spray two weeks before the season and use it every day.'],
        ['flo', 'Put a bit of Vaseline around your nostrils. Catches pollen before it gets in.'],
        {
          author: 'gil',
          text: 'The Vaseline thing is a myth, it does nothing. Save your money.',
          replyTo: 1,
        },
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('gil'))).toHaveLength(1);
    expect(together(list, 'flo', 'gil')?.stance).toBe('mixed');
  });
  it('"This is the answer. Order of COPY instructions matters…" backs the answer', () => {
    const list = analyzeThread(
      makeThread('Docker build takes 10 minutes every time I change one line', [
        [
          'alex',
          'Copy package.json and package-lock.json first, run npm ci, and only then copy the rest of the source.',
        ],
        ['bea', 'Add a .dockerignore with node_modules and .git in it.'],
        {
          author: 'dana',
          text: 'This is the answer. Order of COPY instructions matters, copying everything first busts the cache on every change.',
          replyTo: 0,
        },
        { author: 'fay', text: '.dockerignore cut our build context from 800MB to 2MB.', replyTo: 1 },
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('dana'))).toHaveLength(1);
    expect(authorsOf(together(list, 'alex', 'dana')!)).toEqual(['alex', 'dana']);
    expect(together(list, 'bea', 'fay')?.label).toMatch(/dockerignore/i);
  });
  it('"Separate room first, definitely." under "Keep them separated… her own room" agrees', () => {
    const list = analyzeThread(
      makeThread('Our new kitten and our old dog hate each other', [
        [
          'nia',
          'Keep them separated for the first couple of weeks. Give the kitten her own room with food, litter and a bed.',
        ],
        ['otto', 'Swap their bedding so they get used to each other.'],
        { author: 'quinn', text: 'Separate room first, definitely.', replyTo: 0 },
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('quinn'))).toHaveLength(1);
    expect(together(list, 'nia', 'quinn')).toBeDefined();
  });
});

describe('a sentence backing advice others gave too', () => {
  it('"Use a coarser grind. Supermarket pre-ground is too fine…" is one suggestion, not two', () => {
    const list = analyzeThread(
      makeThread('Cold brew always tastes bitter and muddy', [
        [
          'ana',
          'Use a coarser grind. Supermarket pre-ground is too fine for cold brew, it over-extracts and leaves sludge.',
        ],
        ['ben', '24 hours is too long. Try 12 to 16 hours.'],
        { author: 'dee', text: 'Grind is the big one. Coarse grind changed everything for me.', replyTo: 0 },
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('ana'))).toHaveLength(1);
    expect(list.filter((s) => authorsOf(s).includes('dee'))).toHaveLength(1);
  });
});

describe("a reply calling the answer's pick a great choice", () => {
  it('"Juliet is a great choice, almost never splits." backs the answer that named Juliet', () => {
    const list = analyzeThread(
      makeThread('My tomatoes keep splitting after it rains', [
        ['eve', 'Grow crack resistant varieties next year. Celebrity and Juliet barely split for me.'],
        ['gus', 'Put a cover over them before a big storm.'],
        { author: 'jon', text: 'Juliet is a great choice, almost never splits.', replyTo: 0 },
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('jon'))).toHaveLength(1);
    expect(together(list, 'eve', 'jon')?.label).toMatch(/^Grow crack resistant varieties/);
  });
});

describe('that it just takes practice', () => {
  it('"It just takes practice." is advice to practise, and "Practice really is the answer." seconds it', () => {
    const list = analyzeThread(
      makeThread('My knitting tension is all over the place', [
        ['ama', 'Wrap the yarn around your little finger the same way every time.'],
        ['bel', "It just takes practice. Everyone's first scarf looks like that."],
        {
          author: 'dax',
          text: 'Practice really is the answer. My tension fixed itself around project five.',
          replyTo: 1,
        },
      ]),
    );
    expect(authorsOf(together(list, 'bel', 'dax')!)).toEqual(['bel', 'dax']);
    // What "fixed itself" was nothing done: no suggestion of its own.
    expect(list.filter((s) => authorsOf(s).includes('dax'))).toHaveLength(1);
  });
});

describe('a reply saying the trouble came back', () => {
  it('"Silicone grease bought me a few months but the drip came back" argues against it', () => {
    const list = analyzeThread(
      makeThread('Shower head keeps dripping after I turn it off', [
        ['ann', 'Put silicone grease on the O-rings of the cartridge.'],
        ['bob', 'Replace the whole cartridge.'],
        { author: 'cat', text: 'Silicone grease bought me a few months but the drip came back.', replyTo: 0 },
      ]),
    );
    const grease = together(list, 'ann', 'cat');
    expect(grease?.stance).toBe('mixed');
    expect(grease?.supporters.find((p) => p.author === 'cat')?.stance).toBe('against');
  });
});

describe('a reply calling the advice overkill', () => {
  it('"Partitioning is overkill at 50 million rows, fix the index first." argues against partitioning', () => {
    const list = analyzeThread(
      makeThread('Postgres query on a 50 million row table takes 30 seconds', [
        ['pat', 'Create a composite index on (user_id, created_at DESC).'],
        ['vin', 'Partition the table by month if it keeps growing.'],
        {
          author: 'wyn',
          text: 'Partitioning is overkill at 50 million rows, fix the index first.',
          replyTo: 1,
        },
      ]),
    );
    const partition = together(list, 'vin', 'wyn');
    expect(partition?.stance).toBe('mixed');
    expect(partition?.supporters.find((p) => p.author === 'wyn')?.stance).toBe('against');
  });
});

describe('self-watering spikes and watering', () => {
  it('are two suggestions, and a reply to the watering does not back the spikes', () => {
    const list = analyzeThread(
      makeThread('Going away for three weeks, how do I keep my houseplants alive?', [
        [
          'ben',
          'Self-watering spikes. You fill a wine bottle with water and push it into the soil upside down.',
        ],
        ['dot', 'Water them well the day before and move them out of direct sun.'],
        {
          author: 'jet',
          text: 'Yes, move them away from windows. Mine survived a month this way.',
          replyTo: 1,
        },
      ]),
    );
    expect(together(list, 'ben', 'dot')).toBeUndefined();
    expect(together(list, 'ben', 'jet')).toBeUndefined();
  });
  it('"This is 100% the answer. Text vs number is the cause…" backs the answer once', () => {
    const list = analyzeThread(
      makeThread('VLOOKUP returns #N/A even though the value is definitely there', [
        [
          'alf',
          'Your numbers are probably stored as text in one sheet and as numbers in the other. Check with =ISTEXT(A2). Convert them with Text to Columns or multiply by 1.',
        ],
        ['bex', 'Trailing spaces. Wrap the lookup value in TRIM().'],
        {
          author: 'dre',
          text: 'This is 100% the answer. Text vs number is the cause nine times out of ten.',
          replyTo: 0,
        },
      ]),
    );
    // dre backs alf's advice (however many suggestions it makes) and founds none of his own.
    expect(list.filter((s) => authorsOf(s).includes('dre') && !authorsOf(s).includes('alf'))).toHaveLength(0);
    expect(together(list, 'alf', 'dre')).toBeDefined();
  });
});

describe('a toddler throwing food', () => {
  const thread = makeThread('How do I stop my toddler throwing food on the floor?', [
    ['abi', 'When she starts throwing, the meal is over. Calmly take her down, no drama.'],
    ['bas', 'Give her smaller portions.'],
    { author: 'dom', text: 'Ending the meal worked for us in about a week.', replyTo: 0 },
    {
      author: 'fox',
      text: 'Small portions was the trick for us, she only threw food when there was too much.',
      replyTo: 1,
    },
    [
      'gwen',
      "Give her a 'no thank you' bowl where she can put food she doesn't want instead of throwing it.",
    ],
    { author: 'iva', text: 'The no thank you bowl was genius for us.', replyTo: 4 },
  ]);
  const list = analyzeThread(thread);
  it('an answer joins the suggestion its seconding founded ("Ending the meal worked for us")', () => {
    expect(authorsOf(together(list, 'abi', 'dom')!)).toEqual(['abi', 'dom']);
  });
  it('"X was the trick for us" backs the answer', () => {
    expect(authorsOf(together(list, 'bas', 'fox')!)).toEqual(['bas', 'fox']);
  });
  it('"a \'no thank you\' bowl" is a bowl to give, and "was genius for us" backs it', () => {
    const bowl = together(list, 'gwen', 'iva');
    expect(bowl?.stance).toBe('for');
    expect(bowl?.supporters.every((p) => p.stance === 'for')).toBe(true);
  });
});

describe('an instruction in words too common to key', () => {
  it('names a suggestion of its own, by the instruction, and an agreeing reply joins it', () => {
    const list = analyzeThread(
      makeThread('Nervous about my first marathon, any race day tips?', [
        ['ann', 'Carb load for two days before the race.'],
        ['ben', 'Start slower than you think. Everyone goes out too fast in the first 10k.'],
        ['cy', 'Keep it under 250 words.'],
        { author: 'fay', text: 'This! I went out at 10k pace and walked the last 8 miles.', replyTo: 1 },
      ]),
    );
    const slow = supportedBy(list, 'ben')!;
    expect(slow.label).toBe('Start slower than you think');
    expect(authorsOf(slow)).toEqual(['ben', 'fay']);
    expect(supportedBy(list, 'cy')?.label).toBe('Keep it under 250 words');
  });

  it('founds nothing when it only points or remarks ("Give this a try", "Use this code", "Think about it")', () => {
    const list = analyzeThread(
      makeThread('Build fails with an import error', [
        ['ann', 'Add type="module" to the script tag.'],
        ['ben', 'Give this a try.'],
        ['cy', 'Use this code instead.'],
        ['dee', 'Think about it for a while.'],
      ]),
    );
    for (const who of ['ben', 'cy', 'dee']) expect(supportedBy(list, who)).toBeUndefined();
  });
});

describe('a step on "it" after a remark', () => {
  it('belongs to the advice before the remark ("Check your context. If one big context… Split it up.")', () => {
    const list = analyzeThread(
      makeThread('React app re-renders way too often', [
        [
          'eva',
          'Check your context. If one big context holds all your state, every consumer re-renders on every change. Split it up.',
        ],
        ['ivy', 'Use the Profiler tab in React DevTools.'],
        {
          author: 'fox',
          text: 'This was it for me. Splitting our giant AppContext fixed most of the lag.',
          replyTo: 0,
        },
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('eva'))).toHaveLength(1);
    expect(authorsOf(supportedBy(list, 'eva')!)).toEqual(['eva', 'fox']);
  });
});

describe('the thing the question is about, said as the tail of a compound', () => {
  it('"phones" under "wants a smartphone" join no two pieces of advice', () => {
    const t = makeThread('My daughter wants a smartphone, she is 11', [
      ['ben', 'Whatever you decide, keep phones out of bedrooms at night.'],
      { author: 'cat', text: 'Agree 100% on charging outside the bedroom.', replyTo: 0 },
      ['dev', 'Write a phone contract together.'],
      { author: 'ian', text: 'The contract worked really well for us too.', replyTo: 2 },
      ['jo', 'Honestly, give her the phone and talk to her.'],
    ]);
    t.question = { ...t.question, text: 'All her friends have phones and she feels left out.' };
    const list = analyzeThread(t);
    expect(authorsOf(supportedBy(list, 'ben')!)).toEqual(['ben', 'cat']);
    expect(authorsOf(supportedBy(list, 'dev')!)).toEqual(['dev', 'ian']);
    expect(authorsOf(supportedBy(list, 'jo')!)).toEqual(['jo']);
  });
});

describe("the asker's own thing and a kind of it", () => {
  it('"get the frames adjusted" and "acetate frames" are two suggestions', () => {
    const t = makeThread('How do I stop my glasses leaving red marks on my nose?', [
      ['ann', 'Get the frames adjusted at the optician.'],
      ['eve', 'Honestly the real fix for me was switching to acetate frames that rest on the bridge.'],
      { author: 'fay', text: 'Yes, go back to the optician.', replyTo: 0 },
      { author: 'hal', text: 'Acetate frames can slide down though if you have a low bridge.', replyTo: 1 },
    ]);
    t.question = { ...t.question, text: 'The frames are metal with little plastic pads.' };
    const list = analyzeThread(t);
    expect(authorsOf(supportedBy(list, 'ann')!)).toEqual(['ann', 'fay']);
    expect(supportedBy(list, 'eve')).toBeDefined();
    expect(authorsOf(supportedBy(list, 'eve')!)).not.toContain('ann');
  });

  it('a quality is no other kind: "warm water" and "the water temperature" stay one', () => {
    const t = makeThread('Bread always comes out too dense', [
      ['bob', 'Your yeast may be dead. Proof it in warm water with a pinch of sugar first.'],
      { author: 'hal', text: 'Check the water temperature too. Too hot kills yeast.', replyTo: 0 },
    ]);
    t.question = { ...t.question, text: 'Using a recipe with 500g flour, 7g yeast, 300ml water.' };
    expect(together(analyzeThread(t), 'bob', 'hal')).toBeDefined();
  });
});

describe('a remedy said after what cannot be done', () => {
  it('"You can\'t reverse the stretching, but you can behead them" is for beheading, and the reply backs it', () => {
    const list = analyzeThread(
      makeThread('Succulents getting tall and stretched out', [
        ['dev', "You can't reverse the stretching, but you can behead them."],
        { author: 'hana', text: 'Beheading works great, and the old stem sprouts new pups.', replyTo: 0 },
      ]),
    );
    const behead = together(list, 'dev', 'hana')!;
    expect(behead.stance).toBe('for');
    expect(behead.supporters.every((p) => p.stance === 'for')).toBe(true);
  });

  it('"You can\'t avoid it completely in a single wall tent" is no advice; "the real fix is a double wall tent" is', () => {
    const list = analyzeThread(
      makeThread('Condensation dripping inside my tent every night', [
        ['dev', "You can't avoid it completely in a single wall tent."],
        ['ian', 'Honestly the real fix is a double wall tent.'],
        { author: 'jo', text: 'Agree, switching to a double wall was the answer for us.', replyTo: 1 },
      ]),
    );
    expect(supportedBy(list, 'dev')).toBeUndefined();
    expect(authorsOf(supportedBy(list, 'ian')!)).toEqual(['ian', 'jo']);
  });
});

describe('what is lacking is wanted', () => {
  it('"they\'re not getting enough light" argues for more light, not against it', () => {
    const list = analyzeThread(
      makeThread('Succulents getting tall and stretched out', [
        [
          'ana',
          "That's etiolation, they're not getting enough light. Move them to the sunniest window you have.",
        ],
        ['ben', 'Get a grow light.'],
        { author: 'cat', text: 'Yep, classic etiolation. More light is the only fix.', replyTo: 0 },
        { author: 'gil', text: 'A grow light was a game changer for me too.', replyTo: 1 },
      ]),
    );
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) {
      expect(s.stance).toBe('for');
      expect(s.supporters.filter((p) => p.stance === 'against')).toEqual([]);
    }
  });
});

describe("the thread's own thing acted on, with somewhere or something else to go", () => {
  it('"Put the crate in your bedroom", "Cover the crate", "a t-shirt in the crate" are three, under "…cries in the crate"', () => {
    const list = analyzeThread(
      makeThread('Puppy cries in the crate all night', [
        ['ana', 'Put the crate in your bedroom next to the bed.'],
        ['ben', "Cover the crate with a blanket so it's dark and den-like."],
        { author: 'cat', text: 'Crate next to the bed was the answer for us too.', replyTo: 0 },
        ['jo', 'Put a worn t-shirt of yours in the crate so it smells like you.'],
      ]),
    );
    const bedroom = supportedBy(list, 'ana')!;
    expect(authorsOf(bedroom)).toEqual(['ana', 'cat']);
    expect(bedroom.label).toBe('Put the crate in your bedroom');
    expect(authorsOf(supportedBy(list, 'ben')!)).toEqual(['ben']);
    expect(authorsOf(supportedBy(list, 'jo')!)).toEqual(['jo']);
  });
});

describe('replies that concede or reassure', () => {
  it('"DMARC alone won\'t fix it, but you need it anyway" backs the answer', () => {
    const t = makeThread('Email from my app goes straight to spam', [
      ['ana', 'Set up SPF, DKIM and DMARC. Without all three Gmail will treat you as suspicious.'],
      { author: 'eli', text: "DMARC alone won't fix it, but you need it anyway.", replyTo: 0 },
    ]);
    t.question = {
      ...t.question,
      text: 'Our password reset emails land in Gmail spam. What are we missing?',
    };
    const list = analyzeThread(t);
    const auth = together(list, 'ana', 'eli')!;
    expect(auth.stance).toBe('for');
    expect(auth.supporters.every((p) => p.stance === 'for')).toBe(true);
  });

  it('"The truss rod is not that scary" argues against the warning off it', () => {
    const t = makeThread('Guitar strings buzz on the first few frets', [
      [
        'eli',
        "Don't touch the truss rod yourself unless you know what you're doing. You can crack the neck.",
      ],
      { author: 'fay', text: 'The truss rod is not that scary. Quarter turns and wait a day.', replyTo: 0 },
      ['ben', 'Check the neck relief first.'],
    ]);
    t.question = { ...t.question, text: 'Strings buzz on frets 1-3. What should I check?' };
    const list = analyzeThread(t);
    const rod = together(list, 'eli', 'fay');
    expect(rod?.stance).toBe('mixed');
    // "You can crack the neck" is the warning's risk, not advice on the neck.
    expect(authorsOf(supportedBy(list, 'ben')!)).toEqual(['ben']);
  });
});

describe('a reply naming a concept by its word', () => {
  it('"The log is the only thing that worked" backs "Keep a log"', () => {
    const t = makeThread('How do I get better at estimating how long tasks will take?', [
      ['ben', 'Keep a log. Write down your estimate, then the actual time.'],
      { author: 'cat', text: 'The log is the only thing that ever worked for me.', replyTo: 0 },
      ['dev', 'Give ranges, not single numbers.'],
    ]);
    expect(authorsOf(supportedBy(analyzeThread(t), 'ben')!)).toEqual(['ben', 'cat']);
  });
});

describe('a remedy run down as a stopgap', () => {
  it('"Doubling is a band-aid." argues against "Double it and add a bit"', () => {
    const t = makeThread('How do I get better at estimating how long tasks will take?', [
      ['gil', "Double it and add a bit. Everyone underestimates, it's not just you."],
      {
        author: 'hana',
        text: 'Doubling is a band-aid. Breaking it down is what actually teaches you.',
        replyTo: 0,
      },
    ]);
    expect(together(analyzeThread(t), 'gil', 'hana')?.stance).toBe('mixed');
  });
});

describe('what cannot be done, right after an instruction', () => {
  it('"You can\'t estimate a blob." says why to break the task down, and warns off nothing', () => {
    const list = analyzeThread(
      makeThread('How do I get better at estimating how long tasks will take?', [
        ['ana', "Break the task down until no piece is bigger than half a day. You can't estimate a blob."],
        { author: 'hana', text: 'Breaking it down is what actually teaches you.', replyTo: 0 },
      ]),
    );
    expect(list).toHaveLength(1);
    expect(authorsOf(list[0]!)).toEqual(['ana', 'hana']);
    expect(list[0]!.stance).toBe('for');
  });
});

describe('not enough by itself', () => {
  it('"The fan alone didn\'t help ours, the dehumidifier did" argues against no fan', () => {
    const t = makeThread('Toilet tank sweats and drips on the floor', [
      ['ann', 'Run the bathroom fan longer.'],
      ['cat', 'Get a dehumidifier for the bathroom.'],
      { author: 'eve', text: "The fan alone didn't help ours, the dehumidifier did.", replyTo: 0 },
    ]);
    t.question = { ...t.question, text: 'There is a puddle on the floor every summer. What can I do?' };
    for (const s of analyzeThread(t))
      expect(s.supporters.filter((p) => p.author === 'eve' && p.stance === 'against')).toEqual([]);
  });
});

describe('short instructions in common words', () => {
  it('"Don\'t give in." and "Get down to her level and say very little." are suggestions of their own', () => {
    const list = analyzeThread(
      makeThread('How do I keep my cool when my toddler has a tantrum in public?', [
        ['ben', 'Get down to her level and say very little.'],
        ['hana', "Don't give in. If the tantrum gets her the sweets once, you'll see it every trip."],
      ]),
    );
    expect(supportedBy(list, 'ben')?.label).toBe('Get down to her level');
    expect(supportedBy(list, 'hana')?.label).toBe("Don't give in");
  });
});

describe('replies on one answer, more ways', () => {
  it('"The 40 second restart did nothing for mine." argues against the restart', () => {
    const t = makeThread('Kindle battery drains in two days', [
      ['ben', 'Restart it properly: hold the power button for 40 seconds until it reboots.'],
      { author: 'fay', text: 'The 40 second restart did nothing for mine.', replyTo: 0 },
    ]);
    t.question = { ...t.question, text: 'It used to last weeks. What can I try?' };
    expect(together(analyzeThread(t), 'ben', 'fay')?.stance).toBe('mixed');
  });

  it('"This was our bug too." backs the answer', () => {
    const t = makeThread('Postgres connection pool exhausted under load', [
      [
        'ana',
        'Check for leaked clients. If you call pool.connect() you must call client.release() in a finally block.',
      ],
      {
        author: 'cat',
        text: 'This was our bug too. One code path returned early without releasing.',
        replyTo: 0,
      },
      ['dev', 'Look at slow queries first.'],
    ]);
    t.question = { ...t.question, text: 'What should we look at?' };
    expect(authorsOf(supportedBy(analyzeThread(t), 'ana')!)).toEqual(['ana', 'cat']);
  });

  it('"Wood glue on a cutting board? I\'d toss it." argues against the glue', () => {
    const t = makeThread('Wooden cutting board cracked along the grain', [
      ['dev', 'A hairline crack can be fixed. Work wood glue into it, clamp it overnight, sand it flush.'],
      {
        author: 'eli',
        text: "Wood glue on a cutting board? I'd toss it. Bacteria live in cracks.",
        replyTo: 0,
      },
    ]);
    t.question = { ...t.question, text: 'Is it ruined? How do I stop it happening?' };
    const glue = together(analyzeThread(t), 'dev', 'eli');
    expect(glue?.stance).toBe('mixed');
    expect(glue?.supporters.filter((p) => p.author === 'eli').every((p) => p.stance === 'against')).toBe(
      true,
    );
  });

  it('asked back alone, the pick takes no side and founds nothing ("Wood glue on a cutting board? Interesting.")', () => {
    const t = makeThread('Wooden cutting board cracked along the grain', [
      ['dev', 'Work wood glue into it, clamp it overnight, sand it flush.'],
      { author: 'eli', text: 'Wood glue on a cutting board? Interesting.', replyTo: 0 },
    ]);
    t.question = { ...t.question, text: 'Is it ruined? How do I stop it happening?' };
    expect(supportedBy(analyzeThread(t), 'eli')).toBeUndefined();
  });
});

describe('what follows from a step', () => {
  it('"Then you can run many more app connections." is said of the advice before it', () => {
    const list = analyzeThread(
      makeThread('Postgres connection pool exhausted under load, what should we look at?', [
        [
          'ben',
          'Put PgBouncer in front of Postgres in transaction mode. Then you can run many more app connections.',
        ],
      ]),
    );
    expect(list).toHaveLength(1);
  });
});

describe('an act said to help, right after an instruction', () => {
  it('"Taking away the visual mismatch helps a lot." says why to close your eyes', () => {
    const list = analyzeThread(
      makeThread('Seasick every time on the ferry, what actually works?', [
        ['jo', 'Close your eyes and lie down if you can. Taking away the visual mismatch helps a lot.'],
      ]),
    );
    expect(list).toHaveLength(1);
  });
  it('one naming a remedy of its own is not joined to it ("Taking Stugeron helps a lot.")', () => {
    const list = analyzeThread(
      makeThread('Seasick every time on the ferry, what actually works?', [
        ['jo', 'Close your eyes and lie down if you can. Taking Stugeron helps a lot.'],
      ]),
    );
    const eyes = list.find((s) => /close your eyes/i.test(s.label))!;
    expect(eyes.supporters.some((p) => /Stugeron/.test(p.quote))).toBe(false);
  });
});

describe("why to heed the advice before it, said with a light verb's gerund", () => {
  it('"Having a number makes it a choice…" belongs to "Give yourselves a takeout budget"', () => {
    const list = analyzeThread(
      makeThread('How do I stop overspending on takeout?', [
        [
          'eve',
          "Give yourselves a takeout budget, say $150 a month, and once it's gone it's gone. Having a number makes it a choice instead of a habit.",
        ],
      ]),
    );
    expect(list).toHaveLength(1);
  });
  it('"Getting up teaches her it works." belongs to the warning before it', () => {
    const list = analyzeThread(
      makeThread('Cat keeps knocking things off shelves at night, ideas?', [
        ['gil', "Don't react at all when she does it. Getting up teaches her it works."],
      ]),
    );
    expect(list).toHaveLength(1);
    expect(list[0]!.stance).toBe('against');
  });
});

describe("the asker's own thing naming another one", () => {
  it('"a headband cushion cover" is not "loosen the headband"', () => {
    const t = makeThread('Headphones hurt the top of my head after an hour', [
      ['ana', 'Get a headband cushion cover. They are cheap and spread the pressure.'],
      ['ben', 'Loosen the headband so the weight sits on the ear cups. Bend it gently over a box overnight.'],
      { author: 'dev', text: 'The cushion covers are great, I put one on my Sony pair.', replyTo: 0 },
      { author: 'fay', text: "Don't bend the headband, you can crack the plastic.", replyTo: 1 },
    ]);
    t.question = { ...t.question, text: 'After an hour my head aches from the headband. Anything I can do?' };
    const list = analyzeThread(t);
    expect(authorsOf(supportedBy(list, 'ana')!)).toEqual(['ana', 'dev']);
    expect(authorsOf(supportedBy(list, 'ben')!)).toEqual(['ben', 'fay']);
  });
});

describe('a reply naming two of the answer’s things', () => {
  it('"Vinegar works better than bleach, agreed." joins the vinegar, not a bleach suggestion', () => {
    const t = makeThread('Black mould keeps coming back on bedroom ceiling', [
      ['dan', 'Bleach only whitens the surface. Use a vinegar solution instead.'],
      { author: 'jo', text: 'Vinegar works better than bleach on porous surfaces, agreed.', replyTo: 0 },
    ]);
    t.question = { ...t.question, text: 'I clean it with bleach and it comes back in a few weeks.' };
    const list = analyzeThread(t);
    expect(authorsOf(supportedBy(list, 'jo')!)).toEqual(['dan', 'jo']);
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'jo'))).toHaveLength(1);
  });
});

describe("the asker's own attempt, told of", () => {
  it('"Bleach only whitens the surface, it doesn\'t kill the roots." founds no suggestion for bleach', () => {
    const t = makeThread('Black mould keeps coming back on bedroom ceiling', [
      ['dan', "Bleach only whitens the surface, it doesn't kill the roots."],
      ['eve', 'Get a dehumidifier.'],
    ]);
    t.question = { ...t.question, text: 'I clean it with bleach and it comes back in a few weeks.' };
    expect(supportedBy(analyzeThread(t), 'dan')).toBeUndefined();
  });
});

describe('an instruction after a condition', () => {
  it('"If it makes you anxious, take it off for a month…" is a suggestion, and "I did the same" backs it', () => {
    const t = makeThread("What's everyone's experience with sleep trackers?", [
      ['ana', 'If it makes you anxious, take it off for a month and see how you feel.'],
      { author: 'lee', text: 'Taking a break is a good idea, I did the same.', replyTo: 0 },
    ]);
    t.question = {
      ...t.question,
      text: 'I wonder whether the ring just makes me anxious. What do you think?',
    };
    const list = analyzeThread(t);
    expect(list).toHaveLength(1);
    expect(authorsOf(list[0]!)).toEqual(['ana', 'lee']);
    expect(list[0]!.label).toMatch(/^Take it off/);
  });
});

describe('one person’s sentence saying more of the one before', () => {
  it('"Aim for 24-26C." sets how warm, after "Get a thermometer…"', () => {
    const list = analyzeThread(
      makeThread('Sourdough dense and gummy, what am I doing wrong?', [
        ['fer', 'Get an aquarium thermometer and check your dough temperature. Aim for 24-26C.'],
      ]),
    );
    expect(list).toHaveLength(1);
  });
  it('"The rule is one per cat plus one." is why to add a box', () => {
    const list = analyzeThread(
      makeThread('Cat suddenly peeing outside the litter box, how do we stop it?', [
        ['box', 'Add another box. The rule is one per cat plus one.'],
      ]),
    );
    expect(list).toHaveLength(1);
  });
  it('"Use pandas with chunksize. Read it in chunks of 100k rows…" is one suggestion', () => {
    const list = analyzeThread(
      makeThread('Python script takes forever to process a 2 GB CSV, is there a faster way?', [
        [
          'dan',
          'Use pandas with chunksize. Read it in chunks of 100k rows and groupby customer in each chunk.',
        ],
      ]),
    );
    expect(list).toHaveLength(1);
  });
  it('a word and a longer one it only begins ("connect", "connectivity") stay two', () => {
    const list = analyzeThread(
      makeThread('Tableau not recognizing Snowflake ODBC drivers on Mac, any idea?', [
        [
          'dev',
          'Run the Snowflake Connectivity Diagnostic first. Then connect to Snowflake with SnowSQL to verify your ODBC install.',
        ],
      ]),
    );
    expect(list).toHaveLength(2);
  });
});

describe('a leading phrase of when', () => {
  it('"At 3000 km check the chain for stretch with a chain checker" is seconded by "+1 to the chain checker"', () => {
    const t = makeThread('Rear derailleur skips gears under load', [
      ['wren', 'At 3000 km check the chain for stretch with a chain checker.'],
      ['lucy', 'Turn the barrel adjuster a quarter turn at a time.'],
      ['grit', '+1 to the chain checker. They are cheap.'],
    ]);
    t.question = {
      ...t.question,
      text: 'My chain is about 3000 km old. The barrel adjuster did not fix it.',
    };
    expect(authorsOf(supportedBy(analyzeThread(t), 'wren')!)).toEqual(['grit', 'wren']);
  });
});

describe('what will come of it, said after the advice', () => {
  it('"If she finds them she\'ll stop trusting the food you give her." is why to stop hiding them', () => {
    const list = analyzeThread(
      makeThread('Toddler refuses to eat anything but pasta, help?', [
        ['pr', "Stop hiding vegetables. If she finds them she'll stop trusting the food you give her."],
      ]),
    );
    expect(list).toHaveLength(1);
  });
});

describe('"Same as above"', () => {
  it('backs the answer above it', () => {
    const t = makeThread('Dog pulls like a train on the leash', [
      ['kim', "Stop walking the moment the leash goes tight. Only move forward when it's loose."],
      ['lab', 'Same as above, we stood still every time she pulled and it clicked after two weeks.'],
      ['mike', 'Get a front-clip harness.'],
    ]);
    t.question = { ...t.question, text: 'Our lab pulls constantly. Any training tips?' };
    expect(authorsOf(supportedBy(analyzeThread(t), 'kim')!)).toEqual(['kim', 'lab']);
  });
});

describe('which kind of the thing before', () => {
  it('"Mack\'s or Moldex, try a few kinds until you find ones that fit." is said of the earplugs', () => {
    const list = analyzeThread(
      makeThread('Upstairs neighbours stomp around until 1am every night, what can we do?', [
        ['mel', "Foam earplugs. Mack's or Moldex, try a few kinds until you find ones that fit."],
      ]),
    );
    expect(list).toHaveLength(1);
  });
});

describe('the same deed on the thread’s own thing', () => {
  it('"Open it up and clean the fans" and "Clean the fans first" are one suggestion', () => {
    const t = makeThread('Laptop fans running loud and hot all the time', [
      ['techie', 'Open it up and clean the fans, 4 years of dust will do this.'],
      ['jo', 'Check Task Manager for a process hogging the CPU.'],
      ['mara', 'Clean the fans first.'],
    ]);
    t.question = { ...t.question, text: 'It used to be quiet. What can I do?' };
    expect(together(analyzeThread(t), 'techie', 'mara')).toBeDefined();
  });
  it('not two deeds on it ("Put the crate in your bedroom", "Cover the crate")', () => {
    const t = makeThread('Puppy cries in the crate at night', [
      ['ann', 'Put the crate in your bedroom next to the bed.'],
      ['ben', 'Cover the crate with a blanket.'],
    ]);
    t.question = { ...t.question, text: 'What can we do?' };
    expect(together(analyzeThread(t), 'ann', 'ben')).toBeUndefined();
  });
});

describe('a thing named, then a bare failure', () => {
  it('"Copper tape around the pots. Didn\'t do anything for me though." argues against the tape', () => {
    const list = analyzeThread(
      makeThread('Slugs eating all my lettuce seedlings, what can I do?', [
        ['dan', "Copper tape around the pots. Didn't do anything for me though."],
        ['moss', 'Copper tape around every pot, it works for me.'],
      ]),
    );
    const tape = together(list, 'dan', 'moss');
    expect(tape?.stance).toBe('mixed');
    expect(tape?.supporters.find((p) => p.author === 'dan')?.stance).toBe('against');
  });
  it('not one that goes on to a turn ("Didn\'t work for me at first, but now it does.")', () => {
    const list = analyzeThread(
      makeThread('Slugs eating all my lettuce seedlings, what can I do?', [
        ['dan', "Copper tape around the pots. Didn't work for me at first, but now it does."],
      ]),
    );
    expect(list[0]?.stance).toBe('for');
  });
});

describe('an instruction, then what worked in others’ words', () => {
  it('"Write down every chore… Seeing the list on paper changed everything for us." is one suggestion with the list', () => {
    const t = makeThread('My partner never does their share of the housework', [
      [
        'jess',
        'Write down every chore and how long it takes. Seeing the list on paper changed everything for us.',
      ],
      { author: 'fp', text: 'The written list is the key part of Fair Play too.', replyTo: 0 },
      ['ann', 'The list worked better than anything else for us.'],
    ]);
    t.question = { ...t.question, text: 'How do we fix this without constant fights?' };
    const list = analyzeThread(t);
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'jess'))).toHaveLength(1);
  });
});

describe('what a named plan is made of', () => {
  it('"Couch to 5K. It starts with 60 second runs and walks in between." recommends no walking', () => {
    const list = analyzeThread(
      makeThread("How do I start running when I can't run for more than a minute?", [
        ['c25k', 'Couch to 5K. It starts with 60 second runs and walks in between, 3 times a week.'],
        ['tom', 'Do C25K, I did it at 40.'],
        ['ray', 'Walk first. Brisk walking for a month builds a base.'],
      ]),
    );
    expect(authorsOf(supportedBy(list, 'c25k')!)).toEqual(['c25k', 'tom']);
    expect(together(list, 'c25k', 'ray')).toBeUndefined();
  });
});

describe('how to tell it is done right', () => {
  it('"You should be able to talk in full sentences." is said of "Run slower"', () => {
    const list = analyzeThread(
      makeThread("How do I start running when I can't run for more than a minute?", [
        [
          'joe',
          'Run slower. Much slower. Most beginners run way too fast. You should be able to talk in full sentences.',
        ],
      ]),
    );
    expect(list).toHaveLength(1);
  });
});

describe('a warning the answer gave too', () => {
  it('"Yes please avoid !!" backs "You can use name!!.length but … don\'t do that"', () => {
    const t = makeThread(
      "Kotlin: Smart cast to 'String' is impossible, because 'name' is a mutable property",
      [
        [
          'zed',
          "You can use name!!.length but it'll throw if it's null, so don't do that unless you're sure.",
        ],
        { author: 'al', text: 'Yes please avoid !!, it defeats the point of null safety.', replyTo: 0 },
      ],
    );
    t.question = { ...t.question, text: 'How do I fix this?' };
    const s = together(analyzeThread(t), 'zed', 'al');
    expect(s?.stance).toBe('against');
  });
});

describe('a step on "them", then why', () => {
  it('"Soak them in the watering can overnight, it kills the larvae." is a step of "Water with BTI"', () => {
    const list = analyzeThread(
      makeThread('Tiny black flies around my houseplants, how do I get rid of them?', [
        [
          'ficus',
          'Water with BTI (Mosquito Bits). Soak them in the watering can overnight, it kills the larvae.',
        ],
      ]),
    );
    expect(list).toHaveLength(1);
  });
});

describe('a start told only by when, after an instruction', () => {
  it('"Start in winter, not during storm season." is when to do the step before, no advice of its own', () => {
    const t = makeThread('Dog terrified of thunderstorms', [
      [
        'tia',
        'Desensitise with storm sounds at very low volume while feeding treats. Start in winter, not during storm season.',
      ],
      ['vet', 'Talk to your vet about medication for the worst nights.'],
    ]);
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).join() === 'tia')).toHaveLength(1);
  });
  it('but "Start a sleep diary in winter." is a step of its own', () => {
    const t = makeThread('Always tired in the afternoon', [
      ['tia', 'Cut caffeine after noon. Start a sleep diary in winter.'],
      ['vet', 'Get your iron levels checked.'],
    ]);
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).join() === 'tia')).toHaveLength(2);
  });
});

describe('how often to do the step before', () => {
  it('"Repeat twice." is no advice of its own', () => {
    const t = makeThread('How do I stop hiccups that last for hours?', [
      [
        'cal',
        'Breathe in as far as you can, hold it ten seconds, then breathe in a little more. Repeat twice.',
      ],
      ['spo', 'A teaspoon of sugar, swallowed dry.'],
    ]);
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).join() === 'cal')).toHaveLength(1);
  });
  it('but "Repeat a calming phrase in your head." is a step of its own', () => {
    const t = makeThread('How do I stop hiccups?', [
      ['cal', 'Breathe in slowly through your nose. Repeat a calming phrase in your head.'],
      ['spo', 'A teaspoon of sugar, swallowed dry.'],
    ]);
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).join() === 'cal')).toHaveLength(2);
  });
});

describe("a remedy named after its author's own advice", () => {
  it('"See your GP. An antacid might help." is two suggestions', () => {
    const t = makeThread('How do I stop hiccups that last for hours?', [
      ['doc', 'See your GP. An antacid might help.'],
      ['spo', 'A teaspoon of sugar, swallowed dry.'],
    ]);
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).join() === 'doc')).toHaveLength(2);
  });
  it('"See your GP. Antacids might help." (a few words) is two suggestions too', () => {
    const t = makeThread('How do I stop hiccups?', [
      ['doc', 'See your GP. Antacids might help.'],
      ['ben', 'Definitely see your GP.'],
    ]);
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).includes('doc'))).toHaveLength(2);
  });
});

describe('an agreeing reply that takes up a word of what the lexicon names', () => {
  it('"Agreed, talk first." joins "Talk to her about sleep first", not the answer\'s other point', () => {
    const t = makeThread('My 14 year old is on her phone until 2am', [
      ['tee', 'If you lock it down she will find a workaround. Talk to her about sleep first.'],
      { author: 'mom', text: 'Agreed, talk first.', replyTo: 0 },
      ['rou', 'Turn off the wifi at 11pm on the router.'],
    ]);
    t.question = { ...t.question, text: 'Taking it away causes huge fights. What works?' };
    const s = together(analyzeThread(t), 'tee', 'mom');
    expect(s?.supporters.map((p) => p.quote).join(' | ')).toContain('Talk to her about sleep first');
    expect(s?.label.toLowerCase()).toContain('talk');
  });
});

describe('a warning against a kind of the thing', () => {
  it('"Don\'t buy the cheapest battery" warns of cheap batteries, not against the test', () => {
    const t = makeThread("Car won't start on cold mornings", [
      ['mec', 'Get the battery tested, most parts stores do it for free.'],
      ['che', "Don't buy the cheapest battery, they're the ones that die in the cold."],
      ['old', 'Definitely get the battery tested first.'],
    ]);
    t.question = { ...t.question, text: 'It just clicks in the morning. What should I check?' };
    const list = analyzeThread(t);
    expect(together(list, 'mec', 'old')?.stance).toBe('for');
    expect(supportedBy(list, 'che')?.stance).toBe('against');
    expect(together(list, 'mec', 'che')).toBeUndefined();
  });
  it('but "Don\'t get the battery tested" still argues against it', () => {
    const t = makeThread("Car won't start on cold mornings", [
      ['mec', 'Get the battery tested, most parts stores do it for free.'],
      ['che', "Don't get the battery tested, just replace it."],
      ['old', 'Definitely get the battery tested first.'],
    ]);
    t.question = { ...t.question, text: 'It just clicks in the morning. What should I check?' };
    expect(together(analyzeThread(t), 'mec', 'che')?.stance).toBe('mixed');
  });
});

describe('a step on "it" after a longer remedy named alone', () => {
  it('"Apple cider vinegar in a jar with a drop of dish soap. Cover it with plastic wrap…" is one suggestion', () => {
    const t = makeThread('Fruit flies everywhere in my kitchen', [
      [
        'tra',
        'Apple cider vinegar in a jar with a drop of dish soap. Cover it with plastic wrap and poke a few holes, catches even more.',
      ],
      ['fri', 'Put all your fruit in the fridge for a week.'],
    ]);
    t.question = { ...t.question, text: 'How do I get rid of them?' };
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).join() === 'tra')).toHaveLength(1);
  });
  it('but a step naming no pronoun after a long opening stays apart', () => {
    const t = makeThread('Fruit flies everywhere in my kitchen', [
      ['tra', 'Apple cider vinegar in a jar with a drop of dish soap. Take the compost out every day.'],
      ['fri', 'Put all your fruit in the fridge for a week.'],
    ]);
    t.question = { ...t.question, text: 'How do I get rid of them?' };
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).join() === 'tra')).toHaveLength(2);
  });
});

describe("a thing to do it with, after its author's own advice", () => {
  it('"Raise your monitor… A stack of books works fine." is one suggestion', () => {
    const t = makeThread('Lower back pain from working at a desk', [
      ['erg', 'Raise your monitor so the top of the screen is at eye level. A stack of books works fine.'],
      ['cor', 'Strengthen your core with planks every morning.'],
    ]);
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).join() === 'erg')).toHaveLength(1);
  });
});

describe('a medicated shampoo by its ingredient or its brand', () => {
  it('"a shampoo with ketoconazole" and "Nthing Nizoral" are one suggestion', () => {
    const t = makeThread("Itchy scalp and dandruff that won't go away", [
      ['der', 'Use a shampoo with ketoconazole twice a week.'],
      ['oil', 'Stop washing every day.'],
      ['niz', 'Nthing Nizoral. Changed my life after years of flakes.'],
    ]);
    expect(together(analyzeThread(t), 'der', 'niz')).toBeDefined();
  });
});

describe('a step on "it" with how often said last', () => {
  it('"Leave it on for five minutes before rinsing, twice a week." is a step of the shampoo', () => {
    const t = makeThread("Itchy scalp and dandruff that won't go away", [
      ['der', 'Use a shampoo with ketoconazole. Leave it on for five minutes before rinsing, twice a week.'],
      ['oil', 'Stop washing every day.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).join() === 'der')).toHaveLength(1);
  });
});

describe('a pick said to serve the advice before it', () => {
  it('"Get noise-cancelling headphones. Sony WH-1000XM5 are great for this." is one suggestion', () => {
    const t = makeThread("Neighbour's dog barks all day", [
      ['hea', 'Get noise-cancelling headphones in the meantime. Sony WH-1000XM5 are great for this.'],
      ['tal', 'Talk to them first.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).join() === 'hea')).toHaveLength(1);
  });
});

describe('what wears on the reader without the advice before it', () => {
  it.each([
    ['Turn your camera off when you are not presenting. Seeing yourself all day is weirdly draining.'],
    ['Freeze half of what you make. Eating the same thing five days in a row gets old fast.'],
  ])('"%s" is one suggestion', (answer) => {
    const t = makeThread('Tired of the same routine every day', [
      ['ans', answer],
      ['oth', 'Get some daylight at lunch.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).join() === 'ans')).toHaveLength(1);
  });
});

describe("the asker's own thing in the question's words", () => {
  it('"the sofa arm" is where two answers put things, not a suggestion of its own', () => {
    const t = makeThread('Cat scratching the sofa', [
      ['pos', 'Get a tall, heavy post, and put it right next to the sofa arm.'],
      ['tap', 'Put double-sided sticky tape on the sofa arm.'],
    ]);
    t.question = { ...t.question, text: 'Our cat is shredding the arm of our new sofa. How do we stop her?' };
    expect(together(analyzeThread(t), 'pos', 'tap')).toBeUndefined();
  });
});

describe("one person's advice named again in a later post", () => {
  it('"PgBouncer is the real fix" in a reply joins their own "Put PgBouncer in front"', () => {
    const t = makeThread('Postgres: too many connections under load', [
      ['poo', 'Put PgBouncer in front in transaction mode.'],
      ['rai', 'Raising max_connections to 300 or so is fine on a decent server.'],
      { author: 'poo', text: 'Even 300 will hurt on a small box, PgBouncer is the real fix.', replyTo: 1 },
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).join() === 'poo')).toHaveLength(1);
  });
  it('"Leukotape sticks much better than moleskin" joins their own "Put Leukotape on your heels"', () => {
    const t = makeThread('New hiking boots giving me blisters', [
      ['tap', 'Put Leukotape on your heels before you walk.'],
      ['mol', 'Moleskin on the hot spots as soon as you feel them.'],
      { author: 'tap', text: 'Leukotape sticks much better than moleskin once you sweat.', replyTo: 1 },
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).join() === 'tap')).toHaveLength(1);
  });
  it('but a thing of its own named beside it stays apart ("Also get a lumbar pillow if you can\'t afford a new chair")', () => {
    const t = makeThread('Lower back pain from sitting at a desk', [
      ['cha', 'Invest in a good chair. I got a used Steelcase Leap for $300.'],
      ['erg', 'A good chair made the difference for me too.'],
      {
        author: 'cha',
        text: "Also get a lumbar pillow if you can't afford a new chair yet, it helps a lot.",
        replyTo: 1,
      },
    ]);
    expect(analyzeThread(t).some((s) => /lumbar pillow/i.test(s.label))).toBe(true);
  });
});

describe('a remark on the advice right before it', () => {
  it('"That\'s litres of water going into the air every load." is why, not support for airing the room', () => {
    const t = makeThread('Condensation on the windows every winter morning', [
      [
        'ven',
        'Open the trickle vents. And open the window fully for 10 minutes every morning to air the room.',
      ],
      ['dry', "Stop drying clothes on the radiator. That's litres of water going into the air every load."],
      ['fan', 'Use the extractor fan when you shower and cook.'],
      {
        author: 'deh',
        text: 'Airing in the morning helps but the real fix is a dehumidifier running overnight.',
        replyTo: 0,
      },
    ]);
    t.question = {
      ...t.question,
      text: 'Every morning the bedroom windows are dripping wet. What can I do?',
    };
    const list = analyzeThread(t);
    expect(together(list, 'ven', 'dry')).toBeUndefined();
    expect(list.filter((s) => authorsOf(s).includes('dry'))).toHaveLength(1);
  });
});

describe('why a reply disagrees', () => {
  it('"Don\'t do this. If they ask for a note you\'re in far more trouble than a late essay." founds nothing', () => {
    const t = makeThread('Asking my professor for an extension', [
      ['lie', 'Just say you were sick, nobody checks.'],
      {
        author: 'pol',
        text: "Don't do this. If they ask for a note you're in far more trouble than a late essay.",
        replyTo: 0,
      },
    ]);
    const list = analyzeThread(t);
    expect(list).toHaveLength(1);
    expect(list[0]!.stance).toBe('mixed');
  });
  it('but a sentence there that suggests something else still does', () => {
    const t = makeThread('Good books on climate change?', [
      ['ipc', 'Read the IPCC report, it is all there.'],
      {
        author: 'mif',
        text: "I disagree. If you want to dive in, I'd suggest taking a look at The Warming Papers, an edited compilation.",
        replyTo: 0,
      },
    ]);
    expect(analyzeThread(t).some((s) => /warming papers/i.test(s.label))).toBe(true);
  });
});

describe('taking a child back to bed', () => {
  it('"Walk her back to her own bed every time" and "walking them back every time worked" are one suggestion, named so', () => {
    const t = makeThread('Five-year-old suddenly scared of the dark', [
      ['lig', 'Get a dim red night light.'],
      ['wal', 'Walk her back to her own bed every time, calmly and without much talking.'],
      {
        author: 'lig',
        text: 'Same here, walking them back every time is the only thing that worked.',
        replyTo: 1,
      },
    ]);
    const s = together(analyzeThread(t), 'wal', 'lig');
    expect(s?.label).toMatch(/^walk them back to bed$/i);
  });
});

describe("a remark on the asker's own things", () => {
  it('"Once a week is a lot even for a long-haired cat." is no suggestion', () => {
    const t = makeThread('Cat throwing up hairballs every week', [
      ['bru', 'Brush her every day.'],
      ['vet', "Once a week is a lot even for a long-haired cat. I'd get a second opinion."],
    ]);
    t.question = {
      ...t.question,
      text: 'My long-haired cat throws up a hairball every week. Anything I can do?',
    };
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).includes('vet'))).toHaveLength(1);
    expect(list.some((s) => /long-haired/i.test(s.label))).toBe(false);
  });
  it('but a reply seconding the thread\'s own thing ("Daily short practice is the key, seconding.") still counts', () => {
    const t = makeThread('Learning guitar at 40, where to start?', [
      ['pra', '15 minutes every day beats 2 hours on Sunday.'],
      { author: 'str', text: 'Daily short practice is the key, seconding.', replyTo: 0 },
    ]);
    t.question = { ...t.question, text: 'Lessons or YouTube? How much should I practice?' };
    expect(analyzeThread(t).some((s) => authorsOf(s).includes('str'))).toBe(true);
  });
});

describe('why the advice before it works, as an act', () => {
  it.each([
    'Book classes and pay for them in advance. Losing the money is a great motivator.',
    'Join something that meets every week. Seeing the same people over and over is what turns them into friends.',
  ])('"%s" is one suggestion', (answer) => {
    const t = makeThread('No motivation to exercise after work', [
      ['ans', answer],
      ['oth', 'Find a gym buddy.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).join() === 'ans')).toHaveLength(1);
  });
});

describe("one person's earlier advice named again in other words", () => {
  it('"Try the rubber band first" in a reply joins their "Put a wide rubber band over the screw head"', () => {
    const t = makeThread('How do I remove a stripped screw?', [
      ['ban', 'Put a wide rubber band over the screw head and press the screwdriver through it.'],
      ['ext', 'Get a screw extractor set.'],
      {
        author: 'ban',
        text: "An extractor is overkill for a tiny laptop screw, you'll likely snap it. Try the rubber band first.",
        replyTo: 1,
      },
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).join() === 'ban')).toHaveLength(1);
  });
});

describe('an answer opening on one thing put above another', () => {
  const title = 'VLOOKUP returns #N/A even though the value is there';
  it('recommends it: "INDEX/MATCH is more robust than VLOOKUP", argued against by a reply preferring XLOOKUP', () => {
    const t = makeThread(title, [
      ['xlo', 'Use XLOOKUP instead if you have Office 365.'],
      ['idx', 'INDEX/MATCH is more robust than VLOOKUP.'],
      {
        author: 'xlo',
        text: 'INDEX/MATCH is fine but XLOOKUP does the same thing with less typing.',
        replyTo: 1,
      },
    ]);
    t.question = { ...t.question, text: 'I can see the same ID in both sheets. What is going on?' };
    const s = supportedBy(analyzeThread(t), 'idx');
    expect(s?.label).toBe('INDEX/MATCH');
    expect(s?.stance).toBe('mixed');
  });
  it('but not when its subject only points back: "That is faster than retyping them."', () => {
    const t = makeThread(title, [
      ['xlo', 'Use XLOOKUP instead if you have Office 365.'],
      ['tha', 'That is faster than retyping them.'],
    ]);
    t.question = { ...t.question, text: 'I can see the same ID in both sheets. What is going on?' };
    expect(supportedBy(analyzeThread(t), 'tha')).toBeUndefined();
  });
});

describe("the asker's own thing, only where or with what something is done", () => {
  it('"in boiling water", "with a bit of water", "under running water" are no one suggestion about water', () => {
    const t = makeThread('Hard boiled eggs impossible to peel', [
      ['boi', 'Start them in already boiling water, not cold.'],
      ['jar', 'Put one in a jar with a bit of water and shake it hard.'],
      ['cra', 'Crack the fat end first and peel under running water.'],
      ['vin', 'A splash of vinegar in the water helped me.'],
    ]);
    t.question = {
      ...t.question,
      text: "I've tried cold water, salt in the water, nothing works. What's the trick?",
    };
    const list = analyzeThread(t);
    for (const s of list) expect(authorsOf(s)).toHaveLength(1);
    expect(supportedBy(list, 'vin')?.label).toBe('Vinegar');
  });
  it('a warning against it still gathers: "Don\'t keep it in the fridge" twice', () => {
    const t = makeThread('Bread goes stale in two days', [
      ['one', "Don't keep it in the fridge, it goes stale faster there."],
      ['two', 'Never store bread in the fridge.'],
    ]);
    t.question = { ...t.question, text: 'I keep it in the fridge in a bag. How do I keep it fresh?' };
    expect(together(analyzeThread(t), 'one', 'two')?.stance).toBe('against');
  });
});

describe('a reply to their own answer that advises nothing new', () => {
  it('"The Philips one is pricey…" says more of their sunrise alarm clock', () => {
    const t = makeThread("Teenager won't get up for school", [
      ['lam', 'A sunrise alarm clock. The light coming up gradually made a huge difference for my son.'],
      ['pay', 'Pay him five dollars for every on-time morning.'],
      {
        author: 'lam',
        text: 'The Philips one is pricey but there are cheap ones that do the same thing.',
        replyTo: 0,
      },
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).join() === 'lam')).toHaveLength(1);
  });
  it('"To be clear I mean talking to an actual doctor…" is their "Talk to your doctor"', () => {
    const t = makeThread('How do I get over fear of flying?', [
      ['med', 'Talk to your doctor about a prescription for the flight.'],
      ['win', 'Sit over the wing.'],
      {
        author: 'med',
        text: "To be clear I mean talking to an actual doctor, not borrowing someone's pills.",
        replyTo: 0,
      },
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).join() === 'med')).toHaveLength(1);
  });
  it('but "Also hide self-view…" is advice of its own', () => {
    const t = makeThread('How do I cope with Zoom fatigue?', [
      ['cam', 'Turn your camera off when you are not presenting.'],
      ['wal', 'Take a walk between calls.'],
      { author: 'cam', text: 'Also hide self-view if your company insists on cameras.', replyTo: 0 },
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).join() === 'cam')).toHaveLength(2);
  });
});

describe('after a reply that says "don\'t", where the thing may do', () => {
  it('"Fine for a one-off test, never in real code." founds nothing', () => {
    const t = makeThread('requests raises SSL CERTIFICATE_VERIFY_FAILED', [
      ['tru', 'Install truststore and call `truststore.inject_into_ssl()` at startup.'],
      ['ver', 'Pass `verify=False` to the request.'],
      {
        author: 'pro',
        text: "Please don't. That turns off certificate checking entirely. Fine for a one-off test, never in real code.",
        replyTo: 1,
      },
    ]);
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).includes('pro'))).toHaveLength(1);
    expect(supportedBy(list, 'pro')?.stance).toBe('mixed');
  });
});

describe('an answer that runs down what another advised, and then says it does nothing', () => {
  it('"The baking soda thing mostly just fizzes. It won\'t do anything to a hair clog." argues against it', () => {
    const t = makeThread('Shower drain is really slow, what can I do?', [
      ['sna', 'Get a plastic drain snake, the barbed kind.'],
      ['bak', 'Try baking soda and vinegar, then a kettle of boiling water.'],
      ['plu', "The baking soda thing mostly just fizzes. It won't do anything to a hair clog."],
    ]);
    const s = together(analyzeThread(t), 'bak', 'plu');
    expect(s?.stance).toBe('mixed');
    expect(s?.supporters.find((p) => p.author === 'plu')?.stance).toBe('against');
  });
});

describe('an answer naming a thing that exists', () => {
  it('"There\'s an app called SOAR made by a former pilot…" offers SOAR, seconded by a reply', () => {
    const t = makeThread('How do I get over fear of flying?', [
      ['app', "There's an app called SOAR made by a former pilot who became a therapist."],
      ['win', 'Sit over the wing.'],
      { author: 'sec', text: 'Seconding SOAR, it helped my wife.', replyTo: 0 },
    ]);
    const s = together(analyzeThread(t), 'app', 'sec');
    expect(s?.label).toBe('SOAR');
  });
});

describe('an answer opening on a thing and how long to run it', () => {
  it('"Instant Pot, 5 minutes high pressure…" names the Instant Pot', () => {
    const t = makeThread('Hard boiled eggs impossible to peel, any tips?', [
      ['ipp', 'Instant Pot, 5 minutes high pressure, 5 minutes natural release, 5 minutes in ice water.'],
      ['ste', 'Steam them instead of boiling.'],
      { author: 'nth', text: "Nthing the Instant Pot, it's basically steaming anyway.", replyTo: 0 },
    ]);
    expect(together(analyzeThread(t), 'ipp', 'nth')?.label).toBe('Instant Pot');
  });
});

describe('an answer opening with a command and the next step', () => {
  it('"`git checkout origin/main -- package-lock.json` then `npm install`…" advises, and a reply agrees', () => {
    const t = makeThread('Constant merge conflicts in package-lock.json', [
      ['pnp', 'Switch to pnpm.'],
      ['res', '`git checkout origin/main -- package-lock.json` then `npm install` and commit the result.'],
      { author: 'sam', text: "That's the way, same as what I said.", replyTo: 1 },
    ]);
    t.question = { ...t.question, text: 'Resolving them by hand is impossible. What is the right way?' };
    expect(together(analyzeThread(t), 'res', 'sam')).toBeDefined();
  });
});

describe('an instruction named without how long to keep to it', () => {
  it('"Listen more than you talk for the first month" is a suggestion, seconded', () => {
    const t = makeThread('Nervous about starting a new job on Monday, any advice?', [
      [
        'lis',
        "Listen more than you talk for the first month. Don't start suggesting how to do things better straight away.",
      ],
      ['not', 'Keep a notebook.'],
      { author: 'sec', text: 'Seconding this.', replyTo: 0 },
    ]);
    expect(together(analyzeThread(t), 'lis', 'sec')?.label).toBe('Listen more than you talk');
  });
});

describe('a word said of a thing by one and of the reader by another', () => {
  it('"a very calm older dog" and "Stay calm yourself" are two suggestions', () => {
    const t = makeThread('6 year old terrified of dogs, how can we help him?', [
      ['dog', 'Find a friend with a very calm older dog.'],
      ['you', 'Stay calm yourself when you see dogs. Kids read your reaction.'],
    ]);
    expect(together(analyzeThread(t), 'dog', 'you')).toBeUndefined();
  });
  it('but "Stay calm" twice is one', () => {
    const t = makeThread('6 year old terrified of dogs, how can we help him?', [
      ['one', 'Stay calm yourself when you see dogs.'],
      ['two', 'Keep calm, kids read your reaction.'],
    ]);
    expect(together(analyzeThread(t), 'one', 'two')).toBeDefined();
  });
});

describe('a verb told how to do it', () => {
  it('"Water deeply twice a week…" is an instruction', () => {
    const t = makeThread('Zucchini plants flower but no fruit, what is going on?', [
      ['pol', 'Hand pollinate the female flowers in the morning.'],
      [
        'wat',
        'Inconsistent watering does this too. Water deeply twice a week rather than a little every day.',
      ],
    ]);
    expect(supportedBy(analyzeThread(t), 'wat')?.label).toMatch(/^Water\b/);
  });
});

describe('what will come of the advice, told on past "and"', () => {
  it('"She\'ll learn the machine feeds her…, and go harass it instead." is why, no suggestion', () => {
    const t = makeThread('Cat wakes me up at 5am every day, how do I stop it?', [
      [
        'fee',
        "Get an automatic feeder and set it for 5am. She'll learn the machine feeds her, not you, and go harass it instead.",
      ],
      ['doo', 'Shut the bedroom door.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).join() === 'fee')).toHaveLength(1);
  });
});

describe('a word said only in a clause of when', () => {
  it('names no suggestion: "A night splint keeps your foot flexed while you sleep" is the splint', () => {
    const t = makeThread('Heel pain first thing in the morning, what helps?', [
      [
        'spl',
        "A night splint keeps your foot flexed while you sleep, so the first steps don't tear it again.",
      ],
      { author: 'sec', text: 'Night splint was the thing that finally fixed mine after months.', replyTo: 0 },
    ]);
    expect(together(analyzeThread(t), 'spl', 'sec')?.label).toBe('Night splint');
  });
});

describe('an answer naming a thing that exists, by "named"', () => {
  it('"There is a great podcast named Radiolab…" offers Radiolab, from its first letter', () => {
    const t = makeThread('How do I get better at understanding people?', [
      ['pod', 'There is a great podcast named Radiolab that covers this.'],
      ['rea', 'Read more fiction.'],
    ]);
    expect(supportedBy(analyzeThread(t), 'pod')?.label).toBe('Radiolab');
  });
});

describe('a deed said after the thing it is done to', () => {
  it('"Have the starter motor tested" is not the "voltage drop test" or the "compression test"', () => {
    const t = makeThread('Car will not start on cold mornings', [
      ['leak', 'Do a voltage drop test on the battery cables.'],
      ['mot', 'Have the starter motor tested before you buy anything.'],
      ['comp', 'Do a compression test first.'],
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'leak', 'mot')).toBeUndefined();
    expect(together(list, 'comp', 'mot')).toBeUndefined();
    expect(supportedBy(list, 'mot')?.label).toMatch(/starter motor/i);
  });
});

describe('a word an answer only says in passing, and a reply seconds', () => {
  it('founds no suggestion beside the answer\'s own: "Most shops do it free" + "Seconding the free check"', () => {
    const t = makeThread('Car battery keeps dying overnight', [
      ['alt', 'Have the alternator looked at first. Most shops do it free.'],
      { author: 'sec', text: 'Seconding the free check, it took them five minutes.', replyTo: 0 },
      ['lig', 'Check the trunk light switch.'],
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'alt', 'sec')?.label).toMatch(/alternator/i);
    expect(list.filter((s) => authorsOf(s).includes('alt'))).toHaveLength(1);
  });
});

describe("a statement right before its answer's instruction", () => {
  it('is what the instruction answers: "A north window is too dark for a fig. Move it…"', () => {
    const t = makeThread('Why is my fiddle leaf fig dropping leaves?', [
      ['lig', 'A north window is too dark for a fiddle leaf. Move it to an east or south window.'],
      ['wat', 'Water only when the top inch is dry.'],
    ]);
    const theirs = analyzeThread(t).filter((s) => authorsOf(s).includes('lig'));
    expect(theirs).toHaveLength(1);
    expect(theirs[0]!.label).toMatch(/^Move it/);
  });
  it('still names its own when it guesses the cause, names a remedy, or says what the reader can do', () => {
    const t = makeThread('Toilet keeps running', [
      ['val', 'Could also be the fill valve. If water goes into the overflow tube, lower the float.'],
      ['gel', 'Drano or a similar gel. Pour it in and wait.'],
      [
        'you',
        'You already know the tank size, so you can order the right flapper. Check the chain length first.',
      ],
    ]);
    const list = analyzeThread(t);
    const labels = (who: string): string =>
      list
        .filter((s) => authorsOf(s).includes(who))
        .map((s) => s.label)
        .join(' / ');
    expect(labels('val')).toMatch(/valve/i);
    expect(labels('gel')).toMatch(/drano/i);
    expect(list.filter((s) => authorsOf(s).includes('you'))).toHaveLength(2);
  });
});

describe('what the doing feels like, after an instruction', () => {
  it('"Log your pages every day. Seeing the total climb is motivating." is one suggestion', () => {
    const t = makeThread('How do I keep reading every day?', [
      ['log', 'Log your pages every day in a notebook. Seeing the total climb is motivating.'],
      ['bed', 'Read in bed instead of scrolling.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).includes('log'))).toHaveLength(1);
  });
});

describe('a word said in passing names no kind of it', () => {
  it('"Measure flour by weight… too much flour" and "Use bread flour" are two suggestions', () => {
    const t = makeThread('Why does my homemade bread come out dense?', [
      [
        'wei',
        'Measure flour by weight. Scooping with a cup packs it and you end up with way too much flour, which makes a dense loaf.',
      ],
      ['bre', 'Use bread flour instead of all-purpose.'],
      ['kne', 'Knead it longer.'],
    ]);
    expect(together(analyzeThread(t), 'wei', 'bre')).toBeUndefined();
  });
});

describe('whom to ask, said by one answer and a reply to it', () => {
  it('"ask their doctor about propranolol" + "talk to a doctor first" is named by the drug, not "Doctor"', () => {
    const t = makeThread('How do I stop shaking when I give a talk?', [
      ['bet', 'Some people ask their doctor about propranolol for one-off events.'],
      { author: 'cau', text: "It works but talk to a doctor first, it's not for everyone.", replyTo: 0 },
      ['pra', 'Practice it out loud ten times.'],
    ]);
    const s = together(analyzeThread(t), 'bet', 'cau');
    expect(s?.label).toMatch(/propranolol/i);
  });
});

describe('the words of a concept an answer advises, said again by it', () => {
  it('"Update the wifi driver from the maker\'s site. Intel\'s own driver fixed mine." is one suggestion', () => {
    const t = makeThread('Laptop wifi keeps disconnecting every few minutes', [
      ['drv', "Update the wifi driver from the laptop maker's site. Intel's own driver fixed mine."],
      ['cha', 'Pick another channel on the router.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).includes('drv'))).toHaveLength(1);
  });
});

describe('how to do a check, right after it', () => {
  it('"Check the battery is charged. Put a meter across it, it should read 12.6 volts." is one suggestion', () => {
    const t = makeThread('Why does my car click but not start?', [
      ['bat', 'Check the battery is charged. Put a meter across the terminals, it should read 12.6 volts.'],
      ['sta', 'Tap the starter motor with a hammer while someone turns the key.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).includes('bat'))).toHaveLength(1);
  });
});

describe('what a doing does to you, after an instruction', () => {
  it('"Turn the clock away. Checking the time… keeps you awake." is one suggestion', () => {
    const t = makeThread('Waking up at 3am and can not get back to sleep', [
      [
        'clo',
        'Turn the clock away from you. Checking the time and counting how much sleep you have left keeps you awake.',
      ],
      ['bed', 'Get out of bed after twenty minutes.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).includes('clo'))).toHaveLength(1);
  });
});

describe('keeping at it is patience', () => {
  it('"Keep going." and "Be patient, mine took a month." are one suggestion', () => {
    const t = makeThread('Sourdough starter not rising after two weeks, what am I doing wrong?', [
      ['kee', 'Two weeks is nothing in a cold kitchen. Keep going.'],
      ['pat', 'Be patient, mine took a month.'],
      ['rye', 'Feed it some rye flour.'],
    ]);
    expect(together(analyzeThread(t), 'kee', 'pat')).toBeDefined();
  });
});

describe('why a reply agrees: what "you can\'t" do', () => {
  it('"Seconding the video. You can\'t feel your own form…" backs the video, warning of nothing', () => {
    const t = makeThread('Lower back sore after deadlifts', [
      { author: 'film', text: 'Film yourself from the side.' },
      { author: 'sec', text: "Seconding the video. You can't feel your own form at the start.", replyTo: 0 },
      { author: 'drop', text: 'Drop the weight and build back up.' },
    ]);
    const list = analyzeThread(t).filter((s) => authorsOf(s).includes('sec'));
    expect(list).toHaveLength(1);
    expect(authorsOf(list[0]!)).toEqual(['film', 'sec']);
    expect(list[0]!.stance).toBe('for');
  });
});

describe('a bare comparison after an instruction is its why', () => {
  it('"Switch to the trap bar for a while. Easier on the lower back while you learn." is one suggestion', () => {
    const t = makeThread('Lower back sore after deadlifts', [
      ['trap', 'Switch to the trap bar for a while. Easier on the lower back while you learn.'],
      ['film', 'Film yourself from the side.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).includes('trap'))).toHaveLength(1);
  });
});

describe('how to learn a skill, right after the instruction to learn it', () => {
  it('"Learn to brace. Big breath into your belly, tighten…, then pull." is one suggestion', () => {
    const t = makeThread('Lower back sore after deadlifts', [
      [
        'brace',
        "Learn to brace. Big breath into your belly, tighten like someone's about to punch you, then pull.",
      ],
      ['film', 'Film yourself from the side.'],
    ]);
    const list = analyzeThread(t).filter((s) => authorsOf(s).includes('brace'));
    expect(list).toHaveLength(1);
    expect(list[0]!.label).toMatch(/brace/i);
  });
});

describe('where to look, right after ruling a cause out', () => {
  it('"Also rule out mites. Check under the wings at night with a flashlight." is one suggestion', () => {
    const t = makeThread('Our hens stopped laying eggs', [
      ['mites', 'Also rule out mites. Check under the wings at night with a flashlight.'],
      ['feed', 'Give them more protein.'],
    ]);
    const list = analyzeThread(t).filter((s) => authorsOf(s).includes('mites'));
    expect(list).toHaveLength(1);
    expect(list[0]!.label).toMatch(/mites/i);
  });
});

describe('a word that founds nothing once the replies go to their own answers', () => {
  it('"learned to break eggs" and a reply\'s "winter break" under another answer found no "Break"', () => {
    const t = makeThread('Our hens stopped laying eggs', [
      {
        author: 'eat',
        text: "Check for egg eating. If one hen has learned to break eggs you'll never see them.",
      },
      { author: 'rest', text: "I wouldn't add light. Let them rest." },
      { author: 'yes', text: 'Agreed, the winter break is good for them.', replyTo: 1 },
    ]);
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).includes('eat'))).toHaveLength(1);
    expect(list.some((s) => /^break$/i.test(s.label))).toBe(false);
  });
});

describe('a story in an agreeing reply backs the answer', () => {
  it('"This is what finally worked for us. Dad would argue with me but not with his GP." is for the doctor', () => {
    const t = makeThread('How do I get my father to stop driving?', [
      { author: 'doc', text: 'Talk to his doctor first.' },
      {
        author: 'us',
        text: 'This is what finally worked for us. Dad would argue with me but not with his GP.',
        replyTo: 0,
      },
      { author: 'plan', text: 'Line up rides before you take the keys.' },
    ]);
    const s = together(analyzeThread(t), 'doc', 'us');
    expect(s).toBeDefined();
    expect(s!.stance).toBe('for');
    expect(s!.supporters.every((p) => p.stance === 'for')).toBe(true);
  });
});

describe('audiobooks are not the books the asker asks about', () => {
  it('"Try audiobooks", "Read the same book as him" and "Try the Percy Jackson books" are apart', () => {
    const t = makeThread("Teenager won't read books anymore", [
      ['audio', 'Try audiobooks.'],
      ['club', 'Read the same book as him and talk about it.'],
      ['series', 'Try the Percy Jackson books.'],
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'audio', 'club')).toBeUndefined();
    expect(together(list, 'audio', 'series')).toBeUndefined();
  });
});

describe('a few drops of one thing are not drops of another', () => {
  it('"Put a few drops of olive oil in the ear" and "Get ear drops like Debrox" are apart', () => {
    const t = makeThread('Ear feels blocked after shower', [
      ['oil', 'Put a few drops of olive oil in the ear each night for a week to soften the wax.'],
      ['deb', 'Get over the counter ear drops like Debrox. They fizz and break up the wax.'],
      { author: 'yes', text: 'Worked for me in three days.', replyTo: 1 },
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'oil', 'deb')).toBeUndefined();
    expect(together(list, 'deb', 'yes')).toBeDefined();
  });
});

describe('which ones, after telling to get a better kind', () => {
  it('"Switch to a better detergent. … Finish Quantum or Cascade Platinum fixed it for us." is one suggestion', () => {
    const t = makeThread('Dishwasher leaves white film on glasses', [
      [
        'det',
        'Switch to a better detergent. The cheap pods are half filler. Finish Quantum or Cascade Platinum fixed it for us.',
      ],
      ['rin', 'Use rinse aid.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).includes('det'))).toHaveLength(1);
  });
});

describe('what many others do, then what to do about it', () => {
  it('"Many companies only confirm dates … through HR anyway. Call HR…" is one suggestion', () => {
    const t = makeThread('Asking a former boss for a reference after leaving on bad terms', [
      [
        'hr',
        'Many companies only confirm dates and title through HR anyway. Call HR and ask what their policy is.',
      ],
      { author: 'this', text: "This. Our HR won't let managers give references at all.", replyTo: 0 },
      ['peer', 'Ask for a peer from that company instead.'],
    ]);
    const list = analyzeThread(t).filter((s) => authorsOf(s).includes('hr'));
    expect(list).toHaveLength(1);
    expect(list[0]!.label).toMatch(/HR/);
    expect(authorsOf(list[0]!)).toEqual(['hr', 'this']);
  });
});

describe('what the reader may go without, leading to what to do', () => {
  it('"You may not need a global install at all. Use npx tsc…" is one suggestion, for', () => {
    const t = makeThread('npm install -g fails with EACCES permission denied', [
      ['npx', 'You may not need a global install at all. Use npx tsc or add typescript as a dev dependency.'],
      ['nvm', 'Install Node with nvm.'],
    ]);
    const list = analyzeThread(t).filter((s) => authorsOf(s).includes('npx'));
    expect(list).toHaveLength(1);
    expect(list[0]!.stance).toBe('for');
  });
});

describe('what worked, right after the instruction, is how it was followed', () => {
  it('"Raise the screen to eye level. A laptop stand and a separate keyboard fixed my neck…" is one suggestion', () => {
    const t = makeThread('Neck pain from looking at my phone', [
      [
        'eye',
        'Raise the screen to eye level. A laptop stand and a separate keyboard fixed my neck in two weeks.',
      ],
      ['tuck', 'Do chin tucks.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).includes('eye'))).toHaveLength(1);
  });
  it('"Join Toastmasters. Months of low stakes practice made a huge difference for me." is one suggestion', () => {
    const t = makeThread('Terrified of public speaking at work', [
      ['tm', 'Join Toastmasters. Months of low stakes practice made a huge difference for me.'],
      ['br', 'Slow your breathing before you start.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).includes('tm'))).toHaveLength(1);
  });
});

describe("an exercise's counted steps", () => {
  it('"Do chin tucks. Pull your head straight back…, hold for five seconds, ten times…" is one suggestion', () => {
    const t = makeThread('Neck pain from looking at my phone', [
      [
        'tuck',
        "Do chin tucks. Pull your head straight back like you're making a double chin, hold for five seconds, ten times a few times a day.",
      ],
      { author: 'too', text: 'Chin tucks helped me too.', replyTo: 0 },
      ['pil', 'Check your pillow.'],
    ]);
    const list = analyzeThread(t).filter((s) => authorsOf(s).includes('tuck'));
    expect(list).toHaveLength(1);
    expect(list[0]!.label).toMatch(/chin tucks/i);
  });
});

describe('a word folded into a group gathers advice, not mentions', () => {
  it('"Give the printer a static IP…in the router" and "Reserve the IP in the router" are one; a why naming the router is not theirs', () => {
    const t = makeThread('Printer keeps going offline on wifi', [
      ['net', 'Give the printer a static IP or a DHCP reservation in the router.'],
      ['it', 'Reserve the IP in the router, yes. Then add the printer by IP address.'],
      [
        'band',
        'Use the 2.4 GHz band only. Some printers get confused when the router uses the same name for both bands.',
      ],
    ]);
    const list = analyzeThread(t);
    const ip = together(list, 'net', 'it');
    expect(ip).toBeDefined();
    expect(authorsOf(ip!)).not.toContain('band');
  });
});

describe('a story after an agreement backs what the answer named', () => {
  it('"Agree with nicotine. Our pediatrician was great…" joins "Talk to his doctor", founding nothing of its own', () => {
    const t = makeThread("Found a vape in my 15 year old's backpack", [
      [
        'nicotine',
        'Treat it as an addiction, not just bad behaviour. Talk to his doctor about ways to quit.',
      ],
      {
        author: 'ped',
        text: "Agree with nicotine. Our pediatrician was great and didn't shame him at all.",
        replyTo: 0,
      },
      ['calm', 'Wait until you are calm before you talk to him.'],
    ]);
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).includes('ped'))).toHaveLength(1);
    expect(together(list, 'nicotine', 'ped')?.label).toMatch(/doctor/i);
  });
});

describe('one more thing that worked, in a reply, is its own suggestion', () => {
  it('"Also omega-3 supplements helped my dry eyes" under the humidifier answer is not its backing; a trial finding it no better than placebo argues against it', () => {
    const t = makeThread('Contact lenses feel dry and scratchy by mid-afternoon', [
      [
        'humid',
        'Put a small humidifier on your desk. Office air is really dry, especially with the heating on.',
      ],
      { author: 'fish', text: 'Also omega-3 supplements helped my dry eyes a lot.', replyTo: 0 },
      {
        author: 'doubter',
        text: 'The big trial on omega-3 for dry eye found it did no better than placebo.',
        replyTo: 1,
      },
      ['glasses', 'Wear glasses for the work day.'],
    ]);
    const list = analyzeThread(t);
    expect(authorsOf(list.find((s) => authorsOf(s).includes('humid'))!)).not.toContain('fish');
    const omega = together(list, 'fish', 'doubter');
    expect(omega?.stance).toBe('mixed');
    expect(omega?.supporters.find((p) => p.author === 'doubter')?.stance).toBe('against');
  });
});

describe('a harm a punishment does is said against it', () => {
  it('"Harsh punishment just teaches them to hide it better" warns', () => {
    const t = makeThread("Found a vape in my 15 year old's backpack", [
      ['punish', 'Take the phone away for a month and ground him.'],
      { author: 'soft', text: 'Harsh punishment just teaches them to hide it better.', replyTo: 0 },
      ['ask', 'Ask him questions instead of lecturing.'],
    ]);
    const soft = analyzeThread(t).find((s) => authorsOf(s).includes('soft'));
    expect(soft?.supporters.find((p) => p.author === 'soft')?.stance).toBe('against');
  });
});

describe('"stop" after an article names a thing', () => {
  it('"Agree on a stop signal" and "Yes to the stop signal!" advise the signal', () => {
    const t = makeThread("Haven't been to the dentist in 8 years because I'm terrified", [
      ['signal', 'Agree on a stop signal before they start, like raising your left hand.'],
      { author: 'yes', text: 'Yes to the stop signal! My dentist let me use it.', replyTo: 0 },
      ['phones', 'Bring headphones and a podcast.'],
    ]);
    expect(together(analyzeThread(t), 'signal', 'yes')?.stance).toBe('for');
  });
});

describe('what to do if a step goes wrong is part of the step', () => {
  it('"Make a backup branch… If something goes wrong you can reset back to it" does not join "git reset --soft"', () => {
    const t = makeThread('How do I squash my last three commits into one?', [
      ['resetter', 'Easiest is git reset --soft HEAD~3 and then git commit.'],
      { author: 'plus', text: '+1 for reset --soft, no editor dance needed.', replyTo: 0 },
      [
        'backup',
        'Before any of this, make a backup branch: git branch backup. If something goes wrong you can reset back to it.',
      ],
    ]);
    const list = analyzeThread(t);
    expect(authorsOf(together(list, 'resetter', 'plus')!)).not.toContain('backup');
    expect(list.filter((s) => authorsOf(s).includes('backup'))).toHaveLength(1);
  });
});

describe('when to do a thing does not join it to advice on that thing', () => {
  it('"…before you hand over the keys" and "Never hand over the keys and stay behind" are two suggestions', () => {
    const t = makeThread('Selling my car privately for the first time', [
      ['cash', 'Only take cash or a bank transfer that has fully cleared before you hand over the keys.'],
      {
        author: 'agree',
        text: 'Agree. If they insist on a check, meet them at their bank and watch the teller hand you the money.',
        replyTo: 0,
      },
      [
        'drive',
        'For test drives, take a photo of their license and go with them. Never hand over the keys and stay behind.',
      ],
      ['photos', 'Clean it inside and out and take good photos in daylight.'],
    ]);
    expect(together(analyzeThread(t), 'cash', 'drive')).toBeUndefined();
  });
});

describe('the fault an instruction puts right is part of it', () => {
  it('"You\'re probably using too much detergent… The residue… Use half and skip the softener" is one suggestion', () => {
    const t = makeThread('Front-loading washing machine smells musty', [
      [
        'less',
        "You're probably using too much detergent and fabric softener. The residue is what grows the mould. Use half and skip the softener.",
      ],
      ['door', 'Leave the door open between washes so it can dry out.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).includes('less'))).toHaveLength(1);
  });
});

describe('"Even" opening a sentence stresses, it tells nothing to do', () => {
  it('"Start charging him rent. Even a small amount changes how comfortable it is to stay." is one suggestion', () => {
    const t = makeThread('My brother-in-law was supposed to stay a week', [
      ['rent', 'Start charging him rent. Even a small amount changes how comfortable it is to stay.'],
      ['date', 'Give him a firm date.'],
    ]);
    expect(analyzeThread(t).filter((s) => authorsOf(s).includes('rent'))).toHaveLength(1);
  });
  it('"Even out the soil" is still an instruction', () => {
    expect(sentenceTerms('Even out the soil before you sow.').find((t) => t.key === 'w:soil')?.strong).toBe(
      true,
    );
  });
});

describe('"Just ask him, nicely" and "Agree, talk to him first" are one suggestion', () => {
  it('the answer is listed with the reply that seconds it', () => {
    const t = makeThread('Coworker takes loud phone calls at his desk all day', [
      ['direct', 'Just ask him, nicely. "Hey, would you mind taking calls in a meeting room?"'],
      { author: 'agree', text: 'Agree, talk to him first.', replyTo: 0 },
      ['phones', 'Get good noise-cancelling headphones.'],
    ]);
    expect(together(analyzeThread(t), 'direct', 'agree')).toBeDefined();
  });
});

describe('a reply calling the pick "just water" argues against it', () => {
  it('"Club soda is just water with bubbles" under "Club soda." makes it mixed', () => {
    const t = makeThread('Red wine spilled on my beige carpet, is there anything that actually works?', [
      ['fizzy', 'Club soda. Pour a little on and blot, repeat until nothing more comes up.'],
      {
        author: 'chemist',
        text: 'Club soda is just water with bubbles, plain cold water works exactly as well.',
        replyTo: 0,
      },
      ['salt', 'Cover it with salt while it is still wet.'],
    ]);
    const soda = together(analyzeThread(t), 'fizzy', 'chemist');
    expect(soda?.stance).toBe('mixed');
    expect(soda?.supporters.find((p) => p.author === 'chemist')?.stance).toBe('against');
  });
});

describe('a bare agreement backs the lead of the answer it replies to', () => {
  it('"Agree, they\'re like $10" under "Get a cheap hygrometer. …you need a bigger fan" backs the hygrometer', () => {
    const t = makeThread('Black mold on my bathroom ceiling keeps coming back', [
      ['fenwick', 'Check that the fan actually works.'],
      ['ocotillo', 'Put a timer switch on the fan so it runs for 30 minutes after you leave.'],
      [
        'pratt',
        'Get a cheap hygrometer. If the room stays above 60% humidity for hours after a shower, you need a bigger fan.',
      ],
      {
        author: 'hb_reno',
        text: "Agree, they're like $10 and tell you exactly how long the moisture hangs around.",
        replyTo: 2,
      },
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'pratt', 'hb_reno')?.label).toMatch(/hygrometer/i);
    expect(together(list, 'ocotillo', 'hb_reno')).toBeUndefined();
  });
  it('"This is the real secret" under "Be the one who invites" backs the inviting', () => {
    const t = makeThread('Moved to a new city for work, how do adults make friends?', [
      ['wren', 'Join something that meets weekly. A run club, a climbing gym, a board game night.'],
      [
        'dunmore',
        'Be the one who invites. Everyone is waiting for someone else to suggest getting a drink after the meetup. Just ask.',
      ],
      {
        author: 'ostara',
        text: "This is the real secret. Most people are happy to be invited, they just won't do it themselves.",
        replyTo: 1,
      },
    ]);
    expect(together(analyzeThread(t), 'dunmore', 'ostara')?.label).toMatch(/invite/i);
  });
});

describe('a reply that tried the pick and "got nowhere" argues against it', () => {
  it('"I tried Bumble BFF for months and got nowhere" under "Use Bumble BFF." makes it mixed', () => {
    const t = makeThread('Moved to a new city for work, how do adults make friends?', [
      ['tilly', 'Use Bumble BFF. It felt weird at first but I met two of my good friends on it.'],
      {
        author: 'rrook',
        text: 'I tried Bumble BFF for months and got nowhere, lots of matches who never replied. Your mileage may vary.',
        replyTo: 0,
      },
      ['bpm', 'Volunteer at a food bank.'],
    ]);
    const app = together(analyzeThread(t), 'tilly', 'rrook');
    expect(app?.stance).toBe('mixed');
    expect(app?.supporters.find((p) => p.author === 'rrook')?.stance).toBe('against');
  });
});

describe('"Worked for me." after a sentence says that sentence named what worked', () => {
  it('"Some people soak their fingertips in rubbing alcohol… Worked for me." is advice, and "I wouldn\'t" under it argues against', () => {
    const t = makeThread("Learning guitar, my fingertips hurt so much I can't practice", [
      ['lenora', 'Some people soak their fingertips in rubbing alcohol to toughen them up. Worked for me.'],
      {
        author: 'fretless',
        text: "I wouldn't, it mostly just dries the skin out and makes it crack.",
        replyTo: 0,
      },
      ['strummer', 'Switch to lighter gauge strings.'],
    ]);
    const alcohol = supportedBy(analyzeThread(t), 'lenora');
    expect(alcohol?.label).toMatch(/alcohol/i);
    expect(alcohol?.stance).toBe('mixed');
  });
});

describe('"Counterintuitive but true." agrees, and the story after it backs the answer', () => {
  it('"Moving bedtime to 8 fixed it for us" joins "Try a later bedtime"', () => {
    const t = makeThread('Toddler wakes up at 5am every day, help', [
      ['frida_k', 'Try a later bedtime. Sometimes kids this age need less sleep than you think.'],
      {
        author: 'owlet',
        text: 'Counterintuitive but true. Moving bedtime to 8 fixed it for us within a week.',
        replyTo: 0,
      },
      ['sleepymama', 'Blackout curtains. Even a little light at dawn wakes some kids.'],
    ]);
    expect(together(analyzeThread(t), 'frida_k', 'owlet')?.label).toMatch(/bedtime/i);
  });
});

describe('a warning limited by "if you can avoid it" does not point back at the advice before it', () => {
  it('"Let them name the number first, never give your current salary … if you can avoid it." is for', () => {
    const t = makeThread('How do I negotiate a higher salary on a job offer?', [
      [
        'maxine',
        'Let them name the number first, never give your current salary or expectations if you can avoid it.',
      ],
      ['gil', 'Express enthusiasm first.'],
    ]);
    const s = supportedBy(analyzeThread(t), 'maxine');
    expect(s?.label).toMatch(/^Let them name the number first/);
    expect(s?.stance).toBe('for');
  });
});

describe('"X is amazing for this" in an answer recommends X', () => {
  it('"Eucalyptus oil is amazing for this." is a suggestion, seconded by "Eucalyptus oil is the best"', () => {
    const t = makeThread('Sticky residue from labels on glass jars, how do I get it off?', [
      ['goo_g', 'Goo Gone. Rub it on, let it sit 5 minutes, wipe off.'],
      ['eucalyptus_e', 'Eucalyptus oil is amazing for this. Smells nice too.'],
      {
        author: 'alc_a',
        text: 'Eucalyptus oil is the best, I keep a bottle just for labels.',
        replyTo: 1,
      },
    ]);
    expect(together(analyzeThread(t), 'eucalyptus_e', 'alc_a')?.label).toMatch(/eucalyptus/i);
  });
});

describe('an answer its writer takes back advises nothing', () => {
  it('"…In your case you can\'t, so ignore me." lists neither sentence', () => {
    const t = makeThread('How do I fix squeaky hardwood floors upstairs?', [
      ['joist_j', 'Get a Squeeeeek No More kit.'],
      [
        'shimmy',
        "If you can get underneath, drive shims between the joist and subfloor. In your case you can't, so ignore me.",
      ],
      ['humid', 'Run a humidifier in winter.'],
    ]);
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).includes('shimmy'))).toEqual([]);
    expect(supportedBy(list, 'joist_j')).toBeDefined();
  });
  it('"Ignore me if you\'ve already tried this" keeps the answer', () => {
    const t = makeThread('How do I fix squeaky hardwood floors upstairs?', [
      ['joist_j', 'Get a Squeeeeek No More kit.'],
      ['lube', "Ignore me if you've already tried this. Sprinkle talcum powder into the seams."],
    ]);
    expect(supportedBy(analyzeThread(t), 'lube')?.label).toMatch(/talc/i);
  });
});

describe('a verb of two words joined by a hyphen opens an instruction', () => {
  it('"Just face-nail the boards … into the joist" is its own advice, not "Find the joists"', () => {
    const t = makeThread('How do I fix squeaky hardwood floors upstairs?', [
      ['studfinder', 'Find the joists first with a stud finder.'],
      ['nailgun', 'Just face-nail the boards with finish nails into the joist and fill the holes.'],
      { author: 'joist_j', text: 'Finish nails work loose over time, screws are better.', replyTo: 1 },
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'studfinder', 'nailgun')).toBeUndefined();
    const nails = together(list, 'nailgun', 'joist_j');
    expect(nails?.label).toMatch(/^Face-nail/);
    expect(nails?.stance).toBe('mixed');
  });
});

describe('in a thread with no replies to answers, a bare agreement backs the post right above it', () => {
  const answers = (): Parameters<typeof makeThread>[1] => [
    ['parentpat', "Don't ask questions you already know the answer to."],
    ['momof3', 'This is the best advice I ever got about lying. Works on adults too.'],
    ['kidpsych', 'Make telling the truth safe. Go easier on him when he owns up.'],
    ['dadjoke', 'Agreed.'],
  ];
  it('"This is the best advice I ever got" and "Agreed." each join the answer above them', () => {
    const list = analyzeThread(
      makeThread('My 8 year old lies about everything, even small stuff', answers()),
    );
    expect(together(list, 'parentpat', 'momof3')).toBeDefined();
    expect(together(list, 'kidpsych', 'dadjoke')).toBeDefined();
  });
  it('not when some answer replies to another: there "above" is no answer', () => {
    const threaded = [
      ...answers(),
      { author: 'teach4', text: 'Yes, catch them being honest.', replyTo: 2 },
    ] as Parameters<typeof makeThread>[1];
    const list = analyzeThread(makeThread('My 8 year old lies about everything, even small stuff', threaded));
    expect(together(list, 'parentpat', 'momof3')).toBeUndefined();
  });
});

describe('an answer opening on agreement backs the nearest answer above that named what it names', () => {
  it('"Agree, the red ones are much better than blue." joins "Get a dim night light, a warm red or orange one"', () => {
    const t = makeThread("5 year old suddenly scared of the dark, won't sleep alone", [
      ['nightlight', "Get a dim night light, a warm red or orange one so it doesn't mess with sleep."],
      ['dadof2', 'Agree, the red ones are much better than blue.'],
      ['flashlight', 'Give her a flashlight of her own to keep by the bed.'],
      { author: 'booksy', text: 'Read books about the dark together.', replyTo: 2 },
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'nightlight', 'dadof2')?.label).toMatch(/night light/i);
    expect(list.filter((s) => authorsOf(s).includes('dadof2'))).toHaveLength(1);
  });
  it('"Yep, AC plus heat on the defrost setting" joins "Turn on the AC along with the heat"', () => {
    const t = makeThread('Windshield fogs up on the inside every morning in winter', [
      ['hvac_h', 'Turn on the AC along with the heat. The AC dries the air.'],
      ['crackwindow', 'Crack a window for the first few minutes.'],
      ['mech_m', 'Yep, AC plus heat on the defrost setting and turn off recirculation.'],
    ]);
    expect(together(analyzeThread(t), 'hvac_h', 'mech_m')).toBeDefined();
  });
  it('not in a discussion that asks nothing', () => {
    const t = makeThread('Snowden lands in Moscow', [
      ['ann', 'The German press is furious about the NSA program.'],
      ['ben', 'Yeah, German officials are comparing the NSA to the Stasi.'],
    ]);
    expect(together(analyzeThread(t), 'ann', 'ben')).toBeUndefined();
  });
});

describe('a thing named alone, with a bit of something, or called the answer, is a pick', () => {
  it('"Bar Keepers Friend and a bit of elbow grease." and "Bar Keepers Friend is the answer…" are one suggestion', () => {
    const t = makeThread('Burnt the bottom of my stainless steel pot, how do I clean it?', [
      [
        'bksoda',
        'Cover the bottom with water and baking soda, bring it to a boil, then scrape with a wooden spoon.',
      ],
      ['bkf', 'Bar Keepers Friend and a bit of elbow grease.'],
      ['scrubber', 'Bar Keepers Friend is the answer, nothing else comes close.'],
    ]);
    expect(together(analyzeThread(t), 'bkf', 'scrubber')?.label).toMatch(/^Bar Keepers/);
  });
});

describe('a thing said to barely do anything is argued against', () => {
  it('"Ice in front of a fan barely does anything" makes "Put a bowl of ice in front of a fan" mixed', () => {
    const t = makeThread("Apartment is unbearably hot in summer and we can't install AC", [
      ['icebowl', 'Put a bowl of ice in front of a fan.'],
      ['skeptic2', 'Ice in front of a fan barely does anything, the ice melts in half an hour.'],
      ['coolshower', 'Take a cold shower right before bed.'],
    ]);
    expect(together(analyzeThread(t), 'icebowl', 'skeptic2')?.stance).toBe('mixed');
  });
});

describe('"Just pretend…" is an instruction', () => {
  it('"Just pretend you\'re an extrovert for the day." is listed, and "That never works for me" argues against it', () => {
    const t = makeThread("How do I network at a conference when I'm an introvert?", [
      ['badge', 'Volunteer at the conference.'],
      ['pretend', "Just pretend you're an extrovert for the day."],
      { author: 'edges', text: 'That never works for me, I just end up exhausted and awkward.', replyTo: 1 },
    ]);
    const s = together(analyzeThread(t), 'pretend', 'edges');
    expect(s?.label).toMatch(/^Pretend/);
    expect(s?.stance).toBe('mixed');
  });
});

describe('a diagnosis said as a name alone is no remedy the answer goes on about', () => {
  it('"Classic plantar fasciitis. Stretch your calves…" is named by the stretch, which "Seconding calf stretches" joins', () => {
    const t = makeThread('Heel pain every morning, first steps are agony', [
      [
        'pt_pat',
        'Classic plantar fasciitis. Stretch your calves twice a day, wall stretch with the back leg straight.',
      ],
      ['runr', 'Seconding calf stretches, tight calves were my whole problem.'],
      ['nightsplint', 'Get a night splint.'],
    ]);
    const stretch = together(analyzeThread(t), 'pt_pat', 'runr');
    expect(stretch?.label).toMatch(/calves|stretch/i);
    expect(stretch?.label).not.toMatch(/fasciitis/i);
  });
});

describe('a seconding by name joins the answer above that it seconds, named there by a word of its own', () => {
  it('"Seconding foam sleeves" joins "Insulate the pipes in the crawl space with foam pipe sleeves"', () => {
    const t = makeThread('How do I keep my pipes from freezing this winter?', [
      ['plumb', 'Insulate the pipes in the crawl space with foam pipe sleeves.'],
      ['handy', 'Seconding foam sleeves, and seal any gaps in the crawl space vents.'],
      ['drip', 'On the coldest nights, let the faucets drip.'],
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'plumb', 'handy')).toBeDefined();
    expect(list.filter((s) => authorsOf(s).includes('plumb'))).toHaveLength(1);
  });
});

describe('a seconding of a pick that goes on about it names only the pick', () => {
  it('"+1 to StoryWorth, … our most treasured book." does not join "make a photo book"', () => {
    const t = makeThread('Gift ideas for a dad who has everything?', [
      ['storyworth', 'StoryWorth. They email him a question every week and it becomes a printed book.'],
      ['gr8', "+1 to StoryWorth, we did it for my grandpa and it's our most treasured book."],
      ['photo', 'Get old family photos scanned and make a photo book.'],
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'storyworth', 'gr8')).toBeDefined();
    expect(together(list, 'gr8', 'photo')).toBeUndefined();
  });
});

describe('heat tape is a thing of its own, not heat', () => {
  it('"Don\'t turn the heat down at night" does not argue against "Wrap the worst pipes with heat tape"', () => {
    const t = makeThread('How do I keep my pipes from freezing this winter?', [
      ['heattape', 'Wrap the worst pipes with heat tape.'],
      { author: 'plumb', text: 'Self-regulating heat tape is much safer than the cheap kind.', replyTo: 0 },
      ['thermo', "Don't turn the heat down at night or when you're away."],
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'heattape', 'plumb')?.stance).toBe('for');
    expect(together(list, 'heattape', 'thermo')).toBeUndefined();
  });
});

describe('in a thread with no replies to answers, a bare disagreement argues against the post right above it', () => {
  it('"Please don\'t. It gets in their eyes…" under "Sprinkle cayenne pepper on the beds" makes it mixed', () => {
    const t = makeThread("Neighbour's cat keeps pooping in my vegetable beds", [
      ['chicken', 'Lay chicken wire flat on the soil between the plants.'],
      ['pepper', 'Sprinkle cayenne pepper on the beds.'],
      ['kind', "Please don't. It gets in their eyes and paws and really hurts them."],
      ['talk', 'Talk to the neighbour.'],
    ]);
    const pepper = together(analyzeThread(t), 'pepper', 'kind');
    expect(pepper?.stance).toBe('mixed');
    expect(pepper?.label).toMatch(/cayenne/i);
  });
});

describe('asked yes or no, a bare "I wouldn\'t." answers the question, not the post above', () => {
  it('"I wouldn\'t." under "Should I quit…?" does not argue against the answer above it', () => {
    const t = makeThread('Should I quit my stable job to join a startup?', [
      ['ann', 'Go for it. Worst case you find another job.'],
      ['ben', "I wouldn't."],
      ['cy', 'Negotiate a leave of absence first.'],
    ]);
    const go = analyzeThread(t).find((s) => authorsOf(s).includes('ann'));
    expect(go?.supporters.some((p) => p.author === 'ben' && p.stance === 'against')).toBe(false);
  });
});

describe('how often, after what is advised, does not group the advice', () => {
  it('"Add rye flour to each feeding" is about rye, not about feeding', () => {
    const t = makeThread('My sourdough starter smells like acetone', [
      ['often', 'Feed it twice a day for a few days.'],
      ['ratio', 'Feed at a higher ratio, like 1:5:5, so it does not run out so fast.'],
      ['rye', 'Add a little rye flour to each feeding.'],
      ['magic', 'Rye flour is magic for sluggish starters.'],
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'rye', 'often')).toBeUndefined();
    expect(together(list, 'rye', 'ratio')).toBeUndefined();
    expect(together(list, 'rye', 'magic')?.label).toMatch(/rye/i);
  });

  it('"Take it with every meal" is about what to take', () => {
    const t = makeThread('How do I stop getting heartburn?', [
      ['meals', 'Eat smaller meals and stop eating three hours before bed.'],
      ['late', 'Have smaller meals, it really helps.'],
      ['enzyme', 'Take a digestive enzyme with every meal.'],
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'meals', 'late')).toBeDefined();
    expect(together(list, 'enzyme', 'meals')).toBeUndefined();
  });
});

describe('"switch to" takes up a thing, it replaces nothing', () => {
  it('"Switch to the Battery saver power mode" does not group with "replace the battery"', () => {
    const t = makeThread('Laptop battery drains fast', [
      ['rvw', 'If the full charge capacity is way below design capacity, replace the battery.'],
      ['tamsin', 'Switch to the Battery saver power mode.'],
      {
        author: 'ozzy',
        text: 'Agreed, battery saver plus lower brightness got me an extra 2 hours.',
        replyTo: 1,
      },
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'rvw', 'tamsin')).toBeUndefined();
    expect(together(list, 'tamsin', 'ozzy')?.label).toMatch(/battery saver/i);
  });
});

describe('a warning against the plain thing is no argument against a kind of it', () => {
  it('"Don\'t look at the keyboard" does not argue against "Get a split keyboard"', () => {
    const t = makeThread('Best way to learn to touch type as an adult', [
      ['corvin', "Don't look at the keyboard, even if it means you're slow at first."],
      ['gwyn', 'Get a split keyboard, it forces proper finger positions.'],
      ['ardo', 'Use keybr.com, 15 minutes a day.'],
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'corvin', 'gwyn')).toBeUndefined();
    expect(list.find((s) => authorsOf(s).includes('gwyn'))?.stance).toBe('for');
  });
});

describe('an answer opening "Agree about X" backs the answer above that spoke of X', () => {
  it('"Agree about the light…" backs "Move it to a south or west window", named by it', () => {
    const t = makeThread('Fiddle leaf fig dropping yellow leaves', [
      ['ardo', "You're overwatering. Only water when the top two inches of soil are dry."],
      ['bexley', 'Check the roots.'],
      { author: 'ardo', text: 'Yes, and use a pot with drainage holes this time.', replyTo: 1 },
      ['corvin', "North window isn't enough light for a fig. Move it to a south or west window."],
      ['dunya', 'Agree about the light, they sulk in low light.'],
    ]);
    const window = together(analyzeThread(t), 'corvin', 'dunya');
    expect(window?.label).toMatch(/^Move it to a south/);
  });
});

describe('an agreeing reply that goes on to advice of its own', () => {
  it('"This, plus turn off notifications" backs "Batch them" and is listed for itself too', () => {
    const t = makeThread('How do I stop procrastinating on emails at work?', [
      ['bexley', 'Batch them. Check email only at 11 and 4.'],
      { author: 'ardo', text: 'This, plus turn off notifications.', replyTo: 0 },
      ['corvin', 'Declare email bankruptcy.'],
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'bexley', 'ardo')).toBeDefined();
    const own = list.find((s) => authorsOf(s).join() === 'ardo');
    expect(own?.label).toMatch(/notifications/i);
    expect(own?.stance).toBe('for');
  });
});

describe('when, after the advice, does not group it', () => {
  it('"Play fetch before the walk" does not join "Stop walking the moment the leash gets tight"', () => {
    const t = makeThread('Dog pulls on the leash constantly', [
      ['ardo', 'Stop walking the moment the leash gets tight. Only move forward when it is loose.'],
      ['fennick', "Play fetch before the walk so he's less wound up."],
      { author: 'dunya', text: 'Seconding the fetch first.', replyTo: 1 },
      ['eskil', 'Get a front clip harness.'],
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'fennick', 'dunya')).toBeDefined();
    expect(together(list, 'fennick', 'ardo')).toBeUndefined();
  });
});

describe('replies that say the advice backfires or gets got round argue against it', () => {
  it('"She\'ll just use data." and "That usually backfires…" make their answers mixed', () => {
    const t = makeThread("Teenager won't get off her phone at night", [
      ['bexley', 'Set the router to turn off wifi at 11.'],
      { author: 'ardo', text: "She'll just use data. Do the phone in the kitchen.", replyTo: 0 },
      ['eskil', 'Take the phone away for a week when she breaks the rule.'],
      { author: 'corvin', text: 'That usually backfires with teens, they just get sneakier.', replyTo: 2 },
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'bexley', 'ardo')?.stance).toBe('mixed');
    expect(together(list, 'eskil', 'corvin')?.stance).toBe('mixed');
  });
});

describe('answers in a thread with no replies, on the answer right above', () => {
  const vegetables = (): Thread =>
    makeThread('How do I get my toddler to eat vegetables?', [
      ['marit', 'Keep offering them without pressure. It can take 15 tries.'],
      ['oskar', "Agreed, no pressure. Put a tiny bit on her plate and don't comment on it."],
      ['teodor', 'Hide them in smoothies and pasta sauce.'],
      ['ylva', "I'd not rely on hiding them, she needs to learn what vegetables look like."],
      ['signe', "This is normal at 2, don't turn it into a battle."],
    ]);

  it('"Agreed, no pressure." backs "Keep offering them without pressure"', () => {
    expect(together(analyzeThread(vegetables()), 'marit', 'oskar')).toBeDefined();
  });

  it('"I\'d not rely on hiding them…" argues against "Hide them in smoothies"', () => {
    const hide = together(analyzeThread(vegetables()), 'teodor', 'ylva');
    expect(hide?.stance).toBe('mixed');
    expect(hide?.supporters.find((p) => p.author === 'ylva')?.stance).toBe('against');
  });

  it('"This is normal at 2, don\'t turn it into a battle." is listed as its warning', () => {
    const battle = analyzeThread(vegetables()).find((s) => authorsOf(s).includes('signe'));
    expect(battle?.label).toBe("Don't turn it into a battle");
    expect(battle?.stance).toBe('against');
  });

  it('"Agree, a note is less confrontational." backs the note advised right above', () => {
    const t = makeThread("Neighbour's dog barks all day while they're at work", [
      ['astrid', 'Talk to them first. They probably have no idea.'],
      ['bjorn', "Leave a friendly note with your number if you don't see them."],
      ['astrid', 'Agree, a note is less confrontational.'],
      ['cecilie', 'Record it with timestamps.'],
    ]);
    const list = analyzeThread(t);
    expect(together(list, 'bjorn', 'astrid')?.label).toMatch(/note/i);
  });
});

describe('"I\'d not do X" argues against X', () => {
  it('"I\'d not do the notes app thing…" under "Write the text in your notes app first" makes it mixed', () => {
    const t = makeThread('How to stop overthinking texts before sending them?', [
      ['frida', "Write the text in your notes app first so there's no pressure."],
      {
        author: 'emil',
        text: "I'd not do the notes app thing, it just adds another step to obsess over.",
        replyTo: 0,
      },
      ['nora', 'Send it before you can second guess it.'],
    ]);
    expect(together(analyzeThread(t), 'frida', 'emil')?.stance).toBe('mixed');
  });
});

describe('"Agreed with nils, …" joins what nils advised, whatever story follows', () => {
  it('"Agreed with nils, I was fighting my own sleep schedule." backs "Go to bed earlier"', () => {
    const t = makeThread('Gentle ways to wake up in the dark winter mornings?', [
      ['ingrid', 'A sunrise alarm clock.'],
      ['nils', "Go to bed earlier. Sorry, but it's the boring answer."],
      ['olga', 'Agreed with nils, I was fighting my own sleep schedule.'],
      ['mona', 'Set the heating to come on before you wake.'],
    ]);
    expect(together(analyzeThread(t), 'nils', 'olga')).toBeDefined();
  });
});

describe("the asker's own thing where an instruction puts something else", () => {
  it('"Rub catnip on the post" does not join "Get a taller, heavier post" under "…a scratching post but ignores it"', () => {
    const t = makeThread('Cat scratches the couch no matter what', [
      ['ardo', 'Put the scratching post right next to the couch arm she scratches.'],
      ['bexley', 'Get a taller, heavier post. Most are too short and wobbly.'],
      { author: 'ardo', text: 'Yes, sisal and at least 80cm tall.', replyTo: 1 },
      ['dunya', 'Rub catnip on the post.'],
      ['eskil', 'Trim her nails every two weeks.'],
    ]);
    t.question = { ...t.question, text: 'She has a scratching post but ignores it.' };
    const list = analyzeThread(t);
    expect(together(list, 'bexley', 'ardo')).toBeDefined();
    expect(together(list, 'bexley', 'dunya')).toBeUndefined();
  });
});

describe('in a thread with no replies, an answer running down the one right above argues against it', () => {
  it('"A rice cooker is overkill if…" under "Honestly just buy a rice cooker" makes it mixed', () => {
    const t = makeThread('My rice always comes out mushy', [
      ['ardo', 'Rinse the rice until the water runs clear.'],
      ['eskil', 'Honestly just buy a rice cooker. Best $30 I ever spent.'],
      ['fennick', 'A rice cooker is overkill if you only make rice once a week.'],
      ['gwyn', 'Toast the rice in a little oil before adding the water.'],
    ]);
    const cooker = together(analyzeThread(t), 'eskil', 'fennick');
    expect(cooker?.stance).toBe('mixed');
    expect(cooker?.supporters.find((p) => p.author === 'fennick')?.stance).toBe('against');
  });
});

describe('a reply saying something else does better after all argues against the answer', () => {
  it('"Avalanche saves more money though." under the snowball method makes it mixed', () => {
    const t = makeThread('How do I pay off $8k of credit card debt?', [
      ['eskil', 'Make a budget first.'],
      ['gwyn', 'Snowball method, smallest balance first, the quick win keeps you motivated.'],
      { author: 'ardo', text: 'Avalanche saves more money though.', replyTo: 1 },
    ]);
    expect(together(analyzeThread(t), 'gwyn', 'ardo')?.stance).toBe('mixed');
  });
});

describe('a thing and where it goes, on her door, is a pick', () => {
  it('"A gate on her door." is listed, and "I\'d avoid the gate…" right below argues against it', () => {
    const t = makeThread("Toddler won't stay in bed at night", [
      ['bexley', 'Get an OK-to-wake clock that turns green in the morning.'],
      ['dunya', "A gate on her door. Not cruel, it's safer than her wandering at night."],
      ['eskil', "I'd avoid the gate, she might climb it and fall."],
      ['fennick', 'Sticker chart for staying in bed.'],
    ]);
    const gate = together(analyzeThread(t), 'dunya', 'eskil');
    expect(gate?.stance).toBe('mixed');
    expect(gate?.label).toMatch(/gate/i);
  });
});

describe('an answer opening on a thing it runs down argues against the answer above that advised it', () => {
  it('"Vinegar doesn\'t work either, it\'s a myth." makes "Use white vinegar instead" mixed', () => {
    const t = makeThread('Mould keeps coming back in my closet', [
      ['ardo', "Bleach doesn't kill mould roots on porous surfaces. Use white vinegar instead."],
      ['bexley', 'Get a dehumidifier.'],
      { author: 'ardo', text: 'Yes, a dehumidifier is the real fix.', replyTo: 1 },
      ['gwyn', "Vinegar doesn't work either, it's a myth. Use a proper mould remover."],
    ]);
    const vinegar = together(analyzeThread(t), 'ardo', 'gwyn');
    expect(vinegar?.stance).toBe('mixed');
    expect(vinegar?.label).toMatch(/vinegar/i);
  });
});

describe('an instruction too long with when it ends is named without it', () => {
  it('"Go to the same thing every week until people know you." is listed, and "This." under it backs it', () => {
    const t = makeThread('How do I make friends after moving to a new city at 30?', [
      ['ardo', 'Join a climbing gym.'],
      ['fennick', 'Go to the same thing every week until people know you.'],
      ['gwyn', 'This.'],
      ['halvard', 'Invite coworkers to something outside work.'],
    ]);
    const same = together(analyzeThread(t), 'fennick', 'gwyn');
    expect(same?.label).toMatch(/^Go to the same thing/);
  });
});

describe('"Don\'t do that, …" right under an answer argues against it, asked yes or no too', () => {
  it('"Don\'t do that, he\'ll just delete the profile" under "Talk to him first…" makes it mixed', () => {
    const t = makeThread('Should I tell my friend her husband is cheating?', [
      ['bexley', 'Get proof first.'],
      ['eskil', 'Talk to him first and give him a chance to come clean.'],
      ['fennick', "Don't do that, he'll just delete the profile and deny it."],
      ['dunya', 'Stay out of it.'],
    ]);
    const talk = together(analyzeThread(t), 'eskil', 'fennick');
    expect(talk?.supporters.find((p) => p.author === 'fennick')?.stance).toBe('against');
  });
});

describe('"Agree with bexley, don\'t …" sides with bexley, whatever it warns of after', () => {
  it('"Agree with bexley, don\'t go in with 90%." backs "Get proof first"', () => {
    const t = makeThread('Should I tell my friend her husband is cheating?', [
      ['bexley', 'Get proof first. A screenshot, not just a hunch.'],
      ['corvin', "Agree with bexley, don't go in with 90%."],
      ['dunya', 'Stay out of it.'],
    ]);
    const proof = together(analyzeThread(t), 'bexley', 'corvin');
    expect(proof?.stance).toBe('for');
  });
});

describe('a clause after the instruction saying what another thing does is why, not what is advised', () => {
  it('"Check for malware, crypto miners will max out your CPU." does not join "Repaste the CPU…"', () => {
    const list = analyzeThread(
      makeThread('Laptop fan always loud', [
        ['ardo', "Open Task Manager and see what's using CPU."],
        ['gwyn', 'Check for malware, crypto miners will max out your CPU.'],
        ['eskil', "Repaste the CPU with fresh thermal paste if you're comfortable opening it."],
        ['bexley', 'Blow out the vents with compressed air.'],
      ]),
    );
    expect(together(list, 'gwyn', 'eskil')).toBeUndefined();
    expect(list.find((s) => authorsOf(s).includes('gwyn'))?.label).toMatch(/malware/i);
  });
});

describe('a number, not a range, is the number-first advice', () => {
  it('"…give a number, not a range." and a reply "Give a specific number…" are one suggestion', () => {
    const list = analyzeThread(
      makeThread('How to negotiate a higher salary offer?', [
        ['ardo', 'Ask for 10 to 15% more than the offer and give a number, not a range.'],
        ['bexley', 'Research the market rate first.'],
        {
          author: 'eskil',
          text: 'Give a specific number, odd numbers like 87,500 look researched.',
          replyTo: 0,
        },
      ]),
    );
    expect(together(list, 'ardo', 'eskil')).toBeDefined();
  });
});

describe('what a later answer seconds by name was given by the earlier sentence naming it', () => {
  it('"For me it was boredom, so I keep a fidget toy." and "Seconding the fidget toy." are one suggestion', () => {
    const list = analyzeThread(
      makeThread('How to stop biting my nails?', [
        ['ardo', 'Bitter nail polish. Tastes awful so you notice when you do it.'],
        ['eskil', 'Figure out your triggers. For me it was boredom, so I keep a fidget toy.'],
        ['fennick', 'Seconding the fidget toy.'],
      ]),
    );
    const toy = together(list, 'eskil', 'fennick');
    expect(toy?.label).toMatch(/fidget toy/i);
    // The triggers stay the answer's own advice, apart from the toy.
    expect(list.find((s) => /trigger/i.test(s.label))?.supporters.map((p) => p.author)).toEqual(['eskil']);
  });
  it('guard: "Seconding this." names nothing to look for', () => {
    const list = analyzeThread(
      makeThread('How to stop biting my nails?', [
        ['ardo', 'Bitter nail polish. This is what my mum did for me.'],
        ['eskil', 'Seconding this.'],
      ]),
    );
    expect(list.some((s) => /mum/i.test(s.label))).toBe(false);
  });
});

describe('earplugs that never stayed in argue against the earplugs', () => {
  it('"Earplugs never stayed in for me, I use sleep headphones instead." makes the earplugs mixed', () => {
    const list = analyzeThread(
      makeThread('Partner snores and I cannot sleep, what helps?', [
        ['ardo', 'Earplugs. The foam ones, rolled up properly.'],
        ['dunya', 'White noise machine on your side of the bed.'],
        ['halvard', 'Earplugs never stayed in for me, I use sleep headphones instead.'],
      ]),
    );
    const plugs = together(list, 'ardo', 'halvard');
    expect(plugs?.stance).toBe('mixed');
    expect(plugs?.supporters.find((p) => p.author === 'halvard')?.stance).toBe('against');
  });
});

describe('an amount opening a thing named alone counts for nothing', () => {
  it('"A spoonful of sugar on the back of your tongue." is a pick a reply can back', () => {
    const list = analyzeThread(
      makeThread('Hiccups that will not stop, any tricks?', [
        ['ardo', 'Drink a glass of water upside down, bending over the sink.'],
        ['corvin', 'A spoonful of sugar on the back of your tongue. Works every time for me.'],
        { author: 'dunya', text: 'The sugar trick is the only one that works for me too.', replyTo: 1 },
      ]),
    );
    expect(together(list, 'corvin', 'dunya')?.label).toMatch(/sugar/i);
  });
});

describe('what a setting is switched on is not what is advised', () => {
  it('"Switch your router to a less crowded channel" joins "Changing the channel…", not "Your router might just be old"', () => {
    const list = analyzeThread(
      makeThread('Home wifi drops every evening', [
        ['ardo', 'Switch your router to a less crowded channel, use a wifi analyzer app to find one.'],
        { author: 'corvin', text: 'Changing the channel fixed exactly this for us.', replyTo: 0 },
        ['gwyn', 'Update the router firmware.'],
        ['halvard', 'Your router might just be old. Mine did this and a new one fixed it overnight.'],
      ]),
    );
    expect(together(list, 'ardo', 'corvin')?.label).toMatch(/channel/i);
    expect(together(list, 'ardo', 'halvard')).toBeUndefined();
  });
  it('guard: "Set the heating to come on…" is about the heating', () => {
    const list = analyzeThread(
      makeThread('Cannot get out of bed on dark winter mornings', [
        ['mona', 'Set the heating to come on 30 minutes before you wake so the room is warm.'],
        ['lars', 'Light therapy lamp for 20 minutes at breakfast.'],
      ]),
    );
    expect(list.find((s) => authorsOf(s).includes('mona'))?.label).toMatch(/heating/i);
  });
});

describe('what failed where the thing worked is not what the answer backs', () => {
  it('"Vinegar worked for me where bleach never did." joins the vinegar, not "Bleach only whitens the surface"', () => {
    const list = analyzeThread(
      makeThread('Black mold keeps coming back in shower grout', [
        ['ardo', 'Run the extractor fan for 30 minutes after every shower.'],
        [
          'corvin',
          'Bleach only whitens the surface, the roots stay in the grout. Use a mold remover with a fungicide or plain white vinegar and let it sit an hour.',
        ],
        { author: 'dunya', text: 'Vinegar worked for me where bleach never did.', replyTo: 1 },
      ]),
    );
    const vinegar = list.find((s) => authorsOf(s).includes('dunya'));
    expect(vinegar?.label).not.toMatch(/bleach/i);
    expect(authorsOf(vinegar!)).toContain('corvin');
    expect(list.find((s) => /bleach/i.test(s.label))?.stance).toBe('against');
  });
});

describe('a clause of why with something else making it worse leaves the instruction for', () => {
  it('"Get merino socks, cotton holds sweat and that makes everything worse." is for the socks', () => {
    const list = analyzeThread(
      makeThread('New hiking boots give me blisters on my heels', [
        ['ardo', 'Wear them around the house every evening until the trip.'],
        ['eskil', 'Get merino socks, cotton holds sweat and that makes everything worse.'],
      ]),
    );
    const socks = list.find((s) => authorsOf(s).includes('eskil'));
    expect(socks?.label).toMatch(/merino/i);
    expect(socks?.stance).toBe('for');
  });
});

describe('what a fallback or a clause of in case names is not what is advised', () => {
  it('"…talk to the landlord if talking to them doesn\'t work" and "…in case you need to go to the landlord later" stand apart', () => {
    const list = analyzeThread(
      makeThread('Noisy upstairs neighbour stomping at night', [
        ['ardo', 'Talk to them first, politely. A lot of people have no idea how much sound carries.'],
        [
          'corvin',
          "Check your lease for quiet hours and then talk to the landlord if talking to them doesn't work.",
        ],
        ['ilsabet', 'Write down dates and times in case you need to go to the landlord later.'],
      ]),
    );
    expect(together(list, 'ardo', 'corvin')).toBeUndefined();
    expect(together(list, 'corvin', 'ilsabet')).toBeUndefined();
    expect(list.find((s) => authorsOf(s).includes('ilsabet'))?.label).toMatch(/write down/i);
  });
});

describe('a step pointing back at what its answer named, or saying how much, is part of it', () => {
  it('"Park Tool has a great video… Watch that before touching anything." is one suggestion', () => {
    const list = analyzeThread(
      makeThread('Bike chain keeps falling off, what should I check?', [
        ['ardo', "Adjust the front derailleur's low limit screw."],
        [
          'eskil',
          'Park Tool has a great video on derailleur adjustment. Watch that before touching anything.',
        ],
        { author: 'fennick', text: 'Seconding Park Tool, their site explains every adjustment.', replyTo: 1 },
        ['gwyn', 'Spin the cranks slowly and watch for wobble.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('eskil'))).toHaveLength(1);
  });
  it('"Lower the temperature… 250 for 20 minutes with the lid on, then 220 with it off." is one suggestion', () => {
    const list = analyzeThread(
      makeThread('How do I get a thinner sourdough crust?', [
        [
          'ardo',
          'Lower the temperature for the uncovered part. 250 for 20 minutes with the lid on, then 220 with it off.',
        ],
        ['bexley', 'Take it out sooner.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('ardo'))).toHaveLength(1);
  });
  it('guard: "Check that the chain is not worn." after another instruction stands alone', () => {
    const list = analyzeThread(
      makeThread('Bike chain keeps falling off, what should I check?', [
        ['bexley', 'Adjust the limit screw. Check that the chain is not worn.'],
        ['dunya', 'Replace the chain if it is worn.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('bexley'))).toHaveLength(2);
  });
});

describe('a word said as the end of a name no one else gives it joins no group of the word', () => {
  it('"A chain checker tool is a few dollars." does not join "Park Tool…" and "Seconding Park Tool"', () => {
    const list = analyzeThread(
      makeThread('Bike chain keeps falling off, what should I check?', [
        ['bexley', 'Check if the chain is worn. A chain checker tool is a few dollars.'],
        ['eskil', 'Park Tool has a great video on derailleur adjustment.'],
        { author: 'fennick', text: 'Seconding Park Tool, their site explains every adjustment.', replyTo: 1 },
      ]),
    );
    expect(together(list, 'eskil', 'fennick')?.label).toMatch(/park tool/i);
    expect(together(list, 'bexley', 'eskil')).toBeUndefined();
  });
});

describe('a note said to have worked is the note left', () => {
  it('"A note worked for us." under "Leave a friendly note." backs it', () => {
    const list = analyzeThread(
      makeThread("Neighbour's dog barks all day, what are my options?", [
        ['ardo', 'Leave a friendly note. Most owners genuinely do not know.'],
        { author: 'bexley', text: 'A note worked for us. They got a dog walker within a week.', replyTo: 0 },
        ['dunya', 'Noise cancelling headphones while you sort it out.'],
      ]),
    );
    expect(together(list, 'ardo', 'bexley')?.label).toMatch(/note/i);
  });
});

describe('an instruction opening on "then" is the next step of the one before it', () => {
  it('"Give her words for the feeling. "…" Then show her what to do instead." is one suggestion', () => {
    const list = analyzeThread(
      makeThread('Toddler hitting other kids at daycare, how do we handle it?', [
        [
          'ardo',
          'Give her words for the feeling. "You\'re angry because he took the truck." Then show her what to do instead.',
        ],
        ['bexley', 'Stay calm and boring when it happens.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('ardo'))).toHaveLength(1);
  });
});

describe('what a later answer seconds by name, an advice sentence named in passing gave', () => {
  it('"Second the baffle. Nothing else worked for us." joins "A baffle on the pole, at least 4 feet up, …"', () => {
    const list = analyzeThread(
      makeThread('How do I keep squirrels off the bird feeder?', [
        [
          'ardo',
          'A baffle on the pole, at least 4 feet up, and the feeder 10 feet from anything they can jump from.',
        ],
        ['bexley', 'Safflower seed. Birds love it, squirrels hate it.'],
        ['dunya', 'Second the baffle. Nothing else worked for us.'],
      ]),
    );
    expect(together(list, 'ardo', 'dunya')?.label).toMatch(/baffle/i);
  });
  it('"Seconding the daemon.json fix" joins the answer editing daemon.json, not one restarting docker', () => {
    const list = analyzeThread(
      makeThread("Docker container can't reach the internet, what should I check?", [
        ['ardo', 'Add "dns": ["8.8.8.8"] to /etc/docker/daemon.json and restart docker.'],
        ['corvin', 'Seconding the daemon.json fix, had the same problem on Ubuntu.'],
        ['fennick', 'Restart the docker service after changing anything, systemctl restart docker.'],
      ]),
    );
    expect(together(list, 'ardo', 'corvin')).toBeDefined();
    expect(together(list, 'corvin', 'fennick')).toBeUndefined();
  });
  it('"Nthing an experience." joins "An experience rather than a thing."', () => {
    const list = analyzeThread(
      makeThread('What gift for a dad who has everything?', [
        [
          'ardo',
          'An experience rather than a thing. A hot air balloon ride, a cooking class, tickets to a game.',
        ],
        ['bexley', 'StoryWorth. They email him a question every week.'],
        ['fennick', 'Nthing an experience. My dad still talks about the track day we got him.'],
      ]),
    );
    expect(together(list, 'ardo', 'fennick')?.label).toMatch(/experience/i);
  });
});

describe("a thing named in a condition or as another thing's kind gave nothing a later answer seconds", () => {
  it('"…even if the fridge one dies you have a backup" is not given the fridge "Nthing the fridge." seconds', () => {
    const list = analyzeThread(
      makeThread('How do I keep a sourdough starter alive while travelling?', [
        ['crumbwise', 'Put it in the fridge. Feed it right before you go.'],
        ['levain_larry', 'Dry some of it as a backup.'],
        [
          'hydration_hannah',
          'I would dry a portion too. That way even if the fridge one dies you have a backup.',
        ],
        ['bannetonbob', 'Nthing the fridge. Pour off the hooch when you get back.'],
      ]),
    );
    expect(together(list, 'crumbwise', 'bannetonbob')).toBeDefined();
    expect(together(list, 'crumbwise', 'hydration_hannah')).toBeUndefined();
  });
});

describe('what a record is to hold is not what is advised', () => {
  it('"Keep a headache diary for a month: sleep, food, drinks, stress." does not join "Sleeping in."', () => {
    const list = analyzeThread(
      makeThread('Why do I get migraines every weekend?', [
        ['bexley', 'Sleeping in. Keep the same wake time on weekends.'],
        ['eskil', 'Keep a headache diary for a month: sleep, food, drinks, stress.'],
      ]),
    );
    expect(together(list, 'bexley', 'eskil')).toBeUndefined();
    expect(list.find((s) => authorsOf(s).includes('eskil'))?.label).toMatch(/diary/i);
  });
});

describe('stop 55: liking, alternatives, the name agreed with, and a point granted', () => {
  it('"Find something you like doing." is a suggestion of its own, and "Yes, this is the real answer" backs it', () => {
    const list = analyzeThread(
      makeThread('How do I actually stick with exercising?', [
        ['ansel', 'Go at the same time every day.'],
        ['birte', "Find something you like doing. I hated the gym and I've been climbing for six years."],
        { author: 'ansel', text: 'Yes, this is the real answer.', replyTo: 1 },
      ]),
    );
    const s = supportedBy(list, 'birte');
    expect(s?.label).toMatch(/something you like/i);
    expect(authorsOf(s!)).toEqual(['ansel', 'birte']);
  });

  it('"Agree with piet." after a warning from someone else is for what piet advised', () => {
    const list = analyzeThread(
      makeThread('How do we get my elderly father to stop driving?', [
        ['piet', "Whatever you do, have a plan for how he'll get around before you take the keys."],
        ['quirine', "Don't just take the keys or disable the car."],
        ['reidar', 'Agree with piet.'],
      ]),
    );
    const s = supportedBy(list, 'piet');
    const reidar = s?.supporters.find((p) => p.author === 'reidar');
    expect(reidar?.stance).toBe('for');
  });

  it('"a thick layer of Vaseline" is about the Vaseline: "Vaseline and gloves overnight is the answer." joins it', () => {
    const list = analyzeThread(
      makeThread('How do I stop my hands cracking every winter?', [
        ['farida', 'Put on a thick layer of Vaseline at bedtime and sleep in cotton gloves.'],
        ['gideon', 'Vaseline and gloves overnight is the answer.'],
        ['halina', 'Switch to a gentler soap if work lets you.'],
      ]),
    );
    expect(together(list, 'farida', 'gideon')).toBeDefined();
  });

  it('"Fair, it does sting on open cracks." grants a point and names no suggestion', () => {
    const list = analyzeThread(
      makeThread('My hands crack and bleed every winter, what helps?', [
        ['dagny', "O'Keeffe's Working Hands. It's the only thing that worked for me, and I'm a dishwasher."],
        ['eitan', "Nthing O'Keeffe's. Put it on at night."],
        ['farida', 'Put on a thick layer of Vaseline at bedtime and sleep in cotton gloves.'],
        ['kalle', "Lotion doesn't work because it's mostly water. You need an ointment or a balm."],
        ['lumi', 'I tried Working Hands and it stung like crazy on the cracks. Aquaphor was much gentler.'],
        {
          author: 'dagny',
          text: 'Fair, it does sting on open cracks. Use Aquaphor until they heal, then Working Hands to keep them closed.',
          replyTo: 4,
        },
      ]),
    );
    expect(list.some((s) => s.supporters.some((p) => p.quote.startsWith('Fair')))).toBe(false);
  });

  it('"You\'re missing the dependency array." and "Just fix the dependency array." are one suggestion', () => {
    const list = analyzeThread(
      makeThread('How do I stop my React component re-rendering in a loop?', [
        ['wenzel', "You're missing the dependency array. Without it the effect runs after every render."],
        ['yuki', 'Wrap the function in useCallback so it keeps the same identity between renders.'],
        ['bram', 'Just fix the dependency array.'],
      ]),
    );
    expect(together(list, 'wenzel', 'bram')).toBeDefined();
  });
});

describe('what to do a short instruction with, said right after it, is part of it', () => {
  it('"Track it. A calendar on the fridge with an X for every workout." is one suggestion', () => {
    const list = analyzeThread(
      makeThread('How do I actually stick with exercising?', [
        ['ansel', 'Go at the same time every day.'],
        ['gustav', 'Track it. A calendar on the fridge with an X for every workout.'],
        ['ivar', 'Pack your gym bag the night before and put it by the door.'],
      ]),
    );
    const s = supportedBy(list, 'gustav');
    expect(s?.supporters[0]?.sentences).toEqual([
      'Track it.',
      'A calendar on the fridge with an X for every workout.',
    ]);
  });
});

describe('stop 55: what worked for two, "Honestly this.", and an instruction quoted as good advice', () => {
  it('"We went through five brands before she took the Comotomo." and "Comotomo was the only one that worked for us too." are one', () => {
    const list = analyzeThread(
      makeThread('How do I get my baby to take a bottle before I go back to work?', [
        ['hanne', 'Have someone else give the bottle, and leave the house while they do it.'],
        ['jorge', 'Try different nipples. We went through five brands before she took the Comotomo.'],
        ['kasia', 'Comotomo was the only one that worked for us too.'],
        ['maren', "Warm the nipple under hot water first so it isn't cold."],
      ]),
    );
    expect(together(list, 'jorge', 'kasia')).toBeDefined();
  });
  it('"Honestly this. Once I quit drinking…" under "Stop drinking at these events." backs it', () => {
    const list = analyzeThread(
      makeThread('How do I stop overthinking everything I said after a party?', [
        ['xaver', 'Give yourself a time limit. Ten minutes to replay it, then you are done.'],
        ['dmitri', 'Stop drinking at these events. Half my cringe memories were alcohol.'],
        {
          author: 'wilma',
          text: 'Honestly this. Once I quit drinking the replaying mostly stopped.',
          replyTo: 1,
        },
      ]),
    );
    expect(together(list, 'dmitri', 'wilma')).toBeDefined();
  });
  it('"Write it down." and "Write it down is good advice." are one suggestion, "Write it down"', () => {
    const list = analyzeThread(
      makeThread('How do I stop overthinking everything I said after a party?', [
        ['yara', "Write it down. Once it's on paper my brain stops looping."],
        ['zeno', 'CBT helped me a lot with this.'],
        ['celine', 'Write it down is good advice. I keep a note on my phone and it helps.'],
      ]),
    );
    expect(together(list, 'yara', 'celine')?.label).toBe('Write it down');
  });
  it('"Don\'t use belt dressing spray." argues against what it joins', () => {
    const list = analyzeThread(
      makeThread('Why does my car squeal when I start it on cold mornings?', [
        ['priya', "That's almost certainly the serpentine belt. A new belt is like $40."],
        ['sigrun', "Don't use belt dressing spray. It makes it quiet for a week and then the belt is worse."],
        ['tobias', 'Spray a little water on the belt while it squeals.'],
      ]),
    );
    for (const s of list)
      for (const p of s.supporters) if (p.author === 'sigrun') expect(p.stance).toBe('against');
    expect(supportedBy(list, 'priya')).toBeDefined();
  });
});

describe('stop 55: which one to get after a seconding, a reply of its season, the real problem', () => {
  it('"Seconding the dehumidifier. Get one with a pump or a hose to a floor drain…" is all the dehumidifier', () => {
    const list = analyzeThread(
      makeThread('How do I get rid of a musty smell in my basement?', [
        ['axel', 'Get a dehumidifier and keep it under 50%.'],
        [
          'birgit',
          "Seconding the dehumidifier. Get one with a pump or a hose to a floor drain so you don't have to empty the bucket.",
        ],
        ['emil', 'Check your gutters and downspouts.'],
      ]),
    );
    const s = together(list, 'axel', 'birgit');
    expect(s?.supporters.find((p) => p.author === 'birgit')?.sentences).toHaveLength(2);
    expect(list.filter((x) => authorsOf(x).includes('birgit'))).toHaveLength(1);
  });
  it('"In summer that lets in humid air and makes it worse." argues against the windows it answers', () => {
    const list = analyzeThread(
      makeThread('How do I get rid of a musty smell in my basement?', [
        ['axel', 'Get a dehumidifier and keep it under 50%.'],
        ['helga', 'Open the windows on dry days.'],
        {
          author: 'conrad',
          text: 'In summer that lets in humid air and makes it worse. Keep them closed and run the dehumidifier.',
          replyTo: 1,
        },
      ]),
    );
    const windows = supportedBy(list, 'helga');
    expect(windows?.stance).toBe('mixed');
    expect(windows?.supporters.find((p) => p.author === 'conrad')?.stance).toBe('against');
  });
  it('"This is the real problem for most people." backs the answer it replies to', () => {
    const list = analyzeThread(
      makeThread('How do I get better at remembering names?', [
        ['willa', 'Say their name back right away.'],
        ['bettina', 'Pay attention when they say it. Most of us never hear the name.'],
        { author: 'willa', text: 'This is the real problem for most people.', replyTo: 1 },
      ]),
    );
    expect(supportedBy(list, 'bettina')?.people).toBe(2);
  });
});

describe("one answer's warning against what another plainly advises is that advice's critic", () => {
  it('"Honestly a metronome is overrated" joins "Use a metronome." as against: one suggestion, mixed', () => {
    const list = analyzeThread(
      makeThread('Adult guitar learner stuck on a plateau', [
        ['ulla', 'Use a metronome. Start slow and only speed up when it is clean.'],
        ['yara', 'Record yourself.'],
        ['zeno', 'Honestly a metronome is overrated for beginners, it just makes people tense.'],
      ]),
    );
    const metronome = supportedBy(list, 'ulla');
    expect(metronome?.stance).toBe('mixed');
    expect(metronome?.supporters.find((p) => p.author === 'zeno')?.stance).toBe('against');
  });
  it('"Don\'t use cinnamon" joins "Sprinkle cinnamon on the soil."', () => {
    const list = analyzeThread(
      makeThread('Fungus gnats in my houseplants', [
        ['amaru', 'Sprinkle cinnamon on the soil.'],
        ['bryn', 'Yellow sticky traps catch the adults.'],
        ['fenna', "Don't use cinnamon, it does nothing."],
      ]),
    );
    expect(together(list, 'amaru', 'fenna')?.stance).toBe('mixed');
  });
  it('"Don\'t look at the keyboard" warns off looking, not the split keyboard another advises', () => {
    const list = analyzeThread(
      makeThread('How do I learn to touch type?', [
        ['gwyn', 'Get a split keyboard, it forces proper finger positions.'],
        ['corvin', "Don't look at the keyboard, even if it means you're slow at first."],
      ]),
    );
    expect(together(list, 'gwyn', 'corvin')).toBeUndefined();
  });
});

describe('a reply agreeing with a warning is on its side', () => {
  it('"Agreed, cinnamon is a myth." under "Don\'t use cinnamon, it does nothing." warns too', () => {
    const list = analyzeThread(
      makeThread('Fungus gnats in my houseplants', [
        ['amaru', 'Let the soil dry out between waterings.'],
        ['fenna', "Don't use cinnamon, it does nothing. I tried it for a month."],
        { author: 'amaru', text: 'Agreed, cinnamon is a myth.', replyTo: 1 },
      ]),
    );
    const cinnamon = supportedBy(list, 'fenna');
    expect(cinnamon?.stance).toBe('against');
    expect(cinnamon?.people).toBe(2);
  });
});

describe('a leaked key: revoking it and rotating it are one deed', () => {
  it('"Revoke the key right now" and "Rotate the key before anything else" are one suggestion', () => {
    const list = analyzeThread(
      makeThread('I pushed an API key to a public repo. What now?', [
        ['kasimir', 'Revoke the key right now, before anything else.'],
        ['lotte', 'Rotate the key in the dashboard first.'],
        ['pia', 'Add the config file to .gitignore.'],
      ]),
    );
    const key = together(list, 'kasimir', 'lotte');
    expect(key?.people).toBe(2);
    expect(key?.label).toMatch(/^(?:Revoke|Rotate) the key/);
  });
});

describe('what a measure is of, said to do the job, is what is advised', () => {
  it('"A layer of sand or grit on top of the soil stops them laying eggs" is named by the sand', () => {
    const list = analyzeThread(
      makeThread('How do I get rid of fungus gnats?', [
        ['gideon', 'A layer of sand or grit on top of the soil stops them laying eggs.'],
        ['bryn', 'Yellow sticky traps catch the adults.'],
      ]),
    );
    expect(supportedBy(list, 'gideon')?.label).toMatch(/sand/i);
  });
});

describe('a step on "them" is a step, however long it goes on', () => {
  it('"Seconding mosquito bits. Soak them overnight and water with it for a few weeks." is one suggestion', () => {
    const list = analyzeThread(
      makeThread('How do I get rid of fungus gnats in my houseplants?', [
        ['cosima', 'Mosquito bits in your watering water. It kills the larvae.'],
        ['dario', 'Seconding mosquito bits. Soak them overnight and water with it for a few weeks.'],
        ['bryn', 'Yellow sticky traps.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('dario'))).toHaveLength(1);
    expect(together(list, 'cosima', 'dario')).toBeDefined();
  });
  it('"Don\'t leave it longer than that or it eats the iron." limits the soak before it: one suggestion, for', () => {
    const list = analyzeThread(
      makeThread('My cast iron pan is rusty', [
        [
          'cleo',
          "Soak it in equal parts white vinegar and water for an hour. Don't leave it longer than that or it eats the iron.",
        ],
        ['bram', 'Steel wool and a bit of soap, then re-season.'],
      ]),
    );
    const cleo = list.filter((s) => authorsOf(s).includes('cleo'));
    expect(cleo).toHaveLength(1);
    expect(cleo[0]!.stance).toBe('for');
    expect(cleo[0]!.supporters[0]!.sentences).toHaveLength(2);
  });
  it('"Seriously, you can\'t dig out while you\'re still using them." says why to cut up the cards', () => {
    const list = analyzeThread(
      makeThread('How do I pay off 15k of credit card debt?', [
        ['abel', "Cut up the cards. Seriously, you can't dig out while you're still using them."],
        ['zoe', 'Make a budget.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('abel'))).toHaveLength(1);
    expect(supportedBy(list, 'abel')?.stance).toBe('for');
  });
  it('"Seconding Mode. Their tutorial is the best…" under "Mode\'s SQL tutorial" is one suggestion, named Mode', () => {
    const list = analyzeThread(
      makeThread('Best way to learn SQL for a data analyst job?', [
        ['farah', "SQLZoo and then Mode's SQL tutorial. Both free."],
        ['hana', 'Learn window functions.'],
        ['jana', 'Seconding Mode. Their tutorial is the best free resource out there.'],
      ]),
    );
    const mode = list.filter((s) => authorsOf(s).includes('jana'));
    expect(mode).toHaveLength(1);
    expect(mode[0]!.label).toBe('Mode');
    expect(authorsOf(mode[0]!)).toEqual(['farah', 'jana']);
  });
});

describe('stop 57: critics by "I wouldn\'t bother", the thread\'s own command, steps and their why', () => {
  it('"I wouldn\'t bother with Feliway" joins "Feliway diffusers." as its critic: one suggestion, mixed', () => {
    const list = analyzeThread(
      makeThread('Moving house with two cats, how do I make it less stressful?', [
        ['brun', 'Feliway diffusers. Plug one in at the new place a day before they arrive.'],
        ['ines', 'Feed them at the same times as before.'],
        ['hald', "I wouldn't bother with Feliway, it did nothing for either of ours."],
      ]),
    );
    const feliway = together(list, 'brun', 'hald');
    expect(feliway?.stance).toBe('mixed');
    expect(feliway?.supporters.find((p) => p.author === 'hald')?.stance).toBe('against');
  });
  it('"tsc --extendedDiagnostics" and "only run tsc --noEmit" stay apart under "TypeScript compile takes forever"', () => {
    const list = analyzeThread(
      makeThread('TypeScript compile takes forever in our monorepo', [
        ['vesna', 'Run tsc --extendedDiagnostics and look at where the time goes.'],
        ['xiao', 'Use esbuild or swc for the actual build and only run tsc --noEmit for type checking.'],
      ]),
    );
    expect(together(list, 'vesna', 'xiao')).toBeUndefined();
    expect(supportedBy(list, 'vesna')?.label).toBe('Run tsc --extendedDiagnostics');
  });
  it('"Keep them in there for a few days before letting them explore" is a step of the room before it', () => {
    const list = analyzeThread(
      makeThread('Moving house with two cats, how do I make it less stressful?', [
        [
          'adda',
          'Set up one small room in the new place as their base camp. Keep them in there for a few days before letting them explore.',
        ],
        ['carl', 'Nthing the one room thing.'],
        ['ines', 'Feed them at the same times as before.'],
      ]),
    );
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'adda'))).toHaveLength(1);
    expect(together(list, 'adda', 'carl')).toBeDefined();
  });
  it('"A new one is like $6 at any hardware store" goes on about the flapper before it', () => {
    const list = analyzeThread(
      makeThread('Toilet keeps running every few minutes', [
        [
          'petr',
          "That's almost certainly the flapper. It gets warped and lets water leak into the bowl. A new one is like $6 at any hardware store.",
        ],
        ['umay', 'Take the old flapper with you to the store so you get the right size.'],
      ]),
    );
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'petr'))).toHaveLength(1);
  });
  it('"If it\'s too short it holds the flapper open" says why "Check the chain", not the flapper another named', () => {
    const list = analyzeThread(
      makeThread('Toilet keeps running every few minutes', [
        ['petr', "That's almost certainly the flapper. Replace it."],
        ['sami', "Check the chain too. If it's too short it holds the flapper open a tiny bit."],
        ['umay', 'Take the old flapper with you to the store so you get the right size.'],
      ]),
    );
    expect(together(list, 'petr', 'sami')).toBeUndefined();
    expect(together(list, 'petr', 'umay')).toBeDefined();
  });
  it('"Gabapentin from the vet for the skittish one." is named by the gabapentin, not the vet', () => {
    const list = analyzeThread(
      makeThread('Moving house with two cats, how do I make it less stressful?', [
        ['faye', 'Gabapentin from the vet for the skittish one. It made a huge difference on a long drive.'],
        ['ines', 'Feed them at the same times as before.'],
      ]),
    );
    expect(supportedBy(list, 'faye')?.label).toBe('Gabapentin');
  });
});

describe('stop 57: replies', () => {
  it('"That\'s overkill for a flapper." under "replace the whole guts with a Fluidmaster kit" argues against it', () => {
    const list = analyzeThread(
      makeThread('Toilet keeps running every few minutes', [
        ['vick', 'Honestly just replace the whole guts with a Fluidmaster kit.'],
        ['ines', 'Put food coloring in the tank.'],
        {
          author: 'wesk',
          text: "That's overkill for a flapper. And the fill valve swap is fiddly.",
          replyTo: 0,
        },
      ]),
    );
    expect(supportedBy(list, 'vick')?.supporters.find((p) => p.author === 'wesk')?.stance).toBe('against');
  });
});

describe("stop 57: a verb done to different things, the thread's own file, labels to the name's end", () => {
  it('"Check \\"Recently Deleted\\" in Photos" and "Delete your Safari cache" are not one suggestion about deleting', () => {
    const list = analyzeThread(
      makeThread("iPhone storage full and I don't want to pay for iCloud", [
        ['cruz', 'Offload unused apps. It keeps your data but deletes the app itself.'],
        ['eli', 'Copy your photos to a computer or an external drive, then delete them from the phone.'],
        [
          'fenn',
          'Check "Recently Deleted" in Photos. Deleted photos stay there for 30 days and still count.',
        ],
        ['hanna', "Delete your Safari cache and podcasts you've downloaded. Podcasts can be several GB."],
      ]),
    );
    expect(together(list, 'fenn', 'hanna')).toBeUndefined();
    expect(together(list, 'eli', 'hanna')).toBeUndefined();
  });
  it('guard: "Nthing rinsing" still joins "Rinse the rice until the water runs clear"', () => {
    const list = analyzeThread(
      makeThread('My rice always comes out mushy', [
        ['ardo', 'Rinse the rice until the water runs clear.'],
        ['bexley', 'Use less water, 1 to 1.25 for white rice.'],
        ['corvin', 'Nthing rinsing.'],
      ]),
    );
    expect(together(list, 'ardo', 'corvin')).toBeDefined();
  });
  it('"package-lock.json" under "Constant merge conflicts in package-lock.json" founds no suggestion', () => {
    const list = analyzeThread(
      makeThread('Constant merge conflicts in package-lock.json', [
        [
          'axel',
          "Take main's version and run npm install: git checkout origin/main -- package-lock.json && npm install.",
        ],
        [
          'dana',
          'Add a .gitattributes with "package-lock.json merge=npm-merge-driver" and install npm-merge-driver.',
        ],
        [
          'jay',
          'Never delete package-lock.json and regenerate from scratch, you will silently upgrade everything.',
        ],
      ]),
    );
    expect(together(list, 'axel', 'dana')).toBeUndefined();
    expect(together(list, 'dana', 'jay')).toBeUndefined();
    expect(supportedBy(list, 'jay')?.label).toBe(
      'Never delete package-lock.json and regenerate from scratch',
    );
    expect(supportedBy(list, 'axel')?.label).toBe('Run npm install');
  });
  it('"Stop using a glass or stone cutting board." is named to the board, not "Stop using a glass"', () => {
    const list = analyzeThread(
      makeThread('How do I keep my kitchen knives sharp?', [
        ['finn', 'Stop using a glass or stone cutting board.'],
        ['eve', 'Use a honing rod before every use.'],
      ]),
    );
    expect(supportedBy(list, 'finn')?.label).toBe('Stop using a glass or stone cutting board');
  });
});

describe('stop 57: replies calling the thing archived, or short of evidence', () => {
  it('"npm-merge-driver is archived though, I wouldn\'t add it now." argues against the driver', () => {
    const list = analyzeThread(
      makeThread('Constant merge conflicts in package-lock.json', [
        ['dana', 'Install npm-merge-driver and add it to .gitattributes.'],
        ['fay', 'Make sure everyone on the team uses the same npm version.'],
        { author: 'eli', text: "npm-merge-driver is archived though, I wouldn't add it now.", replyTo: 0 },
      ]),
    );
    const driver = supportedBy(list, 'dana');
    expect(driver?.stance).toBe('mixed');
    expect(driver?.supporters.find((p) => p.author === 'eli')?.stance).toBe('against');
  });
  it('"This is what we do." under an answer backs it', () => {
    const list = analyzeThread(
      makeThread('Constant merge conflicts in package-lock.json', [
        ['axel', 'Regenerate it: take the lockfile from main and run npm install.'],
        ['fay', 'Make sure everyone on the team uses the same npm version.'],
        { author: 'cole', text: 'This is what we do. It is the only sane way.', replyTo: 0 },
      ]),
    );
    expect(together(list, 'axel', 'cole')).toBeDefined();
  });
});

describe('stop 57: the part of a thing, why after a step, and labels that want a where', () => {
  it('"Put a folded tissue under the top of the mask" and "Tape the top of the mask" are two remedies', () => {
    const list = analyzeThread(
      makeThread('How do I stop my glasses fogging up when I wear a mask?', [
        [
          'ari',
          'Pinch the metal strip on the mask tight over your nose. Most fog comes from air going straight up.',
        ],
        ['elin', 'Put a folded tissue under the top of the mask. It soaks up the breath.'],
        ['faye', 'Tape the top of the mask to your nose with medical tape. Looks weird, works perfectly.'],
        ['ivy', 'Pull your mask higher so your glasses sit on top of it and hold it down.'],
      ]),
    );
    expect(together(list, 'elin', 'faye')).toBeUndefined();
  });
  it('"Cutting off the lower branches lets a lot more light in." says why "Limb up the tree."', () => {
    const list = analyzeThread(
      makeThread("Grass seed won't grow in the shady part of my yard", [
        ['pam', 'Limb up the tree. Cutting off the lower branches lets a lot more light in.'],
        ['tim', 'Get a soil test.'],
      ]),
    );
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'pam'))).toHaveLength(1);
  });
  it('"But it locks the table…, so do it in a maintenance window." is a step of "Run VACUUM FULL"', () => {
    const list = analyzeThread(
      makeThread('Postgres database grows huge even though we delete old rows', [
        [
          'bea',
          'Run VACUUM FULL to actually shrink it. But it locks the table for the whole time, so do it in a maintenance window.',
        ],
        {
          author: 'cas',
          text: 'Use pg_repack instead. It does the same thing without the long exclusive lock.',
          replyTo: 0,
        },
        [
          'hex',
          'Make sure there are no long-running transactions open. They block vacuum from cleaning anything.',
        ],
        {
          author: 'ida',
          text: "Don't run VACUUM FULL on a 400GB table in production, you'll be down for hours.",
          replyTo: 0,
        },
      ]),
    );
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'bea'))).toHaveLength(1);
  });
  it('"Then you only have to ask each thing once." is why to keep the notebook, not a vote for asking', () => {
    const list = analyzeThread(
      makeThread("Anxious about a new job where I don't know anything yet", [
        ['abe', 'Ask the questions. Nobody expects a junior to know their systems in week one.'],
        ['bex', 'Keep a notebook and write everything down. Then you only have to ask each thing once.'],
        ['gus', "Learn everyone's names."],
        [
          'dot',
          'Batch your questions. Save them up and ask your mentor a few at a time instead of interrupting.',
        ],
      ]),
    );
    expect(together(list, 'abe', 'bex')).toBeUndefined();
  });
  it('labels: "Don\'t increase your weekly mileage" (not "…by more"), "Keep dependency updates in their own small PRs"', () => {
    const list = analyzeThread(
      makeThread('Training for my first marathon, how do I not get hurt?', [
        ['lou', "Don't increase your weekly mileage by more than about 10% a week."],
        ['ida', 'Keep dependency updates in their own small PRs, so the lockfile only changes in one place.'],
      ]),
    );
    expect(supportedBy(list, 'lou')?.label).toBe("Don't increase your weekly mileage");
    expect(supportedBy(list, 'ida')?.label).toBe('Keep dependency updates in their own small PRs');
  });
});

describe('stop 57: replies on how well it works', () => {
  it('"This works surprisingly well." backs the dish soap; "They work, but they\'re pricey…" argues against the wipes', () => {
    const list = analyzeThread(
      makeThread('How do I stop my glasses fogging up when I wear a mask?', [
        ['bel', 'Wash your lenses with dish soap and let them air dry.'],
        ['gus', 'Anti-fog wipes.'],
        { author: 'cai', text: 'This works surprisingly well. Lasts about a day for me.', replyTo: 0 },
        {
          author: 'hugo',
          text: "They work, but they're pricey and only last a few hours. The dish soap trick is free.",
          replyTo: 1,
        },
      ]),
    );
    expect(together(list, 'bel', 'cai')).toBeDefined();
    expect(supportedBy(list, 'gus')?.supporters.find((p) => p.author === 'hugo')?.stance).toBe('against');
  });
});

describe('stop 57: times in labels, a warning cut at a quote, and why goggles help', () => {
  it('"Try moving bedtime to 8:15 for a week." is named with its time whole', () => {
    const list = analyzeThread(
      makeThread('4 year old stalls bedtime for over an hour every night', [
        ['eve', 'Honestly, she might just not be tired at 7:30. Try moving bedtime to 8:15 for a week.'],
        ['jan', 'A toddler clock that turns green when it is OK to get up helped us a lot.'],
      ]),
    );
    expect(supportedBy(list, 'eve')?.label).toBe('Try moving bedtime to 8:15');
  });
  it('"Don\'t remove StrictMode to \\"fix\\" it though" is named "Don\'t remove StrictMode"', () => {
    const list = analyzeThread(
      makeThread('React useEffect fetches my data twice', [
        ['lea', 'Don\'t remove StrictMode to "fix" it though, it\'s there for a reason.'],
        ['ned', 'Use React Query or SWR instead of fetching in useEffect.'],
      ]),
    );
    expect(supportedBy(list, 'lea')?.label).toBe("Don't remove StrictMode");
  });
  it('"Being able to see underwater made a huge difference for me." says why "Wear goggles", not a vote for breathing out underwater', () => {
    const list = analyzeThread(
      makeThread('Learning to swim at 35, I panic in deep water', [
        [
          'oz',
          'Breathe out slowly through your nose underwater. Panic often comes from holding your breath.',
        ],
        ['pat', 'Wear goggles. Being able to see underwater made a huge difference for me.'],
        ['ted', 'A pool noodle under your arms in the deep end.'],
      ]),
    );
    expect(together(list, 'oz', 'pat')).toBeUndefined();
  });
  it('"Raised bowls are linked to bloat…, I\'d avoid that for a lab." argues against raising the bowl', () => {
    const list = analyzeThread(
      makeThread('Dog eats too fast and then throws up', [
        ['jay', 'Raise the bowl a bit. Some dogs do better eating with their head up.'],
        ['ann', 'Get a slow feeder bowl.'],
        {
          author: 'kim',
          text: "Raised bowls are linked to bloat in large breeds, I'd avoid that for a lab.",
          replyTo: 0,
        },
      ]),
    );
    expect(supportedBy(list, 'jay')?.supporters.find((p) => p.author === 'kim')?.stance).toBe('against');
  });
});

describe('stop 57: a name and an everyday word, what is taught, and why it ends the argument', () => {
  it('"Read Logical Chess: Move by Move" founds nothing with "Find the move where it went wrong" or "move on"', () => {
    const list = analyzeThread(
      makeThread('How to get better at chess after plateauing at 1200', [
        ['dan', 'Analyze every loss. Find the move where it went wrong before you look at the engine.'],
        ['eve', "Don't spend time memorizing openings yet. Learn the principles and move on."],
        ['fin', 'Read Logical Chess: Move by Move.'],
        ['hal', "Before every move, check what your opponent's last move threatens."],
      ]),
    );
    expect(together(list, 'dan', 'fin')).toBeUndefined();
    expect(together(list, 'eve', 'fin')).toBeUndefined();
  });
  it('"…you\'ve taught him to keep going longer" is no "keep going"; "Don\'t get up, ever" is named so', () => {
    const list = analyzeThread(
      makeThread('Cat scratches the door every morning at 5am', [
        [
          'eli',
          "Don't get up, ever, even once. If you give in one morning you've taught him to keep going longer.",
        ],
        ['amy', 'Automatic feeder set for 5am, somewhere far from the bedroom.'],
      ]),
    );
    expect(supportedBy(list, 'eli')?.label).toBe("Don't get up");
  });
  it('"Seeing it on paper ends the argument fast." says why "Write down every chore"', () => {
    const list = analyzeThread(
      makeThread('Partner and I argue about chores constantly', [
        [
          'ali',
          'Write down every chore and how often it happens, then split the list. Seeing it on paper ends the "I do more" argument fast.',
        ],
        ['jon', 'Lower your standards a bit.'],
      ]),
    );
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'ali'))).toHaveLength(1);
  });
});

describe('stop 58: a time of day names no advice, and a critic by what the act made worse', () => {
  it('"Go for a 10 minute walk after lunch" does not join "Look at what you eat for lunch"', () => {
    const list = analyzeThread(
      makeThread('I get a 3pm energy crash at work every single day', [
        ['ada', 'Look at what you eat for lunch. Protein and veg and I am fine.'],
        ['bob', 'Go for a 10 minute walk after lunch, outside if you can.'],
        ['dan', 'Seconding lighter lunches.'],
      ]),
    );
    expect(together(list, 'ada', 'dan')).toBeDefined();
    expect(together(list, 'ada', 'bob')).toBeUndefined();
    expect(supportedBy(list, 'bob')?.label).toBe('Go for a 10 minute walk');
  });
  it('"I don\'t know, cutting coffee made my afternoons worse" argues against "Cut the caffeine after noon"', () => {
    const list = analyzeThread(
      makeThread('I get a 3pm energy crash at work every single day', [
        ['eve', 'Cut the caffeine after noon.'],
        ['cal', 'Drink more water.'],
        {
          author: 'jay',
          text: "I don't know, cutting coffee made my afternoons worse for a month.",
          replyTo: 0,
        },
      ]),
    );
    const cut = supportedBy(list, 'eve');
    expect(cut?.stance).toBe('mixed');
    expect(cut?.supporters.find((p) => p.author === 'jay')?.stance).toBe('against');
  });
});

describe('stop 58: critics that grant it works, words to say, and what another time', () => {
  it('"Cloning works but it hides the design problem, I\'d avoid it as a habit." argues against "Just .clone() the vec."', () => {
    const list = analyzeThread(
      makeThread('Rust borrow checker: cannot borrow as mutable because it is also borrowed as immutable', [
        ['dan', "Just .clone() the vec. It's fine unless it's huge."],
        ['fin', 'Collect what you need first, then mutate in a second loop.'],
        {
          author: 'eve',
          text: "Cloning works but it hides the design problem, I'd avoid it as a habit.",
          replyTo: 0,
        },
      ]),
    );
    expect(supportedBy(list, 'dan')?.supporters.find((p) => p.author === 'eve')?.stance).toBe('against');
  });
  it('"Giving her control can make it worse." after "I\'d be careful with this one." is why the critic disagrees', () => {
    const list = analyzeThread(
      makeThread('My mother-in-law comments on everything I feed the baby', [
        ['eve', 'Give her a job.'],
        ['dan', "Don't explain or justify."],
        {
          author: 'fin',
          text: "I'd be careful with this one. Giving her control can make it worse.",
          replyTo: 0,
        },
      ]),
    );
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'fin'))).toHaveLength(1);
    expect(supportedBy(list, 'eve')?.stance).toBe('mixed');
  });
  it('a sentence all in quotes is words to say: "our pediatrician is happy…" is no advice to see a doctor', () => {
    const list = analyzeThread(
      makeThread('My mother-in-law comments on everything I feed the baby', [
        [
          'bob',
          '"Thanks, our pediatrician is happy with how she\'s doing." Then change the subject. Every single time.',
        ],
        ['ada', 'Your husband needs to be the one to talk to her.'],
        { author: 'ivy', text: 'Yes. Same sentence, every time, no debate.', replyTo: 0 },
      ]),
    );
    expect(list.some((s) => /doctor|pediatrician/i.test(s.label))).toBe(false);
    expect(together(list, 'bob', 'ivy')?.label).toBe('Change the subject');
  });
  it.each([
    ['Next time take a 50% deposit up front.', 'Take a 50% deposit up front'],
    [
      'Use std::mem::take to move the vec out, work on it, then put it back.',
      'Use std::mem::take to move the vec out',
    ],
  ])('"%s" is named "%s"', (text, label) => {
    const list = analyzeThread(
      makeThread("Freelance client hasn't paid my invoice, and a Rust question", [
        ['solo', text],
        ['other', 'Be patient.'],
      ]),
    );
    expect(supportedBy(list, 'solo')?.label).toBe(label);
  });
});

describe('stop 58: "I\'d disagree", "…makes it messy", "X-ing is what I do", and how to do what was agreed', () => {
  it('"I\'d disagree, she\'s 15…" argues against "Make her finish the year"', () => {
    const list = analyzeThread(
      makeThread('My 15 year old wants to quit piano after 8 years', [
        ['gus', 'Make her finish the year, then she can stop.'],
        ['eve', 'Find a new teacher.'],
        { author: 'hal', text: "I'd disagree, she's 15 and 8 years is plenty of commitment.", replyTo: 0 },
      ]),
    );
    expect(supportedBy(list, 'gus')?.supporters.find((p) => p.author === 'hal')?.stance).toBe('against');
  });
  it('"Merging is fine but it makes the history messy" argues against "Just merge main into your branch"', () => {
    const list = analyzeThread(
      makeThread('Git rebase keeps stopping with the same conflict over and over', [
        ['dan', 'Just merge main into your branch instead. One conflict resolution, done.'],
        ['gus', 'Rebase more often.'],
        {
          author: 'eve',
          text: "Merging is fine but it makes the history messy, some teams don't allow it.",
          replyTo: 0,
        },
      ]),
    );
    expect(supportedBy(list, 'dan')?.stance).toBe('mixed');
  });
  it('"Squashing first is what I do. git reset --soft main…" backs "Squash your branch first"', () => {
    const list = analyzeThread(
      makeThread('Git rebase keeps stopping with the same conflict over and over', [
        ['bob', 'Squash your branch first, then rebase. One commit means one conflict.'],
        ['gus', 'Rebase more often.'],
        {
          author: 'hal',
          text: 'Squashing first is what I do. git reset --soft main, commit, then rebase is trivial.',
          replyTo: 0,
        },
      ]),
    );
    expect(together(list, 'bob', 'hal')).toBeDefined();
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'hal'))).toHaveLength(1);
  });
  it('"This. Select the column, Ctrl+1, Text, then paste." is how to do "Format the column as Text"', () => {
    const list = analyzeThread(
      makeThread('Excel keeps changing my numbers into dates', [
        ['ada', "Format the column as Text before you paste. If you format after, it's already too late."],
        ['bob', "Put an apostrophe in front, '3-12."],
        { author: 'dan', text: 'This. Select the column, Ctrl+1, Text, then paste.', replyTo: 0 },
      ]),
    );
    expect(together(list, 'ada', 'dan')).toBeDefined();
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'dan'))).toHaveLength(1);
  });
});

describe('stop 58: why after an instruction, said as harm or as what cannot be done', () => {
  it('"Forcing a teenager to keep doing something makes them hate it forever." says why "Let her quit"', () => {
    const list = analyzeThread(
      makeThread('My 15 year old wants to quit piano after 8 years', [
        ['ada', 'Let her quit. Forcing a teenager to keep doing something makes them hate it forever.'],
        ['eve', 'Find a new teacher.'],
      ]),
    );
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'ada'))).toHaveLength(1);
  });
  it('"If it\'s not there you can\'t eat it." says why "Don\'t keep the stuff in the house"', () => {
    const list = analyzeThread(
      makeThread('How do I stop snacking at night?', [
        ['ada', "Don't keep the stuff in the house. If it's not there you can't eat it."],
        ['hal', 'Go to bed earlier.'],
      ]),
    );
    const mine = list.filter((s) => s.supporters.some((p) => p.author === 'ada'));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.stance).toBe('against');
  });
  it('"More exercise before you leave." is named so', () => {
    const list = analyzeThread(
      makeThread('Dog chews everything when left alone', [
        [
          'bob',
          'More exercise before you leave. A long walk or fetch in the morning, a tired dog chews less.',
        ],
        ['dan', 'Get a dog walker for midday.'],
      ]),
    );
    expect(supportedBy(list, 'bob')?.label).toBe('More exercise before you leave');
  });
});

describe('stop 58: an instruction on what the one before it named is how to do it', () => {
  it.each([
    [
      'Condensation on the inside of my windows every morning',
      "Get a dehumidifier for the bedroom. Empty it every day and you'll be shocked how much water it pulls out.",
    ],
    [
      'How do I get my 2 year old to sleep past 5am?',
      'Try a later bedtime. Move it to 7:30 or 8 over a week.',
    ],
    [
      'Nervous about asking my boss for a raise',
      "Write down everything you've taken on since your last review, with numbers where you can. Bring that list.",
    ],
  ])('%s: "%s" is one suggestion', (title, text) => {
    const list = analyzeThread(
      makeThread(title, [
        ['solo', text],
        ['other', 'Be patient.'],
      ]),
    );
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'solo'))).toHaveLength(1);
  });
  it('guard: "Run it with cProfile…" after an instruction names a tool of its own', () => {
    const list = analyzeThread(
      makeThread('Python script is super slow reading a big CSV, how to speed it up?', [
        [
          'berit',
          'Profile before you optimize anything. Run it with cProfile on the first 100k lines and see where the time goes.',
        ],
        ['other', 'Use pandas with chunksize.'],
      ]),
    );
    expect(list.some((s) => /cProfile/i.test(s.label))).toBe(true);
  });
  it('"You can\'t change the version of an existing venv." says why "Delete the old .venv first"', () => {
    const list = analyzeThread(
      makeThread('Python: my virtual environment is using the wrong Python version', [
        ['bob', "Delete the old .venv first. You can't change the version of an existing venv."],
        ['gus', 'Try uv.'],
      ]),
    );
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'bob'))).toHaveLength(1);
  });
  it('"Going in furious makes her defensive and you learn nothing." says why "Wait until you\'re calm"', () => {
    const list = analyzeThread(
      makeThread('My teenager vapes and I found out by accident', [
        [
          'ada',
          "Wait until you're calm before you talk to her. Going in furious makes her defensive and you learn nothing.",
        ],
        ['bob', 'Ask questions more than you lecture.'],
      ]),
    );
    expect(list.filter((s) => s.supporters.some((p) => p.author === 'ada'))).toHaveLength(1);
  });
  it('"That\'s risky, they may just let you go." argues against "Have an offer from somewhere else"', () => {
    const list = analyzeThread(
      makeThread('Nervous about asking my boss for a raise', [
        ['fin', "Have an offer from somewhere else. Honestly it's the only thing that moves most companies."],
        ['hal', "Name a specific number, don't ask them to make an offer."],
        { author: 'gus', text: "That's risky, they may just let you go. I wouldn't bluff.", replyTo: 0 },
      ]),
    );
    expect(supportedBy(list, 'fin')?.supporters.find((p) => p.author === 'gus')?.stance).toBe('against');
  });
});

describe('stop 59: an answer others vouched for is listed, whatever its phrasing', () => {
  const games = (reply: string): Thread =>
    makeThread('My 6 year old melts down every time she loses a board game', [
      ['ada', 'Play cooperative games for a while. Everyone wins or loses together.'],
      ['fin', 'We made a rule that whoever loses picks the next game. Suddenly losing had a perk.'],
      { author: 'asker', text: reply, replyTo: 1 },
    ]);
  it('a house rule the asker says worked is listed, named by the rule', () => {
    const list = analyzeThread(
      games('The loser picks rule is genius, we tried it last night and there were no tears at all.'),
    );
    expect(supportedBy(list, 'fin')?.label).toBe('Whoever loses picks the next game');
  });
  it('guard: the same answer only thanked ("Thanks, will try.") is not listed', () => {
    expect(supportedBy(analyzeThread(games('Thanks, will try.')), 'fin')).toBeUndefined();
  });
  it('"Call them." with a reply "This." is one suggestion of two people', () => {
    const list = analyzeThread(
      makeThread("Freelance client hasn't paid my invoice in 60 days", [
        ['ada', 'Send a formal final notice with a date.'],
        ['bob', "Call them. Emails are easy to ignore, a phone call isn't."],
        { author: 'dan', text: 'This. Call and ask who handles accounts payable.', replyTo: 1 },
      ]),
    );
    expect(together(list, 'bob', 'dan')?.label).toBe('Call them');
  });
  it('a cause named and agreed with ("You\'re probably using too much detergent" / "Yes, this.") is listed', () => {
    const list = analyzeThread(
      makeThread('Why does my washing machine smell like mildew right after a cycle?', [
        ['ada', 'Leave the door open between washes.'],
        ['fin', "You're probably using too much detergent. HE machines need like two tablespoons."],
        {
          author: 'hal',
          text: 'Yes, this. We cut our detergent in half and the smell went away.',
          replyTo: 1,
        },
      ]),
    );
    expect(authorsOf(together(list, 'fin', 'hal')!)).toEqual(['fin', 'hal']);
  });
  it('guard: a story agreed with ("I tried Working Hands and it stung…" / "Fair…") is not listed by its story', () => {
    const list = analyzeThread(
      makeThread('My hands crack and bleed every winter', [
        ['ada', 'Put on Vaseline and cotton gloves at night.'],
        ['lumi', 'I tried Working Hands and it stung like crazy on the cracks.'],
        { author: 'dagny', text: 'Fair, it does sting on open cracks.', replyTo: 1 },
      ]),
    );
    expect(list.some((s) => /stung/i.test(s.label))).toBe(false);
  });
  it('"This fixed it for me years ago." under an answer agrees with it', () => {
    const list = analyzeThread(
      makeThread('SSH session freezes after a few minutes idle', [
        ['ada', 'Add ServerAliveInterval 60 to your ~/.ssh/config under Host *.'],
        ['cal', 'Use mosh instead.'],
        { author: 'dan', text: 'This fixed it for me years ago. 60 is fine.', replyTo: 0 },
      ]),
    );
    expect(authorsOf(together(list, 'ada', 'dan')!)).toEqual(['ada', 'dan']);
  });
  it('"Agree, letting her win just delays it." under "Don\'t let her win." warns too', () => {
    const list = analyzeThread(
      makeThread('My 6 year old melts down every time she loses a board game', [
        ['cal', "Don't let her win. She needs to practice losing in a safe place."],
        ['ada', 'Play cooperative games for a while.'],
        { author: 'dan', text: 'Agree, letting her win just delays it.', replyTo: 0 },
      ]),
    );
    const s = together(list, 'cal', 'dan');
    expect(s?.stance).toBe('against');
    expect(s?.people).toBe(2);
  });
});

describe('stop 59: critics, causes and "worth asking"', () => {
  it('a suggestion is named in its giver\'s words, not a critic\'s ("Zinc oxide", not "Skip the pure zinc")', () => {
    const list = analyzeThread(
      makeThread('How do I stop burning my nose and ears when hiking?', [
        ['eve', "Zinc oxide on your nose. The white stuff. Doesn't sweat off."],
        ['bob', 'Wear a wide brimmed hat.'],
        { author: 'ivy', text: "I'd skip the pure zinc, it gets all over your sunglasses.", replyTo: 0 },
      ]),
    );
    const zinc = supportedBy(list, 'eve');
    expect(zinc?.label).toMatch(/^Zinc oxide/);
    expect(zinc?.stance).toBe('mixed');
  });
  it('a cause named past the asker\'s own words is named by the cause ("heater core", not "Sweet smell")', () => {
    const thread = makeThread('My car smells like maple syrup when the heater is on', [
      ['ada', "That's coolant. A sweet smell inside the cabin almost always means a leaking heater core."],
      ['bob', 'Get it to a mechanic soon.'],
      ['cal', "Check the passenger footwell carpet. If it's damp and sticky, that's your heater core."],
      { author: 'dan', text: 'Yep, heater core.', replyTo: 0 },
    ]);
    thread.question.text =
      '2012 Civic, sweet smell inside the car when the heat is on, and the windows fog up a bit. Is this serious?';
    expect(supportedBy(analyzeThread(thread), 'ada')?.label).toMatch(/heater core/i);
  });
  it('"Might be worth asking his teacher…" is advice to ask his teacher', () => {
    const list = analyzeThread(
      makeThread('My 9 year old interrupts constantly, every conversation', [
        ['dan', "Might be worth asking his teacher if it's the same at school."],
        ['cal', 'Praise him every time he waits.'],
      ]),
    );
    expect(supportedBy(list, 'dan')?.label).toBe('Ask his teacher');
  });
});

/** The stance a reply takes in the suggestion of the answer it replies to. */
function replierStance(answer: string, reply: string): string | undefined {
  const list = analyzeThread(
    makeThread('How do I fix this?', [
      ['ans', answer],
      ['other', 'Be patient.'],
      { author: 'replier', text: reply, replyTo: 0 },
    ]),
  );
  return supportedBy(list, 'ans')?.supporters.find((p) => p.author === 'replier')?.stance;
}

describe('stop 59: replies taking sides', () => {
  it.each([
    [
      "That seems harsh to me, he'll just feel ignored.",
      "Don't answer him when he interrupts. Just keep talking.",
      'against',
    ],
    ["You don't need a library for this.", 'Use a library. date-fns handles this properly.', 'against'],
    [
      'This was exactly our bug. A catch block that returned without releasing.',
      "Make sure you're releasing clients back to the pool. A missing client.release() in an error path will leak connections.",
      'for',
    ],
    [
      'This worked for us within a week.',
      "Tell her you can't understand the whiny voice and ask her to use her regular voice.",
      'for',
    ],
    [
      "It's fine until it isn't. Every connection is a process in Postgres.",
      'Raise max_connections to 300, it is fine on a decent box.',
      'against',
    ],
    ['This is the easy answer. One line.', 'Set cache: npm in actions/setup-node.', 'for'],
    [
      "This is the only way I've kept my relationship with my brother.",
      'Only ever give what you can afford to never see again. Think of it as a gift, not a loan.',
      'for',
    ],
    [
      "With family that usually just makes things awkward and she still won't pay.",
      'Write it down next time. A simple agreement with a repayment date makes it real.',
      'against',
    ],
    [
      'I get that but some of us need to eat and shower. Not helpful.',
      'Honestly, enjoy it. This phase is short.',
      'against',
    ],
    [
      "At 2 years that's unlikely to be the problem, and you can void the warranty.",
      'Repaste the CPU. Factory thermal paste dries out.',
      'against',
    ],
    [
      "I'd hold off on going to the manager, that can poison the team fast.",
      'Go to your manager and ask them to enforce the process.',
      'against',
    ],
    [
      'This is the answer if they recover overnight. Mine do it every July.',
      'Some afternoon wilting is normal in hot weather. Water deeply in the morning.',
      'for',
    ],
    // Stop 60: a doing called aggressive.
    [
      'Showing up with a recording feels a bit aggressive for a first conversation though.',
      'Record a video with timestamps before you say anything, so you have something to show them.',
      'against',
    ],
    [
      "The evidence for magnesium is pretty thin unless you're actually deficient.",
      'Try magnesium glycinate, 200-400mg at night.',
      'against',
    ],
    [
      'Indexing problems usually cause ghost shifting or noise, not skipping under hard load.',
      'Check the indexing first. Turn the barrel adjuster a quarter turn at a time.',
      'against',
    ],
    [
      "Good point, though if it runs fine when they type ./backup.sh then it's already executable.",
      'Is the script executable? Run chmod +x on backup.sh.',
      'against',
    ],
    [
      'Good point, though also check the shebang line.',
      'Is the script executable? Run chmod +x on backup.sh.',
      'for',
    ],
    [
      'Standing all day just swaps one problem for another. The benefit is in switching.',
      'Standing desk. I alternate every hour.',
      'against',
    ],
    [
      "Ginger helps me a bit, but it's mild. Fine for a short trip, not 8 hours.",
      'Ginger! Ginger chews or capsules.',
      'against',
    ],
  ])('"%s" under "%s" is %s it', (reply, answer, stance) => {
    expect(replierStance(answer, reply)).toBe(stance);
  });
});

describe('stop 60: a first step, a disclaimer and a pleasantry', () => {
  it('"First step is a vet visit, seriously." and "Seconding the vet." are one suggestion', () => {
    const list = analyzeThread(
      makeThread('Cat suddenly peeing outside the litter box?', [
        [
          'sam',
          'First step is a vet visit, seriously. Sudden peeing outside the box in a male cat can be a UTI or crystals.',
        ],
        ['ro', 'Switching the litter is a huge red flag. Go back to the old brand and see if it stops.'],
        {
          author: 'kit',
          text: 'Seconding the vet. Our boy did exactly this and it turned out to be crystals.',
          replyTo: 0,
        },
      ]),
    );
    expect(together(list, 'sam', 'kit')).toBeDefined();
  });
  it('"Not a doctor, but…" does not argue against seeing a doctor', () => {
    const thread = makeThread('Eyelid twitching for two weeks, should I worry?', [
      ['nope', "Not a doctor, but that's almost certainly myokymia, harmless eyelid twitching."],
      ['coffee', 'Cut back on the coffee.'],
      ['lumen', 'If it lasts more than a couple of months, see a doctor.'],
    ]);
    const doctor = supportedBy(analyzeThread(thread), 'lumen');
    expect(doctor?.supporters.some((p) => p.author === 'nope')).toBe(false);
    expect(doctor?.stance).toBe('for');
  });
  it('"Nice, enjoy the quiet." under the asker\'s update is no suggestion', () => {
    const thread = makeThread('How do I stop my hardwood floor from squeaking?', [
      ['jim', 'Tap a thin wood shim with a bit of glue into the gap between the subfloor and the joist.'],
      {
        author: 'asker',
        text: "Tapped in two shims with wood glue and it's completely silent now. Thanks all!",
        replyTo: 0,
      },
      { author: 'mk', text: 'Nice, enjoy the quiet.', replyTo: 1 },
    ]);
    expect(supportedBy(analyzeThread(thread), 'mk')).toBeUndefined();
  });
});

describe("stop 60: the question's own path, and a reply only following", () => {
  it('two answers naming the script the question gives are not one suggestion by it', () => {
    const thread = makeThread('Cron job runs fine manually but not from crontab?', [
      [
        'bash',
        "Redirect the output so you can see what's happening: 0 2 * * * /home/deploy/backup.sh >> /tmp/backup.log 2>&1",
      ],
      [
        'kern',
        'Is the script executable? chmod +x /home/deploy/backup.sh, and make sure it starts with a shebang.',
      ],
      ['sam', 'Use full paths for every command in the script, or set PATH at the top of the crontab.'],
    ]);
    thread.question.text =
      'I have a backup script at /home/deploy/backup.sh that works perfectly when I run it by hand. I added 0 2 * * * /home/deploy/backup.sh with crontab -e, but nothing happens.';
    expect(together(analyzeThread(thread), 'bash', 'kern')).toBeUndefined();
  });
  it.each([
    'Following, similar issue on a 5800X3D.',
    'Following. CrashLoopBackOff is the bane of my existence.',
    'Following, good thread.',
  ])('"%s" is no suggestion', (text) => {
    const list = analyzeThread(
      makeThread('Games stuttering even though FPS is high?', [
        ['frank', 'Go into the BIOS and enable EXPO.'],
        ['nn', text],
      ]),
    );
    expect(supportedBy(list, 'nn')).toBeUndefined();
  });
});

describe('stop 60: "Landlord here."', () => {
  it('names no landlord: an answer and a reply are not one suggestion by it', () => {
    const list = analyzeThread(
      makeThread('Can you negotiate a rent increase at lease renewal?', [
        ['rick', 'Email them politely with three or four comparable listings.'],
        [
          'jo',
          "Landlord here. A tenant who pays on time is worth a lot to me. I'd take a smaller increase over an empty unit every time.",
        ],
        {
          author: 'chen',
          text: 'Nthing the comps. Landlords often just apply a blanket increase without checking the market.',
          replyTo: 0,
        },
      ]),
    );
    expect(together(list, 'jo', 'chen')).toBeUndefined();
  });
});

describe('stop 62: "+1" before two things backs what it names first', () => {
  const targets = (s: string) =>
    sentenceTerms(s)
      .filter((t) => t.target)
      .map((t) => t.key);
  it.each(['+1 ACV and dish soap.', '+1 ACV + dish soap.'])('"%s" is aimed at ACV', (s) => {
    expect(targets(s)).toContain('w:acv');
  });
  it('guard: "1 cup of sugar and water." backs nothing', () => {
    expect(targets('1 cup of sugar and water.')).toEqual([]);
  });
});

describe('stop 62: "working out how much" is no exercise', () => {
  const keys = (s: string) => sentenceTerms(s).map((t) => t.key);
  it('"…working out how much sleep you have left…" names no strength training', () => {
    expect(keys('checking the time and working out how much sleep you have left is the worst')).not.toContain(
      'c:strength',
    );
  });
  it('guard: "Working out three times a week helped my sleep." does', () => {
    expect(keys('Working out three times a week helped my sleep.')).toContain('c:strength');
  });
});

describe('stop 62: a seconding by name finds the answer that listed it beside other things', () => {
  it('"seconding music." joins "…a cup of tea, folding towels, old photos, music from when she was young"', () => {
    const list = analyzeThread(
      makeThread('How do I cope with my mum with dementia asking the same questions all day?', [
        [
          'dee',
          'distraction works well. a cup of tea, folding towels, looking at old photos, music from when she was young.',
        ],
        ['ben', 'You need breaks. Ask social services for a carers assessment.'],
        ['mm', 'seconding music. there is a charity that helps you make a personal playlist.'],
      ]),
    );
    expect(together(list, 'dee', 'mm')).toBeDefined();
  });
});

describe('stop 63: a seconding by a word the answer above said in another form', () => {
  it('"+1 to weighing." joins "Weigh your flour instead of using cups."', () => {
    const list = analyzeThread(
      makeThread('Why is my sandwich loaf so dense?', [
        { author: 'dave', text: 'Weigh your flour instead of using cups.' },
        { author: 'kn', text: '+1 to weighing.' },
        { author: 'lo', text: 'Let it prove longer, somewhere warm.' },
      ]),
    );
    expect(together(list, 'dave', 'kn')).toBeDefined();
  });
  it('"Seconding a cleaner if you can afford it." joins "Get a cleaner."', () => {
    const list = analyzeThread(
      makeThread('How do two working parents keep the house clean?', [
        { author: 'crumbs', text: 'Get a cleaner. Even 2 hours a fortnight.' },
        { author: 'tidy', text: 'Seconding a cleaner if you can afford it.' },
        { author: 'hippo', text: 'Have a daily task list rather than saving it all for Saturday.' },
      ]),
    );
    expect(together(list, 'crumbs', 'tidy')).toBeDefined();
  });
});

describe('stop 63: framing and liking name nothing', () => {
  const keys = (s: string) => sentenceTerms(s).map((t) => t.key);
  it('"Unpopular opinion, but you can report him…" keys no opinion', () => {
    expect(keys('Unpopular opinion, but you can report him to the DVLA yourself.')).not.toContain(
      'w:opinion',
    );
  });
  it('"love this." keys nothing', () => {
    expect(keys('love this.')).toEqual([]);
  });
  it('guard: "I love that book." keys the book', () => {
    expect(keys('I love that book.')).toContain('c:book');
  });
  it('a reply "love this." to the asker\'s update founds nothing', () => {
    const list = analyzeThread(
      makeThread('How do I start decluttering?', [
        { author: 'frank', text: 'Get the stuff out of the house the same day.' },
        { author: 'asker', text: 'Update: 11 bags out the door, straight to the car. Thanks frank!' },
        { author: 'sarah', text: 'love this. the spouse thing happens so often!', replyTo: 1 },
      ]),
    );
    expect(list.some((s) => s.supporters.some((p) => p.author === 'sarah'))).toBe(false);
  });
});

describe('stop 63: "can confirm" names nothing', () => {
  it('"can confirm the in person thing." keys no confirm', () => {
    expect(sentenceTerms('can confirm the in person thing.').map((t) => t.key)).not.toContain('w:confirm');
  });
});

describe('stop 64: a seconding by a shortened name', () => {
  it('"Seconding coach_deb." joins coach_deb_ultra\'s advice', () => {
    const list = analyzeThread(
      makeThread('Side stitch every time I run, how do I stop it?', [
        ['coach_deb_ultra', 'Lie on your back with a book on your stomach and practise belly breathing.'],
        ['kmbrly', 'Slow down.'],
        ['splitz', 'Seconding coach_deb.'],
      ]),
    );
    expect(together(list, 'coach_deb_ultra', 'splitz')).toBeDefined();
  });
  it('guard: "Seconding allergy shots." joins the shots, not allergy_mom_3\'s spray', () => {
    const list = analyzeThread(
      makeThread("Allergic to my partner's cats, what helps?", [
        ['allergy_mom_3', 'Nasal steroid spray.'],
        ['allergist_assistant', 'Allergy shots (immunotherapy) for cat are very effective.'],
        ['ragweed_rob', 'Seconding allergy shots.'],
      ]),
    );
    expect(together(list, 'allergist_assistant', 'ragweed_rob')).toBeDefined();
    expect(together(list, 'allergy_mom_3', 'ragweed_rob')).toBeUndefined();
  });
});

describe('stop 64: who writes, and small talk, found nothing', () => {
  it('"Optometrist here." founds no suggestion to see one', () => {
    const list = analyzeThread(
      makeThread('Night driving glare getting worse, what helps?', [
        ['optom_od', 'Optometrist here. Please get an eye exam before you buy anything.'],
        ['clean_windshield', 'Clean the inside of your windshield.'],
      ]),
    );
    expect(list.some((s) => s.supporters.some((p) => /optometrist here/i.test(p.quote)))).toBe(false);
  });
  it('"Worked at a payments company." founds nothing', () => {
    const list = analyzeThread(
      makeThread('How do I avoid rounding errors with money in JavaScript?', [
        ['cents_c', 'Do all the math in integer cents.'],
        ['fintech_f', 'Worked at a payments company. Never use a float for money.'],
      ]),
    );
    expect(list.some((s) => s.supporters.some((p) => /payments company/i.test(p.quote)))).toBe(false);
  });
  it.each(['Ha, yes.', 'Following, mine lives outside too.'])(
    'a reply "%s" founds nothing of its own',
    (text) => {
      const list = analyzeThread(
        makeThread('My bike was stolen twice, how do I lock it?', [
          ['pedalwrench', 'Get a proper D-lock.'],
          { author: 'nn', text, replyTo: 0 },
        ]),
      );
      // (Agreeing, it may join the D-lock; it founds nothing of its own.)
      expect(list.some((s) => s.supporters.every((p) => p.author === 'nn'))).toBe(false);
    },
  );
  it('"…pace yourself, ask me how I know" is not named as asking', () => {
    expect(
      sentenceTerms('prunes are great but pace yourself, ask me how I know').map((t) => t.key),
    ).not.toContain('w:ask');
  });
  it('guard: "Ask me how I know" alone keys its asking', () => {
    expect(sentenceTerms('Ask your pharmacist how to take it, trust me').map((t) => t.key)).toContain(
      'w:ask',
    );
  });
});

describe('stop 64: an instruction of its own after a warning is for its thing', () => {
  it.each([
    [
      'A debt collector keeps calling about an old card, what do I do?',
      "Still, don't confirm anything and get it all in writing.",
      'writing',
      'Ask for everything in writing.',
    ],
    [
      'How do I not freeze during my best man speech?',
      "Don't memorise it word for word, use cue cards with bullet points.",
      'cue cards',
      'Cue cards saved me.',
    ],
  ])('%s: "%s" is for %s', (title, text, thing, second) => {
    const list = analyzeThread(
      makeThread(title, [
        ['solo', text],
        ['other', 'Be patient.'],
        // (A second answer naming the thing: the group is about it, not about the warning.)
        ['third', second],
      ]),
    );
    const s = together(list, 'solo', 'third');
    expect(s?.label.toLowerCase()).toContain(thing);
    expect(s?.supporters.find((p) => p.author === 'solo')?.stance).toBe('for');
  });
});

describe('stop 64: a name in brackets aliases no broad concept', () => {
  it('"Flonase (fluticasone)" does not join an antihistamine to the nasal spray', () => {
    const list = analyzeThread(
      makeThread("Allergic to my partner's cats, what helps?", [
        ['sneezy', "Take the antihistamine before you go, and daily, not when it's already bad."],
        ['mom3', 'Nasal steroid spray. Flonase (fluticasone) or Nasacort.'],
        ['zach', 'Might be worth trying a different antihistamine.'],
      ]),
    );
    expect(together(list, 'sneezy', 'zach')).toBeDefined();
    expect(together(list, 'sneezy', 'mom3')).toBeUndefined();
  });
});

describe('stop 64: talking to an adviser of some kind', () => {
  it.each(['Talk to an actual lawyer before going there.', 'Speak to your family doctor first.'])(
    '"%s" keys no conversation',
    (text) => {
      expect(sentenceTerms(text).map((t) => t.key)).not.toContain('c:conversation');
    },
  );
  it('guard: "Talk to her about it." keys the conversation', () => {
    expect(sentenceTerms('Talk to her about it.').map((t) => t.key)).toContain('c:conversation');
  });
});

describe('stop 64: what "don\'t stop" is said of is urged', () => {
  it('"Don\'t stop talking." does not negate the talking', () => {
    expect(sentenceTerms("Don't stop talking.").find((t) => t.key === 'w:talk')?.negated).toBe(false);
  });
  it('guard: "Stop eating sugar." negates the sugar', () => {
    expect(sentenceTerms('Stop eating sugar.').find((t) => t.key === 'w:sugar')?.negated).toBe(true);
  });
});

describe('stop 65: one person naming a rare thing again in a later post', () => {
  const thread = (again: string) =>
    makeThread('TV and soundbar lose ARC after standby?', [
      { author: 'av', text: 'First thing: check SIMPLINK is on in the TV menu.' },
      { author: 'bob', text: 'Replace the HDMI cable with a certified one.' },
      { author: 'asker', text: 'It was on already.', replyTo: 0 },
      { author: 'av', text: again, replyTo: 2 },
    ]);
  it('goes on with their suggestion', () => {
    const s = analyzeThread(thread('Try turning SIMPLINK off and on again.'));
    const avs = s.filter((x) => x.supporters.some((p) => p.author === 'av'));
    expect(avs).toHaveLength(1);
    expect(avs[0]!.supporters.map((p) => p.author)).toEqual(['av', 'av']);
  });
  it('guard: a different thing in their later post stays apart', () => {
    const s = analyzeThread(thread('Also get a certified HDMI cable.'));
    const simplink = s.find((x) => /simplink/i.test(x.label))!;
    expect(simplink.supporters.map((p) => p.author)).toEqual(['av']);
  });
});

describe('stop 65: "Repeat as needed." after an instruction', () => {
  it.each(['Repeat as needed.', 'Repeat two or three times at most.'])('"%s" is its step', (again) => {
    const s = analyzeThread(
      makeThread('How do I get old grease stains out of jeans?', [
        { author: 'grease', text: `Work dish soap into the dry stain and leave it 30 minutes. ${again}` },
        { author: 'other', text: 'Try WD-40 first, then dish soap.' },
      ]),
    );
    const greases = s.filter((x) => x.supporters.some((p) => p.author === 'grease'));
    expect(greases).toHaveLength(1);
    expect(greases[0]!.supporters.find((p) => p.author === 'grease')!.sentences).toHaveLength(2);
  });
});

describe('stop 65: a reply naming someone who answered the same post', () => {
  it('backs what they said there, not their first suggestion', () => {
    const list = analyzeThread(
      makeThread('How do I stop my cat scratching the couch?', [
        { author: 'whisker', text: 'Get a tall sisal post and put it by the couch.' },
        { author: 'tape_fan', text: 'Double sided tape on the couch arm works.' },
        { author: 'sally', text: 'Sisal post, seconded.' },
        { author: 'spritz', text: 'Spray her with water when she scratches.' },
        {
          author: 'whisker',
          text: 'Please don’t. Clap your hands and walk out of the room instead.',
          replyTo: 3,
        },
        { author: 'jen', text: 'Agree with whisker. Spray bottles mostly just damage trust.', replyTo: 3 },
      ]),
    );
    expect(together(list, 'whisker', 'jen')!.label).toMatch(/clap/i);
    expect(together(list, 'sally', 'jen')).toBeUndefined();
  });
});

describe('stop 66: a why beside its answer’s advice rides with it', () => {
  const boxes = (why: string) =>
    makeThread('How do I pack books for a move?', [
      { author: 'carl', text: `Don't overfill them. ${why} Tape the bottom in an H pattern.` },
      { author: 'dina', text: 'Use small boxes for books.' },
      { author: 'ed', text: 'Pack them spine down.' },
    ]);
  const tape = (s: Suggestion[]) => s.find((x) => /^tape the bottom/i.test(x.label))!;
  it('joins the advice whose thing it names, which still names and quotes the suggestion', () => {
    const why = 'Full boxes get heavy fast and the bottom gives out.';
    const s = analyzeThread(boxes(why));
    expect(s.filter((x) => x.supporters.some((p) => p.author === 'carl' && p.stance === 'for'))).toHaveLength(
      1,
    );
    const carl = tape(s).supporters.find((p) => p.author === 'carl')!;
    expect(carl.quote).toBe('Tape the bottom in an H pattern.');
    expect(carl.sentences).toContain(why);
  });
  it('guard: one naming nothing that advice names does not ride with it', () => {
    const why = 'Full boxes get heavy fast and the handles tear.';
    const carl = tape(analyzeThread(boxes(why))).supporters.find((p) => p.author === 'carl')!;
    expect(carl.sentences).not.toContain(why);
  });
});

describe('stop 66: "Try 2-3mm at 25-30mm/s." after an instruction', () => {
  const thread = (amount: string) =>
    makeThread('Stringing everywhere on my PLA prints', [
      {
        author: 'bea',
        text: `Retraction of 6mm is long for a direct drive, so run a retraction tower. ${amount}`,
      },
      { author: 'cal', text: 'Dry your filament.' },
      { author: 'dee', text: 'Lower the nozzle temperature.' },
    ]);
  it('is how much of it, a step of that instruction', () => {
    const beas = analyzeThread(thread('Try 2-3mm at 25-30mm/s.')).filter((x) =>
      x.supporters.some((p) => p.author === 'bea'),
    );
    expect(beas).toHaveLength(1);
    expect(beas[0]!.label).toMatch(/retraction tower/i);
    expect(beas[0]!.supporters[0]!.sentences).toHaveLength(2);
  });
  it('guard: an amount of something else named is advice of its own', () => {
    const beas = analyzeThread(thread('Try 2mm of Teflon tape on the coupler.')).filter((x) =>
      x.supporters.some((p) => p.author === 'bea'),
    );
    expect(beas.length).toBeGreaterThan(1);
  });
});

describe('stop 66: an answer opening on a thing named, with no verb', () => {
  it('offers it: it does not ride with the instruction after it', () => {
    const s = analyzeThread(
      makeThread('Keeping my US number after moving abroad', [
        {
          author: 'pam',
          text: 'Cheapest real SIM option: a prepaid MVNO plan for a few dollars a month. Keep the SIM in an old phone on wifi.',
        },
        { author: 'sam', text: 'Port it to Google Voice.' },
        { author: 'kim', text: 'Set a port-out PIN.' },
      ]),
    );
    expect(s.some((x) => /mvno/i.test(x.label))).toBe(true);
  });
});
