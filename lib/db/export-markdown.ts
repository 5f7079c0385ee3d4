import { threadKind } from '../advice/thread-kind';
import { suggestionsToMarkdown } from '../markdown';
import type { Suggestion, Thread, ThreadKind } from '../model';

/** Markdown-safe text for one line (as lib/markdown.ts does for its own lines). */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .trim();
}

/** A block quote of a post's text, paragraphs kept. */
function quoteBlock(text: string): string {
  return text
    .split(/\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${inline(line)}`))
    .join('\n');
}

/** One thread as Markdown: the condensed list (the popup's format), then the question and every answer linked to its permalink. */
export function threadToMarkdown(
  thread: Thread,
  suggestions: readonly Suggestion[],
  kind: ThreadKind = threadKind(thread),
): string {
  const parts = [
    suggestionsToMarkdown(thread.title, thread.url, suggestions, kind, thread.site).trimEnd(),
    '',
    '## Question',
    '',
  ];
  parts.push(
    `[${inline(thread.question.author)}](${thread.question.permalink})`,
    '',
    quoteBlock(thread.question.text),
    '',
  );
  parts.push(`## Answers (${thread.answers.length})`, '');
  for (const a of thread.answers) {
    const when = a.time ? `, ${a.time.slice(0, 10)}` : '';
    const votes = a.score === null ? '' : `, ${a.score} ${a.score === 1 ? 'vote' : 'votes'}`;
    parts.push(
      `### [${inline(a.author)}](${a.permalink})${when}${votes}${a.accepted ? ' (accepted)' : ''}`,
      '',
    );
    parts.push(quoteBlock(a.text), '');
  }
  return parts.join('\n');
}
