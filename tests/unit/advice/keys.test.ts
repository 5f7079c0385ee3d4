import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../../lib/advice';
import {
  codeTerms,
  compoundTailKeys,
  imperativeClauses,
  linkKey,
  openingInstruction,
  sentenceTerms,
  wordStem,
} from '../../../lib/advice/keys';
import { authorsOf, makeThread, together, supportedBy } from './make-thread';

/** The keys a sentence plainly advises. */
const strong = (s: string): string[] =>
  sentenceTerms(s)
    .filter((t) => t.strong)
    .map((t) => t.key);

/** The instructions imperativeClauses finds in a sentence, as text. */
function clauses(s: string): string[] {
  return imperativeClauses(s).map(([a, b]) => s.slice(a, b));
}

/** Whether the sentence names a word (any key whose stem starts with `stem`) as the object of advice. */
function aimsAt(sentence: string, stem: string): boolean {
  return sentenceTerms(sentence).some((t) => t.target && t.key.slice(2).startsWith(stem));
}

describe('a fronted setting says where the advice applies, not what it is', () => {
  it.each([
    ['For back pain, try yoga twice a week.', 'pain', 'yoga'],
    ['In Windows, run the installer as administrator.', 'window', 'instal'],
    ['The second: in Docker, mount the folder read-only.', 'docker', 'mount'],
    ['When using Vite, add the plugin to the config.', 'vite', 'plugin'],
    ['Once the spasms calm down, start gentle stretching.', 'spasm', 'stretch'],
  ])('%s', (sentence, setting, advice) => {
    expect(aimsAt(sentence, setting)).toBe(false);
    expect(aimsAt(sentence, advice)).toBe(true);
  });

  it('what worked, told before the comma, is still what worked', () => {
    expect(aimsAt('After trying acupuncture, the pain went away.', 'acupunct')).toBe(true);
    expect(aimsAt('Since trying a standing desk, my back is fine.', 'posture')).toBe(true);
  });

  it('a comma that closes no setting changes nothing', () => {
    expect(aimsAt('Try yoga, it helps.', 'yoga')).toBe(true);
    expect(aimsAt('In short, try yoga.', 'yoga')).toBe(true);
  });

  it('", then" ends a longer setting, past the commas inside it', () => {
    const sentence =
      'If the build passes, and you have already cleared the Gradle cache and reinstalled the SDK tools, then try a fresh emulator image.';
    expect(aimsAt(sentence, 'gradl')).toBe(false);
    expect(aimsAt(sentence, 'sdk')).toBe(false);
    expect(aimsAt(sentence, 'emul')).toBe(true);
    const setting = sentenceTerms(sentence).filter((t) => t.setting);
    expect(setting.map((t) => t.key)).toContain('w:gradl');
    expect(setting.map((t) => t.key)).not.toContain('w:emul');
  });

  it('without "then", a long run of commas is no setting', () => {
    const sentence =
      'If the build passes, and you have already cleared the Gradle cache and reinstalled the SDK tools, try a fresh emulator image.';
    expect(sentenceTerms(sentence).some((t) => t.setting && t.key === 'w:sdk')).toBe(false);
  });
});

describe('"trying" is a cue to try something, not an effort under way', () => {
  /** Whether `word` is said plainly as what to do. */
  const strong = (s: string, word: string): boolean =>
    sentenceTerms(s).some((t) => s.slice(t.start, t.end).toLowerCase() === word && t.strong === true);

  it('"trying X", "try X" advise X', () => {
    expect(strong('Trying chamomile might help.', 'chamomile')).toBe(true);
    expect(strong('Try chamomile before bed.', 'chamomile')).toBe(true);
  });

  it('"have been trying to", "I\'m trying to", "kept trying" tell a story', () => {
    expect(strong('My old tires have been trying to kill me all winter.', 'kill')).toBe(false);
    expect(strong("I'm trying to sleep more on weekends.", 'sleep')).toBe(false);
    expect(strong('He kept trying chamomile for a month.', 'chamomile')).toBe(false);
    // …and so does what the reader is trying: "the fight you're trying to avoid".
    expect(strong("It will start the family fight you're trying to avoid.", 'avoid')).toBe(false);
  });
});

describe('what a single answer is named by', () => {
  it('never a name said only in its setting', () => {
    const thread = makeThread('Laptop fan is loud all the time', [
      [
        'ann',
        'If you have followed the Speedfan guide, and the Lenovo Vantage app shows nothing wrong, then I would suggest you start a support case.',
      ],
      ['ben', 'Mine was loud until I cleaned the dust out of the vents.'],
    ]);
    const labels = analyzeThread(thread).map((s) => s.label);
    expect(labels.some((l) => /speedfan|lenovo|vantage/i.test(l))).toBe(false);
  });

  it('a name said in the setting and again in the advice is labelled as the advice says it', () => {
    const thread = makeThread('Game will not start', [
      [
        'ann',
        'If you have already reinstalled Steam from the Steam website, and the game still will not launch, then I would post the crash log on the Steam forums.',
      ],
      ['ben', 'Verify the game files.'],
    ]);
    const ann = supportedBy(analyzeThread(thread), 'ann');
    expect(ann?.label).toMatch(/forum/i);
  });
});

describe('headings and names', () => {
  it('a Title Case heading is a label, not an imperative', () => {
    expect(aimsAt('Update For Node / NPM', 'node')).toBe(false);
    expect(aimsAt('Update node to the latest version.', 'node')).toBe(true);
  });

  it('a verb alone before a colon labels what follows; an imperative after the colon still counts', () => {
    expect(aimsAt("Note: it doesn't work without the android directory.", 'note')).toBe(false);
    expect(aimsAt('Update: the fix is in version 2.', 'updat')).toBe(false);
    expect(aimsAt('Note: run it from the android directory.', 'android')).toBe(true);
    expect(aimsAt('Note the android directory first.', 'android')).toBe(true);
  });

  it('"note", "notice" and "remember" lead to the advice; they are not what is advised', () => {
    expect(aimsAt('Notice that I divide by 5000.0 to force a double division.', 'notic')).toBe(false);
    expect(aimsAt('Notice that I divide by 5000.0 to force a double division.', 'divis')).toBe(true);
    expect(aimsAt('Remember to feed the starter before you go.', 'rememb')).toBe(false);
    expect(aimsAt('Remember to feed the starter before you go.', 'feed')).toBe(true);
  });

  it('long adverbs say how, not what ("presumably", "possibly"); "assembly" and "supply" are things', () => {
    const keys = (s: string): string[] => sentenceTerms(s).map((t) => t.key);
    expect(keys('Presumably the cache is stale, possibly the build too.').join(' ')).not.toMatch(
      /presum|possib/,
    );
    expect(keys('Check the assembly and the power supply.')).toEqual(
      expect.arrayContaining(['w:assembl', 'w:suppli']),
    );
  });

  it('when something happened names nothing to use ("this past Saturday", "tomorrow")', () => {
    const keys = (s: string): string[] => sentenceTerms(s).map((t) => t.key);
    expect(keys('I finally swapped the winter tyres this past Saturday.').join(' ')).not.toMatch(/saturday/);
    expect(keys('My sister is moving house on Sunday and tomorrow I pack.').join(' ')).not.toMatch(
      /sunday|tomorrow/,
    );
    expect(keys('I finally swapped the winter tyres this past Saturday.')).toEqual(
      expect.arrayContaining(['w:tyre']),
    );
  });

  it('"Node.js" and "Express.js" name projects; "script.js" is a file', () => {
    const keys = (s: string): string[] => codeTerms(s).map((t) => t.key);
    expect(keys('This happens in Node.js and Express.js apps.')).toEqual([]);
    expect(keys('Load d3.js before script.js.')).toEqual(['k:script.js']);
  });

  it('a platform everyone names as their setting is not a suggestion of its own', () => {
    const thread = makeThread('Cannot use import statement outside a module', [
      ['ann', 'In Node.js, add "type": "module" to your package.json.'],
      ['ben', 'When running under Node.js, set "type": "module" in package.json.'],
      ['cat', 'For Node.js, rename the file to .mjs instead.'],
      ['dan', 'Add type="module" to the script tag.'],
    ]);
    const list = analyzeThread(thread);
    expect(list.some((s) => /node/i.test(s.label))).toBe(false);
    expect(authorsOf(list[0]!)).toEqual(['ann', 'ben']);
  });
});

describe('single-answer suggestions', () => {
  it('an everyday word a loose cue points at ("by doing the following") names no suggestion', () => {
    const thread = makeThread('Cannot use import statement outside a module', [
      ['ann', 'I solved this issue by doing the following:\n\nAdd type="module" to the script tag.'],
      ['cat', 'Add type="module" to the script tag.'],
    ]);
    const list = analyzeThread(thread);
    expect(list.map((s) => s.label.toLowerCase()).some((l) => l.includes('following'))).toBe(false);
    expect(authorsOf(list[0]!)).toEqual(['ann', 'cat']);
  });
});

describe('paths written in an answer', () => {
  const pathKeys = (s: string): string[] =>
    sentenceTerms(s)
      .map((t) => t.key)
      .filter((k) => k.startsWith('k:/') || k.startsWith('k:~/'));

  it('are keyed by their first two folders, without the sentence’s full stop', () => {
    expect(pathKeys('Networking logs can be found at /var/log/quantum/')).toEqual(['k:/var/log']);
    expect(pathKeys('You should be seeing logs under: /var/log/* dir.')).toEqual(['k:/var/log']);
    expect(pathKeys('Navigate to ~/Library/ODBC/odbcinst.ini.')).toEqual(['k:~/library/odbc']);
    const [term] = sentenceTerms('Navigate to ~/Library/ODBC/odbcinst.ini.').filter((t) =>
      t.key.startsWith('k:~'),
    );
    expect('Navigate to ~/Library/ODBC/odbcinst.ini.'.slice(term!.start, term!.end)).toBe(
      '~/Library/ODBC/odbcinst.ini',
    );
  });

  it('are not read inside addresses, words or a code block', () => {
    expect(pathKeys('See http://docs.example.org/trunk/ops/logging.html for more.')).toEqual([]);
    expect(pathKeys('Use the CLI and/or the dashboard/admin page.')).toEqual([]);
    expect(pathKeys('Just /etc.')).toEqual([]);
    expect(codeTerms('Driver=/opt/snowflake/lib/libSnowflake.dylib').map((t) => t.key)).not.toContain(
      'k:/opt/snowflake',
    );
  });

  it('group the answers that point at the same place, however each says it', () => {
    const thread = makeThread('How do I debug the cloud services?', [
      ['ann', 'For example, in /var/log/keystone you will find the identity logs.'],
      ['bo', 'You should be seeing logs under: /var/log/* dir under the respective service.'],
      ['cy', 'Networking logs can be found at /var/log/quantum/'],
      ['dee', 'Attach a debugger to the API process.'],
    ]);
    const list = analyzeThread(thread);
    const logs = list.find((s) => s.label.includes('/var/log'));
    expect(logs, list.map((s) => s.label).join(' | ')).toBeDefined();
    expect(authorsOf(logs!)).toEqual(['ann', 'bo', 'cy']);
    expect(list[0]).toBe(logs);
  });
});

describe('links to the same page in another edition', () => {
  const linking = (answers: [string, string, string][]) => {
    const thread = makeThread('How do I debug the cloud services?', [
      ...answers.map(([author, text]) => [author, text] as [string, string]),
      ['dee', 'Attach a debugger to the API process.'],
    ]);
    answers.forEach(([, , href], i) => (thread.answers[i]!.links = [href]));
    return analyzeThread(thread);
  };

  it('group: the page is named the same in the trunk and in a release folder', () => {
    const list = linking([
      [
        'ann',
        'The operations guide covers this.',
        'http://docs.example.org/trunk/ops/content/logging_monitoring.html',
      ],
      [
        'bo',
        'Please read the release docs.',
        'http://docs.example.org/grizzly/ops/content/logging_monitoring.html',
      ],
    ]);
    expect(together(list, 'ann', 'bo'), list.map((s) => s.label).join(' | ')).toBeDefined();
  });

  it('stay apart when only the site or a generic page name is shared', () => {
    const other = linking([
      [
        'ann',
        'The operations guide covers this.',
        'http://docs.example.org/trunk/ops/content/logging_monitoring.html',
      ],
      [
        'bo',
        'Please read the release docs.',
        'http://docs.example.org/grizzly/ops/content/network_troubleshooting.html',
      ],
    ]);
    expect(together(other, 'ann', 'bo')).toBeUndefined();
    const generic = linking([
      ['ann', 'The operations guide covers this.', 'http://docs.example.org/ops/index.html'],
      ['bo', 'Please read the release docs.', 'http://docs.example.org/compute/index.html'],
    ]);
    expect(together(generic, 'ann', 'bo')).toBeUndefined();
  });
});

