import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../../lib/advice';
import { collectCandidates } from '../../../lib/advice/candidates';
import {
  asksForAdvice,
  asksOpinion,
  asksUnmarked,
  instructsAfterRemark,
  isBackstory,
  isExplanation,
  isPreamble,
  isProgramOutput,
  choiceOptions,
  isRecommendationRequest,
  isSelfIntroduction,
  isTitleHeading,
  replyStance,
} from '../../../lib/advice/thread-shape';
import { authorsOf, makeThread, together, supportedBy } from './make-thread';

describe('replyStance: how a reply opens towards the answer it replies to', () => {
  const cases: [string, 'agree' | 'disagree' | null][] = [
    ['Same here, great for the bedroom and when traveling.', 'agree'],
    ['Rye flour is magic for starters, agreed.', 'agree'],
    ['Rye flour is not worth it, agreed.', null],
    ['Taking a break is a good idea, I did the same.', 'agree'],
    ['Yes, eggshells are a myth for blossom end rot.', 'disagree'],
    // Said to agree, in those words: under a warning, calling the thing a myth is its side.
    ['Agreed, cinnamon is a myth.', 'agree'],
    // Granted for one use, then a shortcoming: against. A limit on how to use it is not.
    ["LeetCode is fine for interviews but it won't teach you how to work with messy real data.", 'disagree'],
    ["--network host is fine for testing but don't leave it like that.", null],
    ['I agree, the float test is a myth.', 'agree'],
    ['True, the DESC is optional.', 'agree'],
    // Granted, then a "but" that limits it: an argument against (stop 47; it took no side before).
    ['True, but that relies on the company growing.', 'disagree'],
    ["Keeping the crate by the bed, that's what I did.", 'agree'],
    ['This is what finally worked for us.', 'agree'],
    ['Worked for me.', 'agree'],
    ['Worked for me in three days.', 'agree'],
    ['Do this once a month and it stays away.', 'agree'],
    ['Do this instead.', null],
    ["I wouldn't risk it.", 'disagree'],
    ['Not worth the risk.', 'disagree'],
    ["Too risky, you'd lose the job.", 'disagree'],
    ['Too risky for me to say.', null],
    ["Heat can warp the battery and the glue, I wouldn't.", 'disagree'],
    ["Tubeless on a cheap road bike is a pain, I'd sort out the cause first.", 'disagree'],
    ["Debian's packages are often old though.", 'disagree'],
    ["It's old but works though.", null],
    ["Don't restrict water too much though, it can make the bladder smaller.", 'disagree'],
    ["Don't worry too much.", null],
    ["That's what we did.", 'agree'],
    ["This is what I'd do if I were you.", null],
    ['Agreed, this is a must-read.', 'agree'],
    ['I totally agree with you.', 'agree'],
    ['+1, mine has lasted ten years.', 'agree'],
    ['This.', 'agree'],
    ['Was going to say the same thing.', 'agree'],
    ['Can confirm, it works.', 'agree'],
    ['Second getting proper shoes.', 'agree'],
    ['Thirding the melatonin.', 'agree'],
    ['Also seconding the scale.', 'agree'],
    ['Another vote for Sintra.', 'agree'],
    ['Second, you should go early.', null],
    ['Second thing: it rusts.', null],
    ['Second time this happened to me.', null],
    ['I disagree.', 'disagree'],
    ['Hard disagree on the ice part.', 'disagree'],
    ['No, that will void the warranty.', 'disagree'],
    ['Bad advice: it will rust.', 'disagree'],
    ['Not necessarily, plenty of cats ignore mice.', 'disagree'],
    ['Not in my experience, ours chewed through it.', 'disagree'],
    ['Not always the cheapest, but close.', 'disagree'],
    ['Not sure what you mean.', null],
    ['I used to sell tires, and the line I always used was this.', null],
    ['Thanks for the clarification!', null],
    ['This is why I never buy used.', null],
    ['Nobody mentioned the price.', null],
    ['This is the right answer. --soft is exactly what you want.', 'agree'],
    ["That's the correct fix.", 'agree'],
    ["That's exactly how you get a kid who hides a second phone.", 'disagree'],
    ["That's how you end up with a burnt pan.", 'disagree'],
    ["That's a great way to get fired.", 'disagree'],
    ["That's exactly what I did.", 'agree'],
    ['100% this. Waiving inspection is the biggest mistake.', 'agree'],
    ['100% this is wrong.', null],
    ["SMC reset works differently on T2 Macs, it's mostly a myth now.", 'disagree'],
    ['Copper tape is mostly a myth, agreed.', 'agree'],
    ["Please don't, she'll just learn to fear you.", 'disagree'],
    ["I wouldn't, it voids the warranty.", 'disagree'],
    // A bare "Please don't." says no as plainly (its why, after it, is the reply's too).
    ["Please don't.", 'disagree'],
    ["That's exactly it.", 'agree'],
    ["That's a great way to get started.", null],
    ['This is the right time to ask.', null],
    ['That is the way it goes sometimes.', null],
    ['This is the way.', 'agree'],
    ['The prep thing works.', 'agree'],
    ['Piggybacking on others is great advice, I do it all the time.', 'agree'],
    ['The weather is great today.', null],
    ['It was the cable for me too.', 'agree'],
    ['It was the cable for me too, then it broke.', null],
    ['Tom is right, my work let me keep mine in the basement once I asked.', null],
    ["You're spot on about the seat.", 'agree'],
    ["It's right there in the manual.", null],
    ['Timing is right for a new one.', null],
    ['Two locks is the way.', 'agree'],
    ['Practice really is the answer.', 'agree'],
    ['This is 100% the answer.', 'agree'],
    ['This is how I found out Facebook was using 40% of my battery.', 'agree'],
    ['This is how I lost my keys.', null],
    ["The TV thing is so true, we didn't realise how much it pulled her away.", 'agree'],
    ['The fridge thing is true for most bread but a humid kitchen is another story.', null],
    ['The answer is in the manual.', null],
    ['Two locks is the way to go.', 'agree'],
    ['Two locks is the way thieves get annoyed.', null],
    ['Yes to mentioning something specific.', 'agree'],
    ['Big yes to the paper towel trick.', 'agree'],
    ['Yesterday it rained.', null],
    ["That's a myth.", 'disagree'],
    ["That's an old wives' tale, it does nothing.", 'disagree'],
    ['The myth is everywhere.', null],
    ['This was it for me.', 'agree'],
    ['That was it, we left.', null],
    ['We did this and it worked within a week.', 'agree'],
    ['I tried that too and it helped.', 'agree'],
    // (Not an agreement, though it opens as "We did this and it worked" does: it argues
    // against, since a reply saying the advice backfired is read as pushing back.)
    ['We did this and it backfired.', 'disagree'],
    ['This worked for me.', 'agree'],
    ['That did the trick for us!', 'agree'],
    ['This fixed it for me.', 'agree'],
    ['This helped me a lot.', 'agree'],
    ['That worked for my dog too!', 'agree'],
    ['This worked for me, but only for a week.', null],
    ['This helped me understand the issue.', null],
    ['That worked out in the end.', null],
    ['This is right, softener builds up in the drum.', 'agree'],
    ["That's right, it does.", 'agree'],
    ['So true.', 'agree'],
    ['This is right where it should be.', null],
    ["Great idea, that's how I got over my nerves.", 'agree'],
    ['Good test.', 'agree'],
    ['Great idea, but it never works with teenagers.', null],
    ['Good idea to ask first.', null],
    ['This is the real secret.', 'agree'],
    ['This is the right first step.', 'agree'],
    ['Improv is great for this.', 'agree'],
    ['Improv is great for this age group, though.', null],
    ["I wouldn't rely on notes in person, it can look like you're reading a script.", 'disagree'],
    ["I'd be careful relying on hiding them.", 'disagree'],
    ['I tried Bumble BFF for months and got nowhere.', 'disagree'],
    ['I tried Bumble BFF for months and met my best friend.', null],
    ['Great point, I had this exact problem.', 'agree'],
    ['Great point, but it rarely works.', 'disagree'],
    ['This is the right way to do it.', 'agree'],
    ['Yeah the dye cans are a good call, then look for the glow.', 'agree'],
    ['This is the single biggest thing.', 'agree'],
    ["I'd skip the note.", 'disagree'],
    ["I'd skip ahead to chapter 3.", null],
    ['Animal control should be the last resort though, it will wreck your relationship.', 'disagree'],
    ['The last resort is a vet visit.', null],
    ["That's a great way to start a cold war.", 'disagree'],
    ["Hosting matters but I wouldn't start there.", 'disagree'],
    ["We have the Hatch and it's been a lifesaver.", 'agree'],
    ["That's been a game changer for us.", 'agree'],
    ["It's been a lifesaver? Not for us.", null],
    ['Counterintuitive but true.', 'agree'],
    ["The float test isn't reliable, plenty of ready starters sink.", 'disagree'],
    ['Those meters are pretty inaccurate in my experience, the finger test is better.', 'disagree'],
    ["He'll find a way around them in a day, they always do.", 'disagree'],
    ['10-15% is reasonable for a first counter.', 'agree'],
    ["That sounds reasonable but I'd go higher.", null],
    ['Underrated fix, people hide routers in the worst places.', 'agree'],
    ["That's a good approach, it takes you out of the enforcer role.", 'agree'],
    ['This is key with a double sink, people forget the other side.', 'agree'],
    ['This is key lime pie.', null],
    ['Tried this and it did nothing for me, unfortunately.', 'disagree'],
    ['Hitting a kid to teach her not to hit makes no sense.', 'disagree'],
    ['It makes sense to try it first.', null],
    ["--network host doesn't work on Docker Desktop for Mac, it only works on Linux.", 'disagree'],
    ["WD-40 works but I wouldn't use it on jars for food.", 'disagree'],
    ['That just makes the fear bigger over time, avoidance feeds anxiety.', 'disagree'],
    ['The fridge actually makes bread go stale faster.', 'disagree'],
    ['This makes it so much easier.', null],
    ['Copper tape makes it harder for slugs to cross.', null],
    ['Bread boxes are nice but ours still got moldy in summer.', 'disagree'],
  ];
  it.each(cases)('%s → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });

  // In a thread asking for recommendations, a reply pointing back at the answer's pick talks it up.
  const inRecommendations: [string, 'agree' | null][] = [
    ['His later paper on secrecy systems is right up there too.', 'agree'],
    ['That book changed how I think about money.', 'agree'],
    ['Its sequel is even better.', 'agree'],
    ['His ideas are overrated, honestly.', null],
    ["That book didn't age well.", null],
    ['Where did you find a copy?', null],
  ];
  it.each(inRecommendations)('in a recommendation thread: %s → %s', (sentence, expected) => {
    expect(replyStance(sentence, true)).toBe(expected);
  });
  it('a first sentence that takes no side, then "Not worth the money", disagrees', () => {
    const first = 'Ladybugs mostly fly away within a day in my experience.';
    expect(replyStance(first, false, 'Not worth the money on a balcony.')).toBe('disagree');
    expect(replyStance(first, false, 'Worth every penny though.')).toBeNull();
    expect(replyStance('Extenders halve your bandwidth.', false, "I'd avoid them.")).toBe('disagree');
    expect(replyStance('Extenders halve your bandwidth.', false, "I'd avoid the cheap ones.")).toBeNull();
    expect(replyStance('Hitting a kid is how she learned it.', false, "Please don't.")).toBe('disagree');
    expect(replyStance(first)).toBeNull();
  });
  it('"Tom is right" agrees with Tom, not with anyone else', () => {
    const said = 'Tom is right, my work let me keep mine in the basement once I asked.';
    expect(replyStance(said, false, undefined, 'tom')).toBe('agree');
    expect(replyStance(said, false, undefined, 'tom harris')).toBe('agree');
    expect(replyStance(said, false, undefined, 'vic')).toBeNull();
    expect(replyStance('Timing is right for a new one.', false, undefined, 'tom')).toBeNull();
  });
  it('elsewhere, pointing back is not agreement', () => {
    expect(replyStance('His later paper is right up there too.')).toBeNull();
  });

  // "Nice!" is glad to hear of the pick; only what the reply says next makes it a vote.
  const reactions: [string, string | undefined, 'agree' | null][] = [
    ['Nice!', "It's really well written.", 'agree'],
    ['Oh cool.', 'That one is a classic.', 'agree'],
    ['Nice!', 'Related: you might find the book Matters Computational useful.', null],
    ['Nice!', "It's overrated, though.", null],
    ['Nice!', undefined, null],
  ];
  it.each(reactions)('%s then %s → %s', (sentence, next, expected) => {
    expect(replyStance(sentence, true, next)).toBe(expected);
  });

  it('a reaction that goes on to its own pick does not join the pick it answers', () => {
    const list = analyzeThread(
      makeThread('What are the best papers you have read?', [
        ['ann', 'How to Write Fast Numerical Code, by Franchetti.'],
        {
          author: 'bob',
          text: 'Nice!\n\nRelated: you might find the book Matters Computational useful.',
          replyTo: 0,
        },
        { author: 'cyd', text: "Nice! It's really well written.", replyTo: 0 },
      ]),
    );
    const fast = list.find((s) => /numerical/i.test(s.label));
    expect(fast && authorsOf(fast)).toEqual(['ann', 'cyd']);
  });
});

describe('isRecommendationRequest: threads that ask for things to try or buy', () => {
  const ask = (title: string, body = ''): boolean =>
    isRecommendationRequest({
      title,
      question: makeThread(title, []).question && { ...makeThread(title, []).question, text: body },
    });
  it.each([
    'What are the best papers you read in your life?',
    'What is the most "worth it" item you have ever purchased?',
    'Book recommendations for a long flight',
    'Your favorite podcast about history?',
    'Books like The Martian?',
    'Gift ideas for my dad who has everything?',
    'Three days in Lisbon, what should I not miss?',
    'What should I get my sister for her 30th?',
    'What text editor do you use for writing prose?',
    'What note taking app do you all use?',
  ])('asks for recommendations: %s', (title) => expect(ask(title)).toBe(true));
  it.each([
    'Unrelenting back spasms',
    'Cannot use import statement outside a module',
    'How do I keep my sourdough starter alive while I travel?',
    'My dog acts like a cat, is that normal?',
    'What should I do about my noisy neighbours?',
    'Should I tell my best friend her husband is cheating?',
    'Doing my best but my toddler still will not sleep',
  ])('asks for a fix: %s', (title) => expect(ask(title, 'Any suggestions? I am at a loss.')).toBe(false));
  it('reads a direct request in the question body', () => {
    expect(ask('Long flight next week', 'Can you recommend me some good audiobooks?')).toBe(true);
  });
});

describe('choiceOptions: a title asking to choose between named options', () => {
  it.each([
    ['Should I buy a used Honda Civic or a new Kia Forte?', ['a used Honda Civic', 'a new Kia Forte']],
    ['Which is better, Duolingo or Babbel?', ['Duolingo', 'Babbel']],
    ['Postgres vs MySQL for a small app', ['Postgres', 'MySQL']],
    ['Laptop died, should I repair it or buy new?', ['repair it', 'buy new']],
  ])('%s', (title, options) => expect(choiceOptions(title)).toEqual(options));

  it.each([
    'My laptop fan is loud or it gets hot?',
    'Is it normal for my 2 year old to not talk yet?',
    'Knee pain when running or walking',
  ])('asks no choice: %s', (title) => expect(choiceOptions(title)).toBeNull());
});

describe('replies join what the answer they reply to advised', () => {
  it('an agreeing reply adds its author to the parent answer’s pick', () => {
    const thread = makeThread('What is the best thing you ever bought for under $20?', [
      ['kim', 'A ten foot phone charging cable.'],
      { author: 'lee', text: 'Same here, it reaches the couch.', replyTo: 0 },
      ['max', 'A cast iron skillet.'],
    ]);
    const list = analyzeThread(thread);
    const cable = supportedBy(list, 'kim')!;
    expect(authorsOf(cable)).toEqual(['kim', 'lee']);
    expect(cable.people).toBe(2);
    expect(list[0]).toBe(cable);
  });

  it('a disagreeing reply is listed against it, and the suggestion is mixed', () => {
    const thread = makeThread('Best way to clean a cast iron pan?', [
      ['kim', 'Scrub it with coarse salt and a little oil.'],
      { author: 'lee', text: 'I disagree. Salt scratches the seasoning.', replyTo: 0 },
    ]);
    const salt = supportedBy(analyzeThread(thread), 'kim')!;
    expect(salt.stance).toBe('mixed');
    expect(salt.supporters.find((p) => p.author === 'lee')?.stance).toBe('against');
  });

  it('an agreeing reply joins its parent’s pick, not a group it shares a passing word with', () => {
    const thread = makeThread('What are the best papers you have read?', [
      ['kim', 'A Mathematical Theory of Communication by Claude Shannon.'],
      {
        author: 'lee',
        text: 'I agree with you, what is so amazing is that it is a first principles analysis.',
        replyTo: 0,
      },
      ['max', 'End to end principle: the classic paper by Saltzer.'],
      ['ned', 'Principles of Design (1998) by Tim Berners-Lee.'],
    ]);
    const list = analyzeThread(thread);
    const shannon = supportedBy(list, 'kim')!;
    expect(authorsOf(shannon)).toEqual(['kim', 'lee']);
    for (const s of list) if (s !== shannon) expect(authorsOf(s)).not.toContain('lee');
  });

  it('"This worked for me." under an answer backs it, with no words of its own to match', () => {
    const thread = makeThread('Laptop fan is always loud', [
      ['kim', 'Blow out the vents with compressed air.'],
      ['max', 'Put the laptop on a hard surface, not a bed.'],
      { author: 'lee', text: 'This worked for me.', replyTo: 0 },
      { author: 'ned', text: 'This fixed it for me. The duvet was blocking the intake.', replyTo: 1 },
    ]);
    const list = analyzeThread(thread);
    expect(authorsOf(supportedBy(list, 'kim')!)).toEqual(['kim', 'lee']);
    expect(authorsOf(supportedBy(list, 'max')!)).toEqual(['max', 'ned']);
  });

  it('a reply opening on a gerund is about what the gerund acts on: "Moving to 5 GHz made no difference"', () => {
    const thread = makeThread('Bluetooth headphones keep cutting out', [
      ['kim', 'Switch your router to 5 GHz so it stops sharing the band with Bluetooth.'],
      ['max', 'Update the Bluetooth driver from the maker’s site.'],
      { author: 'lee', text: 'Moving to 5 GHz made no difference for me.', replyTo: 0 },
    ]);
    const list = analyzeThread(thread);
    const band = supportedBy(list, 'kim')!;
    expect(authorsOf(band)).toEqual(['kim', 'lee']);
    expect(band.stance).toBe('mixed');
    expect(band.supporters.find((p) => p.author === 'lee')?.stance).toBe('against');
  });

  it('a reply calling a warning a myth sides with what it warned against, and its reason founds nothing', () => {
    const thread = makeThread('Dog is terrified of thunderstorms', [
      ['kim', 'Play white noise to mask the thunder.'],
      ['gus', "Don't coddle her when she's scared, it reinforces the fear."],
      {
        author: 'hal',
        text: "That's a myth. You can't reinforce fear by comforting a dog.",
        replyTo: 1,
      },
    ]);
    const list = analyzeThread(thread);
    const coddle = supportedBy(list, 'gus')!;
    expect(coddle.stance).toBe('mixed');
    expect(coddle.supporters.find((p) => p.author === 'hal')?.stance).toBe('for');
    expect(list.filter((s) => authorsOf(s).includes('hal'))).toEqual([coddle]);
  });

  it('a reply opening by telling again what the answer told ("Don\'t skip the primer.") backs it', () => {
    const thread = makeThread('Bathroom ceiling paint is peeling', [
      ['cat', 'Scrape off everything loose, then prime with an oil-based primer before you repaint.'],
      ['bob', 'Run the exhaust fan during every shower.'],
      { author: 'gio', text: "Don't skip the primer. Paint won't stick to a chalky surface.", replyTo: 0 },
    ]);
    const list = analyzeThread(thread);
    const primer = supportedBy(list, 'cat')!;
    expect(authorsOf(primer)).toEqual(['cat', 'gio']);
    expect(primer.supporters.find((p) => p.author === 'gio')?.stance).toBe('for');
  });

  it('a reply saying what gets around the pick argues against it', () => {
    const thread = makeThread('How do we limit video games?', [
      ['bex', "Use the console's parental controls to set a daily limit."],
      ['fox', 'Play with him sometimes.'],
      {
        author: 'gwen',
        text: 'Kids figure out how to get around parental controls in about a week.',
        replyTo: 0,
      },
    ]);
    const controls = supportedBy(analyzeThread(thread), 'bex')!;
    expect(controls.supporters.find((p) => p.author === 'gwen')?.stance).toBe('against');
  });

  it('a reply opening on the thing after a describing word ("The nose pad stickers fall off") is about it', () => {
    const thread = makeThread('How do I stop my glasses sliding down my nose?', [
      ['bob', 'Silicone nose pad stickers. Cheap on Amazon.'],
      ['cat', 'Ear hooks, the little rubber sleeves that go on the arms.'],
      { author: 'eve', text: 'The nose pad stickers fall off after a week in my experience.', replyTo: 0 },
    ]);
    const stickers = supportedBy(analyzeThread(thread), 'bob')!;
    expect(stickers.supporters.find((p) => p.author === 'eve')?.stance).toBe('against');
  });

  it('a reply calling the pick placebo argues against it', () => {
    const thread = makeThread('So sore after my first week at the gym', [
      ['kim', 'Hot bath with Epsom salts.'],
      ['max', 'Eat enough protein.'],
      {
        author: 'lee',
        text: "Epsom salts are pretty much placebo, the magnesium doesn't absorb through skin.",
        replyTo: 0,
      },
    ]);
    const bath = supportedBy(analyzeThread(thread), 'kim')!;
    expect(bath.stance).toBe('mixed');
    expect(bath.supporters.find((p) => p.author === 'lee')?.stance).toBe('against');
  });

  it('"Worth a try" after a reply took a side is said of the same pick and founds nothing', () => {
    const thread = makeThread('Dog is terrified of thunderstorms', [
      ['kim', 'A Thundershirt worked wonders for our beagle.'],
      ['max', 'Play white noise to mask the thunder.'],
      {
        author: 'dee',
        text: "We tried the Thundershirt and it did nothing for our dog. Worth a try but don't expect miracles.",
        replyTo: 0,
      },
    ]);
    const list = analyzeThread(thread);
    const shirt = supportedBy(list, 'kim')!;
    expect(shirt.supporters.find((p) => p.author === 'dee')?.stance).toBe('against');
    expect(list.filter((s) => authorsOf(s).includes('dee'))).toEqual([shirt]);
  });

  it('a reply that neither agrees nor disagrees does not join by its position alone', () => {
    const thread = makeThread('Best way to clean a cast iron pan?', [
      ['kim', 'Scrub it with coarse salt and a little oil.'],
      { author: 'lee', text: 'Unrelated, but what oven do you have?', replyTo: 0 },
    ]);
    const salt = supportedBy(analyzeThread(thread), 'kim')!;
    expect(authorsOf(salt)).toEqual(['kim']);
  });
});

describe('imperatives and agreement name what they advise', () => {
  it('"put it in the fridge", "seconding the fridge", "Nthing the fridge" are one suggestion, even though the question mentions the fridge', () => {
    const thread = makeThread(
      'Keeping a starter alive while I travel',
      [
        ['ann', 'Put it in the fridge. It will be sluggish but alive when you are back.'],
        ['ben', 'Seconding the fridge. I left mine for a month without trouble.'],
        ['cat', 'Dry some of it as a backup.'],
        ['dan', 'Nthing the fridge.'],
        ['eve', 'I would not bother with the fridge if you are only gone a week, honestly.'],
        ['fay', 'My fridge died once and I lost everything in it.'],
      ],
      'asker',
    );
    thread.question.text = 'My fridge is small but I can clear a shelf. What are my options?';
    const list = analyzeThread(thread);
    const forIt = list[0]!.supporters.filter((p) => p.stance === 'for').map((p) => p.author);
    expect(forIt.sort()).toEqual(['ann', 'ben', 'dan']);
    expect(list[0]!.people).toBe(3);
    expect(list[0]!.label).toBe('Put it in the fridge');
    // Whoever argues against the fridge is listed against it, never for it.
    expect(list[0]!.supporters.find((p) => p.author === 'eve')?.stance ?? 'against').toBe('against');
  });

  it('a word many people use in passing is not a suggestion', () => {
    const thread = makeThread('Good first programming language?', [
      ['ann', 'Try Python, it is the friendliest language in the world.'],
      ['ben', 'Python. The whole world uses it now.'],
      ['cat', 'Learn JavaScript; half the world runs on it.'],
      ['dan', 'Go with Python for the libraries.'],
    ]);
    const labels = analyzeThread(thread).map((s) => s.label.toLowerCase());
    expect(labels.some((l) => l.includes('world'))).toBe(false);
    expect(labels[0]).toContain('python');
  });
});

describe('asksOpinion: questions that ask for facts or an opinion', () => {
  it.each([
    'Do you think Florida and LSU should make up their game?',
    'Does the El Niño cycle affect the hurricane season?',
    'Is there a way to see the logs from the container?',
    'So what happens to the jar when the power goes out?',
    'How does the second plane change the picture?',
    "Don't you think that if Air Force One was the only plane up, they would have said so?",
    "Isn't it a bit late in the season for that?",
    'Have most people read a paper?',
    'Has anyone here used the new model?',
  ])('asks: %s', (s) => expect(asksOpinion(s)).toBe(true));
  it.each([
    'Did you try a different muscle relaxer?',
    'Is it worth asking your GP for a referral?',
    'Have you considered a standing desk?',
    'How about putting it in the fridge?',
    'Why not feed it before you go?',
    'Do you think so.',
    "Wouldn't it be easier to feed it before you go?",
    "Isn't it worth asking your GP for a referral?",
    'Have you looked at the Iyengar classes near you?',
  ])('not only asking: %s', (s) => expect(asksOpinion(s)).toBe(false));

  it('a question to an AMA host founds no suggestion, even with "should" in it', () => {
    const thread = makeThread('We are hurricane scientists, ask us anything', [
      ['kim', 'Do you think Florida should move the game because of the storm?'],
      ['lee', 'Do you think Florida should move the game after the hurricane?'],
      ['max', 'Stock up on water before the storm season starts.'],
    ]);
    const cited = analyzeThread(thread).flatMap((s) => authorsOf(s));
    expect(cited).not.toContain('kim');
    expect(cited).not.toContain('lee');
    expect(cited).toContain('max');
  });
});

describe('asksForAdvice: questions that ask others for recommendations', () => {
  it.each([
    'Would you recommend his book as a good place to start?',
    'Do you have more recommended reading on differential privacy from recent years?',
    'Any suggestions for a lighter tent?',
    'Can anyone recommend a good physio in Leeds?',
    'What would you suggest for a beginner?',
  ])('asks: %s', (s) => expect(asksForAdvice(s)).toBe(true));
  it.each([
    'Have you tried magnesium?',
    'Why not just put it in the fridge?',
    'I would recommend the fridge.',
    'Would it help to restart the server?',
  ])('does not ask for recommendations: %s', (s) => expect(asksForAdvice(s)).toBe(false));

  it('a follow-up asking for more is not counted as recommending what it names', () => {
    const thread = makeThread('What are the best papers you have read?', [
      ['kim', 'The Bitcoin whitepaper.'],
      { author: 'lee', text: 'Would you recommend the Bitcoin whitepaper to a beginner?', replyTo: 0 },
      ['max', 'Bitcoin whitepaper, no contest.'],
    ]);
    const bitcoin = supportedBy(analyzeThread(thread), 'kim')!;
    expect(authorsOf(bitcoin)).toEqual(['kim', 'max']);
  });
});

describe('asksUnmarked: a request for help without its question mark', () => {
  it.each([
    'HI, are there any guide on debugging with eclipse and pydev with the latest branch.',
    'Is there a way to see the logs from the container',
    'Does anyone know a good physio in Leeds.',
    'Hello all, can someone help me with the pydev setup',
  ])('asks: %s', (s) => expect(asksUnmarked(s)).toBe(true));
  it.each([
    'There are guides on debugging with eclipse on the wiki.',
    'Is there any reason not to try the fridge first.',
    'Can anyone help? Try the wiki.',
    'Anyone can help you at the front desk.',
  ])('does not ask: %s', (s) => expect(asksUnmarked(s)).toBe(false));

  it('founds no suggestion, even when another answer names the same thing', () => {
    const thread = makeThread('How do I debug OpenStack?', [
      ['kim', 'Here is the link to debug openstack using eclipse and pydev.'],
      ['lee', 'HI, are there any guide on debugging with eclipse and pydev with the latest branch.'],
    ]);
    expect(analyzeThread(thread).flatMap((s) => authorsOf(s))).not.toContain('lee');
  });
});

describe('titles', () => {
  it('"the book X" and "the book Y" are two suggestions, not one about books', () => {
    const thread = makeThread('What are the best books you have read?', [
      ['ann', 'I recommend the book "Thinking in Systems" for anyone in software.'],
      ['ben', 'You might like the book Gödel, Escher, Bach if you have a long summer.'],
      ['cat', 'Seconding Thinking in Systems, it changed how I debug.'],
    ]);
    for (const s of analyzeThread(thread)) expect(authorsOf(s)).not.toEqual(['ann', 'ben']);
  });
});

describe('warnings', () => {
  it('a warning nobody contradicts is listed against, in the warning’s own words', () => {
    const thread = makeThread('Keeping a starter alive while I travel', [
      ['ann', "Don't leave it on the counter, it will turn into grey liquid and mold."],
      ['ben', 'Put it in the fridge.'],
    ]);
    const warning = supportedBy(analyzeThread(thread), 'ann')!;
    expect(warning.stance).toBe('against');
    // The warning is ann's advice: she is its person.
    expect(warning.people).toBe(1);
    expect(warning.label).toBe("Don't leave it on the counter");
  });

  it('a warning given mid-sentence is labelled from its cue to the end of its clause', () => {
    const thread = makeThread('My wife is upset that I took our daughter bra shopping', [
      [
        'ann',
        'There is nothing wrong with what you did and PLEASE don’t apologize to her, you were being a good dad.',
      ],
      ['ben', 'Definitely don’t apologise, your gender is irrelevant here.'],
      ['cat', 'Talk to your daughter about how she felt.'],
    ]);
    const list = analyzeThread(thread);
    const warning = supportedBy(list, 'ann')!;
    expect(authorsOf(warning)).toEqual(['ann', 'ben']);
    expect(warning.stance).toBe('against');
    expect(warning.people).toBe(2);
    expect(warning.label).toMatch(/^Don’t apologi[sz]e\b/);
    // Two people giving the same warning outrank one person's advice.
    expect(list.indexOf(warning)).toBe(0);
  });

  it('"Don\'t forget X" reminds of X: it is not a warning against forgetting', () => {
    const thread = makeThread('Hiking in the Alps next week', [
      ['ann', "Don't forget your hat, the sun is brutal up there."],
      ['ben', 'Bring a good hat.'],
    ]);
    const hat = supportedBy(analyzeThread(thread), 'ann')!;
    expect(authorsOf(hat)).toEqual(['ann', 'ben']);
    expect(hat.stance).toBe('for');
  });

  it('two reminders of different things are not one warning against forgetting', () => {
    const thread = makeThread('Hiking in the Alps next week', [
      ['ann', "Don't forget your sunscreen."],
      ['ben', "Don't forget to tell someone your route."],
    ]);
    const list = analyzeThread(thread);
    expect(list.some((s) => authorsOf(s).includes('ann') && authorsOf(s).includes('ben'))).toBe(false);
    expect(list.every((s) => s.stance === 'for')).toBe(true);
  });
});

describe('isTitleHeading: section headings label advice, they give none', () => {
  it.each([
    'Update For Node.js / NPM',
    'Solution With Webpack',
    'Using The Dist Build',
    'David Brooks, New York Times: The Solitary Leaker',
  ])('heading: %s', (s) => expect(isTitleHeading(s)).toBe(true));
  it.each([
    'Update for Node.js and npm',
    'Try the bundled version with Webpack.',
    'Switch To The New API:',
    'Put it in the fridge and feed it once a week before you go on a long trip',
    // A capital after a colon opens a clause, unless title case goes on after it.
    'The first: In the script, include type=module',
  ])('not a heading: %s', (s) => expect(isTitleHeading(s)).toBe(false));

  it('a heading naming a tool founds no suggestion; the advice under it still does', () => {
    const thread = makeThread('Cannot use import statement outside a module', [
      ['ann', 'Update For Node.js / NPM\n\nAdd "type": "module" to your package.json.'],
      ['ben', 'Update For Node.js Users\n\nSet "type": "module" in package.json and restart.'],
    ]);
    const out = analyzeThread(thread);
    expect(out.some((s) => /node/i.test(s.label))).toBe(false);
    const fix = out.find((s) => s.people === 2)!;
    expect(fix.supporters.map((p) => p.quote)).not.toContain('Update For Node.js / NPM');
  });
});

describe('lead-ins: advice ending in a colon announces the sentence after it', () => {
  it('what the lead-in announces is advised, whatever its form', () => {
    const thread = makeThread('Cannot use import statement outside a module', [
      ['ann', 'This is what fixed it for me:\n\n"module": "commonjs" in tsconfig.json.'],
      ['ben', 'Changing "module": "commonjs" solved my issue.'],
      ['cat', 'Use type="module" in the script tag.'],
    ]);
    const fix = supportedBy(analyzeThread(thread), 'ann')!;
    expect(authorsOf(fix)).toEqual(['ann', 'ben']);
    expect(fix.supporters.find((p) => p.author === 'ann')!.quote).toContain('commonjs');
  });

  it('a list it announces is advised line by line, to the blank line that ends it', () => {
    const thread = makeThread('Our toddler will not settle at night', [
      [
        'ann',
        'What worked for us:\nFewer screens after dinner. We also moved bedtime earlier.\nA warm bath.\nWhen travelling, this is a lifesaver.\n\nIt rained all week.',
      ],
      ['ben', 'I would recommend a warm bath before bed.'],
      ['cat', 'Cut the screens after dinner.'],
    ]);
    const out = analyzeThread(thread);
    expect(together(out, 'ann', 'ben')).toBeDefined();
    // A line remarking on the items is none of them.
    expect(out.some((s) => /lifesaver/i.test(s.label))).toBe(false);
  });

  it('a code block after the colon is what it announces, not the sentence after the block', () => {
    const code = '{ "type": "module" }';
    const thread = makeThread('Cannot use import statement outside a module', [
      [
        'ann',
        `Add this to package.json:\n\n${code}\n\nEdit: this was written when Node 12 was the latest LTS.`,
      ],
    ]);
    thread.answers[0]!.code = [code];
    const cited = analyzeThread(thread).flatMap((s) => s.supporters.flatMap((p) => p.sentences ?? []));
    expect(cited.some((t) => t.includes('Node 12'))).toBe(false);
  });
});

describe('isExplanation: a cause given is a diagnosis, not advice', () => {
  it.each([
    "The reason you're getting the ReferenceError is because modules are scoped.",
    'The main reason it fails is that the file is loaded as a classic script.',
    'This happens because the bundler rewrites the imports.',
    "That's because Node reads .js files as CommonJS by default.",
    'It is because the cache still holds the old build.',
    'When back muscles spasm it is usually because they are trying to protect the spine.',
    'If the build fails, that is often because the cache is stale.',
  ])('explanation: %s', (s) => expect(isExplanation(s)).toBe(true));
  it.each([
    'The reason I recommend magnesium is that it helped my cramps.',
    'This is because of the cache, so you should clear it first.',
    'Reason with her calmly, it works better than shouting.',
    'Restart the server because the old process keeps the port.',
  ])('not only an explanation: %s', (s) => expect(isExplanation(s)).toBe(false));

  it('an explanation founds no suggestion, even in a well-voted answer', () => {
    const thread = makeThread('Uncaught ReferenceError after loading the library as a module', [
      {
        author: 'ann',
        score: 169,
        text: "The reason you're getting the Uncaught ReferenceError error is because modules are scoped.",
      },
      { author: 'ben', text: 'Load the dist build of the library instead of the source.' },
    ]);
    const cited = analyzeThread(thread).flatMap((s) => s.supporters.map((p) => p.author));
    expect(cited).not.toContain('ann');
    expect(cited).toContain('ben');
  });
});

describe("isProgramOutput: a program's lines pasted into prose are what went wrong", () => {
  it.each([
    "throw err; // Unhandled 'error' event",
    'at errnoException (child_process.js:1001:11)',
    'at Object.<anonymous> (/home/kim/app/index.js:3:9)',
    'Error: spawn ENOENT',
    'SyntaxError: Cannot use import statement outside a module',
    'java.lang.NullPointerException: name is null',
    'npm ERR! code ELIFECYCLE',
    'Traceback (most recent call last):',
  ])('program output: %s', (s) => expect(isProgramOutput(s)).toBe(true));
  it.each([
    "Use const express = require('express'); instead of the import.",
    'Add a comment with // before the line to switch it off.',
    'Look at the stack trace, it tells you which file is missing.',
    'Errors like that mean the path is wrong: check your NODE_PATH.',
    'Throw away the old build folder and run it again.',
    'Error handling is the hard part, so wrap the call in a try block.',
  ])('advice: %s', (s) => expect(isProgramOutput(s)).toBe(false));

  it('pasted in a post, founds no suggestion, while the answer to it does', () => {
    const thread = makeThread('The book script fails on my Mac', [
      {
        author: 'ann',
        text:
          'I love this but when I run it I get the following error:\n\nevents.js:72\n' +
          "throw err; // Unhandled 'error' event\n^\nError: spawn ENOENT\n" +
          'at errnoException (child_process.js:1001:11)\n\nAm I missing a dependency?',
      },
      { author: 'ben', text: 'Install wkhtmltopdf first, the script calls it to make the PDF.' },
    ]);
    const list = analyzeThread(thread);
    expect(list.flatMap((s) => s.supporters.map((p) => p.author))).not.toContain('ann');
    expect(list.some((s) => authorsOf(s).includes('ben'))).toBe(true);
  });
});

describe('self-answers', () => {
  const answers: [string, string][] = [
    ['asker', 'Update node to version 14 and add "type": "module" to package.json.'],
    ['ben', 'Add "type": "module" to your package.json.'],
  ];

  it('on Stack Exchange an answer by the asker is a self-answer and counts', () => {
    const thread = makeThread('Cannot use import statement outside a module', answers, 'asker');
    thread.site = 'stackexchange';
    const fix = supportedBy(analyzeThread(thread), 'ben')!;
    expect(authorsOf(fix)).toEqual(['asker', 'ben']);
  });

  it("elsewhere the asker's replies are follow-ups, not advice to themselves", () => {
    const thread = makeThread('Cannot use import statement outside a module', answers, 'asker');
    const cited = analyzeThread(thread).flatMap((s) => authorsOf(s));
    expect(cited).not.toContain('asker');
  });
});

describe('replies that name the pick they answer', () => {
  const title = 'What is the most worth-it item you have ever bought?';

  it('talk the pick up: "I used to sell tires" under "Keep good tires on your vehicles"', () => {
    const thread = makeThread(title, [
      ['ann', 'After 61,000 miles I finally replaced my tires. Keep good tires on your vehicles.'],
      { author: 'ben', text: 'I used to sell tires, and the line I always used was this one.', replyTo: 0 },
      ['cat', 'A Miele canister vacuum.'],
    ]);
    const tires = supportedBy(analyzeThread(thread), 'ann')!;
    expect(authorsOf(tires)).toEqual(['ann', 'ben']);
    expect(tires.people).toBe(2);
  });

  it('unless they run it down', () => {
    const thread = makeThread(title, [
      ['ann', 'A power strip with usb chargers.'],
      {
        author: 'ben',
        text: 'My only problem with these is that their usb chargers are slow.',
        replyTo: 0,
      },
    ]);
    const strip = supportedBy(analyzeThread(thread), 'ann')!;
    expect(strip.people).toBe(1);
  });
});

describe('picks made of everyday words', () => {
  it('"My car." and "Keep good tires on your vehicles." are picks all the same', () => {
    const thread = makeThread('What is the most worth-it item you have ever bought?', [
      ['ann', 'My car.'],
      ['ben', 'Keep good tires on your vehicles.'],
      ['cat', 'A KitchenAid stand mixer.'],
    ]);
    const cited = analyzeThread(thread).flatMap((s) => authorsOf(s));
    expect(cited.sort()).toEqual(['ann', 'ben', 'cat']);
  });

  it('their everyday words still do not make two picks one', () => {
    const thread = makeThread('What is the most worth-it item you have ever bought?', [
      ['ann', 'A good car.'],
      ['ben', 'A good bike.'],
      ['cat', 'Good shoes.'],
    ]);
    const list = analyzeThread(thread);
    expect(list).toHaveLength(3);
    for (const s of list) expect(s.people).toBe(1);
  });
});

describe('isSelfIntroduction: who is writing, not what to do', () => {
  it.each([
    'Another non-doctor here.',
    'Fellow back-pain sufferer here!',
    "I'm a physical therapist here.",
    'Long-time lurker here.',
    'Physio here.',
    'Mom of three here.',
    'Former mechanic here.',
    'Vim user here.',
  ])('%s', (sentence) => {
    expect(isSelfIntroduction(sentence)).toBe(true);
  });
  it.each([
    'Same here.',
    'Try the heating pad here.',
    'Another option is to stay here.',
    'A pharmacist here told me to try magnesium.',
    'Click here.',
    'Register here.',
    'Keychron K2 here.',
  ])('not: %s', (sentence) => {
    expect(isSelfIntroduction(sentence)).toBe(false);
  });
  it('is no suggestion of its own', () => {
    const list = analyzeThread(
      makeThread('My back keeps spasming', [
        ['ann', 'Another non-doctor here. Try a heating pad and gentle stretching every morning.'],
      ]),
    );
    expect(list.map((s) => s.label.toLowerCase()).join(' | ')).not.toContain('doctor');
  });
  it('"Physio here." opening an answer is no suggestion, though the lexicon knows the word', () => {
    const list = analyzeThread(
      makeThread('Lower back pain from working at a desk', [
        ['pat', 'Physio here. Take a short walk every 30 minutes, no chair fixes sitting still all day.'],
      ]),
    );
    expect(list).toHaveLength(1);
    expect(list[0]!.label.toLowerCase()).toContain('walk');
  });
});

describe('isPreamble: words on the answer itself, not what to do', () => {
  it.each([
    'Lots of great answers but I thought I would add one factoid..',
    'I hit this problem today, and this was the first page I found, so I figured it would be useful to others.',
    "I thought I'd share what worked for me.",
    'I thought I’d chime in.',
    "Just to add to the answers above, here's another way.",
    '(Example taken from "How A Ruby Case Statement Works".)',
    'Code adapted from the official docs.',
  ])('%s', (sentence) => {
    expect(isPreamble(sentence)).toBe(true);
  });
  it.each([
    "I thought I'd mention that melatonin works wonders.",
    "I thought I'd share this book: Healing Back Pain.",
    'Here is what worked for me:',
    'To add to what Ann said, try a heating pad.',
    'It would be useful to keep a diary of the spasms.',
    'Examples from real life help kids learn.',
  ])('not: %s', (sentence) => {
    expect(isPreamble(sentence)).toBe(false);
  });
  it('is no suggestion of its own', () => {
    const list = analyzeThread(
      makeThread('How do I write a switch statement in Ruby?', [
        ['ann', 'Use a case expression with when clauses.'],
        [
          'ben',
          'Lots of great answers but I thought I would add one factoid.. The case statement compares with ===.',
        ],
      ]),
    );
    expect(list.map((s) => s.label.toLowerCase()).join(' | ')).not.toContain('factoid');
  });
});

describe('isBackstory: how the answerer met the problem, not its fix', () => {
  it.each([
    'I ran into this error while trying to use import Express.js.',
    'We had the same issue on version 2.3.',
    'Same, I was getting this exact same error yesterday.',
  ])('%s', (sentence) => {
    expect(isBackstory(sentence)).toBe(true);
  });
  it.each([
    'I had the same problem and fixed it by deleting node_modules.',
    'I got this error in React and fixed it with the following steps:',
    'I ran into the same issue, try clearing the cache.',
    'I had to reinstall node.',
  ])('not: %s', (sentence) => {
    expect(isBackstory(sentence)).toBe(false);
  });
  it('is no suggestion of its own', () => {
    const list = analyzeThread(
      makeThread('Cannot use import statement outside a module', [
        ['ann', 'I ran into this error while trying to use import Express.js.'],
        ['ben', 'Add "type": "module" to your package.json.'],
      ]),
    );
    expect(list.filter((s) => authorsOf(s).includes('ann'))).toEqual([]);
  });
});

describe('replyStance: sameness and praise', () => {
  it('"X are the same thing" agrees; "X is the same thing but twice as expensive" does not', () => {
    expect(replyStance('Mosquito dunks are the same thing, just crumble one into a jug.')).toBe('agree');
    expect(replyStance('The Bob Martin Sudoku Solver is the same thing but twice as expensive.')).toBeNull();
  });
  it('a second sentence of plain praise agrees ("Great advice."), other second sentences do not', () => {
    expect(replyStance('The fuse trick found my problem.', false, 'Great advice.')).toBe('agree');
    expect(replyStance('Solid advice.')).toBe('agree');
    expect(replyStance('The fuse trick found my problem.', false, 'It took an hour.')).toBeNull();
  });
});

describe('an instruction after a remark', () => {
  it.each([
    "A windowsill isn't enough, get a cheap LED shop light.",
    'The cheap ones break, buy the metal one.',
    'Range extenders are useless, just get a mesh system.',
  ])('is advice: %s', (s) => {
    expect(instructsAfterRemark(s)).toBe(true);
  });
  it.each([
    'If he cries, hold him.',
    'When you transplant, bury the stem deep.',
    'I know, right.',
    'We went there last year, loved the food.',
    'Thanks, take care.',
  ])('is not (a condition, or no instruction after): %s', (s) => {
    expect(instructsAfterRemark(s)).toBe(false);
  });
});

describe('replyStance: "so much"', () => {
  it('"This helped me so much." agrees', () => {
    expect(replyStance('This helped me so much.')).toBe('agree');
  });
});

describe('a pick talked up, then its catch', () => {
  it('"Ulysses is lovely but the subscription put me off." argues against the pick it answers', () => {
    const t = makeThread('What text editor do you use for writing prose?', [
      ['pen', 'Ulysses if you are on a Mac.'],
      { author: 'min', text: 'Ulysses is lovely but the subscription put me off.', replyTo: 0 },
      ['fern', 'Scrivener, hands down.'],
    ]);
    const s = together(analyzeThread(t), 'pen', 'min');
    expect(s?.stance).toBe('mixed');
  });
  it('"Obsidian is great for notes but I find it clunky for a manuscript." too', () => {
    const t = makeThread('What text editor do you use for writing prose?', [
      ['min', 'I just use Obsidian with plain markdown files.'],
      {
        author: 'jay',
        text: 'Obsidian is great for notes but I find it clunky for a 100k word manuscript.',
        replyTo: 0,
      },
    ]);
    const s = together(analyzeThread(t), 'min', 'jay');
    expect(s?.stance).toBe('mixed');
    expect(s?.label).toBe('Obsidian');
  });
});

describe('a reply that backs the answer, then grumbles about something else', () => {
  it('"Ferber worked for us too, the first night was awful though." backs Ferber', () => {
    const t = makeThread('8 month old wakes every 2 hours at night', [
      ['sleepy', 'We did Ferber at 8 months and it took 4 nights. Best decision we made.'],
      { author: 'mo', text: 'Ferber worked for us too, the first night was awful though.', replyTo: 0 },
    ]);
    t.question = { ...t.question, text: 'Is this a regression or something we are doing?' };
    const s = together(analyzeThread(t), 'sleepy', 'mo');
    expect(s?.stance).toBe('for');
  });
});

describe('a reply saying the answer names no cause of the trouble', () => {
  it('"Stale stats won\'t cause this, it\'s the sort." argues against the vacuum', () => {
    const t = makeThread('Postgres query with ORDER BY and LIMIT is slow', [
      ['pg', 'Create a composite index on (user_id, created_at).'],
      ['olu', 'VACUUM ANALYZE the table, your statistics might be stale.'],
      {
        author: 'jan',
        text: "Stale stats won't cause this, it's the sort. The composite index is the fix.",
        replyTo: 1,
      },
    ]);
    t.question = { ...t.question, text: 'How do I make it fast?' };
    expect(together(analyzeThread(t), 'olu', 'jan')?.stance).toBe('mixed');
  });
});

/** The stance of the suggestion an answer and a reply to it share, in a thread of the two. */
function sideTaken(title: string, answer: string, reply: string): string | undefined {
  const t = makeThread(title, [['first', answer], { author: 'second', text: reply, replyTo: 0 }]);
  t.question = { ...t.question, text: 'What should I do?' };
  return together(analyzeThread(t), 'first', 'second')?.stance;
}

describe('a reply that talks the answer up, then tells the catch that decides', () => {
  it('"Bacon helps but it won\'t fix rust…, you need to scrub it off first" argues against the bacon', () => {
    expect(
      sideTaken(
        'My cast iron skillet rusts after washing',
        'Just fry bacon in it a few times, the seasoning builds itself.',
        "Bacon helps but it won't fix rust that is already there, you need to scrub it off first.",
      ),
    ).toBe('mixed');
  });
  it('"Using an outside offer works but can burn trust" argues against the offer', () => {
    expect(
      sideTaken(
        'How do I ask my boss for a raise?',
        'The only reliable raise is a new job. Get an offer elsewhere.',
        'Using an outside offer works but can burn trust with your manager.',
      ),
    ).toBe('mixed');
  });
  it('"SUMIFS is handy but it silently returns 0…, careful" argues against SUMIFS', () => {
    expect(
      sideTaken(
        'Excel: look up a price by two columns',
        'Use SUMIFS if each pair is unique: =SUMIFS(C:C, A:A, A2, B:B, B2).',
        'SUMIFS is handy but it silently returns 0 when nothing matches, careful.',
      ),
    ).toBe('mixed');
  });
  it('"Shifting beforehand is nice in theory but…" argues against the shifting', () => {
    expect(
      sideTaken(
        'How do I beat jet lag on a flight to Tokyo?',
        'Start shifting your bedtime an hour earlier each day for a few days before you fly.',
        'Shifting beforehand is nice in theory but impossible with small kids.',
      ),
    ).toBe('mixed');
  });
  it('"…will backfire once he notices. I wouldn\'t." argues against the answer', () => {
    expect(
      sideTaken(
        'My friend is always an hour late',
        'Give him a fake earlier start time.',
        "Lying about the time will backfire once he notices. I wouldn't.",
      ),
    ).toBe('mixed');
  });
  it('"Bacon helps a lot, the rust never came back" still backs the bacon', () => {
    expect(
      sideTaken(
        'My cast iron skillet rusts after washing',
        'Just fry bacon in it a few times, the seasoning builds itself.',
        'Bacon helps a lot, the rust never came back for me.',
      ),
    ).toBe('for');
  });
});

describe('replyStance: fine, but not here', () => {
  it.each([
    ["That's fine on your own branch but not on a shared one.", 'disagree'],
    ["It's ok for a quick test but not for production.", 'disagree'],
    ["That's fine, but not needed.", null],
  ] as const)('%s → %s', (s, stance) => {
    expect(replyStance(s)).toBe(stance);
  });
});

describe('a reply telling the catch of what the answer advised', () => {
  it.each([
    [
      'Which laptop for a computer science student?',
      'Get a gaming laptop so you can play too.',
      "Gaming laptops have terrible battery life, you'll be tethered to a wall in lectures.",
    ],
    [
      'Which laptop for a computer science student?',
      'Get a ThinkPad and put Linux on it.',
      'ThinkPads are great, but dual booting Linux is a pain for a first year student.',
    ],
    [
      'Fiddle leaf fig dropping leaves',
      'Honestly they are divas. Get a rubber plant instead, same look, much tougher.',
      'Rubber plants are great, but OP asked how to save this one.',
    ],
    [
      'React state not updating after setState',
      'Just use a ref with useRef, it updates immediately.',
      "A ref won't trigger a re-render though, so the screen stays stale.",
    ],
  ])('%s: "%s" / "%s" is mixed', (title, answer, reply) => {
    expect(sideTaken(title, answer, reply)).toBe('mixed');
  });
  it('"Rubber plants are great, hard to kill too." backs the answer', () => {
    expect(
      sideTaken(
        'Fiddle leaf fig dropping leaves',
        'Honestly they are divas. Get a rubber plant instead, same look, much tougher.',
        'Rubber plants are great, hard to kill too.',
      ),
    ).toBe('for');
  });
});

describe('a reply that disagrees, then warns off "it" or "them"', () => {
  it('"I\'d avoid them right before singing" is said of the answer\'s pick, no suggestion of its own', () => {
    const t = makeThread('Voice hoarse after every choir rehearsal', [
      ['lou', 'Throat lozenges after rehearsal help me.'],
      {
        author: 'vt',
        text: "Lozenges just numb it, which can make you push harder. I'd avoid them right before singing.",
        replyTo: 0,
      },
      ['al', 'Sing quieter, amateurs oversing to hear themselves.'],
    ]);
    t.question = { ...t.question, text: 'Is this normal and what can I do?' };
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).join() === 'vt')).toHaveLength(0);
    expect(together(list, 'lou', 'vt')?.stance).toBe('mixed');
  });
});

