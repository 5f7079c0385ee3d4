import { DISCUSSION_NOTE } from './advice/thread-kind';
import type { Suggestion, ThreadKind } from './model';

/** Markdown-safe text for one line: escapes the characters that would start markup. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .trim();
}

/** The condensed list as Markdown: one item per suggestion, its supporters linked to their answers. */
export function suggestionsToMarkdown(
  title: string,
  url: string,
  suggestions: readonly Suggestion[],
  kind: ThreadKind = 'question',
): string {
  const lines = [`# [${inline(title)}](${url})`, ''];
  if (suggestions.length === 0) lines.push('_No advice found in this thread._');
  else if (kind === 'discussion') lines.push(`_${DISCUSSION_NOTE}_`, '');
  suggestions.forEach((s, i) => {
    const mixed = s.stance === 'mixed' ? ' (mixed opinions)' : s.stance === 'against' ? ' (a warning)' : '';
    const people = `${s.people} ${s.people === 1 ? 'person' : 'people'}`;
    lines.push(`${i + 1}. **${inline(s.label)}**${mixed}: ${people}`);
    for (const p of s.supporters) {
      // In a warning everyone is against the thing: only a mixed suggestion marks who is.
      const against = s.stance === 'mixed' && p.stance === 'against' ? ' (against)' : '';
      lines.push(`   - [${inline(p.author)}](${p.permalink})${against}: “${inline(p.quote)}”`);
    }
  });
  return lines.join('\n') + '\n';
}