describe('two words that are a clause, not a phrase', () => {
  const phrases = (text: string): string[] =>
    sentenceTerms(text)
      .filter((t) => t.kind === 'phrase')
      .map((t) => t.key);

  it('a noun and what it does make no phrase key ("wife asked", "army cares", "comparators easily")', () => {
    expect(phrases('My wife asked me to do it.')).toEqual([]);
    expect(phrases('Like the army cares if your dad was a virgin.')).toEqual([]);
    expect(phrases('You can create your own comparators easily.')).toEqual([]);
    expect(phrases('Your host family explains everything.')).toEqual(['p:host famili']);
  });

  it('a word in -s before a determiner is the verb of its noun ("the framework provides all")', () => {
    expect(phrases('A sturdy framework provides all the pieces.')).not.toContain('p:framework provid');
    expect(phrases('This one from psychology remains a classic.')).toEqual([]);
    // A plural noun is still a noun where no determiner follows.
    expect(phrases('Run the unit tests first.')).toContain('p:unit test');
    expect(phrases('Ask for progress reports every week.')).toContain('p:progress report');
  });

  it('nouns that only look like verbs or adverbs still do ("power supply", "data structures", "Aunt Mildred")', () => {
    expect(phrases('Get a better power supply.')).toContain('p:power suppli');
    expect(phrases('Use data structures wisely.')).toContain('p:data structur');
    expect(phrases('Ask Aunt Mildred about it.')).toContain('p:aunt mildr');
  });
});

describe('short forms', () => {
  it('key as the word they stand for ("db" is "database", "docs" "documentation")', () => {
    const key = (text: string): string[] => sentenceTerms(text).map((t) => t.key);
    expect(key('Use a db.')).toEqual(key('Use a database.'));
    expect(key('Read the docs.')).toEqual(key('Read the documentation.'));
    expect(key('Fork the repo.')).toEqual(key('Fork the repository.'));
  });
});

describe('a word with a prefix that makes it its opposite', () => {
  const keys = (text: string): string[] => sentenceTerms(text).map((t) => t.key);

  it('is one word with its prefix ("non-Chomskian", "anti-inflammatory"), not the word it negates', () => {
    expect(keys('Read non-Chomskian linguistics.')).not.toContain('w:chomskian');
    expect(keys('Read non-Chomskian linguistics.')).toContain('p:non chomskian');
    expect(keys('Take an anti-inflammatory.')).not.toContain(keys('It is inflammatory.')[0]);
    expect(keys('Chomskian linguistics is one school.')).toContain('w:chomskian');
  });

  it('keeps apart a reply about the opposite school from the answer it replies to', () => {
    const list = analyzeThread(
      makeThread('What are the best papers you have read?', [
        ['ann', 'I can highly recommend any paper by Fillmore, who rivalled the Chomskian school.'],
        { author: 'bob', text: "There's a lot of non-Chomskian linguistics out there.", replyTo: 0 },
      ]),
    );
    expect(list.some((s) => authorsOf(s).join() === 'ann,bob')).toBe(false);
  });
});

describe('names of three dotted parts or more', () => {
  const keys = (s: string): string[] => sentenceTerms(s).map((t) => t.key);

  it('are one code key, not the words inside them', () => {
    expect(keys('Run it as python -m unittest my.tests.parser')).toContain('k:my.tests.parser');
    // "parser" inside the dotted name is no word of the sentence.
    expect(keys('Run it as python -m unittest my.tests.parser').some((k) => k.startsWith('w:pars'))).toBe(
      false,
    );
    expect(keys('The fix is on docs.example.org today.')).toContain('k:docs.example.org');
  });

  it('but two parts, or an abbreviation, are not', () => {
    expect(keys('Use a different editor, e.g. vim.').some((k) => k.startsWith('k:'))).toBe(false);
    expect(keys('Call node.parent when done.')).not.toContain('k:node.parent');
  });
});

describe('data and script files named in prose', () => {
  it.each([
    ['Put the passwords in creds.txt first.', 'k:creds.txt'],
    ['Export it to report.csv instead.', 'k:report.csv'],
    ['Run setup.bat as administrator.', 'k:setup.bat'],
    ['Check install.log for the error.', 'k:install.log'],
  ])('%s → %s', (sentence, key) => {
    expect(sentenceTerms(sentence).map((t) => t.key)).toContain(key);
  });
});

describe('typed number literals', () => {
  const keys = (s: string): string[] =>
    sentenceTerms(s)
      .map((t) => t.key)
      .filter((k) => k.startsWith('k:'));

  it('key a value by its type: "255.0" and "255d" are one double, "255f" a float', () => {
    expect(keys('Divide by 255.0 instead.')).toEqual(['k:255.0']);
    expect(keys('Divide by 255d instead.')).toEqual(['k:255.0']);
    expect(keys('Divide by 255.0d instead.')).toEqual(['k:255.0']);
    expect(keys('Divide by 255f instead.')).toEqual(['k:255f']);
    // At the end of a sentence too.
    expect(keys('Just divide by 255.0.')).toEqual(['k:255.0']);
  });

  it('leave plain numbers, versions and words with digits alone', () => {
    for (const s of [
      'Wait 255 days.',
      'Upgrade to 2.0 first.',
      'Try the 3d printer.',
      'Set it to 12.5 percent.',
    ])
      expect(
        keys(s).filter((k) => k.startsWith('k:')),
        s,
      ).toEqual([]);
  });

  it('join the answers that write the same literal two ways', () => {
    const list = analyzeThread(
      makeThread('Why is my colour channel always zero?', [
        ['ann', 'Try dividing by 255.0 instead, so it is done in floating point.'],
        ['bo', 'You should write 255d there, otherwise it is integer division.'],
        ['cy', 'Restart the editor.'],
      ]),
    );
    expect(together(list, 'ann', 'bo'), list.map((s) => s.label).join(' | ')).toBeDefined();
  });
});

describe('words that qualify what is advised', () => {
  const keys = (text: string): string[] => sentenceTerms(text).map((t) => t.key);

  it('never name it: "similar", "somewhere", "various", "single"', () => {
    const k = keys('Use a similar trick somewhere in various single drawers.');
    expect(k).toContain(keys('Use a drawer.').find((x) => x.startsWith('w:')));
    for (const word of ['similar', 'somewhere', 'various', 'single']) {
      // Neither as a word key nor inside a phrase key ("p:similar trick").
      expect(
        k.some((x) => x.slice(2).split(' ').includes(wordStem(word))),
        `${word} in ${k.join()}`,
      ).toBe(false);
    }
  });
});

describe('the forum talking about itself', () => {
  const keys = (text: string): string[] => sentenceTerms(text).map((t) => t.key);

  it('"this discussion", "downvoted" name no advice; a conversation to have still does', () => {
    expect(keys('I have nothing to add to this discussion.')).toEqual([]);
    expect(keys('Not sure why you got downvoted.')).toEqual([]);
    expect(keys('Have a calm conversation with her first.')).toContain('c:conversation');
  });
});

describe('interjections', () => {
  const keys = (text: string): string[] => sentenceTerms(text).map((t) => t.key);

  it('name nothing, however drawn out ("Oooh", "Ummmm", "hahaha"), nor does an opening "Wait,"', () => {
    expect(keys('Oooh, vanilla beans!')).toEqual(['w:vanilla', 'p:vanilla bean', 'w:bean']);
    expect(keys('Ummmm hahaha, uh')).toEqual([]);
    expect(keys('Wait, that makes no sense.')).not.toContain('w:wait');
    expect(keys('Wait a week before you decide.')).toContain('w:wait');
  });
});

describe('links that name their page in the query', () => {
  it('are one key per page ("item?id=…", "watch?v=…", "viewtopic.php?t=…"), whatever else the query holds', () => {
    const hn = (id: number, extra = ''): string | null =>
      linkKey(`https://news.ycombinator.com/item?id=${id}${extra}`);
    expect(hn(36819128)).not.toBe(hn(26103776));
    expect(hn(36819128)).toBe(hn(36819128, '&utm_source=x'));
    expect(linkKey('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42')).toBe(
      linkKey('https://youtube.com/watch?v=dQw4w9WgXcQ'),
    );
    expect(linkKey('https://forum.example/viewtopic.php?f=3&t=5&sid=abc')).toBe(
      linkKey('https://forum.example/viewtopic.php?t=5'),
    );
    expect(linkKey('https://blog.example/?p=123')).not.toBeNull();
    // A path that names the page itself keeps no query: the same video, at another moment.
    expect(linkKey('https://youtu.be/dQw4w9WgXcQ?t=42')).toBe(linkKey('https://youtu.be/dQw4w9WgXcQ'));
  });

  it('to another comment of the same thread group nothing: they point at what was said here', () => {
    const thread = makeThread('Whistleblowers and the press', [
      ['ann', 'feloniousmonk: "The backstory reads like a bluff, to me."'],
      ['bo', 'Read the Guardian piece before you judge him.'],
      ['cy', 'Use Tor.'],
    ]);
    thread.url = 'https://www.metafilter.com/128901/I-do-not-expect-to-see-home-again';
    thread.answers[0]!.links = [`${thread.url}#5025700`];
    thread.answers[1]!.links = [`${thread.url}#5025766`];
    expect(together(analyzeThread(thread), 'ann', 'bo')).toBeUndefined();
  });

  it('do not group answers that cite different discussions on the same site', () => {
    const thread = makeThread('What database should I use in 2022?', [
      ['ann', 'See this old thread about BoltDB.'],
      ['bo', 'This comment trivializing Dropbox is worth a read.'],
      ['cy', 'Use Postgres.'],
    ]);
    thread.answers[0]!.links = ['https://news.ycombinator.com/item?id=30883609'];
    thread.answers[1]!.links = ['https://news.ycombinator.com/item?id=9224'];
    expect(together(analyzeThread(thread), 'ann', 'bo')).toBeUndefined();
  });
});

describe('a link in a post that advises nothing', () => {
  const BABEL = 'https://en.wikipedia.org/wiki/Babel_(transcompiler)';

  it('is a citation for what the post says, not a suggestion', () => {
    const thread = makeThread('SyntaxError: cannot use import statement outside a module', [
      ['ann', 'Set up a compiler such as Babel and run the compiled file.'],
      ['bo', 'This error occurs when it fails in Babel transpile.'],
      ['cy', 'Add "type": "module" to your package.json.'],
    ]);
    thread.answers[0]!.links = [BABEL];
    thread.answers[1]!.links = [BABEL];
    expect(together(analyzeThread(thread), 'ann', 'bo')).toBeUndefined();
  });

  it('still counts where the post shows its address', () => {
    const thread = makeThread('SyntaxError: cannot use import statement outside a module', [
      ['ann', 'Set up a compiler such as Babel and run the compiled file.'],
      ['bo', 'It is all in en.wikipedia.org/wiki/Babel_(transcompiler) and nowhere else.'],
    ]);
    thread.answers[0]!.links = [BABEL];
    thread.answers[1]!.links = [BABEL];
    expect(together(analyzeThread(thread), 'ann', 'bo')).toBeDefined();
  });
});

describe('method calls', () => {
  const keys = (s: string): string[] => codeTerms(s).map((t) => t.key);

  it('are the same method with arguments or without', () => {
    expect(keys('this.Opacity = decimal.ToDouble(trackBar1.Value/5000);')).toContain('k:decimal.todouble()');
    expect(keys('In addition, you can use decimal.ToDouble().')).toContain('k:decimal.todouble()');
  });

  it('need a dotted name: a word before a bracket in prose is no call', () => {
    expect(keys('Check the file(s) the user(s) uploaded.')).toEqual([]);
  });
});

describe('what someone used', () => {
  it('is what they advise: "I used X" says what worked', () => {
    expect(aimsAt('And used "module": "commonjs" in file tsconfig.json', 'module:commonjs')).toBe(true);
    // "the bundled version" is the lexicon's build-output concept.
    expect(aimsAt('I used the bundled version from the dist folder.', 'build-output')).toBe(true);
  });

  it('but "used to" tells a habit', () => {
    expect(aimsAt('My dad used to whistle at the kitchen window.', 'whistl')).toBe(false);
    expect(aimsAt('My dad used to whistle at the kitchen window.', 'kitchen')).toBe(false);
  });

  it('joins two answers that used the same setting, one as a story, one as advice', () => {
    const list = analyzeThread(
      makeThread('Cannot use import statement outside a module', [
        [
          'ann',
          'For me this helped:\n\nIn the .ts file I used import.\n\nAnd used "module": "commonjs" in file tsconfig.json',
        ],
        ['bo', 'Changing the module from "module": "es2020" to "module": "commonjs" solved my issue.'],
        ['cy', 'Restart the server.'],
      ]),
    );
    expect(together(list, 'ann', 'bo'), list.map((s) => s.label).join(' | ')).toBeDefined();
  });
});

