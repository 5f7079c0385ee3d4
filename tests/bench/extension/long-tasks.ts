/**
 * Long tasks on a generated 5,000-comment Ask MetaFilter thread: the page with the extension
 * against the same page alone, and the longest uninterrupted stretch of the extension's own code
 * (from a CPU profile of the page's thread; a long task does not say whose code it ran).
 * Moved here from the end-to-end suite: a speed target is a benchmark figure, not a timed test.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH, launch, QUIET_FLAGS, readStore, waitFor, type Site } from '@/lib/cli/chromium';
import { metafilterThreadPage } from '../generate';
import type { Figure } from '../types';

const BIG_URL = 'https://ask.metafilter.com/960001/Five-thousand-answers';

interface LongTask {
  start: number;
  duration: number;
}

/** Records long tasks from the very start of the page (installed before its scripts run). */
function observeLongTasks(): void {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function longTasks(page: Page): Promise<{ tasks: LongTask[]; domReady: number }> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      tasks: (window as unknown as { __longTasks: LongTask[] }).__longTasks,
      domReady: nav?.domContentLoadedEventEnd ?? 0,
    };
  });
}

/** A CPU profile as Chromium's Profiler domain returns it (the fields used here). */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** The profiler's sampling interval, in microseconds (set below). */
const SAMPLING_US = 500;

/**
 * The most one sample counts for, in ms: twice the interval. Samples come every 0.5–1 ms while
 * the page's thread runs; a longer gap is time the thread was not running at all (on a 2-core
 * machine the background analysing the same 5,000 comments, the browser and the bench itself
 * take turns), and the sample after it would charge that wait to whatever was on the stack
 * (a 9 ms `setTimeout` call, an 18 ms `Set.add` in a busy run). Capped, a stretch measures the
 * extension's own work, as steady as the machine allows; uncapped (its wall time) is printed too.
 */
const SAMPLE_CAP_MS = (2 * SAMPLING_US) / 1000;

interface Stretch {
  /** Wall time, every gap between samples counted whole. */
  wall: number;
  /** The same stretch, each sample counted at most `SAMPLE_CAP_MS`. */
  ms: number;
  self: Map<string, number>;
}

/**
 * Stretches of main-thread time during which the extension's code was on the stack without a
 * break (its own JavaScript and the DOM work it called): what it cost the page in one go,
 * whatever the page's own long tasks. Also the heaviest functions of the longest stretches.
 */
function extensionStretches(profile: CpuProfile): { ms: number[]; wall: number[]; hottest: string[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inExtension = (id: number): boolean => {
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      if (byId.get(x)!.callFrame.url.startsWith('chrome-extension://')) return true;
    }
    return false;
  };
  const stretches: Stretch[] = [];
  let open: Stretch | null = null;
  profile.samples.forEach((id, i) => {
    const wall = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const dt = Math.min(wall, SAMPLE_CAP_MS);
    if (!inExtension(id)) {
      // Garbage collection has no stack: inside a stretch it is the extension's own garbage
      // (the same task). Idle time, the page's code or the browser's own work end the stretch.
      const name = byId.get(id)!.callFrame.functionName;
      if (open && name === '(garbage collector)') {
        open.ms += dt;
        open.wall += wall;
      } else open = null;
      return;
    }
    if (!open) stretches.push((open = { wall: 0, ms: 0, self: new Map() }));
    open.ms += dt;
    open.wall += wall;
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^chrome-extension:\/\/[^/]+/, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    open.self.set(key, (open.self.get(key) ?? 0) + dt);
  });
  // The four longest stretches, each with its three heaviest functions.
  const hottest = [...stretches]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 4)
    .map(
      (st) =>
        `${Math.round(st.ms)} ms (wall ${Math.round(st.wall)} ms): ` +
        [...st.self.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([k, v]) => `${Math.round(v)} ms ${k}`)
          .join(', '),
    );
  const longestFirst = (ms: number[]): number[] => ms.filter((m) => m >= 1).sort((a, b) => b - a);
  return {
    ms: longestFirst(stretches.map((s) => s.ms)),
    wall: longestFirst(stretches.map((s) => s.wall)),
    hottest,
  };
}

const fmt = (ts: LongTask[]): string =>
  ts.length ? ts.map((t) => `${Math.round(t.duration)} ms @${Math.round(t.start)}`).join(', ') : 'none';

export async function run(): Promise<Figure[]> {
  const bigPage = metafilterThreadPage(BIG_URL, 5000);
  const site: Site = await launch([{ url: BIG_URL, body: bigPage }]);
  try {
    // With the extension.
    const page = await site.context.newPage();
    await page.addInitScript(observeLongTasks);
    const cdp = await site.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
    await page.goto(BIG_URL, { waitUntil: 'load', timeout: 60_000 });
    await waitFor(
      async () => {
        const rows = await readStore<{ url: string }>(site, 'threads');
        return rows.some((r) => r.url === BIG_URL) ? true : undefined;
      },
      'the 5,000-comment thread stored',
      90_000,
    );
    // Highlights are painted after the background's analysis: give it time to finish.
    await page.waitForTimeout(3000);
    const withExt = await longTasks(page);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const ext = extensionStretches(profile);
    await page.close();

    // The same page, same Chromium, no extension.
    const plain = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...QUIET_FLAGS],
    });
    const ctx = await plain.newContext({ viewport: { width: 1100, height: 800 }, ignoreHTTPSErrors: true });
    const bare = await ctx.newPage();
    await bare.route('**/*', (route) =>
      route.request().url() === BIG_URL
        ? route.fulfill({ body: bigPage, contentType: 'text/html; charset=utf-8' })
        : route.abort(),
    );
    await bare.addInitScript(observeLongTasks);
    await bare.goto(BIG_URL, { waitUntil: 'load', timeout: 60_000 });
    await bare.waitForTimeout(3000);
    const without = await longTasks(bare);
    await plain.close();

    // The page's own long tasks (parsing and laying out 5,000 comments) come in both runs; the
    // extension's are the stretches of its own code, from the CPU profile of the page's thread.
    console.log(
      `long tasks on 5,000 comments, with the extension: ${fmt(withExt.tasks)} (DOMContentLoaded at ${Math.round(withExt.domReady)} ms)\n` +
        `without it: ${fmt(without.tasks)} (DOMContentLoaded at ${Math.round(without.domReady)} ms)\n` +
        `the extension's code ran in stretches of ${ext.ms.map((ms) => `${Math.round(ms)} ms`).join(', ') || 'nothing'}\n` +
        `the same in wall time (gaps between samples counted whole): ${ext.wall.map((ms) => `${Math.round(ms)} ms`).join(', ') || 'nothing'}\n` +
        `longest stretches, by self time:\n  ${ext.hottest.join('\n  ')}`,
    );
    const longest = (ts: LongTask[]): number => Math.max(0, ...ts.map((t) => t.duration));
    return [
      {
        name: "5,000 comments: longest stretch of the extension's own code on the page",
        value: Math.max(0, ...ext.ms),
        unit: 'ms',
        target: 50,
      },
      {
        name: '5,000 comments: the same, in wall time (gaps between samples whole)',
        value: Math.max(0, ...ext.wall),
        unit: 'ms',
      },
      {
        name: '5,000 comments: longest long task, page with the extension',
        value: longest(withExt.tasks),
        unit: 'ms',
      },
      { name: '5,000 comments: longest long task, page alone', value: longest(without.tasks), unit: 'ms' },
    ];
  } finally {
    await site.close();
  }
}
