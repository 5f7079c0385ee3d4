import { describe, expect, it } from 'vitest';
import {
  adviceRules,
  detectAdvice,
  detectAdviceInPost,
  onlyRemarks,
  onlyTrade,
} from '../../../lib/advice/detect';
import { withApostrophes } from '../../../lib/advice/detect-features';
import { splitSentences } from '../../../lib/advice/sentences';
import { stem, tokenize } from '../../../lib/advice/tokens';

describe('tokenize and stem', () => {
  const cases: [string, string[]][] = [
    ["Don't use a heating-pad!", ['do', 'not', 'use', 'a', 'heating', 'pad']],
    ["I'd recommend it; it's cheap.", ['i', 'would', 'recommend', 'it', 'it', 'is', 'cheap']],
    [
      "You won't regret it, I can't say more.",
      ['you', 'will', 'not', 'regret', 'it', 'i', 'can', 'not', 'say', 'more'],
    ],
    ["do n't worry , you 'll be fine", ['do', 'not', 'worry', 'you', 'will', 'be', 'fine']],
    ['I’ve never tried Tai Chi', ['i', 'have', 'never', 'tried', 'tai', 'chi']],
    ["My PT's advice", ['my', 'pt', 'advice']],
  ];
  it.each(cases)('tokenize(%j)', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it('stems inflections to one form', () => {
    expect(stem('stretching')).toBe(stem('stretches'));
    expect(stem('recommended')).toBe('recommend');
    expect(stem('exercises')).toBe(stem('exercise'));
  });
});

describe('detectAdvice', () => {
  const advice: string[] = [
    'Try a different muscle relaxant.',
    // What is ideal is what to aim for.
    'Morning sun and afternoon shade is ideal.',
    "I'd recommend seeing a physical therapist who specialises in backs.",
    'Have you considered a standing desk?',
    'Magnesium glycinate helped me a lot with cramps.',
    'Look into the McKenzie method.',
    'Check out the book Healing Back Pain by John Sarno.',
    'You should ask your doctor about baclofen.',
    'Make sure you keep moving, even if it is just short walks.',
    'If the pain comes back, ice it for twenty minutes at a time.',
    'Start with gentle core exercises once the spasm has passed.',
    'My advice would be to get a second opinion.',
    'It might be worth asking for a referral to a pain clinic.',
    'Talk to her calmly and explain why the rule exists.',
    'Put the baby down drowsy but awake.',
    'It would be great if the app let me export my notes.',
    'If you are staying more than two nights, ask for a room at the back.',
    'I found gentle yoga really helpful for the stiffness.',
    'Lidocaine injections made a huge difference for me.',
    'Has your PT tried ultrasound?',
    'Edit: try magnesium glycinate, it is gentler on the stomach.',
    // What fixed it, as tech forums report it.
    'Changing the module setting to commonjs solved my issue.',
    'Clearing the npm cache did the trick.',
    'Reinstalling the driver fixed it for me.',
    // A place close by, told as a fact: how travellers tip each other.
    "There's a bakery two doors down that opens at six.",
    'There is a cheap laundrette just around the corner from the station.',
  ];
  it.each(advice)('advice: %s', (s) => {
    const v = detectAdvice(s);
    expect(v.advice).toBe(true);
    expect(v.score).toBeGreaterThanOrEqual(0);
    expect(v.score).toBeLessThanOrEqual(1);
  });

  const notAdvice: string[] = [
    'I had the same problem about five years ago.',
    'My back went out while I was lifting a box of books.',
    'The hotel lobby was beautiful.',
    'Thanks so much, everyone!',
    'Good luck!',
    'We stayed there for three nights in March.',
    'He is four years old and goes to daycare.',
    'That sounds awful, I am sorry you are going through this.',
    'The pain was mostly on the left side.',
    'I agree that it sucks.',
    'Have a great trip!',
    'I wish I had known that back then.',
    'There was a building site next door that started at seven.',
    'Is there a pharmacy nearby?',
  ];
  it.each(notAdvice)('not advice: %s', (s) => {
    expect(detectAdvice(s).advice).toBe(false);
  });

  const against: string[] = [
    "Don't stretch while the muscle is in spasm.",
    'Avoid sitting for long periods.',
    'Stay away from chiropractors who crack your neck.',
    'Heat made it worse for me.',
    'I would not recommend this hotel to anyone.',
    'This is not the place to stay if you want a quiet night.',
  ];
  it.each(against)('advice against: %s', (s) => {
    const v = detectAdvice(s);
    expect(v.advice).toBe(true);
    expect(v.stance).toBe('against');
  });

  const forStance: string[] = [
    'Try foam rolling your glutes.',
    "Don't worry about asking your doctor for stronger meds.",
    'Keep doing the exercises your PT gave you.',
    "You can't go wrong with Iyengar yoga.",
    'A standing desk is the way to go.',
    "I can't recommend Peter Jackson's documentary enough.",
    // A negated "without" says to do the thing.
    'Honestly, don’t start any new routine without asking your physio first.',
    'Never go hiking without water.',
    // Leaving a thing undone, negated, urges it.
    "Don't skip the primer.",
    "Don't ignore the pain in your knee.",
  ];
  it.each(forStance)('advice for: %s', (s) => {
    const v = detectAdvice(s);
    expect(v.advice).toBe(true);
    expect(v.stance).toBe('for');
  });

  // Praise said with "never" is no warning.
  it.each(['Never fails.', 'Never failed me once.'])('praise with never is for: %s', (s) => {
    expect(detectAdvice(s).stance).toBe('for');
  });
  // …but what never worked for the writer is first-hand failure, however they go on.
  it('"Talking to them never works in my experience" is against', () => {
    expect(
      detectAdvice('Talking to them never works in my experience, they just get defensive.').stance,
    ).toBe('against');
  });

  // A harm the thing does is a warning against it; what the thing does to the problem is not.
  it.each([
    'Repasting voids the warranty on some models, check first.',
    'Baking soda can scratch the finish.',
  ])('a harm is against: %s', (s) => {
    expect(detectAdvice(s).stance).toBe('against');
  });
  // An insistence on not doing it warns; one on not leaving it undone does not.
  it.each([
    "Make sure you don't use --hard by accident, that throws the changes away.",
    'Be sure not to use bleach.',
  ])('an insistence on not doing it is against: %s', (s) => {
    expect(detectAdvice(s).stance).toBe('against');
  });
  // What a thing is "just" (water, marketing) runs it down; the secret being just water does not.
  it.each([
    'Club soda is just water with bubbles, plain cold water works exactly as well.',
    'Brand name is just marketing.',
  ])('called nothing more than water or marketing is against: %s', (s) => {
    expect(detectAdvice(s).stance).toBe('against');
  });
  it('"Duolingo alone won\'t get you conversational" is against; "…alone won\'t get you there, but it helps" is not', () => {
    expect(detectAdvice("Duolingo alone won't get you conversational.").stance).toBe('against');
    expect(detectAdvice("Practice alone won't get you there, but it helps.").stance).toBe('for');
  });
  it('"Just use the back roads, it\'s not worth the stress" is for the back roads; "Don\'t buy it, it\'s not worth the money" is against', () => {
    expect(detectAdvice("Just use the back roads, it's not worth the stress.").stance).toBe('for');
    expect(detectAdvice("Don't buy it, it's not worth the money.").stance).toBe('against');
  });
  it('"The secret is just water and patience" is for', () => {
    expect(detectAdvice('The secret is just water and patience.').stance).toBe('for');
  });
  it('"Make sure you don\'t skip the primer" is for the primer', () => {
    expect(detectAdvice("Make sure you don't skip the primer.").stance).toBe('for');
  });
  it('"you can\'t leave it without killing your tree" says how a thing works: no warning', () => {
    expect(detectAdvice("Forest app, you can't leave it without killing your tree.").stance).toBe('for');
  });
  it('what worked only for a while, then stopped, is against', () => {
    expect(
      detectAdvice('Irish Spring worked for about two weeks for us, then they got used to it.').stance,
    ).toBe('against');
    expect(detectAdvice('Grayscale worked for me for a month and then I just got used to it.').stance).toBe(
      'against',
    );
  });
  it('what a sentence opens on, said not to help, is against ("Deleting it in a new commit doesn\'t help")', () => {
    expect(detectAdvice("Deleting it in a new commit doesn't help, it's still in the history.").stance).toBe(
      'against',
    );
    expect(detectAdvice("Yelling won't help.").stance).toBe('against');
    expect(detectAdvice("It doesn't help that he works nights.").stance).toBe('for');
  });
  it('"We tried a visor and she hated it" is against; "…and she loved it" is not', () => {
    expect(detectAdvice('We tried a visor and she hated wearing it even more than the water.').stance).toBe(
      'against',
    );
    expect(detectAdvice('We tried the app and she loved it.').stance).toBe('for');
  });
  it('"worked for me but only for a couple of months" is against', () => {
    expect(
      detectAdvice('Cortisone shots worked for me but only for a couple of months, and then it came back.')
        .stance,
    ).toBe('against');
  });
  it('a thing said in one clause to make the trouble worse is against; a reason after a comma is not', () => {
    expect(detectAdvice('Antihistamines like Benadryl make RLS much worse.').stance).toBe('against');
    expect(detectAdvice('Boil and bite guards made my clenching worse.').stance).toBe('against');
    expect(
      detectAdvice('Cut out alcohol in the evening, it relaxes the throat and makes snoring much worse.')
        .stance,
    ).toBe('for');
    expect(detectAdvice('Cut back on caffeine and alcohol, both make bruxism worse.').stance).toBe('for');
  });
  it.each([
    'Vinegar only moves them somewhere else in my experience.',
    'Air freshener just masks the smell.',
  ])('what only moves the problem is against: %s', (s) => {
    expect(detectAdvice(s).stance).toBe('against');
  });
  it('an instruction whose clause of why has something else make it worse is for', () => {
    expect(detectAdvice('Get merino socks, cotton holds sweat and that makes everything worse.').stance).toBe(
      'for',
    );
    // (Told not to, it is still against.)
    expect(detectAdvice("Don't wear cotton, it holds sweat and that makes everything worse.").stance).toBe(
      'against',
    );
  });
  it.each([
    'Bleach only whitens the surface, the roots stay in the grout.',
    'Ibuprofen only treats the symptoms.',
  ])('what touches only the surface or the symptoms is against: %s', (s) => {
    expect(detectAdvice(s).stance).toBe('against');
  });
  it('"Open windows in summer makes it worse" is against', () => {
    expect(detectAdvice('Open windows in summer makes it worse.').stance).toBe('against');
  });
  it('"A steamer will strip the old wallpaper" is no harm done', () => {
    expect(detectAdvice('A steamer will strip the old wallpaper in minutes.').stance).toBe('for');
  });

  // A caution about a thing warns against it, however gently put.
  it.each([
    "I'd be careful with melatonin, it stopped working for me after a while.",
    'Be wary of the cheap chargers on Amazon.',
    'Be very careful with bleach around the cat.',
  ])('a caution is against: %s', (s) => {
    expect(detectAdvice(s).stance).toBe('against');
  });

  // First-hand failure warns against what failed, advice or not; a sentence that turns to what
  // did help, or sets a condition, is not a warning.
  it.each([
    "I didn't get much relief from the codeine at all.",
    'The stretches did nothing for me.',
    'Melatonin never really worked for us.',
    'Melatonin never did anything for me honestly.',
    "The wipes didn't do much for us.",
  ])('first-hand failure is against: %s', (s) => {
    expect(detectAdvice(s).stance).toBe('against');
  });
  it.each([
    "If that doesn't work for you, try a heating pad.",
    "Ibuprofen didn't help me but naproxen did.",
    'I never had much luck until I found a good PT.',
  ])('a turn or a condition is not a warning: %s', (s) => {
    expect(detectAdvice(s).stance).toBe('for');
  });

  it('a negation inside a condition that runs past its comma is no warning; one after it is', () => {
    const condition = "If you have photos, and don't have a site to put them on,";
    expect(detectAdvice(`${condition} please consider sending them to me.`).stance).toBe('for');
    expect(detectAdvice(`${condition} don't post them on social media.`).stance).toBe('against');
    expect(detectAdvice("If it hurts, don't run.").stance).toBe('against');
  });

  const agreement: string[] = [
    'Seconding the recommendation for a standing desk.',
    'Nthing physical therapy.',
    'So Nthing maybe a different muscle relaxer & PT.',
    "I'll second what soundguy99 says about strengthening.",
    '+1 to the magnesium suggestion.',
    'I agree with everyone suggesting core work.',
    'Another vote for the Sarno book.',
  ];
  it.each(agreement)('agreement: %s', (s) => {
    const v = detectAdvice(s);
    expect(v.agreement).toBe(true);
    expect(v.advice).toBe(true);
  });

  const independent: string[] = [
    'Try a standing desk.',
    'I went through something similar and it took months.',
    'Something like a heating pad might help.',
    'Nothing worked until I tried physical therapy.',
    'I agree that it sucks.',
    'I agree with you, that is a hard spot to be in.',
  ];
  it.each(independent)('no agreement: %s', (s) => {
    expect(detectAdvice(s).agreement).toBe(false);
  });

  // Granting a point is a turn of conversation: its "you" and "may" must not make it advice.
  it.each(['You may be right.', "You're probably right!", 'Fair enough.', "That's a fair point."])(
    'a concession is not advice: %s',
    (s) => {
      expect(detectAdvice(s).advice).toBe(false);
    },
  );

  it("is strict with the asker's own posts", () => {
    const askerLines = [
      'Thanks everyone, I will try the magnesium tonight.',
      'I did try yoga last year but it made things worse.',
      'Update: the spasms have calmed down a bit.',
      'My doctor says it is muscular.',
    ];
    for (const s of askerLines) expect(detectAdvice(s, { byAsker: true }).advice).toBe(false);
    // The same kind of sentence from anyone else can be advice.
    expect(detectAdvice('I will try the magnesium tonight, you should too.').advice).toBe(true);
  });

  it('is deterministic', () => {
    const s = 'You might want to look into a TENS unit for home use.';
    expect(detectAdvice(s)).toEqual(detectAdvice(s));
  });

  it('works on sentences split from a real answer', () => {
    const text =
      'IANAD. I am someone who used to have frequent debilitating back spasms. ' +
      'I have had very good luck with oral magnesium supplements.\n\n' +
      'Also, do yourself a favor and check out the work of Dr. Eric Goodman.';
    const sentences = splitSentences({
      id: 'a1',
      author: 'x',
      permalink: '',
      text,
      score: 5,
      accepted: false,
      time: null,
      parentId: null,
      deleted: false,
    });
    const verdicts = sentences.map((s) => detectAdvice(s.text).advice);
    expect(sentences.map((s) => s.text)[3]).toBe(
      'Also, do yourself a favor and check out the work of Dr. Eric Goodman.',
    );
    expect(verdicts).toEqual([false, false, true, true]);
  });
});

describe('detectAdviceInPost', () => {
  const post = [
    'We had the same trouble with our youngest last winter.',
    'Try a white noise machine in her room.',
    'Keep the bedtime routine short and boring.',
    'It took about two weeks before she slept through.',
  ];

  it('gives one verdict per sentence, in order, deterministically', () => {
    const verdicts = detectAdviceInPost(post);
    expect(verdicts).toHaveLength(post.length);
    expect(verdicts.map((v) => v.advice)).toEqual([false, true, true, false]);
    expect(detectAdviceInPost(post)).toEqual(verdicts);
    expect(detectAdviceInPost([])).toEqual([]);
  });

  it('reads a sentence with its neighbours: the same words score differently in another post', () => {
    const s = 'A small night light can also make a difference.';
    const amongAdvice = detectAdviceInPost([
      'Try a white noise machine in her room.',
      s,
      'Keep the bedtime routine short and boring.',
    ])[1]!;
    const amongStory = detectAdviceInPost([
      'We moved house when she was two.',
      s,
      'Her brother was born that spring.',
    ])[1]!;
    expect(amongAdvice.score).toBeGreaterThan(amongStory.score);
  });

  it('keeps stance, agreement and the strictness with the asker', () => {
    const [against, agree] = detectAdviceInPost([
      "Don't let her nap after four o'clock.",
      'Seconding the white noise suggestion.',
    ]);
    expect(against).toMatchObject({ advice: true, stance: 'against' });
    expect(agree).toMatchObject({ advice: true, agreement: true });
    const asker = detectAdviceInPost(['Thanks everyone, I will try the white noise tonight.'], {
      byAsker: true,
    });
    expect(asker[0]!.advice).toBe(false);
  });
});

describe('rule features', () => {
  // [sentence, rule, fires?]: the rules must fire on the phrasing they name and stay quiet on look-alikes.
  const cases: [string, string, boolean][] = [
    ["I'd talk to the school before anything else.", 'i_recommend', true],
    ['Honestly, I would wait a week and see.', 'i_recommend', true],
    ['I checked in assuming I would be given the room I booked.', 'i_recommend', false],
    ['My biggest advice is to pack snacks for the car.', 'i_recommend', true],
    ['I echo AlexiaSky in suggesting a different muscle relaxant.', 'agree', true],
    ["I'd echo what others said about the heating pad.", 'agree', true],
    ['The hall has a terrible echo at night.', 'agree', false],
    ['My only tip: book the early train.', 'i_recommend', true],
    ['My biggest worry is the drive home.', 'i_recommend', false],
    ['It was not what I would find in a five star place.', 'i_recommend', false],
    ['The castle is a must-see if you are in town.', 'endorse', true],
    ['It must have been painted in the seventies.', 'endorse', false],
    ['It must have been painted in the seventies.', 'modal_soft', false],
    ['Thanks to the tram stop outside, getting around is easy.', 'thanks', false],
    ['Thanks to everyone who answered.', 'thanks', true],
    ['It would be great if the editor kept my drafts.', 'wish_would', true],
    ['I wish there were a dark theme.', 'wish_would', true],
    ['There should be a way to mute a thread.', 'should_able', true],
    ['The app needs an option to export notes.', 'should_able', true],
    ['There should be a way to mute a thread.', 'wish_would', false],
    ['He should be able to dress himself at that age.', 'should_able', true],
    ['He should be able to dress himself at that age.', 'wish_would', false],
    ['The settings page should allow users to pick a font.', 'should_able', true],
    ['The settings page should allow users to pick a font.', 'wish_would', false],
    ['It might be worth asking the landlord first.', 'worth_doing', true],
    ['A second opinion is worth a try.', 'worth_doing', true],
    ['The view was worth every penny.', 'worth_doing', false],
    ["You've got to try the dumplings at the night market.", 'you_should', true],
    ['If you want quiet and a big bed, then this is your place.', 'endorse', true],
    ['For a family on a budget this is the right hotel for you!', 'endorse', true],
    ['This is the place where we had our wedding.', 'endorse', false],
    ['One piece of advice: leave the car at home.', 'i_recommend', true],
    ["We wouldn't hesitate to recommend the guesthouse to friends.", 'i_recommend', true],
    ["Honestly, I'd pick the one with the bigger garden.", 'i_recommend', true],
    ["At this point I'd call a plumber.", 'i_recommend', true],
    ["Honestly at 8 years I'd just replace the whole faucet.", 'i_recommend', true],
    ['In your shoes I would wait a week.', 'i_recommend', true],
    ['At this point the leak was everywhere.', 'i_recommend', false],
    ['I picked the one with the bigger garden.', 'i_recommend', false],
    // "I'd" before a past participle is "I had": a story, not a recommendation.
    ["I'd never heard of it, but apparently the library uses it too.", 'i_recommend', false],
    ["I'd already tried the drops before we moved.", 'i_recommend', false],
    ["I'd never buy that brand again.", 'i_recommend', true],
    ["I'd probably need a bigger car for that.", 'i_recommend', true],
    // How one would feel is a reaction, not a recommendation; how one would act still is.
    ['I would be pretty upset if my brother did that.', 'i_recommend', false],
    ["Honestly, I'd be so proud of her for telling you.", 'i_recommend', false],
    ["I'd be careful with the space heater in a small room.", 'i_recommend', true],
    ['Look at the logs first.', 'look_into', true],
    ['People who look at things from odd angles build good products.', 'look_into', false],
    ['Just google the model number and the word manual.', 'look_into', true],
    ['Search engines like Google index the page within a day.', 'look_into', false],
    ['Have you tried a heating pad?', 'question', true],
    ['Have you tried a heating pad?  ', 'question', true],
    ['Is it the "?" key or the "!" key that does it.', 'question', false],
    ['What a view! Go at sunset.', 'exclaim', false],
    ['Go at sunset!', 'exclaim', true],
    ['?', 'question', true],
    // A rule runs only when one of its trigger words is in the sentence: each phrasing still fires.
    ['The ferry is the way to go.', 'endorse', true],
    ["Honestly the night market's your best bet.", 'endorse', true],
    ["You can't go wrong with the set menu.", 'endorse', true],
    ['The bakery is definitely worth a visit.', 'endorse', true],
    ['It is a great option for families.', 'endorse', true],
    ['That hotel is not the place to stay.', 'endorse', true],
    ['A must-have for any kitchen.', 'endorse', true],
    ['It is what it is, and it was fine.', 'endorse', false],
    ['I also recommend the blue one.', 'agree', true],
    ['Would also vote for the train.', 'agree', true],
    ['Seconding the heat pad.', 'agree', true],
    ['+1 to the heat pad', 'agree', true],
    ['This.', 'agree', true],
    ['This is also a problem.', 'agree', false],
  ];
  it.each(cases)('%s → %s %s', (sentence, rule, fires) => {
    expect(adviceRules(sentence).includes(rule)).toBe(fires);
  });
});

describe('what a sentence calls needless', () => {
  it('it argues against', () => {
    expect(detectAdvice("A second router really isn't necessary here.").stance).toBe('against');
    expect(detectAdvice('Restarting the server is unnecessary.').stance).toBe('against');
  });

  it('unless it sets a condition', () => {
    expect(detectAdvice("A second router isn't necessary unless the house is large.").stance).toBe('for');
  });
});

describe('"I wouldn\'t" and a deed', () => {
  it('argues against the deed, whatever the verb', () => {
    expect(detectAdvice("I wouldn't repaste a laptop under warranty, you'll void it.").stance).toBe(
      'against',
    );
    expect(detectAdvice("I wouldn't microwave it, the texture goes rubbery.").stance).toBe('against');
  });

  it('not when it says how the writer feels or what they would not change', () => {
    expect(detectAdvice("I wouldn't change a thing about that trip.").stance).not.toBe('against');
    expect(detectAdvice("I wouldn't be surprised if it was the battery.").stance).not.toBe('against');
  });
});

describe('imperatives of studying, cooking and settling affairs', () => {
  it.each([
    'Analyze every game you lose.',
    'Whisk the eggs before adding the flour.',
    'Unsubscribe from every store mailing list.',
    'Declutter one drawer a day.',
  ])('"%s" is advice', (sentence) => {
    expect(detectAdvice(sentence).advice).toBe(true);
  });
});

describe('holiday greetings', () => {
  it('"Happy July 4th to everyone" greets, before a post that advises', () => {
    const [greeting] = detectAdviceInPost([
      'Happy July 4th to everyone in the U.S. :)',
      'Restore the Fourth Campaign Organizes Protests Against Unconstitutional Surveillance',
    ]);
    expect(greeting!.advice).toBe(false);
    expect(adviceRules('Happy holidays, all!')).toContain('hope');
  });
});

describe("a place set against the advice's own", () => {
  it('"Water at the soil, never on the leaves" is for watering at the soil', () => {
    expect(detectAdvice('Water at the soil, never on the leaves, and do it in the morning.').stance).toBe(
      'for',
    );
    expect(detectAdvice('Feed them in spring, not in winter.').stance).toBe('for');
  });

  it('a warning stays one', () => {
    expect(detectAdvice("Don't water at night, never on the leaves.").stance).toBe('against');
  });
});

describe('"What worked for us was…"', () => {
  it('is first-hand success, advice', () => {
    expect(
      detectAdvice('What worked was removing her from the room calmly and staying with her.').advice,
    ).toBe(true);
    expect(adviceRules('The only thing that helped was a humidifier.')).toContain('helped_me');
  });
});

describe('a thing said to do nothing', () => {
  it('"Blitz teaches you nothing", "Soma did very little" argue against it', () => {
    expect(detectAdvice('Blitz teaches you nothing at 800, play 15+10 or slower.').stance).toBe('against');
    expect(detectAdvice('Soma did very little.').stance).toBe('against');
  });

  it('not the writer\'s own doing: "I did nothing wrong"', () => {
    expect(detectAdvice('I did nothing wrong.').stance).toBe('for');
  });
});

describe('"The real fix is…"', () => {
  it('names the remedy as what works: advice', () => {
    expect(detectAdvice('Honestly the real fix is a double wall tent.').advice).toBe(true);
    expect(adviceRules('The only solution for this is a new router.')).toContain('helped_me');
  });
  it('not a fix said of something else ("The fix was merged upstream")', () => {
    expect(adviceRules('The fix was merged upstream last week.')).not.toContain('helped_me');
  });
});

describe('what cannot be done, then what can', () => {
  it('"You can\'t reverse the stretching, but you can behead them" is for the beheading', () => {
    expect(detectAdvice("You can't reverse the stretching, but you can behead them.").stance).toBe('for');
  });
  it('"You can\'t use bleach on marble" still warns', () => {
    expect(detectAdvice("You can't use bleach on marble, it etches.").stance).toBe('against');
  });
});

describe('"would make it ten times worse"', () => {
  it('argues against the thing', () => {
    expect(
      detectAdvice('Voice messages would make my anxiety ten times worse, not for everyone.').stance,
    ).toBe('against');
  });
});

describe('"Careful, …" opening a sentence', () => {
  it('warns of what follows', () => {
    expect(detectAdvice('Careful, some HP firmware updates block third-party ink cartridges.').stance).toBe(
      'against',
    );
    expect(detectAdvice('Careful with the bleach on marble.').stance).toBe('against');
  });
});

describe('an instruction after a leading phrase of when', () => {
  it('"At 3000 km check the chain" is advice', () => {
    expect(detectAdvice('At 3000 km check the chain for stretch.').advice).toBe(true);
  });
});

describe('"…made mine shift like new"', () => {
  it('is first-hand success', () => {
    expect(adviceRules('New cables and housing made mine shift like new.')).toContain('helped_me');
  });
});

describe('"Same as above, …"', () => {
  it('agrees', () => {
    expect(detectAdvice('Same as above, we stood still every time she pulled.').agreement).toBe(true);
  });
});

describe('"X don\'t really do anything"', () => {
  it('argues against X', () => {
    expect(detectAdvice("Blue light glasses don't really do anything, the evidence is weak.").stance).toBe(
      'against',
    );
  });
  it('not the writer\'s own doing ("I don\'t do anything special")', () => {
    expect(detectAdvice("I don't do anything special, just water it.").stance).toBe('for');
  });
});

describe('a thing said to backfire', () => {
  it('is warned against', () => {
    expect(detectAdvice('Lying about the time will backfire once she figures it out.').stance).toBe(
      'against',
    );
    expect(detectAdvice('Threats can easily backfire with teenagers.').stance).toBe('against');
  });
});

describe('an instruction after a leading phrase of where, named by its capital', () => {
  it.each([
    'On older Excel use INDEX/MATCH as an array formula.',
    'In Windows 11 open Settings and turn off fast startup.',
    'With Docker run the tests in a container.',
  ])('is advice: %s', (s) => {
    expect(detectAdvice(s).advice).toBe(true);
  });
  it.each(['In Germany use of cash is still common.', 'In March we moved to Berlin.'])(
    'not when no instruction follows: %s',
    (s) => {
      expect(detectAdvice(s).advice).toBe(false);
    },
  );
});

describe('a remedy that only numbs', () => {
  it('is warned against', () => {
    expect(detectAdvice('Lozenges just numb it, which can make you push harder.').stance).toBe('against');
  });
});

describe('a verb limited by "only when"', () => {
  it.each(['Water only when the top 2 inches of soil are dry.', 'Charge only when it drops below 20%.'])(
    'is an instruction: %s',
    (s) => {
      expect(detectAdvice(s).advice).toBe(true);
    },
  );
  it.each(["It only works when it's warm.", 'Pets only when supervised.'])('not: %s', (s) => {
    expect(detectAdvice(s).advice).toBe(false);
  });
});

describe('"Ditch X for Y"', () => {
  it('advises Y, not against anything', () => {
    expect(detectAdvice('Ditch the drip machine for a French press.').stance).toBe('for');
    expect(detectAdvice('Ditch the pillow for a week and see.').stance).toBe('against');
  });
});

describe('one way put above another with "beats"', () => {
  it.each(['15 minutes every day beats 2 hours on Sunday.', 'Wired backhaul beats any mesh.'])(
    'is advice: %s',
    (s) => {
      expect(detectAdvice(s).advice).toBe(true);
    },
  );
  it.each(['My dad beats me when he drinks.', 'He beats the other kids at chess.'])('not: %s', (s) => {
    expect(detectAdvice(s).advice).toBe(false);
  });
});

describe('what works only for a while, told in the present', () => {
  it('"Talc works for a few weeks for us, then it came back." warns', () => {
    expect(detectAdvice('Talc works for a few weeks for us, then it came back.').stance).toBe('against');
  });
});

describe('told not to dismiss a thing', () => {
  it.each([
    "Don't write off work friends either.",
    "Don't underestimate how much sleep matters.",
    "Don't rule out a bigger bit.",
  ])('"%s" advises it', (sentence) => {
    expect(detectAdvice(sentence).stance).toBe('for');
  });
});

describe('a caution asked politely', () => {
  it('"Please be careful with bones, they can crack teeth." warns', () => {
    expect(detectAdvice('Please be careful with bones, they can crack teeth.').stance).toBe('against');
  });
});

describe("git's verbs open instructions", () => {
  it.each([
    'Merge main more often.',
    'Rebase onto main before you open the PR.',
    'Stash your changes first.',
    'Squash the fixup commits.',
  ])('"%s" advises', (sentence) => {
    expect(detectAdvice(sentence).advice).toBe(true);
  });
});

describe('insisting on what was said, and what the writer would not do', () => {
  it('"don\'t let anyone tell you otherwise" backs what it says', () => {
    expect(detectAdvice("Audiobooks count as reading, don't let anyone tell you otherwise.").stance).toBe(
      'for',
    );
  });
  it.each(["I wouldn't add light.", "I wouldn't pay for it.", 'I would not mix them.'])(
    '"%s" warns against it',
    (s) => {
      expect(detectAdvice(s).stance).toBe('against');
    },
  );
  it('"I wouldn\'t see it that way" and "I wouldn\'t worry" warn of nothing', () => {
    expect(detectAdvice("I wouldn't worry about it.").stance).toBe('for');
  });
});

describe('the piece said to be missing, and a thing called overkill', () => {
  it.each(["You're missing the dependency array.", 'I think you are missing an await.'])(
    '"%s" advises adding it',
    (s) => {
      expect(detectAdvice(s).advice).toBe(true);
    },
  );
  it('"You\'re missing the point." advises nothing', () => {
    expect(detectAdvice("You're missing the point.").advice).toBe(false);
  });
  it('"React Query is overkill for one fetch." argues against it', () => {
    expect(detectAdvice('React Query is overkill for one fetch.').stance).toBe('against');
  });
});

describe('stop 60: pouring, wiping and sweeping open instructions', () => {
  it.each([
    'Pour boiling water down it every night for a week.',
    'Squeeze half a lemon into the water.',
    'Scoop the litter twice a day.',
    'Sweep under the fridge.',
  ])('"%s" is advice', (s) => {
    expect(detectAdvice(s).advice).toBe(true);
  });
  it('"Pour-over coffee tastes better to me." is no instruction: a compound opens it', () => {
    expect(detectAdvice('Pour-over coffee tastes better to me.').advice).toBe(false);
  });
});

describe("stop 60: the first step named, and gladness at the asker's news", () => {
  it.each(['First step is a vet visit, seriously.', 'Step one is a soil test.'])('"%s" is advice', (s) => {
    expect(detectAdvice(s).advice).toBe(true);
  });
  it.each(['Nice, enjoy the quiet.', 'Nice, buon viaggio next time!'])('"%s" is no advice', (s) => {
    expect(detectAdvice(s).advice).toBe(false);
  });
  it('"Honestly, enjoy it." is still advice', () => {
    expect(detectAdvice('Honestly, enjoy it.').advice).toBe(true);
  });
});

describe('stop 60: what alone to do, warnings joined or told, and cheering on', () => {
  it.each(['Just move it to a bigger pot.', "Try it, and only move again when there's slack."])(
    '"%s" is for what it says',
    (s) => {
      expect(detectAdvice(s).stance).toBe('for');
    },
  );
  it.each([
    'Vinegar only moves them somewhere else.',
    'Air freshener just masks the smell.',
    'Heads up, Dylox is toxic to bees.',
    'Seconding the tablet warning.',
  ])('"%s" argues against its thing', (s) => {
    expect(detectAdvice(s).stance).toBe('against');
  });
  it.each(['Look at you, adulting.', 'Bookmarking this thread for the CHAR(160) tip alone.'])(
    '"%s" is no advice',
    (s) => {
      expect(detectAdviceInPost([s])[0]!.advice).toBe(false);
    },
  );
});

describe('stop 60: "Trust me."', () => {
  it('"Trust me." alone is no advice', () => {
    expect(
      detectAdviceInPost(['Take a photo of every step before you take it apart.', 'Trust me.'])[1]!.advice,
    ).toBe(false);
  });
});

describe('stop 60: "Brilliant, that\'s exactly how it\'s supposed to go."', () => {
  it('is no advice', () => {
    expect(detectAdviceInPost(["Brilliant, that's exactly how it's supposed to go."])[0]!.advice).toBe(false);
  });
});

describe('stop 60: who the writer is', () => {
  it.each(['Landlord here.', 'Recruiter here.', 'Tailscale employee here.'])('"%s" is no advice', (s) => {
    expect(detectAdviceInPost([s, 'Turnover costs me a month of vacancy.'])[0]!.advice).toBe(false);
  });
  it('"Sign up here." is still advice', () => {
    expect(detectAdviceInPost(['Sign up here.', 'It takes a minute.'])[0]!.advice).toBe(true);
  });
});

describe('stop 61: contractions typed without their apostrophe', () => {
  it.each([
    'Whatever you do dont use poison bait.',
    'dont use poison bait.',
    'You shouldnt use bleach on it.',
  ])('"%s" advises against', (s) => {
    const v = detectAdviceInPost([s])[0]!;
    expect(v.advice).toBe(true);
    expect(v.stance).toBe('against');
  });
});

describe('stop 61: a "No …" rule', () => {
  it.each(['Whatever you do, no cotton.', 'No screens after 8pm.', 'No phone, no reading.'])(
    '"%s" advises against',
    (s) => {
      const v = detectAdviceInPost([s])[0]!;
      expect(v.advice).toBe(true);
      expect(v.stance).toBe('against');
    },
  );
  it.each(['No luck.', 'No idea why.', 'No worries, glad it helped.'])('"%s" is no advice', (s) => {
    expect(detectAdviceInPost([s])[0]!.advice).toBe(false);
  });
});

describe('stop 61: a word of how before the verb', () => {
  it.each([
    'Double check the wiring.',
    'Double-check the wiring.',
    'yeah live-adjust the Z offset during the first layer.',
    'Hand wash it in cold water.',
  ])('"%s" is advice', (s) => {
    expect(detectAdviceInPost([s])[0]!.advice).toBe(true);
  });
});

describe('stop 61: remarks, jokes and what is not meant', () => {
  it.each([
    'welcome to the cult',
    'Welcome to the rabbit hole.',
    'Ask me how I know.',
    'love an easy fix',
    'just add milk lol',
    'have you considered not running lol',
    "This is not to say you can't improve.",
    'This is not to say you cant improve.',
  ])('"%s" is no advice', (s) => {
    expect(detectAdviceInPost([s])[0]!.advice).toBe(false);
  });
  it('guard: "Folded cardboard under the short leg works for me lol" is still advice', () => {
    expect(detectAdviceInPost(['Folded cardboard under the short leg works for me lol'])[0]!.advice).toBe(
      true,
    );
  });
  it('"wifi calling helps a lot." is advice', () => {
    expect(
      detectAdviceInPost(['Tensor G2 modem, yeah.', 'known weak point.', 'wifi calling helps a lot.'])[2]!
        .advice,
    ).toBe(true);
  });
});

describe('stop 61: asking to hear back, thanks, a question without its mark, the writer', () => {
  it.each([
    'I have not done this yet, please share your solution if you do it.',
    'Please let us know how it goes!',
    'Keep us posted.',
    'Could continue with my Gitlab CI config because of you',
    'wait so does everyone else on the team need to do anything',
    'wait really?',
    'Vet tech here, 11 years.',
    '25 years in kitchens.',
    'ask me how i know about the note',
    'classic.',
  ])('"%s" is no advice', (s) => {
    expect(detectAdviceInPost([s])[0]!.advice).toBe(false);
  });
  it.each(['Wait until it dries.', 'Share your screen with the doctor.'])(
    'guard: "%s" is still advice',
    (s) => {
      expect(detectAdviceInPost([s])[0]!.advice).toBe(true);
    },
  );
});

describe('stop 61: stances', () => {
  it('"Forcing her forward is flooding, and it usually makes the fear worse." warns', () => {
    expect(
      detectAdviceInPost(['Forcing her forward is flooding, and it usually makes the fear worse.'])[0]!
        .stance,
    ).toBe('against');
  });
  it('"…riboflavin turns your pee neon yellow, don\'t panic." reassures, no warning', () => {
    expect(detectAdviceInPost(["Also, riboflavin turns your pee neon yellow, don't panic."])[0]!.stance).toBe(
      'for',
    );
  });
  it("guard: \"Don't panic, don't do a big water change, don't clean the filter.\" warns", () => {
    expect(
      detectAdviceInPost(["Don't panic, don't do a big water change, don't clean the filter."])[0]!.stance,
    ).toBe('against');
  });
});

describe("stop 61: the writer's standing after who they are", () => {
  it('"ICU nurse, 8 years of nights." is only a remark', () => {
    expect(onlyRemarks('ICU nurse, 8 years of nights.')).toBe(true);
  });
  it('guard: "ICU nurse here, check your sleep." is more', () => {
    expect(onlyRemarks('ICU nurse here, check your sleep.')).toBe(false);
  });
});

describe('stop 61: encouragement', () => {
  it.each(['hang in there', "You've got this!", 'Sending hugs.'])('"%s" is only a remark', (s) => {
    expect(onlyRemarks(s)).toBe(true);
  });
  it('guard: "Hang the picture in there." is advice', () => {
    expect(detectAdviceInPost(['Hang the picture in there.'])[0]!.advice).toBe(true);
  });
});

describe('stop 61: contractions restored for the rules only', () => {
  it.each([
    ['dont use poison bait', "don't use poison bait"],
    ['ntfs drives wont mount, dont force it', "ntfs drives won't mount, don't force it"],
    ['i want a front door', 'i want a front door'],
  ])('"%s" is read "%s"', (typed, read) => {
    expect(withApostrophes(typed)).toBe(read);
  });
});

describe('stop 62: what worked for "our" lives', () => {
  it.each(['enforced naps changed our life', 'The Kong changed our lives.'])('"%s" is advice', (s) => {
    expect(detectAdviceInPost([s])[0]!.advice).toBe(true);
  });
});

describe('stop 62: a harm a doing can bring warns', () => {
  it.each([
    'Clamping the muzzle or pushing a finger down the throat can make a puppy hand-shy and can lead to real defensive biting later.',
    'Yanking the lead can cause neck injuries.',
  ])('"%s" warns', (s) => {
    expect(detectAdviceInPost([s])[0]).toMatchObject({ advice: true, stance: 'against' });
  });
  it('guard: "Sleeping more can lead to better mood." warns of nothing', () => {
    expect(detectAdviceInPost(['Sleeping more can lead to better mood.'])[0]!.stance).toBe('for');
  });
});

describe('stop 62: glad of the news, asking for pictures, what the writer cannot do', () => {
  it.each([
    'Great to hear!',
    'Great to hear, keep it up!',
    'So glad it worked.',
    'Post a crumb shot next time :)',
    'cant eat the stuff but love reading these threads, your bread sounds lovely anyway',
  ])('"%s" is only a remark', (s) => {
    expect(onlyRemarks(s)).toBe(true);
  });
  it.each(["Can't recommend it enough.", "Can't find it, but try the manual."])(
    'guard: "%s" is advice',
    (s) => {
      expect(detectAdviceInPost([s])[0]!.advice).toBe(true);
    },
  );
});

describe("stop 62: a post opening on the writer's trade", () => {
  it('"Dermatology nurse." before more is no advice', () => {
    const [trade, rest] = detectAdviceInPost([
      'Sleep physician.',
      'First thing: get checked for obstructive sleep apnoea.',
    ]);
    expect(trade!.advice).toBe(false);
    expect(rest!.advice).toBe(true);
  });
  it('guard: a post that is only "Dermatologist." names whom to see', () => {
    expect(detectAdviceInPost(['Dermatologist.'])[0]!.advice).toBe(true);
  });
});

describe('stop 62: more remarks', () => {
  it.each([
    'Landlord here (one flat, accidental landlord).',
    'Drive safe!',
    'solidarity.',
    'no advice just solidarity',
  ])('"%s" is only a remark', (s) => {
    expect(onlyRemarks(s)).toBe(true);
  });
  it('guard: "Take care of the roots." is advice', () => {
    expect(detectAdviceInPost(['Take care of the roots.'])[0]!.advice).toBe(true);
  });
});

describe('stop 62: a reaction typed first, sympathy, following with a plan', () => {
  it.each([
    'lmao the panic memory unlock',
    'Ugh the winter buzz.',
    'poor pup.',
    'Aw, poor thing!',
    'following, trying this year too!',
  ])('"%s" is only a remark', (s) => {
    expect(onlyRemarks(s)).toBe(true);
  });
  it.each(['haha yes, try the timer', 'Poor drainage is usually the cause.'])(
    'guard: "%s" is no remark',
    (s) => {
      expect(onlyRemarks(s)).toBe(false);
    },
  );
  it('"Secondary teacher and pastoral lead." opening a post is no advice', () => {
    expect(
      detectAdviceInPost(['Secondary teacher and pastoral lead.', 'Go through the school.'])[0]!.advice,
    ).toBe(false);
  });
});

describe('stop 62: encouragement with a word of what is ahead', () => {
  it.each(['hang in there, days 3 to 5 are the worst.', 'hang in there, it gets better', 'you can do this.'])(
    '"%s" is only a remark',
    (s) => {
      expect(onlyRemarks(s)).toBe(true);
    },
  );
  it.each(['Hang in there, the first week is hardest, try gum.', 'You can do it by hand too.'])(
    'guard: "%s" is advice',
    (s) => {
      expect(detectAdviceInPost([s])[0]!.advice).toBe(true);
    },
  );
});

describe('stop 62: praised as the best buy', () => {
  it.each([
    'i did a motorway refresher lesson with an instructor, best 40 quid i ever spent.',
    'Best $10 I have ever spent.',
  ])('"%s" is advice', (s) => {
    expect(detectAdviceInPost([s])[0]!.advice).toBe(true);
  });
});

describe('stop 62: what the writer cannot do is no question to the reader', () => {
  it.each([
    "Can't you just keep it on and give your tenants cores with affinity?",
    "Can't wait for the biopic; I can't recommend the documentary highly enough.",
  ])('guard: "%s" is advice', (s) => {
    expect(detectAdviceInPost([s])[0]!.advice).toBe(true);
  });
});

describe('stop 62 re-read: what the trade, harm and reaction rules leave alone', () => {
  it('"Call a plumber." opening a post is advice', () => {
    expect(detectAdviceInPost(['Call a plumber.', 'They can fix it fast.'])[0]!.advice).toBe(true);
  });
  it('"omg this worked!" is no remark', () => {
    expect(onlyRemarks('omg this worked!')).toBe(false);
  });
  it('"Something in the pipe can cause leaks." warns of nothing', () => {
    expect(detectAdviceInPost(['Something in the pipe can cause leaks.'])[0]!.stance).toBe('for');
  });
});

describe('stop 63: wishes and sympathy are remarks', () => {
  it.each([
    'Enjoy the autumn trips.',
    'have a great trip in september',
    'Enjoy your wedding!',
    'Nothing to add, just sympathy.',
    'Sympathy from a fellow 3am screamer.',
    'Sympathy OP.',
  ])('"%s" is a remark', (s) => {
    expect(onlyRemarks(s)).toBe(true);
  });
  it.each(['Sympathy cards help.', 'Enjoy the view from the ridge, then head down before dark.'])(
    'guard: "%s" is no remark',
    (s) => {
      expect(onlyRemarks(s)).toBe(false);
    },
  );
});

describe("stop 63: what the writer wouldn't rely on, or would be careful recommending", () => {
  it.each([
    "I wouldn't rely on it over actual antifungal shampoos.",
    "I'd be careful recommending neck manipulation.",
  ])('"%s" warns', (s) => {
    expect(detectAdviceInPost([s])[0]!.stance).toBe('against');
  });
});

describe('stop 63: hugs and congratulations are remarks', () => {
  it.each(['hugs OP.', 'Just chiming in to say congratulations!'])('"%s" is a remark', (s) => {
    expect(onlyRemarks(s)).toBe(true);
  });
  it('guard: "Just chiming in to say try magnesium." is no remark', () => {
    expect(onlyRemarks('Just chiming in to say try magnesium.')).toBe(false);
  });
});

describe('stop 63: reassurance alone, and a rebound a thing causes', () => {
  it.each(["Don't panic yet.", 'dont stress', 'Dont worry!'])('"%s" is a remark', (s) => {
    expect(onlyRemarks(s)).toBe(true);
  });
  it('guard: "Don\'t worry about the cost, call a plumber." is no remark', () => {
    expect(onlyRemarks("Don't worry about the cost, call a plumber.")).toBe(false);
  });
  it.each([
    'Afrin causes rebound congestion if you use it longer than three days.',
    'They constrict blood vessels and you get rebound redness if you use them daily.',
  ])('"%s" warns', (s) => {
    expect(detectAdviceInPost([s])[0]!.stance).toBe('against');
  });
});

describe('stop 63: forum asides are remarks', () => {
  it.each([
    'please tell me this is a joke',
    '🎉 mark it as the solution so others find it',
    'ouch, the classic',
    'ouch, that last one hit home.',
  ])('"%s" is a remark', (s) => {
    expect(onlyRemarks(s)).toBe(true);
  });
  it.each(['Accept it.', 'Mark it.', 'Ouch, that hurts, try ice.'])('guard: "%s" is no remark', (s) => {
    expect(onlyRemarks(s)).toBe(false);
  });
});

describe('stop 63: "don\'t let it stop you" urges, a hug sent is a remark', () => {
  it.each([
    'Don\'t let "I should have started at 25" stop you starting at 44.',
    "Don't let a target you can't hit stop you from doing anything.",
  ])('"%s" warns of nothing', (s) => {
    expect(detectAdviceInPost([s])[0]!.stance).toBe('for');
  });
  it('"Sending you a huge hug." is a remark', () => {
    expect(onlyRemarks('Sending you a huge hug.')).toBe(true);
  });
  it('guard: "Hug your kids." is no remark', () => {
    expect(onlyRemarks('Hug your kids.')).toBe(false);
  });
});

describe('stop 63: who writes, said as a parent or a former habit', () => {
  it.each(['Ex-vaper (started at 15, quit at 22).', 'Twin mom of now-7-year-olds.', 'Mom of three.'])(
    '"%s" only says who writes',
    (s) => {
      expect(onlyTrade(s)).toBe(true);
    },
  );
  it('"Nice to hear the other side." is a remark', () => {
    expect(onlyRemarks('Nice to hear the other side.')).toBe(true);
  });
  it('guard: "Try a vet of some kind." is no trade', () => {
    expect(onlyTrade('Try a vet of some kind.')).toBe(false);
  });
});

describe('stop 63: wishing joy, following for the vibes', () => {
  it.each(['enjoy your fish', 'pressure washing videos are so satisfying, following for the vibes'])(
    '"%s" is a remark',
    (s) => {
      expect(onlyRemarks(s)).toBe(true);
    },
  );
  it.each(['Keep following the plan.', "If it hurts, stop, following the physio's plan."])(
    'guard: "%s" is no remark',
    (s) => {
      expect(onlyRemarks(s)).toBe(false);
    },
  );
});

describe("stop 63: a warning told as someone's word, a thing named by its number", () => {
  it.each([
    'Some alarm manuals specifically say not to use lithium 9Vs, because they hold their voltage.',
    'Some manufacturers say not to put vinegar in the drum.',
  ])('"%s" warns', (s) => {
    expect(detectAdviceInPost([s])[0]!.stance).toBe('against');
  });
  it('guard: "They told me not to worry." is no warning of a thing', () => {
    expect(detectAdviceInPost(['They told me not to worry.'])[0]!.stance).toBe('for');
  });
  it.each([
    ['9vs', '9v'],
    ['2x4s', '2x4'],
  ])('"%s" stems as "%s"', (plural, one) => {
    expect(stem(plural)).toBe(stem(one));
  });
});

describe('stop 64: worse, said of not doing it, or of what cannot be', () => {
  it.each([
    "Drink a big glass of water with it or it'll make things worse.",
    "Creating a branch is free and can't make anything worse.",
  ])('"%s" is no warning', (text) => {
    expect(detectAdvice(text).stance).toBe('for');
  });
  it('guard: "Antihistamines like Benadryl make RLS much worse." warns', () => {
    expect(detectAdvice('Antihistamines like Benadryl make RLS much worse.').stance).toBe('against');
  });
});

describe('stop 64: more trades', () => {
  it.each(['PA in dermatology.', 'Optometrist here.', 'Former brunch cook.', 'Nurse in a NICU.'])(
    '"%s" names a trade',
    (text) => {
      expect(onlyTrade(text)).toBe(true);
    },
  );
  it.each(['Slow cook.', 'Therapist in your area.', 'Cook.'])('guard: "%s" names no trade', (text) => {
    expect(onlyTrade(text)).toBe(false);
  });
});

describe("stop 64: following, with a word of one's own", () => {
  it('"Following, mine lives outside too." is only a remark', () => {
    expect(onlyRemarks('Following, mine lives outside too.')).toBe(true);
  });
  it('guard: "Following, I\'d try a D-lock." is not', () => {
    expect(onlyRemarks("Following, I'd try a D-lock.")).toBe(false);
  });
});

describe('stop 64: who writes, with a word on it, and reading along', () => {
  it.each([
    "Fellow teacher here, it's rough.",
    'Married 20 years here.',
    'Reading this thread at 3:40am.',
    'reading this thread while my lactase pills look at me judgingly',
  ])('"%s" is only a remark', (text) => {
    expect(onlyRemarks(text)).toBe(true);
  });
  it.each([
    "Teacher here, it's worth trying melatonin.",
    "Click here, it's free.",
    'Reading this thread and then try the first tip.',
  ])('guard: "%s" is not', (text) => {
    expect(onlyRemarks(text)).toBe(false);
  });
});

describe('stop 64: reactions and congratulations', () => {
  it.each([
    'Relatable.',
    'Big mood.',
    'First, congrats on 22 lbs!',
    'Congratulations on the new job.',
    'lol the number of times ive paid for someone elses lobster at a birthday dinner',
    'haha my dog does this too',
  ])('"%s" is only a remark', (text) => {
    expect(onlyRemarks(text)).toBe(true);
  });
  it.each(['Congrats, now get a lawyer.', 'Moody teens need sleep.', 'lol my advice: just use a D-lock.'])(
    'guard: "%s" is not',
    (text) => {
      expect(onlyRemarks(text)).toBe(false);
    },
  );
});

describe('stop 64: "don\'t stop" urges going on', () => {
  it.each(["Don't stop asking.", "Don't stop talking.", 'Never stop learning.'])('"%s" is for', (text) => {
    expect(detectAdvice(text).stance).toBe('for');
  });
  it('guard: "Stop eating sugar." warns', () => {
    expect(detectAdvice('Stop eating sugar.').stance).toBe('against');
  });
});

describe('stop 65: serving, mending, wiring and what to say open instructions', () => {
  it.each([
    'Serve everything in separate dishes with the sauces on the side.',
    'Lengthen the stitch.',
    'Decline and propose a different time.',
    'Greet people at the door.',
    'Solder two new pins.',
    'Complain formally, in writing.',
  ])('"%s" is advice', (s) => {
    expect(detectAdvice(s).advice).toBe(true);
  });
  it('"Server logs showed nothing unusual." is no instruction', () => {
    expect(detectAdvice('Server logs showed nothing unusual.').advice).toBe(false);
  });
});

describe("stop 65: gladness at the asker's news", () => {
  it.each(['Love to hear it!', 'Go celebrate.'])('"%s" is no advice', (s) => {
    expect(detectAdvice(s).advice).toBe(false);
  });
  it('guard: "Love this." still reads as advice-like agreement to the model', () => {
    expect(detectAdvice('Love this.').advice).toBe(true);
  });
});