describe('advice after a comma, put to "you"', () => {
  it('"…, but you might want to X" tells the reader to X', () => {
    const s = 'Most people sleep fine on it, but you might want to ask about a firmer mattress.';
    expect(imperativeClauses(s).map(([a, b]) => s.slice(a, b))).toEqual(['ask about a firmer mattress']);
    expect(aimsAt(s, 'mattress')).toBe(true);
  });

  it('"…, so you should X" does too', () => {
    expect(aimsAt('The shop closes early, so you should book the tour online.', 'tour')).toBe(true);
  });

  it('"I\'d suggest you X", "we recommend that you X", "I would advise you to X": X is advised', () => {
    expect(clauses("I'd suggest you open a ticket with the vendor.")).toEqual([
      'open a ticket with the vendor',
    ]);
    expect(clauses('We strongly recommend that you update the router firmware.')).toEqual([
      'update the router firmware',
    ]);
    expect(clauses('If it still fails, then I would advise you to call the bank.')).toEqual([
      'call the bank',
    ]);
    expect(aimsAt("I'd suggest you open a ticket with the vendor.", 'ticket')).toBe(true);
  });

  it('a polite request ending in a full stop advises; a question asks', () => {
    expect(clauses('Also, could you please use code tags with your code.')).toEqual([
      'use code tags with your code',
    ]);
    expect(clauses('Can you post the full log?')).toEqual([]);
  });

  it('"Don\'t skip the primer" urges the primer; "skip the baking soda" is against it', () => {
    const primer = sentenceTerms("Don't skip the primer.").find((t) => t.key === 'w:primer')!;
    expect(primer.negated).toBe(false);
    expect(primer.strong).toBe(true);
    expect(sentenceTerms("Don't skip the primer.").find((t) => t.key === 'w:skip')?.strong).toBe(false);
    expect(sentenceTerms("Don't skip it.").find((t) => t.key === 'w:skip')?.strong).toBe(true);
    expect(sentenceTerms('Skip the baking soda.').find((t) => t.key === 'w:soda')?.negated).toBe(true);
  });

  it('what the reader does not do picks out a thing: "everything you don\'t read" warns against no reading', () => {
    const read = sentenceTerms("Unsubscribe from everything you don't read.").find(
      (t) => t.key === 'w:read',
    )!;
    expect(read.negated).toBe(false);
    expect(read.strong).toBe(false);
    expect(read.target).toBe(false);
    // A clause of its own still warns: "…, and you don't need it".
    const need = sentenceTerms("Read the manual, and you don't need the forum.").find(
      (t) => t.key === 'w:forum',
    );
    expect(need?.negated).toBe(true);
  });

  it('an opening "Only" limits the instruction; "only" before a gerund further on does not make one', () => {
    expect(clauses('Only check email at set times.')).toEqual(['check email at set times']);
    expect(clauses('In theory the tool takes data in, and then only keeping the output matters.')).toEqual(
      [],
    );
  });

  it('"if" after "check", "see", "ask" brings what to find out, not a condition', () => {
    expect(clauses("Check if it's etching rather than hard water.")).toEqual([
      "Check if it's etching rather than hard water",
    ]);
    expect(clauses('Stop if it hurts.')).toEqual(['Stop']);
  });

  it('a full stop inside a path or a name ends no clause ("~/.npm", "Node.js")', () => {
    expect(clauses('Use npm ci on CI, and cache the ~/.npm directory between runs.')).toContain(
      'cache the ~/.npm directory between runs',
    );
    expect(clauses('Install Node.js first.')).toEqual(['Install Node.js first']);
  });

  it('"it would be great to X" wishes for X; "it would be great if…" says no verb', () => {
    expect(clauses('It would be great to replace the DOM calls with cheerio.')).toEqual([
      'replace the DOM calls with cheerio',
    ]);
    expect(clauses('It would be great if the parser kept tables.')).toEqual([]);
  });

  it('"…, so yes, bleed them" advises a verb no list knows; "Cold at the top is air" opens on its subject', () => {
    expect(clauses('Cold at the top is air, so yes, bleed them.')).toEqual(['bleed them']);
    expect(clauses('It was late, so we left them.')).toEqual([]);
    expect(clauses('Sleep at the same time every night.')).toEqual(['Sleep at the same time every night']);
  });

  it('but what I suggested, or what someone recommends to you, is not', () => {
    expect(imperativeClauses('I suggested you were right about the tires.')).toEqual([]);
    expect(imperativeClauses('I recommend yoga to everyone.')).toEqual([]);
  });

  it('but "you can" and "you might say" describe, they do not advise', () => {
    expect(imperativeClauses('From the roof, you can hear the trains at night.')).toEqual([]);
    expect(imperativeClauses('It rained all week, you might say the trip was cursed.')).toEqual([]);
  });
});

describe('openings that are not imperatives', () => {
  it('a preposition sets the scene: "Inside the government, …" advises nothing', () => {
    const s = 'Inside the government, the general is regarded with a mixture of respect and fear.';
    expect(imperativeClauses(s)).toEqual([]);
    expect(aimsAt(s, 'govern')).toBe(false);
  });

  it('so does a scene-setting participle: "Considering …, …"', () => {
    expect(imperativeClauses('Considering the cost, the clinic is a good deal.')).toEqual([]);
    // An -ing word that is the advice still is: "Stretching" here is what to do.
    expect(imperativeClauses('Stretching the hamstrings every morning helps a lot.')).not.toEqual([]);
  });
});

describe('word stems', () => {
  it('join an irregular plural to its singular', () => {
    expect(wordStem('calves')).toBe(wordStem('calf'));
    expect(wordStem('knives')).toBe(wordStem('knife'));
    expect(wordStem('teeth')).toBe(wordStem('tooth'));
    // "Leaves" may be leaving: it stays as it is.
    expect(wordStem('leaves')).not.toBe(wordStem('leaf'));
  });

  it('keep an -ive adjective apart from its base', () => {
    expect(wordStem('productive')).not.toBe(wordStem('product'));
    expect(wordStem('effective')).not.toBe(wordStem('effect'));
    expect(wordStem('relatives')).not.toBe(wordStem('relate'));
  });

  it('keep a word apart from the other everyday word Porter2 cuts it to', () => {
    expect(wordStem('production')).not.toBe(wordStem('product'));
    expect(wordStem('organization')).not.toBe(wordStem('organ'));
    expect(wordStem('international')).not.toBe(wordStem('intern'));
    expect(wordStem('experiment')).not.toBe(wordStem('experience'));
    // …and still join its own forms, both spellings included.
    expect(wordStem('organisations')).toBe(wordStem('organization'));
    expect(wordStem('authorities')).toBe(wordStem('authority'));
    expect(wordStem('experiments')).toBe(wordStem('experiment'));
  });

  it('still join the forms of one word', () => {
    expect(wordStem('effectively')).toBe(wordStem('effective'));
    expect(wordStem('productivity')).toBe(wordStem('productive'));
    expect(wordStem('alternatives')).toBe(wordStem('alternative'));
    expect(wordStem('gives')).toBe(wordStem('give'));
    expect(wordStem('lives')).toBe(wordStem('live'));
  });
});

describe('what an answer foresees will help', () => {
  it('is what it advises: "a heating pad would help", "an apology would go a long way"', () => {
    expect(aimsAt('Honestly, a heating pad would help more than the pills.', 'heat')).toBe(true);
    expect(aimsAt('I think a short apology might really help here.', 'apolog')).toBe(true);
    expect(aimsAt('A sincere apology would go a long way.', 'apolog')).toBe(true);
  });

  it('unless the answer only wonders whether it would', () => {
    expect(aimsAt('I wonder whether a heating pad would help at all.', 'heat')).toBe(false);
    expect(aimsAt('A heating pad would be warm, at least.', 'heat')).toBe(false);
  });

  it('joins the one who forecasts it to those who advise it outright', () => {
    const list = analyzeThread(
      makeThread('I forgot my best friend’s birthday party', [
        ['ana', 'Apologize to her, in person if you can.'],
        ['ben', 'Bring her a small present next time you meet.'],
        ['cai', 'I think a sincere apology would go a long way.'],
      ]),
    );
    expect(together(list, 'ana', 'cai')).toBeDefined();
  });
});

describe('casts to a built-in type', () => {
  const keys = (s: string): string[] => codeTerms(s).map((t) => t.key);

  it('key the type cast to, whatever is cast', () => {
    expect(keys('this.Opacity = (double) trans;')).toContain('k:(double)');
    expect(keys('var n = (int)Math.Floor(x);')).toContain('k:(int)');
    expect(keys('label.Text = (String)value;')).toContain('k:(string)');
  });

  it('leave brackets around other words alone', () => {
    expect(keys('Add the eggs (large) to the bowl.').some((k) => k.startsWith('k:('))).toBe(false);
    expect(keys('Wrap it in a (custom) handler.').some((k) => k.startsWith('k:('))).toBe(false);
  });

  it('gather the answers that cast, and list the one calling the cast needless against it', () => {
    const blocks = [
      'int count = (int) total;',
      'int count = (int)items.LongCount();',
      'int count = (int) total;',
    ];
    const thread = makeThread('Cannot implicitly convert type long to int', [
      ['ana', `Change the line to this:\n\n${blocks[0]}`],
      ['ben', `Try this:\n\n${blocks[1]}`],
      [
        'cai',
        `Writing it like this is not necessary:\n\n${blocks[2]}\n\nUse Convert.ToInt32(total) instead.`,
      ],
    ]);
    thread.answers.forEach((a, i) => (a.code = [blocks[i]!]));
    const list = analyzeThread(thread);
    const cast = supportedBy(list, 'ana');
    expect(cast && authorsOf(cast)).toEqual(['ana', 'ben', 'cai']);
    expect(cast?.stance).toBe('mixed');
    expect(cast?.supporters.find((s) => s.author === 'cai')?.stance).toBe('against');
  });
});

describe('operators no prose writes by chance', () => {
  const keys = (s: string): string[] => codeTerms(s).map((t) => t.key);

  it('are keys of their own, named with the word "operator" where an answer writes it', () => {
    expect(keys('Pattern matching calls the === operator on each branch.')).toContain('k:===');
    expect(codeTerms('Pattern matching calls the === operator.')[0]?.end).toBe(
      'Pattern matching calls the === operator'.length,
    );
    expect(keys('Sorting needs a <=> method on the class.')).toContain('k:<=>');
    expect(keys('Match it with =~ and a regex.')).toContain('k:=~');
  });

  it('but not inside longer runs of symbols, or plain equality', () => {
    expect(keys('x ==== y is a typo')).not.toContain('k:===');
    expect(keys('if a == b then return')).toEqual([]);
  });

  it('gather the answers that explain the same operator', () => {
    const list = analyzeThread(
      makeThread('How does pattern matching compare values?', [
        ['ana', 'Use the === operator here: it matches ranges and classes alike.'],
        ['ben', 'Define your own === on the class if you need custom matching.'],
        ['cai', 'Use a hash lookup instead if the branches are many.'],
      ]),
    );
    expect(together(list, 'ana', 'ben')?.label).toBe('=== operator');
  });
});

describe('reassurance', () => {
  it('"don\'t worry", "don\'t hesitate" name nothing: the advice is what follows them', () => {
    const keys = (s: string): string[] => sentenceTerms(s).map((t) => t.key);
    expect(keys("Don't worry.")).toEqual([]);
    expect(keys("Don't hesitate to call the clinic.").some((k) => k.includes('hesit'))).toBe(false);
    expect(keys("Don't forget your hat.").some((k) => k.includes('forg'))).toBe(false);
    const list = analyzeThread(
      makeThread('First night away from my baby', [
        ['ana', "Don't worry. She will be fine with her grandparents."],
        ['ben', 'Leave a shirt that smells of you in her cot.'],
      ]),
    );
    expect(list.some((s) => /worr/i.test(s.label))).toBe(false);
  });
});

describe('"Stop" or "quit" before what is done', () => {
  it('argues against the thing done, phrase and all ("Stop using fabric softener")', () => {
    const terms = sentenceTerms('Stop using fabric softener altogether.');
    expect(terms.find((t) => t.key === 'p:fabric soften')?.negated).toBe(true);
    expect(
      sentenceTerms('Quit giving him table scraps.').find((t) => t.key === 'p:tabl scrap')?.negated,
    ).toBe(true);
  });

  it('not a halt at a moment ("Stop walking the moment the leash gets tight")', () => {
    expect(sentenceTerms('Stop walking the moment the leash gets tight.').some((t) => t.negated)).toBe(false);
  });
});

describe('what the writer would do', () => {
  it('"I\'d just replace the whole faucet" advises as "Replace the whole faucet" does', () => {
    expect(plainly("I'd just replace the whole faucet.")).toContain('w:faucet');
    expect(plainly('We would take the nail caps off.')).toContain('p:nail cap');
  });

  it('not what the writer would say, feel or bet ("I\'d say it\'s fine", "I\'d put money on it")', () => {
    expect(plainly("I'd say the faucet is fine.")).toEqual([]);
    expect(plainly("I'd call it a fad, honestly.")).toEqual([]);
    expect(plainly("I'd put money on this not being the last change.")).toEqual([]);
    expect(plainly("I'd love more recommendations in this area.")).toEqual([]);
  });

  it('"I\'d actually do it in writing" tells how, as "Do it in writing" does; "I\'d do it again" tells nothing', () => {
    const aimed = (s: string) =>
      sentenceTerms(s)
        .filter((t) => t.target)
        .map((t) => t.key);
    expect(aimed("I'd actually do it in writing.")).toEqual(aimed('Do it in writing.'));
    expect(aimed('Do it in writing.')).not.toEqual([]);
    expect(aimed("I'd actually put it in writing.")).toEqual(aimed('Put it in writing.'));
    expect(aimed("I'd do it again.")).toEqual([]);
    expect(aimed("I'd do the same.")).toEqual([]);
  });
});

