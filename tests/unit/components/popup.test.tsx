// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '@/components/PopupApp';
import type { PopupHost } from '@/components/popup-host';
import type { HighlightState, ListedHighlight } from '@/lib/highlight/types';
import type { FoldedSummary, SuggestionView, TabView } from '@/lib/messaging/protocol';
import type { Supporter } from '@/lib/model';

type FakeHost = PopupHost & {
  openPost: ReturnType<typeof vi.fn>;
  copyText: ReturnType<typeof vi.fn>;
  close: ReturnType<typeof vi.fn>;
  analyseAnyway: ReturnType<typeof vi.fn>;
  allowHost: ReturnType<typeof vi.fn>;
  setHighlights: ReturnType<typeof vi.fn>;
  deleteHighlight: ReturnType<typeof vi.fn>;
  loadFoldedReplies: ReturnType<typeof vi.fn>;
};

function host(
  views: (TabView | Error)[],
  tabId: number | null = 4,
  page: { state?: HighlightState | null; highlights?: ListedHighlight[]; folded?: FoldedSummary[] } = {},
): FakeHost {
  let f = 0;
  let i = 0;
  return {
    resolveTabId: async () => tabId,
    getTabView: async () => {
      const view = views[Math.min(i++, views.length - 1)]!;
      if (view instanceof Error) throw view;
      return view;
    },
    openPost: vi.fn(async () => undefined),
    getSuggestions: async () =>
      ready.suggestions.map(({ supporterCount: _, ...s }, i) =>
        i === 1
          ? { ...s, supporters: ['4', '5', '6', '7', '8', '10'].map((id) => supporter(id, `u${id}`)) }
          : s,
      ),
    analyseAnyway: vi.fn(async () => true),
    copyText: vi.fn(async () => undefined),
    openLibrary: vi.fn(async () => undefined),
    close: vi.fn(() => undefined),
    hostAllowed: async () => false,
    allowHost: vi.fn(async (_host: string, allow: boolean) => allow),
    highlightState: async () => page.state ?? null,
    setHighlights: vi.fn(async (_tab: number, enabled: boolean) => enabled),
    listHighlights: async () => page.highlights ?? [],
    deleteHighlight: vi.fn(async () => true),
    foldedReplies: async () => {
      const list = page.folded ?? [];
      return list.length === 0 ? null : list[Math.min(f, list.length - 1)]!;
    },
    loadFoldedReplies: vi.fn(async () => {
      f++;
      return 1;
    }),
  };
}

function supporter(postId: string, author: string, stance: 'for' | 'against' = 'for'): Supporter {
  return {
    postId,
    author,
    permalink: `https://ask.metafilter.com/1/q#${postId}`,
    quote: `${author} says so.`,
    stance,
  };
}

const ready: Extract<TabView, { status: 'ready' }> = {
  status: 'ready',
  thread: {
    id: 't',
    site: 'metafilter' as const,
    siteName: 'MetaFilter',
    scoreNoun: 'favorites',
    url: 'https://ask.metafilter.com/1/q',
    knownHost: true,
    title: 'How do I fix it?',
    answers: 12,
    savedAt: 0,
    kind: 'question',
  },
  people: 9,
  suggestions: [
    {
      id: 's1',
      label: 'restart it',
      score: 3,
      stance: 'mixed',
      people: 2,
      votes: 5,
      supporters: [supporter('2', 'ann'), supporter('3', 'bo'), supporter('9', 'cy', 'against')],
      supporterCount: 3,
    },
    {
      id: 's2',
      label: 'replace the fuse',
      score: 2,
      stance: 'for',
      people: 6,
      votes: 0,
      supporters: ['4', '5', '6', '7'].map((id) => supporter(id, `u${id}`)),
      supporterCount: 6,
    },
  ],
};

afterEach(cleanup);

