/**
 * `npm start`: builds the extension, serves the built-in demo threads on 127.0.0.1 under
 * their real host names, and opens Chromium with the extension loaded on the first one.
 * Without a display it runs headless and saves screenshots of the page and the popup instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, readStore, ROOT, tabIdOf, waitFor } from './chromium';

const DEMOS = [
  {
    url: 'https://ask.metafilter.com/900001/Keeping-a-sourdough-starter-alive-while-travelling',
    file: 'tests/fixtures/demo/askmetafilter-sourdough.html',
  },
];

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const site = await launch(
  DEMOS.map((d) => ({ url: d.url, body: readFileSync(join(ROOT, d.file), 'utf8') })),
  { headed },
);
const page = await site.context.newPage();
await page.goto(DEMOS[0]!.url);
await waitFor(
  async () => ((await readStore(site, 'threads')).length > 0 ? true : undefined),
  'the demo thread',
);
const tabId = await tabIdOf(site, page);
const popup = await site.context.newPage();
await popup.setViewportSize({ width: 420, height: 640 });
await popup.goto(`chrome-extension://${site.extensionId}/popup.html?tabId=${tabId}`);
await popup.getByTestId('thread-status').waitFor();
await popup.waitForTimeout(300);

if (headed) {
  console.log(`Chromium is open with Threadwise loaded on ${DEMOS[0]!.url}.`);
  console.log('The popup is open in its own tab. Close the browser window (or press Ctrl-C) to stop.');
  await new Promise<void>((done) => {
    site.context.on('close', () => done());
    process.on('SIGINT', () => done());
  });
} else {
  const out = join(ROOT, 'screenshots');
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: join(out, 'demo-thread.png') });
  await popup.screenshot({ path: join(out, 'demo-popup.png'), fullPage: true });
  const status = await popup.getByTestId('thread-status').textContent();
  console.log(`No display: ran headless. Popup says: "${status?.replace(/\s+/g, ' ').trim()}"`);
  console.log(`Screenshots saved in ${out}/ (demo-thread.png, demo-popup.png).`);
}
await site.close();
