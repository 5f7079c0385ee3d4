import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const DEMO = resolve(ROOT, 'tests/fixtures/demo/askmetafilter-sourdough.html');
const DEMO_URL = 'https://ask.metafilter.com/900001/Keeping-a-sourdough-starter-alive-while-travelling';

async function analyze(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'lib/cli/analyze.ts', ...args],
      {
        cwd: ROOT,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run analyze', () => {
  it('prints the thread of a saved page as the documented JSON', async () => {
    const { code, stdout } = await analyze([DEMO, '--url', DEMO_URL]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.recognised).toBe(true);
    expect(out.site).toBe('metafilter');
    expect(out.thread.url).toBe(DEMO_URL);
    expect(out.thread.title).toBe('How do I keep my sourdough starter alive while I travel for three weeks?');
    expect(out.thread.question.author).toBe('asker_here');
    expect(out.thread.answers).toHaveLength(9);
    expect(out.thread.answers[1]).toEqual({
      id: '9000112',
      author: 'levain_larry',
      permalink: `${DEMO_URL}#9000112`,
      text: expect.stringContaining('Dry some of it as a backup.'),
      score: 6,
      accepted: false,
      // 8:20 AM Pacific on March 3, 2026 (PST, UTC-8)
      time: '2026-03-03T16:20:00.000Z',
      parentId: null,
      deleted: false,
    });
    expect(out.thread.answers[0].accepted).toBe(true);
    expect(Array.isArray(out.suggestions)).toBe(true);
  });

  it('prints {"recognised": false} and exits 0 for a page that is not a thread', async () => {
    const { code, stdout } = await analyze([
      resolve(ROOT, 'tests/fixtures/demo/not-a-thread.html'),
      '--url',
      'https://www.example.org/blog/post',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ recognised: false });
  });

  it('exits 2 with a clear message for a missing file', async () => {
    const { code, stderr } = await analyze(['no/such/page.html', '--url', DEMO_URL]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read no\/such\/page\.html: ENOENT/);
  });

  it('exits 2 when --url is missing or invalid, or the format unknown', async () => {
    expect((await analyze([DEMO])).code).toBe(2);
    expect((await analyze([DEMO, '--url', 'not a url'])).stderr).toMatch(/not a valid URL/);
    expect((await analyze([DEMO, '--url', DEMO_URL, '--format', 'xml'])).code).toBe(2);
  });

  it('prints Markdown with --format md', async () => {
    const { code, stdout } = await analyze([DEMO, '--url', DEMO_URL, '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      `# [How do I keep my sourdough starter alive while I travel for three weeks?](${DEMO_URL})`,
    );
  });
});