/** The keys a sentence plainly advises (Term.strong). */
function plainly(text: string): string[] {
  return sentenceTerms(text)
    .filter((t) => t.strong)
    .map((t) => t.key);
}

/** The keys a sentence names as the object of advice (Term.target). */
function aimed(text: string): string[] {
  return sentenceTerms(text)
    .filter((t) => t.target)
    .map((t) => t.key);
}

describe('what an imperative acts on', () => {
  it('an imperative joined on after a comma is one ("Sounds like a UTI, take her to the vet")', () => {
    expect(plainly('Probably an ear infection, take him to the pediatrician.')).toContain('c:doctor');
    expect(plainly('Could be too little nitrogen, feed it some seaweed.')).toContain('w:seawe');
    // The writer offering is no imperative.
    expect(plainly('Here, let me forward you these cute photos.')).toEqual([]);
  });

  it('is the head of its noun phrase too ("send a demand LETTER", "give it a balanced FERTILIZER")', () => {
    expect(plainly('Send a formal complaint letter by registered mail.')).toContain('w:letter');
    expect(plainly('Give it a slow release plant tonic.')).toContain('w:tonic');
    // Not a verb the phrase runs on into ("Like the army cares…").
    expect(plainly('Ask the army cares about that.')).not.toContain('w:care');
  });
});

describe('an act with no particular thing to act on', () => {
  it('is the advice itself, not the words of a vague thing ("talking to a real person")', () => {
    expect(plainly('Talking to a real person twice a week did more than two years of apps.')).toEqual([
      'w:talk',
    ]);
    expect(plainly('Ask a nice person at the front desk.')).not.toContain('w:nice');
    // A thing named is still what the verb acts on.
    expect(plainly('Ask the pharmacist at the front desk.')).toContain('w:pharmacist');
  });

  it('is not a time said with "every" ("read to her every night")', () => {
    expect(plainly('Read to her every night.')).toEqual(['w:read']);
    expect(plainly('Reading to her every night calmed her down.')).toEqual(['w:read']);
    // "Every" before a thing is no time: the thing is what is advised.
    expect(plainly('Go to every meeting.')).toContain('w:meet');
  });

  it("ends a gerund subject's act where what is said of it begins", () => {
    // "…a week DID more": the words after the predicate are no part of the act.
    expect(aimed('Walking to work every morning helped my back more than the pills.')).not.toContain(
      'w:pill',
    );
    expect(plainly('Getting a trained dog walker helped a lot.')).toContain('w:train');
    // A word that only ends in -ing opens no gerund subject, nor does a thing named in -ing.
    expect(plainly('Something that would have prevented the lawsuit.')).toContain('w:prevent');
    expect(plainly('Netting over the beds is cheaper than a fence.')).not.toContain('w:bed');
  });
});

describe('what an everyday instruction advises', () => {
  it('after a condition written without its comma ("If none of that works call a plumber")', () => {
    expect(plainly('If none of that works call a plumber, the clog may be further down.')).toContain(
      'c:plumber',
    );
    expect(plainly('When that fails use a drain snake.')).toContain('w:snake');
    // A condition with nothing to do after it advises nothing.
    expect(plainly('If it works for you then great.')).toEqual([]);
  });

  it('is the act itself when the words after it say where or when ("Water at the base")', () => {
    expect(plainly('Water at the base, not on the leaves.')).toEqual(['w:water']);
    expect(plainly('Just stand still until he comes back to you.')).toEqual(['w:stand']);
    // An address is no place to do a thing.
    expect(plainly('Zha at efreak')).toEqual([]);
  });

  it('after "you will need to", whatever the verb ("…you will need to regrout")', () => {
    expect(plainly('If it is under the grout you will need to regrout, no cleaner will reach it.')).toContain(
      'w:regrout',
    );
    // What a thing will do for the reader is no instruction.
    expect(plainly('You will see a difference within a week.')).toEqual([]);
  });

  it('what is called the right answer, the way to go or the culprit', () => {
    expect(plainly('pipx is the right answer for CLI apps like black.')).toContain('w:pipx');
    expect(plainly('My alternator was the culprit.')).toContain('w:altern');
    expect(aimed('Honestly a mesh system is the way to go.')).toContain('c:mesh-wifi');
    expect(plainly('The weather was the topic of the day.')).not.toContain('w:weather');
    // …or the only place that works.
    expect(plainly('The library is the only place I get anything done.')).toContain('w:librari');
    // …or the right first step, the right call.
    expect(plainly('cProfile is the right first step.')).toContain('w:cprofil');
    expect(plainly('Hairdryer was the right call.')).toContain('w:hairdryer');
    // …said of several ("are", "were"), or the key.
    expect(plainly('Yoga and strengthening are the right answer.')).toContain('c:strength');
    expect(plainly('Longer games were the key for me.')).toContain('w:game');
  });

  it('a verb opening the sentence and how to do it: "Water deeply", not what comes after', () => {
    expect(plainly('Water deeply a couple of times a week, not a little every day.')).toEqual(['w:water']);
  });

  it('"Start small", "Go slower": the way of doing it is the advice', () => {
    expect(aimed('Start small.')).toContain('c:start-small');
    expect(aimed('Seconding start small, my first year I planted way too much.')).toContain('c:start-small');
    expect(aimed('Go slower.')).toContain('c:go-slower');
  });

  it("the garden's weeds are no cannabis", () => {
    const keys = sentenceTerms('Mulch keeps the weeds down and the water in.').map((t) => t.key);
    expect(keys).not.toContain('c:cannabis');
  });

  it('a product named as products are ("TypingClub", "RK61") said to be free or great', () => {
    expect(plainly('TypingClub is free and very structured, good for beginners.')).toContain('w:typingclub');
    expect(plainly('The RK61 is great for the price.')).toContain('w:rk61');
    // Anyone else praised is a remark.
    expect(plainly('Dad is amazing.')).toEqual([]);
  });

  it('what "worked here", in the writer\'s home, as what "worked for us"', () => {
    expect(plainly('A sticker chart worked here.')).toContain('w:chart');
    expect(plainly('It worked here before the update.')).toEqual([]);
  });

  it('after "always", as after "just" ("Always dry it on the burner")', () => {
    expect(aimed('Always dry it on the burner after washing.')).toContain('w:burner');
  });

  it('what the writer tried, when "it helped" ("I tried magnesium and it helped a lot")', () => {
    expect(plainly('I tried magnesium and it helped a lot.')).toContain('c:electrolyte');
    // (Exercising is read as the concept "exercise" names, as at stop 55.)
    expect(plainly('I started exercising Sunday evenings and it helps a lot.')).toContain('c:strength');
    // Not someone else's try, nor an attempt that did not work.
    expect(plainly('My doctor tried magnesium and it helped.')).not.toContain('c:electrolyte');
    expect(plainly('I tried magnesium but it did nothing.')).not.toContain('c:electrolyte');
  });

  it('what "worked with my grandad", as what "worked for us"; not what "works with my phone"', () => {
    expect(plainly('Giving choices worked with my grandad.')).toContain('w:choic');
    expect(plainly('The app works with my phone.')).toEqual([]);
  });

  it('what "worked better" or "works great" says worked', () => {
    expect(aimed('Concrobium mold control worked better than bleach for me.')).toContain('w:control');
    expect(plainly('The wedge pillow works great.')).toContain('w:pillow');
    expect(plainly('The wedge pillow works by raising your head.')).not.toContain('w:pillow');
  });

  it('a thing said to do its job past where it is used ("…liners under your socks stop most of the friction")', () => {
    expect(plainly('Thin merino liners under your normal socks stop most of the friction.')).toContain(
      'p:merino liner',
    );
    // Where it is used is not the thing.
    expect(plainly('Thin merino liners under your normal socks stop most of the friction.')).not.toContain(
      'w:sock',
    );
  });

  it('what the writer settled on after trying others ("…before she took the Comotomo")', () => {
    expect(plainly('We tried about six different bottles before she took the Comotomo.')).toContain(
      'w:comotomo',
    );
    expect(plainly('I went through five pillows until I found a wedge pillow.')).toContain('w:wedg');
    // Giving up is settling on nothing; someone else's tries are not the writer's.
    expect(plainly('We tried everything before we gave up.')).toEqual([]);
    expect(plainly('My sister tried six bottles before she took the Comotomo.')).not.toContain('w:comotomo');
  });

  it('what "finally worked", or "was the one", after others did not', () => {
    expect(plainly('After trying every bottle on the market, the Comotomo finally worked.')).toContain(
      'w:comotomo',
    );
    expect(plainly('We had the exact same experience, the Comotomo was the one.')).toContain('w:comotomo');
    expect(plainly('The Comotomo was the one we returned.')).not.toContain('w:comotomo');
  });

  it('is the thing said to be worth its price or to have stopped the trouble', () => {
    expect(plainly('A good trainer for two or three sessions is worth every penny.')).toEqual(['w:trainer']);
    // Without its article too, and praised as what worked is.
    const guard = sentenceTerms('Custom night guard is worth every penny.').find((t) => t.key === 'w:guard');
    expect(guard?.strong && guard.worked).toBe(true);
    expect(plainly('Honestly it is worth every penny.')).toEqual([]);
    expect(aimed('I had the same thing, a copper fungicide spray stopped it spreading.')).toContain(
      'w:spray',
    );
    // Stopping what it did itself is no fix.
    expect(aimed('My dog stopped eating.')).not.toContain('w:dog');
  });
});

describe('a thing named before the imperative that points back to it', () => {
  it('is what the imperative advises ("Baking soda and vinegar, let it fizz")', () => {
    expect(plainly('Baking soda and vinegar, let it fizz for 20 minutes.')).toEqual(
      expect.arrayContaining(['p:bake soda', 'w:vinegar']),
    );
    expect(plainly('Cold showers, take them daily.')).toContain('w:shower');
    // A courtesy is no thing; nor is an opening the imperative does not point back to.
    expect(plainly('Good luck, take it easy.')).not.toContain('w:luck');
    expect(plainly('Bad weather, take a taxi.')).not.toContain('w:weather');
  });
});

/** The keys a sentence names as what not to do (Term.negated). */
function negated(text: string): string[] {
  return sentenceTerms(text)
    .filter((t) => t.negated)
    .map((t) => t.key);
}

describe('one negation, several things', () => {
  it('reaches the things joined by "and" or "or" ("Don\'t use Drano or bleach")', () => {
    expect(negated("Don't use Drano or bleach.").sort()).toEqual(['c:bleach', 'w:drano']);
    expect(negated('Skip the baking soda and vinegar thing.')).toEqual(
      expect.arrayContaining(['w:bake', 'p:bake soda', 'w:soda', 'w:vinegar']),
    );
    // Not past a comma: "Avoid sugar, and eat more fibre" does not avoid fibre.
    expect(negated('Avoid sugar, and fibre helps too.')).not.toContain('w:fibr');
  });
});

describe('praise right after a thing says it worked', () => {
  it('"changed my life", "works wonders", "a game changer", "made a huge difference"', () => {
    expect(aimed('The Forest app changed my life.')).toContain('w:app');
    expect(aimed('Honestly, lavender oil works wonders.')).toContain('w:oil');
    expect(aimed('A weighted blanket was a game changer for us.')).toContain('w:blanket');
    expect(aimed('The bread machine made a huge difference.')).toContain('w:machin');
  });

  it('not a life changed by something bad, nor a plain "changed"', () => {
    expect(aimed('The accident changed everything for us.')).not.toContain('w:accid');
  });
});

describe('lexicon words with another everyday sense are left to their phrases', () => {
  const keys = (text: string): string[] => sentenceTerms(text).map((t) => t.key);

  it('"AA batteries", "NA" for not available, an IT specialist, a Markdown file', () => {
    expect(keys('Buy a pack of AA batteries.')).not.toContain('c:support-group');
    expect(keys('Leave the field as NA for now.')).not.toContain('c:support-group');
    expect(keys('Ask an IT specialist to look at the server.')).not.toContain('c:doctor');
    expect(keys('Save it as an MD file.')).not.toContain('c:doctor');
  });

  it('"fight it" and "document it" are not a court case or a paper trail', () => {
    expect(keys('Rest and fight it off with fluids.')).not.toContain('c:contest-ticket');
    expect(keys('Document it in the README.')).not.toContain('c:paper-trail');
  });
});

