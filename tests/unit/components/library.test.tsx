// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryApp } from '@/components/library/LibraryApp';
import type { LibraryHost } from '@/components/library/library-host';
import type { LibraryThread, LibraryThreadDetail } from '@/lib/search/library-types';
import type { SearchResult } from '@/lib/search/types';
import { ImportError } from '@/lib/db/export';

const DAY = 86_400_000;
const now = Date.now();

function row(id: string, title: string, host: string, savedAt: number, answers: number): LibraryThread {
  return {
    id,
    site: host.includes('stackexchange') ? 'stackexchange' : 'metafilter',
    host,
    url: `https://${host}/${id}/t`,
    title,
    answers,
    suggestions: 2,
    highlights: 0,
    askedAt: '2025-01-01T00:00:00.000Z',
    savedAt,
    updatedAt: savedAt,
  };
}

const threads = [
  row('1', 'Sourdough starter', 'ask.metafilter.com', now - 2 * DAY, 9),
  row('2', 'Bike chain', 'bicycles.stackexchange.com', now - 40 * DAY, 30),
  row('3', 'Fern care', 'ask.metafilter.com', now - 400 * DAY, 4),
];

const detail: LibraryThreadDetail = {
  thread: {
    id: '1',
    site: 'metafilter',
    url: 'https://ask.metafilter.com/1/t',
    title: 'Sourdough starter',
    question: {
      id: 'q',
      author: 'asker',
      permalink: 'https://ask.metafilter.com/1/t',
      text: 'How?',
      score: null,
      accepted: false,
      time: null,
      parentId: null,
      deleted: false,
    },
    answers: [
      {
        id: '101',
        author: 'crumbwise',
        permalink: 'https://ask.metafilter.com/1/t#101',
        text: 'Put it in the <b>fridge</b>.',
        score: 4,
        accepted: false,
        time: null,
        parentId: null,
        deleted: false,
      },
      {
        id: '102',
        author: 'mallory',
        permalink: 'javascript:alert(1)',
        text: 'Click me.',
        score: null,
        accepted: false,
        time: null,
        parentId: null,
        deleted: false,
      },
    ],
  },
  suggestions: [],
  highlights: [],
  kind: 'question',
  savedAt: now,
  updatedAt: now,
};

const result: SearchResult = {
  id: 'r1',
  threadId: '1',
  threadTitle: 'Sourdough starter',
  site: 'metafilter',
  kind: 'answer',
  author: 'crumbwise',
  permalink: 'https://ask.metafilter.com/1/t#101',
  score: 3,
  title: [{ text: 'Sourdough starter', match: false }],
  snippet: [
    { text: 'Put it in the ', match: false },
    { text: 'fridge', match: true },
    { text: ' <img src=x onerror=alert(1)>', match: false },
  ],
};

function host(over: Partial<LibraryHost> = {}) {
  const base = {
    listThreads: vi.fn(async () => threads),
    getThread: vi.fn(async () => detail),
    deleteThread: vi.fn(async () => undefined),
    search: vi.fn(async () => [result]),
    exportLibrary: vi.fn(async () => ({
      app: 'threadwise' as const,
      format: 1,
      exportedAt: '',
      threads: [],
    })),
    importLibrary: vi.fn(async () => ({
      threadsAdded: 2,
      threadsUpdated: 0,
      postsAdded: 10,
      highlightsAdded: 0,
      changed: [],
    })),
    storageEstimate: vi.fn(async () => ({ usage: 10_000_000, quota: 100_000_000 })),
    download: vi.fn(),
  };
  // Overrides replace mocks only in tests that do not inspect them.
  return { ...base, ...over } as typeof base;
}

/** One stored suggestion: the fridge, from crumbwise's answer. */
const fridge = {
  id: 's1',
  label: 'Fridge',
  score: 1,
  stance: 'for' as const,
  people: 2,
  votes: 4,
  supporters: [
    {
      postId: '101',
      author: 'crumbwise',
      permalink: 'https://ask.metafilter.com/1/t#101',
      quote: 'Put it in the fridge.',
      stance: 'for' as const,
    },
  ],
};