describe('a reply that puts the answer last, or says what it breaks', () => {
  const replyTo = (title: string, answer: string, reply: string) => {
    const t = makeThread(title, [
      ['first', answer],
      { author: 'second', text: reply, replyTo: 0 },
      ['third', 'Earplugs, the silicone putty kind.'],
    ]);
    t.question = { ...t.question, text: 'What actually works?' };
    const list = analyzeThread(t);
    return {
      both: together(list, 'first', 'second'),
      own: list.filter((s) => authorsOf(s).join() === 'second'),
    };
  };
  it('"…Try everything else first." argues against the answer, and founds nothing', () => {
    const r = replyTo(
      'Partner snores and I cannot sleep',
      'Separate bedrooms. Honestly the best thing we ever did.',
      'Separate rooms work but a lot of couples feel sad about it. Try everything else first.',
    );
    expect(r.both?.stance).toBe('mixed');
    expect(r.own).toHaveLength(0);
  });
  it('"Please don\'t. You can break…" argues against the answer with its why', () => {
    const r = replyTo(
      'pip install says externally-managed-environment',
      'Just add --break-system-packages to the pip command.',
      "Please don't. You can break apt-managed Python packages that the system depends on.",
    );
    expect(r.both?.stance).toBe('mixed');
    expect(r.own).toHaveLength(0);
  });
  it('"Boxing their dishes escalates things" argues against boxing them', () => {
    const r = replyTo(
      'Roommate never washes up',
      'Put all their dirty dishes in a box in their room.',
      'Boxing their dishes escalates things. You still have to live with them.',
    );
    expect(r.both?.stance).toBe('mixed');
  });
});