describe('what is said to have fixed it', () => {
  it('is plainly advised when it happened ("a humidifier fixed ours"), not for what a thing does ("solves")', () => {
    expect(plainly('A humidifier fixed ours within a week.')).toContain('w:humidifi');
    expect(plainly('That extension solves a different problem.')).not.toContain('w:extens');
    expect(plainly('Honestly that mostly worked.')).toEqual([]);
  });
});

describe('verbs of two words', () => {
  it('open an imperative ("FOAM ROLL your IT band", "SPOT TREAT the stain")', () => {
    expect(plainly('Spot treat the stain with dish soap.')).toContain('w:treat');
    expect(plainly('Deep clean the carpets once a month.')).toContain('w:clean');
    // A noun, then no verb: no imperative.
    expect(plainly('Same thing my doctor said.')).toEqual([]);
    expect(plainly('Good luck with that.')).toEqual([]);
  });
});

describe('a negation reaches what its verb acts on', () => {
  const negated = (text: string): string[] =>
    sentenceTerms(text)
      .filter((t) => t.negated)
      .map((t) => t.key);

  it('"don\'t PAINT the fence", "don\'t FOAM ROLL the IT band"', () => {
    expect(negated("Don't paint the fence until spring.")).toContain('w:fenc');
    expect(negated("Don't foam roll the IT band, it does nothing.")).toContain('w:band');
  });

  it('not past a verb that turns it ("don\'t forget your sunscreen") or one further on', () => {
    expect(negated("Don't forget your sunscreen.")).toEqual([]);
    expect(negated("Don't let the dog sleep in your bed.")).not.toContain('w:bed');
  });
});

describe('what a thing bettered, or the praise right after it, says plainly that it worked', () => {
  it('"a cooling pad DROPPED MY temps", "an improv class CHANGED MY LIFE", "the tape SAVED OUR sofa"', () => {
    expect(plainly('A laptop cooling pad dropped my temps by 10 degrees.')).toContain('w:pad');
    expect(plainly('An improv class changed my life when I moved here.')).toContain('w:class');
    expect(plainly('Sticky Paws tape saved our sofa.')).toContain('w:tape');
  });

  it('a plural thing too ("blackout curtains fixed it", "offering two choices worked wonders")', () => {
    expect(plainly('Blackout curtains fixed it for us.')).toContain('w:curtain');
    expect(plainly('Offering two choices worked wonders with my son.')).toContain('w:choic');
  });

  it('not what was done to a thing ("got that headlight fixed")', () => {
    expect(plainly('I wonder if his son ever got that headlight fixed.')).not.toContain('w:headlight');
  });
});

describe('what the reader is told they need', () => {
  it('is plainly advised ("you need new shoes", "you may need different shoes")', () => {
    expect(plainly('You need new shoes.')).toContain('w:shoe');
    expect(plainly('Get your gait analyzed, you may need different shoes.')).toContain('w:shoe');
  });

  it('not what a relative clause needs ("the IDEs that you need in order to build")', () => {
    expect(plainly('Capacitor just opens the IDEs that you need in order to build projects.')).not.toContain(
      'w:order',
    );
  });
});

describe('a thing run down or set aside', () => {
  it('"X is a myth", "X doesn\'t actually work" name X as what the sentence is about', () => {
    expect(aimsAt('The float test is a myth, honestly.', 'float')).toBe(true);
    expect(aimsAt("Feliway doesn't actually work.", 'feliway')).toBe(true);
    expect(aimsAt('Ionizers are basically snake oil.', 'ioniz')).toBe(true);
  });

  it('past a clause about it: "Those dog rocks you put in the water bowl are a scam" runs down the rocks, not the bowl', () => {
    const sentence = 'Those "dog rocks" you put in the water bowl are a scam.';
    expect(aimsAt(sentence, 'rock')).toBe(true);
    expect(aimsAt(sentence, 'bowl')).toBe(false);
    expect(aimsAt('The sprays they sell at pet stores are useless.', 'spray')).toBe(true);
  });

  it('not a thing that merely is ("The float test is a simple check")', () => {
    expect(aimsAt('The float test is a simple check.', 'float')).toBe(false);
  });

  it('an instruction\'s "instead of X" drops X; a story\'s does not ("when we use import instead of require")', () => {
    const keys = (s: string) => sentenceTerms(s).map((t) => t.key);
    expect(keys('Use --force-with-lease instead of --force, always.')).toEqual(['k:--force-with-lease']);
    expect(keys('When we use import instead of require it gives this error.')).toContain('w:requir');
  });

  it('"is the actual evidence-based treatment" praises, "is the \'crazy\' solution" does not', () => {
    expect(aimsAt('CBT-I is the actual evidence-based treatment.', 'cbt')).toBe(true);
    expect(aimsAt('The cluster is the "crazy" solution.', 'cluster')).toBe(false);
  });
});

describe('what a sentence leaves behind', () => {
  it('"switched from X (to Y)" does not name X', () => {
    const keys = sentenceTerms('We switched from a lavender litter to a plain one and it stopped.').map(
      (t) => t.key,
    );
    expect(keys).not.toContain('w:lavend');
    expect(keys).toContain('w:plain');
  });
});

describe('how much and how hot is never what', () => {
  const keys = (s: string): string[] => sentenceTerms(s).map((t) => t.key);

  it('"450F" is an oven\'s temperature, not a float literal; "5000f" in code still is one', () => {
    expect(keys('Re-season it in the oven at 450F for an hour.').filter((k) => k.includes('450'))).toEqual(
      [],
    );
    expect(keys('float x = 5000f;')).toContain('k:5000f');
  });

  it('a dose, a time of day or an ordinal keys nothing ("0.5mg", "10pm", "17th"), a model name does ("RK61", "16GB")', () => {
    expect(keys('Take 0.5mg of melatonin at 10pm.').filter((k) => /\d/.test(k))).toEqual([]);
    expect(keys('Try the RK61.')).toContain('w:rk61');
    expect(keys('Get 16GB of RAM.')).toContain('w:16gb');
  });

  it('"made a real difference" says what worked; "difference" names nothing', () => {
    const terms = sentenceTerms('Blackout curtains made a real difference.');
    expect(terms.map((t) => t.key)).not.toContain('w:differ');
    expect(terms.find((t) => t.key === 'w:curtain')?.worked).toBe(true);
  });
});

describe('where an instruction starts and ends', () => {
  it('"If it\'s rusty, scrub it with steel wool, then re-season it": the condition ends at its first comma', () => {
    const terms = sentenceTerms(
      'If it is already rusty, scrub it with steel wool, then re-season it in the oven.',
    );
    expect(terms.find((t) => t.key === 'p:steel wool')?.strong).toBe(true);
    // A condition that runs to its "then" is still one: "If the pain persists, then see a doctor".
    expect(
      sentenceTerms('If the pain persists, then see a doctor.').find((t) => t.key === 'w:pain')?.setting,
    ).toBe(true);
  });

  it('"…earlier so she\'s not feeding to sleep": the instruction ends before its purpose', () => {
    const sleep = sentenceTerms("Move the last feed earlier so she's not feeding to sleep.").find(
      (t) => t.key === 'c:sleep',
    );
    expect(sleep?.target ?? false).toBe(false);
  });
});

describe('what is said to have worked', () => {
  const worked = (s: string, key: string): boolean | undefined =>
    sentenceTerms(s).find((t) => t.key === key)?.worked;

  it('through the kind of thing it is: "The tree method worked for us"', () => {
    expect(worked('The tree method worked for us.', 'w:tree')).toBe(true);
  });

  it('"X is underrated", "Fetch first is underrated"', () => {
    expect(worked('Sapiens is so underrated.', 'w:sapien')).toBe(true);
    expect(worked('Fetch first is underrated, it made our walks calmer.', 'w:fetch')).toBe(true);
  });

  it('"X works for my kids too"', () => {
    expect(worked('Sugar works for my kids too.', 'w:sugar')).toBe(true);
    expect(worked('Sugar works by raising your blood glucose.', 'w:sugar')).toBeFalsy();
  });
});

describe('what a word in -ing before a thing says', () => {
  const term = (s: string, key: string) => sentenceTerms(s).find((t) => t.key === key);

  it('"your BAKING soda" names the kind of soda, not baking as advice', () => {
    expect(term('Check your baking soda.', 'w:bake')?.target ?? false).toBe(false);
    expect(term('Check your baking soda.', 'p:bake soda')?.strong).toBe(true);
  });

  it('"Bake it longer" still advises baking', () => {
    expect(term('Bake it longer.', 'w:bake')?.strong).toBe(true);
  });
});

describe('a condition after the instruction', () => {
  it('"…if your CPU supports it": what the condition names is not what is advised', () => {
    const terms = sentenceTerms('Undervolt it with ThrottleStop if your CPU supports it.');
    expect(terms.find((t) => t.key === 'w:cpu')?.target ?? false).toBe(false);
    expect(terms.find((t) => t.key === 'w:throttlestop')?.strong).toBe(true);
  });
});

describe('what a sentence that opens on a thing sets aside', () => {
  it('"An 8x4 pan instead of 9x5 makes the loaf taller" is not about 9x5', () => {
    const terms = sentenceTerms('An 8x4 pan instead of 9x5 makes the loaf taller.');
    expect(terms.some((t) => t.key === 'w:9x5')).toBe(false);
    expect(terms.some((t) => t.key === 'p:8x4 pan')).toBe(true);
  });
});

describe('a title after the verb that advises it', () => {
  const keys = (s: string) => sentenceTerms(s).map((t) => t.key);

  it('"Read Logical Chess Move by Move": "by Move" is the title\'s own, "by Irving Chernev" its author; "Read" no part of it', () => {
    expect(keys('Read Logical Chess Move by Move by Irving Chernev.')).toContain('p:logic chess move move');
  });
});

describe('what an instruction is for, and where it does not apply', () => {
  const term = (s: string, key: string) => sentenceTerms(s).find((t) => t.key === key);

  it('"…so soil doesn\'t splash": the purpose\'s words are not what is advised', () => {
    const s = "Mulch around the base so soil doesn't splash onto the leaves when you water.";
    expect(term(s, 'w:soil')?.target ?? false).toBe(false);
    expect(term(s, 'w:mulch')?.target).toBe(true);
  });

  it('", never on the leaves" is set aside as ", not" is', () => {
    const terms = sentenceTerms('Water at the soil, never on the leaves.');
    expect(terms.some((t) => t.key === 'w:leav')).toBe(false);
    expect(terms.some((t) => t.key === 'w:soil')).toBe(true);
  });
});

describe('"stay out of it"', () => {
  const term = (s: string) => sentenceTerms(s).find((t) => t.key === 'w:stay');

  it('out of nothing named, the verb is the advice', () => {
    expect(term('Stay out of it.')?.strong).toBe(true);
    expect(term("Honestly, stay out of it unless you're 100% sure.")?.strong).toBe(true);
  });

  it('out of a place, the place is', () => {
    expect(term('Stay out of the kitchen.')?.strong ?? false).toBe(false);
  });
});

describe('a thing said to have helped, and what it was for', () => {
  it('"A high shelf for her special toys helped": the shelf helped, not the toys', () => {
    const terms = sentenceTerms('A high shelf for her special toys helped us a lot.');
    expect(terms.find((t) => t.key === 'w:shelf')?.worked).toBe(true);
    expect(terms.find((t) => t.key === 'w:toy')?.worked ?? false).toBe(false);
  });

  it('"SHORT stretches at quiet times worked for me": a plain describing word may open the thing', () => {
    const terms = sentenceTerms('Short stretches at quiet times worked for me.');
    expect(terms.find((t) => t.key === 'w:stretch')?.worked).toBe(true);
  });

  it('"did it for me" and "did the trick" say it worked; "did it for him" does not', () => {
    expect(sentenceTerms('Unplugging the dock did it for me.').find((t) => t.key === 'w:dock')?.worked).toBe(
      true,
    );
    expect(sentenceTerms('The vinegar did the trick.').find((t) => t.key === 'w:vinegar')?.worked).toBe(true);
    expect(sentenceTerms('The vinegar did wonders.').find((t) => t.key === 'w:vinegar')?.worked).toBe(true);
    expect(sentenceTerms('The neighbour did it for him.').some((t) => t.worked)).toBe(false);
  });
});

describe('"What worked was…"', () => {
  it('names what follows as what worked, up to when', () => {
    const terms = sentenceTerms(
      'What worked was removing her from the room calmly and staying with her until she calmed down.',
    );
    expect(terms.find((t) => t.key === 'w:room')?.strong).toBe(true);
    expect(terms.filter((t) => t.key === 'w:calm').some((t) => t.start > 80 && t.strong)).toBe(false);
  });
});

describe('an instruction over a list', () => {
  it('"Before every move, check all checks, captures and threats" is one instruction', () => {
    expect(
      imperativeClauses('Before every move, check all checks, captures and threats for both sides.').map(
        ([a, b]) => 'Before every move, check all checks, captures and threats for both sides.'.slice(a, b),
      ),
    ).toEqual(['check all checks, captures and threats for both sides']);
  });

  it('a comma before "and" and a new clause still ends it', () => {
    const text = "Don't open it, and keep the lid on.";
    expect(imperativeClauses(text).map(([a, b]) => text.slice(a, b))).not.toContain(
      "Don't open it, and keep the lid on",
    );
  });
});

