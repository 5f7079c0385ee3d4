import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../../lib/advice';
import { collectCandidates } from '../../../lib/advice/candidates';
import { commandTerms, sentenceTerms } from '../../../lib/advice/keys';
import type { Suggestion } from '../../../lib/model';
import { authorsOf, makeThread, supportedBy } from './make-thread';

describe('commandTerms: what a command line runs', () => {
  const cases: [string, string[]][] = [
    ['cd android && ./gradlew assembleDebug && cd ..', ['k:$gradlew']],
    ['sudo ./gradlew installDebug', ['k:$gradlew']],
    ['$ npm install --save esm', ['k:$npm install esm']],
    ['npx cap open android', ['k:$npx cap open']],
    ['pip install -U requests | tee log.txt', ['k:$pip install requests']],
    ['keytool -v -list -keystore my.keystore', ['k:$keytool']],
    // Program code is not a command line.
    ['const x = await load();\nconsole.log(x);', []],
    ['case a\nwhen 1..5\n  puts "low"\nend', []],
  ];
  it.each(cases)('%s → %j', (block, keys) => {
    expect(commandTerms(block).map((t) => t.key)).toEqual(keys);
  });

  it('finds a command written in a sentence, as the thing to run', () => {
    const terms = sentenceTerms('Hey, type npx cap open android, this will open Android Studio.');
    const command = terms.find((t) => t.key === 'k:$npx cap open');
    expect(command).toMatchObject({ target: true, strong: true });
  });

  it.each([
    'I use git for everything.',
    'If you are new to this, make sure to write down the shortcuts.',
    'Then go ahead and restart the service.',
  ])('a word that is also a program is not a command in prose: %s', (sentence) => {
    expect(sentenceTerms(sentence).some((t) => t.key.startsWith('k:$'))).toBe(false);
  });

  it.each([
    ['Run make install from the source folder.', 'k:$make'],
    ['sudo ionic capacitor copy android && cd android', 'k:$ionic capacitor copy'],
    ['Then `npm install esm` and restart.', 'k:$npm install esm'],
  ])('a command line in prose is one: %s', (sentence, key) => {
    expect(sentenceTerms(sentence).map((t) => t.key)).toContain(key);
  });
});

describe('answers that run the same program give the same fix', () => {
  it('groups code blocks running gradlew, however their command lines differ', () => {
    const thread = makeThread('Build an APK without Android Studio', [
      {
        author: 'ann',
        text: 'You need to add android first:\n\nionic capacitor copy android && cd android && ./gradlew assembleDebug',
      },
      { author: 'ben', text: 'Here is how to build for release:\n\ncd android && ./gradlew assembleRelease' },
      { author: 'cat', text: 'You cannot, Capacitor only opens the IDE.' },
    ]);
    thread.answers[0]!.code = ['ionic capacitor copy android && cd android && ./gradlew assembleDebug'];
    thread.answers[1]!.code = ['cd android && ./gradlew assembleRelease'];
    const top = analyzeThread(thread)[0]!;
    expect(authorsOf(top)).toEqual(['ann', 'ben']);
    expect(top.label).toBe('Run gradlew');
  });
});

describe("a keyword the prose names and the post's own code opens lines with", () => {
  const thread = (title: string) => {
    const t = makeThread(title, [
      { author: 'ann', text: 'Lua has no switch; the match pattern does it.\n\nmatch x\n  1 -> low' },
      { author: 'ben', text: 'I would write it with match, like so:\n\nmatch level\n  0 -> off' },
      { author: 'cat', text: 'Use a table of functions instead.' },
    ]);
    t.answers[0]!.code = ['match x\n  1 -> low'];
    t.answers[1]!.code = ['match level\n  0 -> off'];
    return t;
  };

  it('is a key of its own, named as code, however common the word', () => {
    const list = analyzeThread(thread('How do I write a switch in Lua?'));
    const both = list.find((s) => authorsOf(s).join() === 'ann,ben');
    expect(both?.label, list.map((s) => s.label).join(' | ')).toBe('match');
  });

  it('but not a word that opens lines of most programs ("for", "return")', () => {
    const t = makeThread('Why does my loop stop early?', [
      { author: 'ann', text: 'The loop hits return for the first item.\n\nfor x in items:\n    return x' },
      {
        author: 'ben',
        text: 'Move the return out of the for body.\n\nfor x in items:\n    pass\nreturn items',
      },
    ]);
    t.answers[0]!.code = ['for x in items:\n    return x'];
    t.answers[1]!.code = ['for x in items:\n    pass\nreturn items'];
    const keys = collectCandidates(t).units.flatMap((u) => [...u.keys]);
    expect(keys).not.toContain('k:for');
    expect(keys).not.toContain('k:return');
  });

  it("but not when it is the question's own word: that is what the thread is about", () => {
    const list = analyzeThread(thread('How does match work in Lua?'));
    expect(list.some((s) => s.label === 'match')).toBe(false);
  });
});

