/**
 * Time from opening the popup to its suggestion list painted: from the popup script's first line
 * (`threadwise:popup-start`) and from the page's navigation start, to `threadwise:list-painted`
 * (the frame after the list is committed), on the seed-sized thread and on a
 * generated 1,000-answer thread, with the built extension in Chromium.
 */
import { launch, readStore, tabIdOf, waitFor } from '@/lib/cli/chromium';
import type { Figure } from '../types';
import { metafilterThreadPage } from '../generate';

const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(): Promise<Figure[]> {
  const threads = [
    { answers: 21, url: 'https://ask.metafilter.com/910021/Bench-thread-21' },
    { answers: 1000, url: 'https://ask.metafilter.com/911000/Bench-thread-1000' },
  ];
  const site = await launch(
    threads.map((t) => ({ url: t.url, body: metafilterThreadPage(t.url, t.answers) })),
  );
  const figures: Figure[] = [];
  try {
    for (const t of threads) {
      const page = await site.context.newPage();
      await page.goto(t.url);
      await waitFor(
        async () =>
          (await readStore<{ url: string }>(site, 'threads')).some((r) => r.url === t.url) ? true : undefined,
        t.url,
        60_000,
      );
      const tabId = await tabIdOf(site, page);
      const times: number[] = [];
      const fromScript: number[] = [];
      let count = 0;
      for (let i = 0; i < RUNS; i++) {
        const popup = await site.context.newPage();
        await popup.goto(`chrome-extension://${site.extensionId}/popup.html?tabId=${tabId}`);
        await popup.waitForFunction(
          () => performance.getEntriesByName('threadwise:list-painted').length > 0,
          undefined,
          {
            timeout: 10_000,
          },
        );
        const [start, painted] = await popup.evaluate(() => [
          performance.getEntriesByName('threadwise:popup-start')[0]!.startTime,
          performance.getEntriesByName('threadwise:list-painted')[0]!.startTime,
        ]);
        times.push(painted!);
        fromScript.push(painted! - start!);
        count = await popup.getByTestId('suggestion').count();
        await popup.close();
      }
      figures.push(
        {
          name: `popup script start → list painted, ${t.answers} answers (${count} suggestions)`,
          value: median(fromScript),
          unit: 'ms',
          target: 100,
        },
        {
          name: `popup navigation start → list painted, ${t.answers} answers`,
          value: median(times),
          unit: 'ms',
        },
      );
      await page.close();
    }
  } finally {
    await site.close();
  }
  return figures;
}