describe('the popup', () => {
  it("shows the thread's title, site, answer count and the ranked suggestions", async () => {
    render(<PopupApp host={host([ready])} />);
    expect(await screen.findByRole('heading', { name: 'How do I fix it?' })).toBeTruthy();
    const status = screen.getByTestId('thread-status').textContent;
    expect(status).toContain('MetaFilter');
    expect(status).toContain('2 suggestions from 9 people');
    expect(screen.getByTestId('answer-count').textContent).toBe('12');
    expect(screen.getAllByTestId('suggestion-label').map((e) => e.textContent)).toEqual([
      'restart it',
      'replace the fuse',
    ]);
    expect(screen.getAllByTestId('suggestion')[0]!.textContent).toContain('5 favorites');
  });

  it('says so when the thread asks no question, and only then', async () => {
    const discussion = {
      ...ready,
      thread: { ...ready.thread, title: 'Bob Dylan wins the Nobel', kind: 'discussion' as const },
    };
    render(<PopupApp host={host([discussion])} />);
    expect((await screen.findByTestId('discussion-note')).textContent).toContain('asks no question');
    cleanup();
    render(<PopupApp host={host([ready])} />);
    await screen.findByRole('heading', { name: 'How do I fix it?' });
    expect(screen.queryByTestId('discussion-note')).toBeNull();
  });

  it('marks mixed opinions and names who argued against', async () => {
    render(<PopupApp host={host([ready])} />);
    const mixed = await screen.findByTestId('mixed');
    expect(mixed.textContent).toMatch(/mixed opinions: cy argued against/);
  });

  it('shows advice everyone gives as a warning as one, with the people who gave it', async () => {
    const warning: SuggestionView = {
      id: 's3',
      label: "Don't use ice",
      score: 2,
      stance: 'against',
      people: 2,
      votes: 0,
      supporters: [supporter('10', 'di', 'against'), supporter('11', 'ed', 'against')],
      supporterCount: 2,
    };
    render(<PopupApp host={host([{ ...ready, suggestions: [...ready.suggestions, warning] }])} />);
    const item = (await screen.findAllByTestId('suggestion'))[2]!;
    expect(item.textContent).toContain("Don't use ice");
    expect(item.textContent).toContain('2 people');
    expect(item.querySelector('[data-testid=warning]')!.textContent).toContain('a warning');
    // Everyone in a warning is against the thing: no one is singled out as a critic.
    expect(item.querySelector('[data-testid=mixed]')).toBeNull();
    expect(item.textContent).not.toContain('(against)');
  });

  it('folds long supporter lists and unfolds them on request', async () => {
    render(<PopupApp host={host([ready])} />);
    const second = (await screen.findAllByTestId('suggestion'))[1]!;
    expect(second.querySelectorAll('[data-testid=supporter-link]')).toHaveLength(3);
    const more = screen.getByRole('button', { name: 'Show 3 more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    // The first view carries four supporters; the rest are fetched on demand.
    await waitFor(() => expect(second.querySelectorAll('[data-testid=supporter-link]')).toHaveLength(6));
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows each quote from a little before the words it shares with the label, those words in bold', async () => {
    const long =
      'When the lights went out and nothing else in the kitchen would come back on, I had to replace the fuse twice.';
    const view: TabView = {
      ...ready,
      suggestions: [
        {
          ...ready.suggestions[1]!,
          supporters: [{ ...supporter('4', 'u4'), quote: long }],
          supporterCount: 1,
          people: 1,
        },
      ],
    };
    render(<PopupApp host={host([view])} />);
    await screen.findByText('u4');
    const quote = document.querySelector('.supporter .quote') as HTMLElement;
    expect(quote.textContent!.startsWith('… ')).toBe(true);
    expect(quote.textContent!.endsWith('I had to replace the fuse twice.')).toBe(true);
    expect([...quote.querySelectorAll('b')].map((b) => b.textContent)).toEqual(['replace', 'fuse']);
    // The whole sentence is a hover away.
    expect(quote.getAttribute('title')).toBe(long);
  });

  it('links every supporter to its answer and asks the host to bring it into view on click', async () => {
    const h = host([ready]);
    render(<PopupApp host={h} />);
    const links = await screen.findAllByTestId('supporter-link');
    expect(links[0]!.getAttribute('href')).toBe('https://ask.metafilter.com/1/q#2');
    fireEvent.click(links[1]!);
    expect(h.openPost).toHaveBeenCalledWith(4, '3', 'https://ask.metafilter.com/1/q#3');
  });

  it('moves between suggestions with the arrow keys and opens one with Enter', async () => {
    const h = host([ready]);
    render(<PopupApp host={h} />);
    const items = await screen.findAllByTestId('suggestion');
    items[0]!.focus();
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'Enter' });
    expect(h.openPost).toHaveBeenCalledWith(4, '2', 'https://ask.metafilter.com/1/q#2');
  });

  it('lists what one person said under its own heading, ranks continuing, arrows crossing over', async () => {
    const view = {
      ...ready,
      suggestions: [
        ready.suggestions[0]!,
        { ...ready.suggestions[1]!, id: 's3', label: 'check the breaker', people: 1, supporterCount: 1 },
        { ...ready.suggestions[1]!, id: 's4', label: 'call an electrician', people: 1, supporterCount: 1 },
      ],
    };
    render(<PopupApp host={host([view])} />);
    const heading = await screen.findByRole('heading', { name: 'Said by one person' });
    const items = screen.getAllByTestId('suggestion');
    expect(items.map((e) => e.querySelector('[data-testid=suggestion-label]')!.textContent)).toEqual([
      'restart it',
      'check the breaker',
      'call an electrician',
    ]);
    // The heading stands between the consensus and the one-offs.
    expect(items[0]!.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(heading.compareDocumentPosition(items[1]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(items[1]!.querySelector('.rank')!.textContent).toBe('2');
    items[0]!.focus();
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
  });

  it('has no such heading when every suggestion was given by several people', async () => {
    render(<PopupApp host={host([ready])} />);
    await screen.findAllByTestId('suggestion');
    expect(screen.queryByRole('heading', { name: 'Said by one person' })).toBeNull();
  });

  it('closes on Escape', async () => {
    const h = host([ready]);
    render(<PopupApp host={h} />);
    await screen.findAllByTestId('suggestion');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(h.close).toHaveBeenCalled();
  });

  it('copies the list as Markdown with a link to every answer', async () => {
    const h = host([ready]);
    render(<PopupApp host={h} />);
    fireEvent.click(await screen.findByTestId('copy-markdown'));
    await waitFor(() => expect(screen.getByText('Copied')).toBeTruthy());
    const md = h.copyText.mock.calls[0]![0] as string;
    expect(md).toContain('# [How do I fix it?](https://ask.metafilter.com/1/q)');
    expect(md).toContain('1. **restart it** (mixed opinions): 2 people');
    expect(md).toContain('   - [bo](https://ask.metafilter.com/1/q#3): “bo says so.”');
    expect(md).toContain('   - [cy](https://ask.metafilter.com/1/q#9) (against): “cy says so.”');
  });

  it('says plainly when the page is not a thread, and can analyse it anyway', async () => {
    const h = host([{ status: 'not-thread' }, ready]);
    render(<PopupApp host={h} />);
    await waitFor(() =>
      expect(screen.getByTestId('thread-status').textContent).toMatch(/not a discussion thread/),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Analyse this page anyway' }));
    expect(h.analyseAnyway).toHaveBeenCalledWith(4);
    expect(await screen.findByRole('heading', { name: 'How do I fix it?' })).toBeTruthy();
  });

  it('says so when analysing anyway finds nothing', async () => {
    const h = host([{ status: 'not-thread' }]);
    render(<PopupApp host={h} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Analyse this page anyway' }));
    await waitFor(() =>
      expect(screen.getByTestId('thread-status').textContent).toMatch(/found no discussion thread/),
    );
  });

  it('shows progress while a long thread is analysed, then the list', async () => {
    const h = host([{ status: 'analysing', title: 'Big thread', answers: 1500 }, ready]);
    render(<PopupApp host={h} pollMs={5} />);
    await waitFor(() =>
      expect(screen.getByTestId('thread-status').textContent).toBe('Analysing 1,500 answers…'),
    );
    expect(await screen.findByRole('heading', { name: 'How do I fix it?' })).toBeTruthy();
  });

  it('says it is reading a thread the page has not reported yet, then shows its list', async () => {
    const h = host([{ status: 'reading' }, { status: 'reading' }, ready]);
    render(<PopupApp host={h} pollMs={5} />);
    await waitFor(() => expect(screen.getByTestId('thread-status').textContent).toBe('Reading this thread…'));
    expect(await screen.findByRole('heading', { name: 'How do I fix it?' })).toBeTruthy();
  });

  it('asks again for a moment after "not a thread": the page may report just after the popup opens', async () => {
    const h = host([{ status: 'not-thread' }, { status: 'not-thread' }, ready]);
    render(<PopupApp host={h} pollMs={5} />);
    expect(await screen.findByRole('heading', { name: 'How do I fix it?' })).toBeTruthy();
  });

  it('stops asking once the moment has passed', async () => {
    const views: TabView[] = [{ status: 'not-thread' }];
    const h = host(views);
    const asked = vi.spyOn(h, 'getTabView');
    render(<PopupApp host={h} pollMs={5} graceMs={30} />);
    await waitFor(() =>
      expect(screen.getByTestId('thread-status').textContent).toMatch(/not a discussion thread/),
    );
    await new Promise((r) => setTimeout(r, 120));
    const count = asked.mock.calls.length;
    await new Promise((r) => setTimeout(r, 120));
    expect(asked.mock.calls.length).toBe(count);
  });

  it('offers to keep Threadwise on for a site it reached only on request', async () => {
    const h = host([
      { ...ready, thread: { ...ready.thread, url: 'https://forum.example.org/t/1', knownHost: false } },
    ]);
    render(<PopupApp host={h} />);
    const box = await screen.findByRole('checkbox', { name: 'Always analyse pages on forum.example.org' });
    fireEvent.click(box);
    expect(h.allowHost).toHaveBeenCalledWith('forum.example.org', true);
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
  });

  it('does not offer it on the sites it knows', async () => {
    render(<PopupApp host={host([ready])} />);
    await screen.findAllByTestId('suggestion');
    expect(screen.queryByTestId('always-on')).toBeNull();
  });

  it('turns the page highlights off and on', async () => {
    const h = host([ready], 4, { state: { enabled: true, advice: 9, saved: 0, orphans: [] } });
    render(<PopupApp host={h} />);
    const box = (await screen.findByRole('checkbox', {
      name: 'Highlight advice on the page',
    })) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(h.setHighlights).toHaveBeenCalledWith(4, false);
    await waitFor(() => expect(box.checked).toBe(false));
  });

  it('says how many replies the page folds away, and loads them only when asked, then shows the longer thread', async () => {
    const longer = { ...ready, thread: { ...ready.thread, answers: 15 } };
    const h = host([ready, ready, longer], 4, {
      folded: [
        { controls: 2, replies: 3 },
        { controls: 0, replies: 0 },
      ],
    });
    render(<PopupApp host={h} followMs={5} />);
    const note = await screen.findByTestId('folded-replies');
    expect(note.textContent).toMatch(/^3 more replies are folded on the page and not in this list\./);
    expect(h.loadFoldedReplies).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Load them' }));
    expect(h.loadFoldedReplies).toHaveBeenCalledWith(4);
    await waitFor(() => expect(screen.getByTestId('answer-count').textContent).toBe('15'));
    await waitFor(() => expect(screen.queryByTestId('folded-replies')).toBeNull());
  });

  it('says nothing of folded replies when the page has none it can load in place', async () => {
    render(<PopupApp host={host([ready], 4, { folded: [{ controls: 0, replies: 0 }] })} />);
    await screen.findAllByTestId('suggestion');
    expect(screen.queryByTestId('folded-replies')).toBeNull();
  });

  it('has no highlight toggle when the page does not answer', async () => {
    render(<PopupApp host={host([ready])} />);
    await screen.findAllByTestId('suggestion');
    expect(screen.queryByTestId('highlight-toggle')).toBeNull();
  });

  it("lists the reader's highlights, says which the page could not place, and deletes one", async () => {
    const saved = (id: string, quote: string, status: ListedHighlight['status']): ListedHighlight => ({
      id,
      threadId: 't',
      postId: '2',
      quote,
      prefix: '',
      suffix: '',
      start: 0,
      end: quote.length,
      createdAt: 1,
      status,
    });
    const h = host([ready], 4, {
      highlights: [saved('h1', 'Restart it first.', 'placed'), saved('h2', 'Gone now.', 'orphan')],
    });
    render(<PopupApp host={h} />);
    const items = await screen.findAllByTestId('your-highlight');
    expect(items.map((li) => li.textContent)).toEqual([
      '“Restart it first.”Delete',
      '“Gone now.” (not found on this page)Delete',
    ]);
    fireEvent.click(screen.getByRole('button', { name: '“Restart it first.”' }));
    expect(h.openPost).toHaveBeenCalledWith(4, '2', 'https://ask.metafilter.com/1/q');
    fireEvent.click(screen.getByRole('button', { name: 'Delete the highlight “Gone now.”' }));
    expect(h.deleteHighlight).toHaveBeenCalledWith('h2');
    await waitFor(() => expect(screen.getAllByTestId('your-highlight')).toHaveLength(1));
  });

  it('paints the top of a long list first, then every suggestion', async () => {
    const many = Array.from({ length: 45 }, (_, i) => ({
      ...ready.suggestions[1]!,
      id: `m${i}`,
      label: `suggestion ${i + 1}`,
    }));
    render(<PopupApp host={host([{ ...ready, suggestions: many }])} />);
    await waitFor(() => expect(screen.getAllByTestId('suggestion')).toHaveLength(45));
    expect(screen.getAllByTestId('suggestion-label').map((l) => l.textContent)).toEqual(
      many.map((m) => m.label),
    );
  });

  it('says when no advice was found', async () => {
    render(<PopupApp host={host([{ ...ready, suggestions: [] }])} />);
    await waitFor(() => expect(screen.getByTestId('thread-status').textContent).toContain('no advice found'));
    expect(screen.queryAllByTestId('suggestion')).toHaveLength(0);
  });

  it('shows a failed save (a full disk) in plain words, with the detail on demand', async () => {
    render(
      <PopupApp
        host={host([
          {
            status: 'error',
            message: 'Your browser has no room left for Threadwise.',
            detail: 'QuotaExceededError: full',
          },
        ])}
      />,
    );
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Your browser has no room left for Threadwise.'),
    );
    expect(screen.getByText('QuotaExceededError: full')).toBeTruthy();
  });

  it('shows a plain error with the detail on demand', async () => {
    render(<PopupApp host={host([new Error('Could not establish connection')])} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/could not read this tab/));
    expect(screen.getByText('Could not establish connection')).toBeTruthy();
  });

  it('never follows a link that is not http(s)', async () => {
    const hostile: TabView = {
      ...ready,
      suggestions: [
        {
          ...ready.suggestions[0]!,
          supporters: [
            {
              ...supporter('2', 'x'),
              permalink: 'javascript:alert(1)',
              quote: '<img src=x onerror=alert(1)>',
            },
          ],
        },
      ],
    } as TabView;
    render(<PopupApp host={host([hostile])} />);
    const link = await screen.findByTestId('supporter-link');
    expect(link.getAttribute('href')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  describe("the asker's word on an answer", () => {
    const vouched = (
      accepted: Supporter['accepted'],
      site: 'metafilter' | 'discourse' | 'reddit' = 'metafilter',
    ) =>
      ({
        ...ready,
        thread: { ...ready.thread, site },
        suggestions: [
          {
            ...ready.suggestions[1]!,
            // The vouched-for answer comes sixth: past the fold, yet in view.
            supporters: [
              ...['4', '5', '6', '7', '8'].map((id) => supporter(id, `u${id}`)),
              { ...supporter('10', 'u10'), accepted },
            ],
          },
        ],
      }) as TabView;

    it("marks the answer the site calls best (or the solution) in the site's own words, folded or not", async () => {
      render(<PopupApp host={host([vouched({ by: 'site' })])} />);
      const tag = await screen.findByTestId('accepted');
      expect(tag.textContent).toBe('✓ best answer');
      expect(tag.closest('.supporter')!.querySelector('[data-testid=supporter-link]')!.textContent).toBe(
        'u10',
      );
      // Three before the fold, and the vouched-for one.
      expect(document.querySelectorAll('[data-testid=supporter-link]')).toHaveLength(4);
      expect(screen.getByRole('button', { name: 'Show 2 more' })).toBeTruthy();
      cleanup();
      render(<PopupApp host={host([vouched({ by: 'site' }, 'discourse')])} />);
      expect((await screen.findByTestId('accepted')).textContent).toBe('✓ solution');
    });

    it("links to the asker's reply saying it worked, quotes it on hover, and scrolls the tab to it on click", async () => {
      const reply = {
        postId: '11',
        permalink: 'https://www.reddit.com/r/x/comments/1/q/11/',
        quote: 'That was it, thank you <b>so</b> much!',
      };
      const h = host([vouched({ by: 'asker', reply }, 'reddit')]);
      render(<PopupApp host={h} />);
      const tag = await screen.findByTestId('asker-confirmed');
      expect(tag.textContent).toBe('✓ worked for the asker');
      expect(tag.getAttribute('href')).toBe(reply.permalink);
      expect(tag.getAttribute('title')).toBe('The asker replied: “That was it, thank you <b>so</b> much!”');
      fireEvent.click(tag);
      expect(h.openPost).toHaveBeenCalledWith(4, '11', reply.permalink);
    });

    it('marks no answer the asker did not vouch for', async () => {
      render(<PopupApp host={host([ready])} />);
      await screen.findAllByTestId('suggestion');
      expect(screen.queryByTestId('accepted')).toBeNull();
      expect(screen.queryByTestId('asker-confirmed')).toBeNull();
    });
  });
});