describe('a reply whose catch is "a lot of" trouble', () => {
  it('"French press is nice but it\'s a lot of sediment…" argues against the press', () => {
    const t = makeThread('How do I make better coffee at home?', [
      ['fre', 'Ditch the drip machine for a French press. Cheap and much better.'],
      {
        author: 'gri',
        text: "French press is nice but it's a lot of sediment if your grind isn't even.",
        replyTo: 0,
      },
      ['bea', 'Buy whole beans from a local roaster and grind them right before brewing.'],
    ]);
    t.question = { ...t.question, text: 'What is the single biggest improvement?' };
    const s = supportedBy(analyzeThread(t), 'fre');
    expect(s?.stance).toBe('mixed');
    expect(s?.supporters.map((p) => `${p.author} ${p.stance}`)).toEqual(['fre for', 'gri against']);
  });
});

describe('a reply that adds one more warning', () => {
  it('"Also avoid embarrassing stories…" under "Yes, one story" warns beside it, not against it', () => {
    const t = makeThread('Best man speech, no idea what to say', [
      ['sto', 'Tell one good story about him, not ten.'],
      { author: 'spe', text: 'Yes, one story. And keep it short.', replyTo: 0 },
      { author: 'exe', text: 'Also avoid embarrassing stories from his twenties.', replyTo: 1 },
    ]);
    const unit = collectCandidates(t).units.find((u) => u.text.startsWith('Also avoid'));
    expect(unit?.reply).toBeNull();
    expect(unit?.sentence.stance).toBe('against');
  });
});