describe('a command line in prose ends where the prose goes on', () => {
  it.each([
    ['Use npm ci instead of npm install, it is faster.', 'k:$npm ci'],
    ['Run git pull first and then rebase.', 'k:$git pull'],
  ])('%s → %s', (sentence, key) => {
    const keys = sentenceTerms(sentence).map((t) => t.key);
    expect(keys).toContain(key);
    expect(keys.filter((k) => k.startsWith('k:$'))).toEqual([key]);
  });
});

describe('two commands of one launcher', () => {
  it('are no one fix for sharing the launcher ("git revert" and "git push --force-with-lease")', () => {
    const t = makeThread('How do I undo the last commit that I already pushed?', [
      [
        'gus',
        "Use git revert HEAD. It makes a new commit that undoes the change, so nobody's history is rewritten.",
      ],
      ['dan', "Since others pull from the branch, don't use git reset --hard and force push."],
      { author: 'gus', text: 'Exactly, never force push a shared branch.', replyTo: 1 },
      [
        'cat',
        'Then cherry-pick the commit onto the right branch: git checkout right-branch && git cherry-pick <sha>.',
      ],
      ['neb', 'git reset HEAD~1 then git push -f is what I always do.'],
      [
        'ali',
        'If you really must rewrite history, use git push --force-with-lease instead of -f, it refuses if someone else pushed.',
      ],
    ]);
    t.question = {
      ...t.question,
      text: 'I committed to the wrong branch and pushed. Others use this branch.',
    };
    const list = analyzeThread(t);
    expect(list.some((s) => authorsOf(s).join() === 'ali,gus')).toBe(false);
  });

  it('warned against by all who name it, is named as the warning ("Don\'t run git reset --hard")', () => {
    const t = makeThread('How do I undo a commit I already pushed?', [
      ['dan', "Others pull from that branch, so don't use git reset --hard and force push."],
      { author: 'gus', text: 'Exactly, never force push a shared branch.', replyTo: 0 },
      ['ali', 'Use git revert HEAD.'],
    ]);
    const warned = analyzeThread(t).find((s) => authorsOf(s).join() === 'dan,gus');
    expect(warned?.stance).toBe('against');
    expect(warned?.label).toBe("Don't run git reset --hard");
  });
});

describe('what works, then the code that does it', () => {
  const css = (reply?: string): Suggestion[] => {
    const t = makeThread('How do I center a div horizontally and vertically?', [
      ['fle', 'Use flexbox on the parent: `display: flex; justify-content: center; align-items: center;`'],
      [
        'abs',
        'The old way still works: `position: absolute; top: 50%; left: 50%; transform: translate(-50%, -50%);`',
      ],
      ...(reply === undefined ? [] : [{ author: 'gri', text: reply, replyTo: 1 }]),
    ]);
    t.question = {
      ...t.question,
      text: 'margin: auto only centers it horizontally. What is the modern way?',
    };
    return analyzeThread(t);
  };
  it('"The old way still works: `position: absolute; …`" advises that code', () => {
    expect(supportedBy(css(), 'abs')?.label).toContain('position: absolute');
  });
  it('a reply warning against "the absolute positioning trick" argues against that code', () => {
    const s = supportedBy(
      css("I'd avoid the absolute positioning trick for a whole layout, things overlap on small screens."),
      'abs',
    );
    expect(s?.stance).toBe('mixed');
    expect(s?.supporters.map((p) => `${p.author} ${p.stance}`)).toEqual(['abs for', 'gri against']);
  });
});