describe('what someone is let or had to do', () => {
  it('is the advice when nothing is named after it ("let him TEACH you about it")', () => {
    const strong = (text: string): string[] =>
      sentenceTerms(text)
        .filter((t) => t.strong)
        .map((t) => t.key);
    expect(strong('Find something he is into and let him teach you about it.')).toContain('w:teach');
    // …and what it acts on when something is: "Have them test the ALTERNATOR".
    expect(strong('Have them test the alternator too.')).toEqual(['w:altern']);
  });
});

describe('a gerund subject and what is said of it', () => {
  it('ends where a verb in -s acts on its own object ("Repeating it once | locks it in")', () => {
    const text = 'Repeating it once locks it in.';
    expect(imperativeClauses(text).map(([a, b]) => text.slice(a, b).trim())).toEqual(['Repeating it once']);
  });
});

describe('a thing, and where it goes, all a short sentence says', () => {
  it('is no imperative of a verb the lists do not know', () => {
    expect(clauses('Catnip on the post.')).toEqual([]);
    expect(clauses('Vaseline on the hinge pin.')).toEqual([]);
  });
  it('but a listed verb, or a title in capitals, reads as before', () => {
    expect(clauses('Sit on the floor.')).toEqual(['Sit on the floor']);
    expect(clauses("Workin' in the Data Mine")).not.toEqual([]);
  });
});

describe('a letter hyphened to a word is one word', () => {
  const keys = (s: string): string[] => sentenceTerms(s).map((t) => t.key);
  it('"D-lock" is no plain lock, and a D-lock is a D-lock wherever it is said', () => {
    expect(keys('Get a proper D-lock.')).toContain('w:dlock');
    expect(keys('Get a proper D-lock.')).not.toContain('w:lock');
    expect(keys('Agree on the D-lock.')).toContain('w:dlock');
    expect(keys('An e-bike with a U-lock.')).toEqual(expect.arrayContaining(['w:ebik', 'w:ulock']));
  });
  it('not a party and state after a name ("Ron Wyden (D-OR)", "R-NV")', () => {
    expect(keys('Dean Heller (R-NV) and Jon Tester (D-MT) signed it.')).not.toContain('w:rnv');
    expect(keys('Dean Heller (R-NV) and Jon Tester (D-MT) signed it.')).not.toContain('w:dmt');
  });
});

describe('a dotfile is code', () => {
  it('".dockerignore", ".bashrc", ".htaccess" as well as ".git"', () => {
    const code = (s: string): string[] => codeTerms(s).map((t) => t.key);
    expect(code('Add a .dockerignore with node_modules in it.')).toContain('k:.dockerignore');
    expect(code('Put the alias in your .bashrc and reload.')).toContain('k:.bashrc');
    expect(code('Edit the .htaccess file.')).toContain('k:.htaccess');
    expect(code('Add .git to it.')).toContain('k:.git');
  });
});

describe('a comparative is keyed as its quality', () => {
  it('"a coarser grind" and "coarse grind", "fresher beans" and "fresh beans"', () => {
    const keys = (s: string): string[] => sentenceTerms(s).map((t) => t.key);
    expect(keys('Use a coarser grind.')).toContain('p:coars grind');
    expect(keys('Coarse grind fixed it.')).toContain('p:coars grind');
    expect(keys('Buy fresher beans.')).toContain(keys('Buy fresh beans.').find((k) => k.startsWith('p:'))!);
  });
});

describe('"grow" opens an instruction, "grow lights" a thing', () => {
  it('"Grow crack resistant varieties next year" tells to grow them', () => {
    expect(clauses('Grow crack resistant varieties next year.')).toEqual([
      'Grow crack resistant varieties next year',
    ]);
  });
  it('"Grow lights changed everything for me" names a thing', () => {
    expect(clauses('Grow lights changed everything for me.')).toEqual([]);
    expect(clauses('Grow bags are cheap.')).toEqual([]);
  });
});

describe('"self-" makes another word', () => {
  it('"Self-watering spikes" advise spikes, not watering', () => {
    const keys = sentenceTerms('Self-watering spikes.').map((t) => t.key);
    expect(keys).toContain('p:self water');
    expect(keys).not.toContain('w:water');
  });
});

describe('a word that judges names nothing', () => {
  it('"Citronella is useless outdoors" is about citronella, not "useless outdoors"', () => {
    const keys = sentenceTerms('Citronella is useless outdoors, agreed.').map((t) => t.key);
    expect(keys).toContain('w:citronella');
    expect(keys.some((k) => k.includes('useless'))).toBe(false);
  });
});

describe('a title saying the tail of a compound', () => {
  it('"smartphone" in the title makes the question\'s "phones" its topic', () => {
    expect(compoundTailKeys('My daughter wants a smartphone', 'All her friends have phones.')).toContain(
      'w:phone',
    );
    expect(compoundTailKeys('Best noise cancelling headphones?', 'My old phones broke.')).toContain(
      'w:phone',
    );
  });
  it('only a tail the question says on its own, and never a short one', () => {
    expect(compoundTailKeys('Mushroom risotto is gluey', 'It tastes fine.')).toEqual([]);
    expect(compoundTailKeys('Doorbell rings at night', 'Our doorbell is wired.')).toEqual([]);
  });
});

describe('what the real fix is', () => {
  it('"the real fix is a double wall tent" plainly advises the tent', () => {
    expect(strong('Honestly the real fix is a double wall tent.')).toContain('p:doubl wall');
  });
  it('ends where a relative clause says more of it ("…acetate frames that rest on the bridge")', () => {
    const keys = strong(
      'What worked for me was switching to acetate frames that rest on the bridge of the nose.',
    );
    expect(keys).toContain('p:acet frame');
    expect(keys).not.toContain('w:bridg');
  });
});

describe('instructions after what cannot be done or a stress lead', () => {
  it('"You can\'t reverse the stretching, but you can behead them" instructs the beheading', () => {
    expect(clauses("You can't reverse the stretching, but you can behead them.")).toEqual(['behead them']);
    expect(clauses("There's no way to fix it, but you can replace the cable.")).toEqual([
      'replace the cable',
    ]);
  });
  it('"You can skip it, but you can also…" is no such turn', () => {
    expect(clauses('You can skip it, but you can also go.')).toEqual(['skip it']);
  });
  it('"You can\'t avoid it completely" is no instruction; "You can\'t use bleach on marble" is one', () => {
    expect(clauses("You can't avoid it completely in a single wall tent.")).toEqual([]);
    expect(clauses("You can't use bleach on marble.")).toEqual(['use bleach on marble']);
  });
  it('"Whatever you decide, keep phones out of bedrooms" opens on its instruction', () => {
    const s = 'Whatever you decide, keep phones out of bedrooms at night.';
    expect(clauses(s)).toEqual(['keep phones out of bedrooms at night']);
    expect(openingInstruction(s)).toBeDefined();
  });
  it('"Pitch under trees" tells where to pitch', () => {
    expect(clauses('Pitch under trees if you can.')).toEqual(['Pitch under trees']);
  });
});

describe('what is lacking', () => {
  it('"not getting enough light" wants light, it does not warn of it', () => {
    const light = sentenceTerms("That's etiolation, they're not getting enough light.").find(
      (t) => t.key === 'w:light',
    );
    expect(light?.negated).toBeFalsy();
  });
});

describe('a harm that may come is no instruction', () => {
  it('"You can crack the neck", "You could damage it"', () => {
    expect(clauses('You can crack the neck.')).toEqual([]);
    expect(clauses('You could damage it.')).toEqual([]);
  });
  it('what one can or should do still is ("You can bend the pad arms", "You should break it up")', () => {
    expect(clauses('You can bend the pad arms.')).toEqual(['bend the pad arms']);
    expect(clauses('You should break it up into smaller tasks.')).toEqual(['break it up into smaller tasks']);
  });
});

describe('when, after what a verb acts on', () => {
  it('"Tire him out in the evening with play": the evening is when, not what', () => {
    const evening = sentenceTerms('Tire him out properly in the evening with play.').find(
      (t) => t.key === 'w:even',
    );
    expect(evening?.strong).toBeFalsy();
  });
});

describe('a concept said as a gerund', () => {
  it('"Breaking it down" is the small-steps concept, as "Break it down" is', () => {
    const keys = sentenceTerms('Breaking it down is what actually teaches you.').map((t) => t.key);
    expect(keys).toContain('c:small-steps');
  });
});

describe("a light verb's gerund as the subject", () => {
  const trimmedClauses = (s: string): string[] => imperativeClauses(s).map(([a, b]) => s.slice(a, b).trim());
  it('"Getting up teaches her it works": the act is "Getting up", not what is said of it', () => {
    expect(trimmedClauses('Getting up teaches her it works.')).toEqual(['Getting up']);
    expect(trimmedClauses('Getting a dog helped me a lot.')).toEqual(['Getting a dog']);
  });
});

describe('an instruction after a leading phrase of when, without its comma', () => {
  it('"At 3000 km check…", "After 20 minutes take…", "In winter keep…", "Every morning open…"', () => {
    expect(clauses('At 3000 km check the chain for stretch.')).toEqual(['check the chain for stretch']);
    expect(clauses('After 20 minutes take the lid off.')).toEqual(['take the lid off']);
    expect(clauses('In winter keep the plants away from the window.')).toEqual([
      'keep the plants away from the window',
    ]);
    expect(clauses('Every morning open the window.')).toEqual(['open the window']);
  });
  it('not a phrase that ends on no word of when ("At first glance the chain looks fine")', () => {
    expect(clauses('At first glance the chain looks fine.')).toEqual([]);
    expect(clauses('In 2019 we moved house.')).toEqual([]);
  });
});

describe('an image or host with its tag or port is code', () => {
  it('"node:20-alpine", "localhost:3000"', () => {
    const keys = (s: string): string[] => codeTerms(s).map((t) => t.key);
    expect(keys('Switch to node:20-alpine, the image is much smaller.')).toContain('k:node:20-alpine');
    expect(keys('Then open localhost:3000 in the browser.')).toContain('k:localhost:3000');
    expect(keys('Mix it 2:1 with water at 10:30.')).toEqual([]);
  });
});

describe('a word of the lexicon that is also a verb', () => {
  const concepts = (s: string): string[] =>
    sentenceTerms(s)
      .map((t) => t.key)
      .filter((k) => k.startsWith('c:'));
  it('"Book the appointment now", "book it", "booked out" are no book', () => {
    expect(concepts('Book the Anmeldung appointment now, slots are booked out for weeks.')).toEqual([]);
    expect(concepts('Yes, book it the day you sign the lease.')).toEqual([]);
  });
  it('"Read a book on it", "Any good book on the topic?" still are', () => {
    expect(concepts('Read a book on it.')).toEqual(['c:book']);
    expect(concepts('Any good book on the topic?')).toEqual(['c:book']);
  });
  it('"walk away" is leaving, not the walking that is exercise', () => {
    expect(concepts('When she bites, freeze, then walk away.')).toEqual(['c:walk-away']);
    expect(concepts('Walk every day for 30 minutes.')).toEqual(['c:walking']);
  });
});

describe('null-safety operators written as code', () => {
  const keys = (s: string): string[] => codeTerms(s).map((t) => t.key);
  it('"name!!.length", "avoid !!,", "name?.let", "?: 0", "a ?? b"', () => {
    expect(keys('You can use name!!.length but it will throw.')).toEqual(['k:!!']);
    expect(keys('Yes please avoid !!, it defeats the point.')).toEqual(['k:!!']);
    expect(keys('val len = name?.length ?: 0.')).toEqual(['k:?.', 'k:?:']);
    expect(keys('Use a ?? b instead.')).toEqual(['k:??']);
  });
  it('not prose: "Great!! Thanks", "What?? No way", "Really?: maybe"', () => {
    expect(keys('Great!! Thanks so much.')).toEqual([]);
    expect(keys('What?? No way.')).toEqual([]);
    expect(keys('Really?: maybe')).toEqual([]);
  });
});

describe('where to keep an emergency fund is not having one', () => {
  it('"High yield savings account" and "HYSA" are one thing, "an emergency fund" another', () => {
    const concepts = (s: string): string[] =>
      sentenceTerms(s)
        .map((t) => t.key)
        .filter((k) => k.startsWith('c:'));
    expect(concepts('High yield savings account.')).toEqual(['c:high-yield-savings']);
    expect(concepts('HYSA, no question.')).toEqual(['c:high-yield-savings']);
    expect(concepts('Build an emergency fund first.')).toEqual(['c:emergency-fund']);
  });
});