describe('a reply whose catch is a cost or a harm', () => {
  it.each([
    [
      'Rust: cannot borrow as mutable because it is also borrowed as immutable',
      'Just clone the vec: `for x in v.clone().iter()`. Not efficient but it compiles.',
      "Cloning works for small vecs but it's wasteful, I'd avoid it in a hot loop.",
    ],
    [
      'Rust: cannot borrow as mutable because it is also borrowed as immutable',
      'Loop over indices instead: `for i in 0..v.len()`.',
      "The index loop works but it's easy to get wrong, the collect version is clearer.",
    ],
    [
      "Itchy scalp and dandruff that won't go away",
      'Tea tree oil shampoo helped me a lot.',
      'Tea tree oil irritated my scalp badly, patch test it first.',
    ],
    [
      "Neighbour's dog barks all day",
      'Leave a friendly note if you are nervous about knocking.',
      "A friendly note can come across as passive-aggressive, I'd knock.",
    ],
    [
      'Which printer should I buy to stop wasting money on ink?',
      'An ink tank printer like the Epson EcoTank. Refill from bottles.',
      "EcoTanks are good but they can still clog if you don't print for weeks.",
    ],
  ])('%s: "%s" then "%s" argues against it', (title, answer, reply) => {
    expect(sideTaken(title, answer, reply)).toBe('mixed');
  });
});

