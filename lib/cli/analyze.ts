/**
 * `npm run analyze -- page.html --url URL [--format json|md]`
 * Runs the extension's own pipeline on a saved page in Node and prints what the popup shows.
 * Exit codes: 0 done (also for a page that is not a thread), 2 bad arguments or unreadable file.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { suggestionsToMarkdown } from '../markdown';
import { analyzePage } from '../pipeline';

const USAGE = 'usage: npm run analyze -- <page.html> --url <page url> [--format json|md]';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; url: URL; format: 'json' | 'md' } {
  let file: string | undefined;
  let url: string | undefined;
  let format = 'json';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') url = argv[++i];
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--format') format = argv[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (a.startsWith('-')) fail(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else fail(`unexpected argument ${a}`);
  }
  if (!file) fail('no page file given');
  if (!url) fail('--url is required (the address the page was saved from)');
  if (format !== 'json' && format !== 'md') fail(`--format must be json or md, not ${format}`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail(`not a valid URL: ${url}`);
  }
  return { file, url: parsed, format };
}

const { file, url, format } = parseArgs(process.argv.slice(2));
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
}
const { document } = parseHTML(html);
const output = analyzePage(document as unknown as Document, url);
if (format === 'md') {
  process.stdout.write(
    output.recognised
      ? suggestionsToMarkdown(
          output.thread.title,
          output.thread.url,
          output.suggestions,
          output.kind,
          output.site,
        )
      : 'Not a thread page.\n',
  );
} else {
  process.stdout.write(JSON.stringify(output, null, 2) + '\n');
}