describe('what an instruction after a leading phrase of where acts on', () => {
  it('is advised ("On older Excel use INDEX/MATCH…, entered with…": the INDEX/MATCH)', () => {
    const index = sentenceTerms(
      'On older Excel use INDEX/MATCH as an array formula, entered with Ctrl+Shift+Enter.',
    ).find((t) => t.key === 'w:index');
    expect(index?.target).toBe(true);
  });
});

describe('a verb limited by "only when"', () => {
  it('is what is advised ("WATER only when the soil is dry")', () => {
    const water = sentenceTerms('Water only when the top 2 inches of soil are dry.').find(
      (t) => t.key === 'w:water',
    );
    expect(water?.target).toBe(true);
  });
});

describe('a lexicon word that, counted, is a plain thing', () => {
  const concepts = (s: string): string[] =>
    sentenceTerms(s)
      .filter((t) => t.kind === 'concept')
      .map((t) => t.key);
  it('"put one node on each floor" names no Node.js', () => {
    expect(concepts('Eero or Deco, put one node on each floor.')).not.toContain('c:nodejs');
  });
  it('"upgrade node to 20" still does', () => {
    expect(concepts('Upgrade node to 20 and try again.')).toContain('c:nodejs');
  });
});

describe('home networking words', () => {
  const concepts = (s: string): string[] =>
    sentenceTerms(s)
      .filter((t) => t.kind === 'concept')
      .map((t) => t.key);
  it('"wired backhaul" is the wired fix', () => {
    expect(concepts('Wired backhaul is better, if you can run the cable.')).toContain('c:wired');
  });
  it('an access point on a cable is no mesh', () => {
    expect(concepts('Run an ethernet cable upstairs and put a second access point there.')).not.toContain(
      'c:mesh-wifi',
    );
  });
});

describe('a thing traded for another', () => {
  it('advises what it is traded for ("Ditch the drip machine for a FRENCH PRESS")', () => {
    const terms = sentenceTerms('Ditch the drip machine for a French press.');
    expect(terms.find((t) => t.key === 'p:french press')?.strong).toBe(true);
    expect(terms.find((t) => t.key === 'p:drip machin')?.target).toBeFalsy();
  });
  it('but "Skip the gym for a week" skips the gym', () => {
    expect(sentenceTerms('Skip the gym for a week.').find((t) => t.key === 'w:gym')?.target).toBe(true);
  });
});

describe('what worked, told with where it came from and a clause about it', () => {
  it('is the opening thing ("A MOUTH GUARD from the dentist that pushes the jaw forward helped")', () => {
    const terms = sentenceTerms(
      'A mouth guard from the dentist that pushes the jaw forward helped my husband a lot.',
    );
    expect(terms.find((t) => t.key === 'p:mouth guard')?.strong).toBe(true);
    expect(terms.find((t) => t.key === 'p:jaw forward')?.strong).toBeFalsy();
  });
});

describe('an instruction through describing words after an article', () => {
  it('"Buy a big, sturdy crate." is one instruction', () => {
    expect(clauses('Buy a big, sturdy crate.')).toEqual(['Buy a big, sturdy crate']);
  });
  it('but "Get a grip, then call them." and "Take a break, go for a walk." are two', () => {
    expect(clauses('Get a grip, then call them.')).toEqual(['Get a grip', 'call them']);
    expect(clauses('Take a break, go for a walk.')).toEqual(['Take a break', 'go for a walk']);
  });
  it('and a noun ends its phrase: "Wade in to below the knees, hands on hips."', () => {
    expect(clauses('Wade in to below the knees, hands on hips.')).toEqual(['Wade in to below the knees']);
  });
});

describe('a method named bare in prose', () => {
  const keys = (s: string): string[] => codeTerms(s).map((t) => t.key);
  it.each([
    ['Use Promise.allSettled if one failed save should not stop the rest.', 'k:promise.allsettled()'],
    ['Careful with Promise.all on a big list.', 'k:promise.all()'],
    ['Iterate over Object.entries instead.', 'k:object.entries()'],
    ['Call arr.toSorted when you need a copy.', 'k:arr.tosorted()'],
  ])('"%s" keys %s', (sentence, key) => {
    expect(keys(sentence)).toContain(key);
  });
  it('but not words run together at a full stop ("Done.thanks", "it.Then")', () => {
    expect(keys('Done.thanks for the help')).toEqual([]);
    expect(keys('I tried it.Then it worked')).toEqual([]);
  });
  it('and a call inside a longer snippet keys the method too: `await Promise.all(items.map(save))`', () => {
    expect(keys('Run them with `await Promise.all(items.map(save))`.')).toEqual(
      expect.arrayContaining(['k:awaitpromise.all(items.map(save))', 'k:promise.all()', 'k:items.map()']),
    );
  });
  it('so a warning about Promise.all argues against the answer that ran it in a snippet', () => {
    const t = makeThread('await inside forEach does not wait', [
      ['all', 'Run them in parallel with `await Promise.all(items.map(save))`.'],
      {
        author: 'loo',
        text: 'Careful with Promise.all on a big list, you can hammer the database.',
        replyTo: 0,
      },
    ]);
    const s = together(analyzeThread(t), 'all', 'loo');
    expect(s?.stance).toBe('mixed');
  });
});

describe('"leave them" as things are left', () => {
  it.each([
    'Open the trickle vents and leave them open all the time.',
    'Leave her alone for ten minutes.',
    'Leave him in the crate overnight.',
  ])('"%s" names no break-up', (sentence) => {
    expect(sentenceTerms(sentence).some((t) => t.key === 'c:break-up')).toBe(false);
  });
  it('but "Leave him." still does', () => {
    expect(sentenceTerms('Honestly, leave him.').some((t) => t.key === 'c:break-up')).toBe(true);
  });
});

describe('words a lexicon concept shares with other things', () => {
  it('"have someone walk on it" is stepping on the spot, not walking', () => {
    expect(
      sentenceTerms('Have someone walk on it and find the spot.').some((t) => t.key === 'c:walking'),
    ).toBe(false);
    expect(sentenceTerms('Walk on the treadmill every day.').some((t) => t.key === 'c:walking')).toBe(true);
  });
  it('"overhangs your boundary" is land, not a boundary set with people', () => {
    const keys = sentenceTerms(
      'You can cut back anything that overhangs your boundary, up to the boundary line.',
    );
    expect(keys.some((t) => t.key === 'c:boundaries')).toBe(false);
    expect(sentenceTerms('Set firm boundaries with your mother.').some((t) => t.key === 'c:boundaries')).toBe(
      true,
    );
  });
  it('"talcum powder" and "talc" are one powder', () => {
    const t = makeThread('Squeaky hardwood floor in the hallway', [
      ['pow', 'Sprinkle talcum powder into the gaps and sweep it around.'],
      { author: 'bas', text: 'Talc works for a few weeks for us, then it came back.', replyTo: 0 },
    ]);
    expect(together(analyzeThread(t), 'pow', 'bas')?.stance).toBe('mixed');
  });
});

describe('an adverb on the whole sentence before "you can"', () => {
  it('"Legally you can cut back anything…" instructs', () => {
    expect(clauses('Legally you can cut back anything that overhangs your boundary.')).toEqual([
      'cut back anything that overhangs your boundary',
    ]);
  });
  it('but "Family you can choose." does not', () => {
    expect(clauses('Family you can choose.')).toEqual([]);
  });
});

describe('an instruction after a condition, on "it" and then another step', () => {
  it('"If you have time, wash it and dry it." instructs after its comma', () => {
    expect(clauses('If you have time, wash it and dry it.')).toEqual(['wash it and dry it']);
  });
  it('"If you love fresh mozz, tear it and let it drain." too, with a verb no list knows', () => {
    expect(clauses('If you love fresh mozz, tear it and let it drain.')).toEqual([
      'tear it and let it drain',
    ]);
  });
  it('but a list after a comma is still one instruction: "Add salt, pepper and oil."', () => {
    expect(clauses('Add salt, pepper and oil.')).toEqual(['Add salt, pepper and oil']);
  });
});

describe('what worked, opened by an amount of it or by who made it', () => {
  it('"A splash of vinegar in the water helped me." is about the vinegar, not the water', () => {
    expect(aimed('A splash of vinegar in the water helped me.')).toEqual(['w:vinegar']);
    expect(plainly('A splash of vinegar in the water helped me.')).toEqual(['w:vinegar']);
  });
  it('"The book Cockpit Confidential by Patrick Smith helped me a lot." is about the book, not its author', () => {
    const text = 'The book Cockpit Confidential by Patrick Smith helped me a lot.';
    expect(plainly(text)).toContain('w:confidenti');
    expect(plainly(text)).not.toContain('w:smith');
  });
  it('"by" before a plain word is no maker: "Sorting by date helped" still names the date', () => {
    expect(aimed('Sorting by date helped.')).toContain('w:date');
  });
});

describe('words of when are not what an instruction acts on', () => {
  it('"straight away" names nothing', () => {
    expect(
      sentenceTerms("Don't start suggesting how to do things better straight away.").map((t) => t.key),
    ).not.toContain('w:straight');
  });
  it('"Scarify it in autumn" advises the scarifying', () => {
    expect(plainly('Scarify it in autumn.')).toEqual(['w:scarifi']);
  });
  it('"do that before throwing lime at it" plainly advises no lime', () => {
    expect(plainly('A soil test is cheap, agreed, do that before throwing lime at it.')).not.toContain(
      'w:lime',
    );
  });
  it('but "Write them down after the event" still names the event', () => {
    expect(plainly('Write them down after the event with one detail about each person.')).toContain(
      'w:event',
    );
  });
});

describe('a thing named with what goes with it', () => {
  it('"Old fashioned snap traps with peanut butter." is the traps', () => {
    const t = makeThread('Mouse in the kitchen, how do I get rid of it?', [
      ['sna', 'Old fashioned snap traps with peanut butter. Put them along the walls.'],
      ['foo', 'Put all your food in sealed containers.'],
      { author: 'sec', text: 'Seconding snap traps, they work.', replyTo: 0 },
    ]);
    expect(together(analyzeThread(t), 'sna', 'sec')?.label).toMatch(/snap traps/i);
  });
});

describe('a thing called the classic answer', () => {
  it('"SUMIFS is the old-school answer that works in every version" advises it', () => {
    const t = makeThread('How do I total sales by region and month in Excel?', [
      ['piv', 'Use a pivot table.'],
      ['sum', 'SUMIFS is the old-school answer that works in every version.'],
    ]);
    expect(supportedBy(analyzeThread(t), 'sum')?.label).toMatch(/SUMIFS/);
  });
});

describe('a deed told of someone else', () => {
  const concepts = (s: string): string[] =>
    sentenceTerms(s)
      .map((t) => t.key)
      .filter((k) => k.startsWith('c:'));
  it('"in autumn they slow down or stop" is no advice to slow down', () => {
    expect(concepts('Hens need light to lay, and in autumn they slow down or stop.')).toEqual([]);
    expect(concepts('Slow down on the hills.')).toEqual(['c:go-slower']);
  });
  it('"They look like otters when they swim" is no swimming', () => {
    expect(concepts('They look like otters when they swim.')).toEqual([]);
  });
  it('an audiobook is no book: "Try audiobooks" and "Read the same book" name two things', () => {
    expect(concepts('Try audiobooks.')).toEqual(['c:audiobook']);
    expect(concepts('Read the same book as him.')).toEqual(['c:book']);
  });
});

describe('what the writer would not do', () => {
  it('"I wouldn\'t add light" plainly names what it warns of', () => {
    const light = sentenceTerms("I wouldn't add light.").find((t) => t.key === 'w:light');
    expect(light?.strong).toBe(true);
    expect(sentenceTerms("I wouldn't worry about it.").some((t) => t.strong)).toBe(false);
  });
});

describe('a doing as the subject, then what it means', () => {
  it('"Losing the car means losing independence": the doing ends before "means"', () => {
    const text = 'Losing the car means losing independence.';
    expect(imperativeClauses(text).map(([a, b]) => text.slice(a, b).trim())).toEqual(['Losing the car']);
  });
});

describe('an amount of a thing is the thing', () => {
  it('"Put a cup of white vinegar on the top rack" plainly advises the vinegar, not the cup', () => {
    const terms = sentenceTerms('Put a cup of white vinegar on the top rack.');
    expect(terms.find((t) => t.key === 'w:cup')?.strong).toBe(false);
    expect(terms.find((t) => t.key === 'w:vinegar')?.target).toBe(true);
    expect(terms.some((t) => t.strong && t.key.includes('vinegar'))).toBe(true);
  });
});

describe('what holds a thing, and where it goes, stand for the thing', () => {
  it('"Leave it in front of a fan" plainly advises the fan; "in front of someone" keeps its front', () => {
    expect(strong('Leave it in front of a fan for a day.')).toContain('w:fan');
    expect(strong('Leave it in front of a fan for a day.')).not.toContain('w:front');
    expect(strong("Practice it in front of someone who doesn't know your brother.")).toContain('w:front');
  });
  it('"Put it in a bag of rice overnight" plainly advises the rice, and "overnight" says only when', () => {
    const keys = sentenceTerms('Put it in a bag of rice overnight.').map((t) => t.key);
    expect(strong('Put it in a bag of rice overnight.')).toContain('w:rice');
    expect(strong('Put it in a bag of rice overnight.')).not.toContain('w:bag');
    expect(keys.some((k) => k.includes('overnight'))).toBe(false);
  });
});