describe('words someone else said, in quotes', () => {
  const labels = (answer: string): string[] => {
    const t = makeThread('Ex upset I bought our daughter her first bra', [
      ['ann', answer],
      ['ben', 'Ignore her critical emails.'],
    ]);
    t.question = { ...t.question, text: 'Did I do the wrong thing?' };
    return analyzeThread(t)
      .filter((s) => authorsOf(s).includes('ann'))
      .map((s) => s.label);
  };
  it('a sentence inside a quotation an earlier sentence opened is no advice of the answerer', () => {
    expect(
      labels(
        'She should have texted something like "I am a little hurt. Maybe next time include me in major moments." You did fine.',
      )
        .join(' | ')
        .toLowerCase(),
    ).not.toContain('moment');
  });
  it('nor is an instruction only in what someone is heard saying', () => {
    expect(
      labels(
        'Most girls do not want mom hovering around saying, "oh honey try this one on, look at the cute detailing".',
      ),
    ).toEqual([]);
  });
  it('but "Try saying "I understand"" instructs', () => {
    expect(labels('Try saying "I understand you are hurt" when she calls.')).toHaveLength(1);
  });
  it('and an inch mark leaves what follows outside any quote', () => {
    expect(
      labels(
        'Get her a 12" ruler for the measuring. Then take her to a proper fitting at a department store.',
      ),
    ).toHaveLength(2);
  });
});

