import { DISCUSSION_NOTE } from './advice/thread-kind';
import type { SiteId, Suggestion, Supporter, ThreadKind } from './model';
import { acceptedName } from './sites/accepted-name';

/** Markdown-safe text for one line: escapes the characters that would start markup. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .trim();
}

/** The asker's word on a supporter's answer: " ✓ best answer", " ✓ [worked for the asker](reply)". */
function acceptedNote(p: Supporter, site: SiteId): string {
  if (!p.accepted) return '';
  if (p.accepted.by === 'site') return ` ✓ ${acceptedName(site)}`;
  return ` ✓ [worked for the asker](${p.accepted.reply.permalink})`;
}

/** The condensed list as Markdown: one item per suggestion, its supporters linked to their answers. */
export function suggestionsToMarkdown(
  title: string,
  url: string,
  suggestions: readonly Suggestion[],
  kind: ThreadKind = 'question',
  site: SiteId = 'generic',
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
      lines.push(
        `   - [${inline(p.author)}](${p.permalink})${against}${acceptedNote(p, site)}: “${inline(p.quote)}”`,
      );
    }
  });
  return lines.join('\n') + '\n';
}