describe('who is given a thing is not the thing given', () => {
  it('"Give the squirrels their own feeder" plainly advises the feeder', () => {
    expect(strong('Give the squirrels their own feeder with corn.')).toContain('w:feeder');
    expect(strong('Give the squirrels their own feeder with corn.')).not.toContain('w:squirrel');
    expect(strong('Give the dog a chew toy.')).toContain('p:chew toy');
  });
  it('"Give the printer a static IP" plainly advises the IP', () => {
    expect(strong('Give the printer a static IP.')).not.toContain('w:printer');
  });
});

describe('after an article, "stop" names a kind of thing', () => {
  it('"Agree on a stop signal" advises the signal, not against it', () => {
    const terms = sentenceTerms('Agree on a stop signal before they start, like raising your left hand.');
    expect(terms.find((t) => t.key === 'w:signal')?.negated).toBe(false);
    expect(terms.find((t) => t.key === 'p:stop signal')?.strong).toBe(true);
    // Without the article it is the verb: "Don't stop the signal" still warns.
    expect(sentenceTerms("Don't stop the signal.").find((t) => t.key === 'w:signal')?.negated).toBe(true);
  });
});

describe('what a thing is for is not what is said to help', () => {
  it('"CBT for dental phobia can help" targets the CBT, not the phobia', () => {
    const terms = sentenceTerms('CBT for dental phobia can help.');
    expect(terms.find((t) => t.key === 'c:therapy')?.target).toBe(true);
    expect(terms.find((t) => t.key === 'w:phobia')?.target).toBe(false);
    expect(terms.find((t) => t.key === 'w:humidifi')).toBeUndefined();
    expect(
      sentenceTerms('A humidifier for the bedroom can help.').find((t) => t.key === 'w:bedroom')?.target,
    ).toBe(false);
  });
});

describe('a clause of when after the advice is its setting', () => {
  it('"Only take cash … before you hand over the keys" advises the cash, not the keys', () => {
    const terms = sentenceTerms(
      'Only take cash or a bank transfer that has fully cleared before you hand over the keys.',
    );
    expect(terms.find((t) => t.key === 'w:key')?.setting).toBe(true);
    expect(terms.find((t) => t.key === 'w:cash')?.setting).toBeFalsy();
  });
});

describe('"twice" says how many, never what', () => {
  it('"Bring twice as many snacks" keys the snacks, not "twice"', () => {
    const keys = sentenceTerms('Bring twice as many snacks as you think you need.').map((t) => t.key);
    expect(keys.some((k) => k.includes('twice'))).toBe(false);
    expect(keys).toContain('w:snack');
  });
});

describe('asking the person is talking to them', () => {
  it('"Just ask him, nicely." names the conversation', () => {
    expect(sentenceTerms('Just ask him, nicely.').map((t) => t.key)).toContain('c:conversation');
  });
});

describe('what an expert is seen for is what is advised', () => {
  it('"See your dentist and get a custom night guard" advises the guard; the dentist is the way', () => {
    const terms = sentenceTerms('See your dentist and get a custom night guard.');
    expect(terms.find((t) => t.key === 'c:dentist')?.setting).toBe(true);
    expect(terms.find((t) => t.key === 'p:custom night')?.strong).toBe(true);
  });
  it('"See your doctor for a referral" advises the referral', () => {
    const terms = sentenceTerms('See your doctor for a referral.');
    expect(terms.find((t) => t.key === 'c:doctor')?.setting).toBe(true);
    expect(terms.find((t) => t.key === 'w:referr')?.strong).toBe(true);
  });
});

describe('an instruction naming a thing bare after the condition that opens the sentence', () => {
  it.each([
    ['If it hurts, take ibuprofen.', ['take ibuprofen']],
    [
      'If you stay with pandas, set dtype explicitly, type inference on 2 GB is slow.',
      ['set dtype explicitly'],
    ],
    ['If you are tired, rest is key.', []],
  ])('%s', (sentence, expected) => {
    expect(clauses(sentence)).toEqual(expected);
  });
});

describe('what the answer calls the trick or the key is what it advises', () => {
  it.each([
    ['The trick is repetition.', 'w:repetit'],
    ['The real key is consistency.', 'w:consist'],
  ])('%s', (sentence, key) => {
    expect(sentenceTerms(sentence, true, false).find((t) => t.key === key)?.target).toBe(true);
  });

  it('"The key is in the drawer." advises no drawer', () => {
    expect(
      sentenceTerms('The key is in the drawer.', true, false).find((t) => t.key === 'w:drawer')?.target,
    ).toBeFalsy();
  });
});

describe('a short last clause after the only comma, naming its thing bare, is an instruction', () => {
  it.each([
    ['Your firewall might be blocking the docker0 bridge, check ufw status.', ['check ufw status']],
    ['Chrome is a battery hog, try Edge.', ['try Edge']],
    ['It is the sort of program to intercept voice, video, email IM traffic.', []],
  ])('%s', (sentence, expected) => {
    expect(clauses(sentence)).toEqual(expected);
  });
});

describe('a verb that is also a noun, then only from where', () => {
  it.each([
    [
      'Water from the bottom and let the top dry out, they rot easily.',
      ['Water from the bottom and let the top dry out'],
    ],
    ['Mist from below.', ['Mist from below']],
    ['Water from the tap is fine.', []],
  ])('%s', (sentence, expected) => {
    expect(clauses(sentence)).toEqual(expected);
  });
});

describe('stop 55: the alternative offered, what a layer holds, and the piece said to be missing', () => {
  it('"Get a workout buddy or a class": the class is plainly advised too, not a second modifier', () => {
    expect(plainly('Get a workout buddy or a class.')).toContain('w:class');
    expect(plainly('Take ibuprofen or see a doctor.')).not.toContain('w:see');
  });
  it('"a thick layer of Vaseline" plainly advises the Vaseline; "a thin coat of oil" stays about the coat', () => {
    expect(plainly('Put on a thick layer of Vaseline at bedtime.')).toContain('w:vaselin');
    expect(plainly('Use a thin coat of oil.')).not.toContain('w:oil');
  });
  it('"You\'re missing the dependency array" plainly advises the array; "I\'m missing my old job" nothing', () => {
    expect(plainly("You're missing the dependency array.")).toContain('p:depend array');
    expect(plainly("I'm missing my old job.")).not.toContain('w:job');
  });
  it('"Fair, it does sting" grants a point: "fair" is no key; "Fair play" still is', () => {
    expect(sentenceTerms('Fair, it does sting on open cracks.').map((t) => t.key)).not.toContain('w:fair');
    expect(sentenceTerms('Fair play to him.').map((t) => t.key)).toContain('w:fair');
  });
});

describe('stop 55: a cause said with how sure, what worked, a compound warned off, a key combination', () => {
  it('"That\'s almost certainly the serpentine belt." plainly names the belt; "This is definitely a sad day" nothing', () => {
    expect(plainly("That's almost certainly the serpentine belt.")).toContain('p:serpentin belt');
    expect(plainly('This is definitely a sad day in history.')).toEqual([]);
    expect(plainly("It's probably a thing that's easiest to teach.")).toEqual([]);
  });
  it('"Comotomo was the only one that worked for us too." and "Ctrl+End was the fix for us." name what worked', () => {
    expect(plainly('Comotomo was the only one that worked for us too.')).toContain('w:comotomo');
    expect(plainly('Ctrl+End was the fix for us.')).toContain('k:ctrl+end');
  });
  it('"Ctrl+End" and "ctrl + end" are one key; a table row of shortcuts gives none', () => {
    expect(sentenceTerms('Press ctrl + end to see where the sheet ends.').map((t) => t.key)).toContain(
      'k:ctrl+end',
    );
    expect(sentenceTerms('Next screen         ctrl+a n').map((t) => t.key)).not.toContain('k:ctrl+a+n');
  });
  it('"Don\'t use belt dressing spray." warns off the spray, the compound\'s head, too', () => {
    expect(sentenceTerms("Don't use belt dressing spray.").find((t) => t.key === 'w:spray')?.negated).toBe(
      true,
    );
  });
  it('"Once that really sinks in it gets easier." instructs nothing; "Once a week water the plants deeply." does', () => {
    expect(clauses('Once that really sinks in it gets easier.')).toEqual([]);
    expect(clauses('Once a week water the plants deeply.')).toEqual(['water the plants deeply']);
  });
});

describe('a clause of when says when, not what', () => {
  it.each([
    ["Don't lift the lid while it cooks.", 'cook'],
    ['Soak it for 30 minutes before cooking.', 'cook'],
  ])('"%s" does not advise "%s"', (sentence, stem) => {
    expect(aimsAt(sentence, stem)).toBe(false);
  });
  it('what the reader is to do then still is: "wait 24 hours before you rinse"', () => {
    expect(aimsAt('Wait 24 hours before you rinse.', 'rins')).toBe(true);
  });
  it('three answers saying "cook" only of when are no suggestion of cooking', () => {
    const list = analyzeThread(
      makeThread('My rice always comes out sticky and mushy', [
        ['sara', "Don't lift the lid while it cooks and let it rest for 10 minutes after."],
        ['ulla', 'Cook it like pasta in lots of water and drain it.'],
        ['vince', 'Soak it for 30 minutes before cooking.'],
      ]),
    );
    expect(together(list, 'sara', 'vince')).toBeUndefined();
  });
});

describe('stop 59: a thing named before "are" opens no instruction; "worth asking" does', () => {
  it.each([
    ['Date-only strings are parsed as UTC midnight, and then toString shows it in local time.', 'string'],
    ['Date strings are parsed as UTC midnight.', 'string'],
  ])('"%s" aims at nothing', (sentence, stem) => {
    expect(aimsAt(sentence, stem)).toBe(false);
  });
  it.each([
    ['Check tires are inflated before a long drive.', 'tire'],
    ["Might be worth asking his teacher if it's the same at school.", 'teacher'],
    ['Worth asking his teacher.', 'teacher'],
  ])('"%s" still aims at its thing', (sentence, stem) => {
    expect(aimsAt(sentence, stem)).toBe(true);
  });
  it('guard: "It\'s worth noting that the fuse is fine." aims at nothing', () => {
    expect(aimsAt("It's worth noting that the fuse is fine.", 'fuse')).toBe(false);
  });
});

describe('stop 61: "make sure" and "dont"', () => {
  it('"make sure the valve is all the way open." runs no make', () => {
    expect(sentenceTerms('make sure the valve is all the way open.').map((t) => t.key)).not.toContain(
      'k:$make',
    );
  });
  it('guard: "Run make clean" runs make', () => {
    expect(sentenceTerms('Run make clean').map((t) => t.key)).toContain('k:$make');
  });
  it('"ask yours, dont use your own meds obviously" keys no "dont"', () => {
    expect(sentenceTerms('ask yours, dont use your own meds obviously').map((t) => t.key)).not.toContain(
      'w:dont',
    );
  });
});

describe('stop 63: who writes, and a halt then a step', () => {
  it('"GP here, and I\'d second this." keys no doctor', () => {
    expect(sentenceTerms("GP here, and I'd second this.").map((t) => t.key)).toEqual([]);
  });
  it('guard: "Magnesium here too, and it helped." keys magnesium', () => {
    expect(sentenceTerms('Magnesium here too, and it helped.').map((t) => t.key)).toContain('c:electrolyte');
  });
  it.each(['Stop and get assessed.', 'If it tingles down your arm, stop and see a physio.'])(
    '"%s" negates nothing it names',
    (s) => {
      expect(sentenceTerms(s).filter((t) => t.negated)).toEqual([]);
    },
  );
  it('guard: "Don\'t cut and paste the code" negates both verbs', () => {
    const negated = sentenceTerms("Don't cut and paste the code")
      .filter((t) => t.negated)
      .map((t) => t.key);
    expect(negated).toEqual(expect.arrayContaining(['w:cut', 'w:past']));
  });
});

describe('stop 63: a comma between describing words ends no clause', () => {
  const clauses = (s: string) => imperativeClauses(s).map(([a, b]) => s.slice(a, b));
  it.each([
    'Set a simple, specific rule rather than drink less.',
    'Ask your supervisor for shorter, more frequent deadlines.',
  ])('"%s" is one clause', (s) => {
    expect(clauses(s)).toEqual([s.replace(/\.$/, '')]);
  });
  it.each([
    ['Get a towel, wipe it down.', ['Get a towel', 'wipe it down']],
    [
      'Roll up some newspaper, light it and hold it near the flue.',
      ['Roll up some newspaper', 'light it and hold it near the flue'],
    ],
  ])('guard: "%s" is cut at its comma', (s, first) => {
    expect(clauses(s).slice(0, 2)).toEqual(first);
  });
});