describe("a reply calling the answer's pick the better one", () => {
  it('"Power Query is the better answer if you\'ll do this more than once." backs Power Query', () => {
    const t = makeThread('Remove duplicate rows in Excel but keep the latest date', [
      ['sor', 'Sort by date descending, then use Remove Duplicates on the ID column.'],
      ['pqp', 'Use Power Query: Group By customer ID with Max of date.'],
      {
        author: 'sor',
        text: "Power Query is the better answer if you'll do this more than once.",
        replyTo: 1,
      },
    ]);
    t.question = { ...t.question, text: 'One row per customer, the most recent. How?' };
    expect(together(analyzeThread(t), 'pqp', 'sor')?.stance).toBe('for');
  });
});

describe('a reply that tried the answer and says it made things worse', () => {
  it.each([
    [
      'I tried the picture thing and it just made me more anxious, repeating works better for me.',
      'disagree',
    ],
    ['I tried that and it did nothing.', 'disagree'],
    ['We tried your method too, and it made things worse.', 'disagree'],
    // …but trying it and it working still agrees.
    ['I tried this too and it worked.', 'agree'],
  ] as const)('"%s" → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });

  it('argues against the picture trick in a thread', () => {
    const t = makeThread('How do you remember names?', [
      ['pic', 'Link the name to a picture. Rose holding a rose, the sillier the better.'],
      { author: 'rep', text: 'I tried the picture thing and it just made me more anxious.', replyTo: 0 },
    ]);
    const pic = supportedBy(analyzeThread(t), 'pic')!;
    expect(pic.stance).toBe('mixed');
    expect(pic.supporters.find((p) => p.author === 'rep')?.stance).toBe('against');
  });
});

describe('a reply calling the thing "a good idea"', () => {
  it.each([
    ['A squeegee is a good idea, empty it into the sink not back onto the sill.', 'agree'],
    ['That is a good idea.', 'agree'],
    // "a good idea TO do something" advises that thing, agreeing with nothing.
    ['It is a good idea to check the seals first.', null],
  ] as const)('"%s" → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('a reply that grants the answer and prefers something else', () => {
  it.each([
    ["Stone is fine but steel conducts heat much faster, you'll get a crispier base.", 'disagree'],
    ["The gel works but it's basically petroleum jelly, I'd rather do brushing and fiber.", 'disagree'],
    ["You can, but do it without asking and you'll ruin a good relationship.", 'disagree'],
    // A catch with nothing preferred takes no side.
    ["That's fine but a bit slow.", null],
    ['It works but you need to restart.', null],
  ] as const)('"%s" → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('an agreement right after the words it agrees to', () => {
  it('"Eat before you shop, agreed, and leave the kids at home" agrees', () => {
    expect(replyStance('Eat before you shop, agreed, and leave the kids at home if you can.')).toBe('agree');
  });
});

describe('a reply saying the answer never worked for its writer', () => {
  it.each([
    ['Apps never worked for me, but a weekly thing did.', 'disagree'],
    ['That still breaks on names with newlines, and it changes IFS for the rest of the script.', 'disagree'],
    // …until the answer's own thing: no side taken by these words.
    ['It never worked for me until I tried X.', null],
  ] as const)('"%s" → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('a reply granting a little and calling it no substitute', () => {
  it('"Chews help a little but they\'re no substitute for brushing." disagrees', () => {
    expect(replyStance("Chews help a little but they're no substitute for brushing.")).toBe('disagree');
  });
});

describe('a reply that says the answer will not do', () => {
  it.each([
    ["Don't.", 'disagree'],
    ["I wouldn't bother with her, go to the manager.", 'disagree'],
    ['Bribing a 15 year old to get out of bed seems like a bad precedent to me.', 'disagree'],
    ["Updating certifi won't help here though, the missing root is your company's own.", 'disagree'],
    ["Vinegar only helps if one cracks while cooking, it doesn't make them easier to peel.", 'disagree'],
    ['Lobster gloves are good but pogies are warmer, especially in wind.', 'disagree'],
    // Reassurance, a doubt under a condition and "no harm trying" take no side.
    ["Don't worry, it will work.", null],
    ["That won't help if the clog is deep.", null],
    ["It won't hurt to try.", null],
  ] as const)('"%s" → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('a reply that says where the answer will not do, or that it breaks', () => {
  it.each([
    ['Not with a cat in the house.', 'disagree'],
    ['Not with kids, they will eat it.', 'disagree'],
    ['That works but breaks as soon as the layout is responsive.', 'disagree'],
    ['Not in my house.', null],
  ] as const)('"%s" → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('a reply that tried it, or that says what it costs', () => {
  it.each([
    ["Ours just moved the yowling to outside the door, so for us it didn't help.", 'disagree'],
    ['I tried the phone and ended up scrolling instead.', 'disagree'],
    ['That silences the error but you lose the safety.', 'disagree'],
    ['Insoles helped me a bit but the stretching did far more.', 'disagree'],
    ["Please don't get a dog to fix a phobia, it's unfair on the dog.", 'disagree'],
    ['Never miss twice, yes.', 'agree'],
    // A yes after a longer sentence, and a failure said with a condition, are left to the rest.
    ['I think you could also try the other one first and see, yes.', null],
    ['It worked for a week, but then it stopped.', null],
  ] as const)('"%s" → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('a reply that grants a point and pushes back', () => {
  it.each([
    ['True, but a dark hallway will starve it, one move is worth it.', 'disagree'],
    ["Yes, but it won't fix the leak itself.", 'disagree'],
    ['Fair enough, but most renters cannot do that.', 'disagree'],
    ['Honestly the charger is rarely the problem with these.', 'disagree'],
    ['Salt rarely causes this on its own, I would look at the water first.', 'disagree'],
    ['Grease rarely is the culprit.', null],
    ["I'd be careful with fasting as the only fix.", 'disagree'],
    ["That's just treating the symptom.", 'disagree'],
    ["It's a band-aid, the hinge is still loose.", 'disagree'],
    ['Only works on Windows though.', 'disagree'],
    ["Gel inserts are nice, I wouldn't spend money on them yet.", 'disagree'],
    ["A new router is a lot of money, I'd try everything else first.", 'disagree'],
    ['Maybe, but the studies behind it are small.', 'disagree'],
    ['A reset rarely does anything for a fault like this.', 'disagree'],
    ["Fresh batteries last for years though, I doubt that's it.", 'disagree'],
    ["The old tool works but it isn't maintained anymore, the docs recommend the new one.", 'disagree'],
    ["It works but see a doctor first, it's not for everyone.", 'disagree'],
    ['Maybe, but also try the other port.', null],
    // Adding to the answer, asking after another thing, or shrugging is no argument against it.
    ['Yes, but also oil the chain.', 'agree'],
    ['Yes, but have you tried the blue one?', 'agree'],
    ['Yeah but I guess it depends.', null],
    ['Good point, I forgot about the drain.', 'agree'],
    ['Be careful out there.', null],
  ] as const)('"%s" → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('why a reply agrees', () => {
  it('"This. Yelling back is how these things turn into feuds." joins the answer, no suggestion of its own', () => {
    const t = makeThread('Roommate plays music loud at night, what do I do?', [
      ['stop', 'Stop knocking on the wall.'],
      { author: 'yes', text: 'This. Yelling back is how these things turn into feuds.', replyTo: 0 },
      ['talk', 'Talk to him in the morning when you are both calm.'],
    ]);
    const list = analyzeThread(t);
    expect(list.filter((s) => authorsOf(s).includes('yes'))).toHaveLength(1);
    expect(together(list, 'stop', 'yes')).toBeDefined();
  });
  it('a sentence after the agreement that says what helps is still advice', () => {
    const t = makeThread('How do I get into a new research field?', [
      ['men', 'Find a mentor who already works in it.'],
      {
        author: 'yes',
        text: "Solid advice. It's hard to start in a new area, but it helps to read and skim a lot of papers to learn the vocabulary and then slowly assign meaning to the words.",
        replyTo: 0,
      },
    ]);
    const labels = analyzeThread(t)
      .filter((s) => authorsOf(s).includes('yes'))
      .map((s) => s.label);
    expect(labels.join(' / ')).toMatch(/vocabulary|skim/i);
  });
});

describe('replyStance: a remark on the answer, then something else called better', () => {
  it.each([
    ['Finish nails work loose over time, screws are better.', 'disagree'],
    ['Talc wears off, powdered graphite is much better.', 'disagree'],
    ['Agreed, and the long ones are better.', 'agree'],
    ['I used the kit, screws are better than nails.', null],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('replyStance: "this is important", a "please don\'t" saying only where, a longer name called better', () => {
  it.each([
    ['This is important, notice matters a lot in these cases.', 'agree'],
    ['That is crucial.', 'agree'],
    ["Please don't near a shed roof and power lines, people die doing this every year.", 'disagree'],
    ["Don't without gloves.", 'disagree'],
    ['Leaves streaks in my experience, a proper anti-fog product is better.', 'disagree'],
    ["Please don't forget the gloves.", null],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('replyStance: the most common one, a "Fair" with no "but", a fix that only puts off the trouble', () => {
  it.each([
    ["This is the most common one I've seen, use lru-cache instead.", 'agree'],
    ['Fair, it did wind ours up at first.', 'agree'],
    ['Fair enough.', 'agree'],
    ['Fair, but it worked for us.', 'disagree'],
    ["That only delays the crash, it doesn't fix anything.", 'disagree'],
    ['Ice in front of a fan barely does anything, the ice melts in half an hour.', 'disagree'],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('replyStance: a flaw granted, then a "but" that backs it', () => {
  it.each([
    ['Band-aid, but honestly fine as a stopgap while you find it.', 'agree'],
    ['Pricey, but worth it.', 'agree'],
    ['Old, but fine for a small flat.', null],
    ["Yes, but it won't fix it.", 'disagree'],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('replyStance: saved for last, overkill, the only thing that worked, a child giving up', () => {
  it.each([
    ["Shots can weaken the fascia, I'd save that for last.", 'disagree'],
    ['Overkill for 3 million rows, pg_trgm handles that fine.', 'disagree'],
    ["This is the only thing that worked on the neighbour's tom.", 'agree'],
    ['Grounding a 14 year old for a semester just makes him give up.', 'disagree'],
    ['We tried this, he just got better at hiding the other devices.', 'disagree'],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('replyStance: "no need", a thing usually fine, the only one that could not be got around', () => {
  it.each([
    ["No need, it's completely fine, starters are very hard to kill.", 'disagree'],
    ['No need to thank me!', null],
    ["Thermal paste is usually fine at 3 years, I'd clean it first.", 'disagree'],
    ['Thermal paste is usually fine but at 3 years replace it.', null],
    ["Cold Turkey is the only one I couldn't get around.", 'agree'],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('replyStance: it backfires, she will just get round it, "This, plus…"', () => {
  it.each([
    ['That usually backfires with teens, they just get sneakier.', 'disagree'],
    ['That backfired on us.', 'disagree'],
    ["It won't backfire if you explain it first.", null],
    ["She'll just use data.", 'disagree'],
    ['He will just love it.', null],
    ['This, plus turn off notifications.', 'agree'],
    ['This + a timer on your desk.', 'agree'],
    ['This and the other comments are my favourite examples.', null],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('replyStance: something else does better after all', () => {
  it.each([
    ['Avalanche saves more money though.', 'disagree'],
    ['Heat is better though.', 'disagree'],
    ['That works better though.', null],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(replyStance(sentence)).toBe(expected);
  });
});

describe('replyStance: what worked, then why; the writer would do it too', () => {
  it('"This fixed it for me, short quick steps downhill." agrees', () => {
    expect(replyStance('This fixed it for me, short quick steps downhill.')).toBe('agree');
  });
  it('"I\'d do that, it\'s assertive without being hostile." agrees', () => {
    expect(replyStance("I'd do that, it's assertive without being hostile.")).toBe('agree');
  });
  it('guards: "This worked for me, but only for a week." and "I\'d do that only if…" take no side', () => {
    expect(replyStance('This worked for me, but only for a week.')).toBeNull();
    expect(replyStance("I'd do that only if nothing else works.")).toBeNull();
  });
});

describe('replyStance: what the answer did for the writer, said big', () => {
  it('"This was huge for me, phone in the kitchen." agrees; "This is huge, if true." does not', () => {
    expect(replyStance('This was huge for me, phone in the kitchen.')).toBe('agree');
    expect(replyStance('That was a big deal for us.')).toBe('agree');
    expect(replyStance('This is huge, if true.')).toBeNull();
    expect(replyStance('It was huge.')).toBeNull();
  });
});

describe('replyStance: the only one that works for the writer too', () => {
  it('"The sugar trick is the only one that works for me too." agrees', () => {
    expect(replyStance('The sugar trick is the only one that works for me too.')).toBe('agree');
  });
});

describe('replyStance: a reply opening on a caution', () => {
  it('"Be careful, in some places you\'re liable if you kill the tree." argues against the answer', () => {
    expect(replyStance("Be careful, in some places you're liable if you kill the tree.")).toBe('disagree');
  });
  it('guard: "Be careful to…" later in a sentence is no opening caution', () => {
    expect(replyStance('Trim them in winter, and be careful near the lines.')).toBeNull();
  });
});

describe("replyStance: a catch conceded, then a yes; the answer's way told as one's own", () => {
  it.each([
    'Sealer only lasts a year or so in a shower, but yes, it helps.',
    'It only lasts a few months, but it helps.',
    'Ten minutes a day is how I learned too.',
  ])('agrees: %s', (s) => {
    expect(replyStance(s)).toBe('agree');
  });
  it('guard: a catch with no yes takes no side', () => {
    expect(replyStance('Sealer only lasts a year or so in a shower.')).toBeNull();
  });
});

describe('replyStance: skipping it, hiding it, owning it as the trouble', () => {
  it.each(["Anti-fog coatings streaked badly for me, I'd skip them.", 'That just hides it.'])(
    'argues against the answer: %s',
    (s) => {
      expect(replyStance(s)).toBe('disagree');
    },
  );
  it('"Shoes were my whole problem." agrees', () => {
    expect(replyStance('Shoes were my whole problem.')).toBe('agree');
  });
  it('guard: "I\'d skip them" opening a longer thought after a comma is not last', () => {
    expect(replyStance("Coatings streak, I'd skip them if you can ventilate instead.")).toBeNull();
  });
});

describe('replyStance: a doubt conceded, then a yes', () => {
  it('"Easier said than done, but yes, ignoring it is the only way it stops." agrees', () => {
    expect(replyStance('Easier said than done, but yes, ignoring it is the only way it stops.')).toBe(
      'agree',
    );
  });
});

describe('replyStance: the last step, barely getting in, and what doing it did', () => {
  it.each([
    'Council should be the last step, it poisons the relationship.',
    'Foliar calcium barely gets into the fruit, fix the watering instead.',
  ])('argues against the answer: %s', (s) => {
    expect(replyStance(s)).toBe('disagree');
  });
  it.each(['We did this and the dog barks at us less now too.', 'I did that and she sleeps better.'])(
    'agrees: %s',
    (s) => {
      expect(replyStance(s)).toBe('agree');
    },
  );
  it('guard: "We did this and he cried more." takes no side by that', () => {
    expect(replyStance('We did this and he cried more.')).toBeNull();
  });
});

describe('replyStance: underrated, and the biggest change made', () => {
  it.each([
    'This is so underrated.',
    'Email last is the biggest change I made.',
    'That was the best thing we did.',
  ])('agrees: %s', (s) => {
    expect(replyStance(s)).toBe('agree');
  });
  it('guard: "This is underrated but risky." does not agree outright', () => {
    expect(replyStance('This is underrated but risky.')).not.toBe('agree');
  });
});

describe("replyStance: a yeah on the answer's point, and overkill", () => {
  it('agrees: "Yeah, tsc --listFiles will show you exactly what it\'s checking."', () => {
    expect(replyStance("Yeah, tsc --listFiles will show you exactly what it's checking.")).toBe('agree');
  });
  it.each([
    'Yeah, no.',
    'Yeah, and it was awful.',
    'Yeah, let your cat be a cat.',
    'Yeah but I guess it depends.',
  ])('guard: "%s" does not agree by its yeah', (s) => {
    expect(replyStance(s)).not.toBe('agree');
  });
  it.each(["That's overkill for a flapper.", 'This is a bit of overkill for a first timer.'])(
    'argues against: %s',
    (s) => {
      expect(replyStance(s)).toBe('disagree');
    },
  );
});

describe('replyStance: archived, little evidence, what we do, 100%', () => {
  it.each([
    "npm-merge-driver is archived though, I wouldn't add it now.",
    "Foam rolling feels nice but there's little evidence it prevents injuries.",
  ])('argues against: %s', (s) => {
    expect(replyStance(s)).toBe('disagree');
  });
  it.each(['This is what we do.', '100%.'])('agrees: %s', (s) => {
    expect(replyStance(s)).toBe('agree');
  });
  it.each(['It was archived last year but still works fine.', "Great tool, I wouldn't use anything else."])(
    'guard: "%s" does not argue against',
    (s) => {
      expect(replyStance(s)).not.toBe('disagree');
    },
  );
});

describe('replyStance: a sledgehammer, and moving the trouble elsewhere', () => {
  it.each([
    "That's a sledgehammer, try the power management setting first.",
    'That just moves the yowling to your face at 5am.',
  ])('argues against: %s', (s) => {
    expect(replyStance(s)).toBe('disagree');
  });
});

describe('stop 64: where the writer worked, told alone', () => {
  it.each([
    'Worked at a payments company.',
    "I've worked in hospital pharmacy for 12 years.",
    'Worked at Stripe.',
    'I worked in IT for 20 years.',
  ])('"%s" introduces the writer', (text) => {
    expect(isSelfIntroduction(text)).toBe(true);
  });
  it.each([
    'Worked for me.',
    'I worked at it for a week.',
    'Work at a standing desk.',
    'Worked for a while.',
  ])('guard: "%s" does not', (text) => {
    expect(isSelfIntroduction(text)).toBe(false);
  });
});

describe('stop 65: more ways a reply runs the answer down', () => {
  it.each([
    'Coasting is mostly a band-aid from before linear advance existed.',
    "Water on end grain raises the fibers and makes it fuzz, I'd skip that part.",
    'Works for some people, I hate it.',
    'zigzag hems look homemade though imo.',
    'steam helps a little but in my experience it doesnt fix a properly stretched hem',
    'Flat drying is fine for regular wool, but with superwash the dryer is what resets it.',
    "PETG doesn't really need an enclosure.",
    'Automotive filler primer is way too heavy for scale stuff.',
    "That seems premature when nobody has actually told him it's a problem yet.",
  ])('"%s" disagrees', (s) => {
    expect(replyStance(s)).toBe('disagree');
  });
  it.each([
    'A band-aid and some tape will do for now.',
    'Steam helps a lot, I do it every time.',
    'It needs a new battery.',
  ])('guard: "%s" does not disagree', (s) => {
    expect(replyStance(s)).not.toBe('disagree');
  });
});

describe('stop 66: replyStance: the underrated answer, the best answer here', () => {
  it.each([
    'This is the underrated answer. A pair of them costs about $80.',
    'Underrated comment.',
    'Highly underrated tip.',
    'This is the most underrated advice in the thread.',
    'Best answer here.',
  ])('agrees: %s', (s) => {
    expect(replyStance(s)).toBe('agree');
  });
  it('guard: "The best advice is to wait." says what the best advice is', () => {
    expect(replyStance('The best advice is to wait.')).not.toBe('agree');
  });
});

describe('stop 66: replyStance: forum shorthand pointing back at the answer', () => {
  it.each([
    '^ this.',
    '^ yes.',
    '^ this, I used to drink coffee all shift and no water at all',
    'Yes yes yes.',
    'There it is.',
    'Language exchange, as above.',
    'Security cam and a written notice, exactly what the others said.',
    'Good answer.',
    'Harsh but fair.',
    'This is the #1 tip. Hand at the bottom of the wheel.',
    'This is the most useful answer here.',
    "That's a really important one.",
    'Totally legit option.',
    'Big +1, credit unions are great for this.',
    'Milestone payments, +1 to the above.',
    'Confirmed.',
    'Ha, we did exactly this.',
  ])('agrees: %s', (s) => {
    expect(replyStance(s)).toBe('agree');
  });
  it.each([
    'There it is, the drain is the real problem.',
    'The receipt is above the fridge.',
    'Good answer, but wrong for my case.',
    "That's a really important one to avoid.",
  ])('guard: "%s" does not agree by its words', (s) => {
    expect(replyStance(s)).toBeNull();
  });
});