afterEach(cleanup);

const titles = () => screen.getAllByTestId('thread-row').map((r) => r.querySelector('button')?.textContent);

describe('the library page', () => {
  it('lists every thread with its site, date, answers and suggestions; sorts and filters', async () => {
    render(<LibraryApp host={host()} debounceMs={0} />);
    await waitFor(() => expect(screen.getAllByTestId('thread-row')).toHaveLength(3));
    expect(titles()).toEqual(['Sourdough starter', 'Bike chain', 'Fern care']);
    const first = screen.getAllByTestId('thread-row')[0]!;
    expect(first.textContent).toContain('ask.metafilter.com');
    expect(first.textContent).toContain('9 answers');
    expect(first.textContent).toContain('2 suggestions');

    fireEvent.change(screen.getByTestId('sort'), { target: { value: 'answers' } });
    expect(titles()).toEqual(['Bike chain', 'Sourdough starter', 'Fern care']);
    fireEvent.change(screen.getByTestId('filter-site'), { target: { value: 'ask.metafilter.com' } });
    expect(titles()).toEqual(['Sourdough starter', 'Fern care']);
    fireEvent.change(screen.getByTestId('filter-date'), { target: { value: '30' } });
    expect(titles()).toEqual(['Sourdough starter']);
  });

  it('searches as the reader types and shows marked snippets as text, linking to the answer', async () => {
    const h = host();
    render(<LibraryApp host={h} debounceMs={0} />);
    fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'fridg' } });
    const hit = await screen.findByTestId('search-result');
    expect(h.search).toHaveBeenLastCalledWith({
      query: 'fridg',
      filters: { site: null, adviceOnly: false, highlightsOnly: false },
      limit: 30,
    });
    expect(hit.querySelector('a')?.getAttribute('href')).toBe('https://ask.metafilter.com/1/t#101');
    expect([...hit.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['fridge']);
    // Page text stays text: no element was made from it.
    expect(hit.querySelector('img')).toBeNull();
    expect(hit.textContent).toContain('<img src=x onerror=alert(1)>');

    fireEvent.click(screen.getByLabelText(/Only advice/));
    await waitFor(() =>
      expect(h.search).toHaveBeenLastCalledWith(
        expect.objectContaining({ filters: { site: null, adviceOnly: true, highlightsOnly: false } }),
      ),
    );
  });

  it('opens a thread with its answers linked, never to a non-http link, and deletes it after confirming', async () => {
    const h = host();
    render(<LibraryApp host={h} debounceMs={0} />);
    await waitFor(() => expect(screen.getAllByTestId('thread-row')).toHaveLength(3));
    fireEvent.click(screen.getByText('Sourdough starter'));
    const view = await screen.findByTestId('thread-view');
    const answers = within(view).getAllByTestId('answer');
    expect(answers[0]!.querySelector('a')?.getAttribute('href')).toBe('https://ask.metafilter.com/1/t#101');
    expect(answers[0]!.textContent).toContain('Put it in the <b>fridge</b>.');
    expect(answers[1]!.querySelector('a')?.hasAttribute('href')).toBe(false);

    fireEvent.click(screen.getByTestId('export-markdown'));
    expect(h.download).toHaveBeenCalledWith(
      'sourdough-starter.md',
      expect.stringContaining('crumbwise'),
      'text/markdown',
    );

    fireEvent.click(screen.getByTestId('delete-thread'));
    expect(h.deleteThread).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('confirm-delete'));
    await waitFor(() => expect(h.deleteThread).toHaveBeenCalledWith('1'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Deleted'));
  });

  it('says of a discussion that its list is what the replies bring up, and not of a question', async () => {
    const suggestion = fridge;
    const asked = { ...detail, suggestions: [suggestion] };
    const shared = {
      ...asked,
      kind: 'discussion' as const,
      thread: {
        ...detail.thread,
        site: 'hackernews' as const,
        url: 'https://news.ycombinator.com/item?id=1',
        title: 'A database for 2022',
        question: { ...detail.thread.question, text: '' },
      },
    };
    render(<LibraryApp host={host({ getThread: vi.fn(async () => shared) })} debounceMs={0} />);
    await waitFor(() => expect(screen.getAllByTestId('thread-row')).toHaveLength(3));
    fireEvent.click(screen.getByText('Sourdough starter'));
    expect((await screen.findByTestId('discussion-note')).textContent).toContain('asks no question');
    cleanup();
    render(<LibraryApp host={host({ getThread: vi.fn(async () => asked) })} debounceMs={0} />);
    await waitFor(() => expect(screen.getAllByTestId('thread-row')).toHaveLength(3));
    fireEvent.click(screen.getByText('Sourdough starter'));
    await screen.findByTestId('thread-view');
    expect(screen.queryByTestId('discussion-note')).toBeNull();
    // The quote in full, the word it shares with the label in bold.
    const quote = document.querySelector('.thread-view .quote') as HTMLElement;
    expect(quote.textContent).toBe('Put it in the fridge.');
    expect([...quote.querySelectorAll('b')].map((b) => b.textContent)).toEqual(['fridge']);
  });

  it("shows the asker's word on an answer: the site's mark by name, the asker's reply as a link that opens it", async () => {
    const answers = detail.thread.answers;
    const marked = {
      ...detail,
      thread: { ...detail.thread, answers: [{ ...answers[0]!, accepted: true }, answers[1]!] },
      suggestions: [
        {
          ...fridge,
          supporters: [
            { ...fridge.supporters[0]!, accepted: { by: 'site' as const } },
            {
              postId: '103',
              author: 'levain',
              permalink: 'https://ask.metafilter.com/1/t#103',
              quote: 'The fridge, fed first.',
              stance: 'for' as const,
              accepted: {
                by: 'asker' as const,
                reply: { postId: '104', permalink: 'javascript:alert(1)', quote: 'That worked!' },
              },
            },
          ],
        },
      ],
    };
    render(<LibraryApp host={host({ getThread: vi.fn(async () => marked) })} debounceMs={0} />);
    await waitFor(() => expect(screen.getAllByTestId('thread-row')).toHaveLength(3));
    fireEvent.click(screen.getByText('Sourdough starter'));
    const view = await screen.findByTestId('thread-view');
    expect(within(view).getByTestId('accepted').textContent).toBe('✓ best answer');
    const reply = within(view).getByTestId('asker-confirmed');
    expect(reply.getAttribute('title')).toBe('The asker replied: “That worked!”');
    // Stored data never becomes a script link.
    expect(reply.hasAttribute('href')).toBe(false);
    expect(within(view).getAllByTestId('answer')[0]!.querySelector('.meta')!.textContent).toContain(
      '✓ best answer',
    );
  });

  it('warns before the storage quota runs out, and not before', async () => {
    render(<LibraryApp host={host({ storageEstimate: async () => ({ usage: 85, quota: 100 }) })} />);
    expect(await screen.findByTestId('storage-warning')).toBeTruthy();
    cleanup();
    render(<LibraryApp host={host({ storageEstimate: async () => ({ usage: 70, quota: 100 }) })} />);
    await screen.findByTestId('storage');
    expect(screen.queryByTestId('storage-warning')).toBeNull();
  });

  it('exports the library as a JSON file and reports an import, or why a file was refused', async () => {
    const h = host();
    render(<LibraryApp host={h} />);
    fireEvent.click(screen.getByTestId('export-library'));
    await waitFor(() => expect(h.download).toHaveBeenCalled());
    const [name, text, type] = h.download.mock.calls[0] as unknown as [string, string, string];
    expect(name).toMatch(/^threadwise-library-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text)).toMatchObject({ app: 'threadwise', format: 1 });
    expect(type).toBe('application/json');

    const input = screen.getByTestId('import-library') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['{}'], 'lib.json')] } });
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('2 new threads'));

    h.importLibrary.mockRejectedValueOnce(
      new ImportError('Not a Threadwise library file: it is not valid JSON.'),
    );
    fireEvent.change(input, { target: { files: [new File(['nope'], 'bad.json')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Nothing was imported'));
    expect(screen.getByRole('alert').textContent).toContain('not valid JSON');
  });
});
