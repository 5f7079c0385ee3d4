import type { Acceptance, SiteId } from '@/lib/model';
import { safeHttpUrl } from '@/lib/search/safe-url';
import { acceptedName } from '@/lib/sites/accepted-name';

export interface AcceptedTagProps {
  accepted: Acceptance;
  site: SiteId;
  /** Opens the asker's reply that says it worked (in the popup: scrolls the tab to it). */
  onOpenReply?(reply: { postId: string; permalink: string }): void;
}

/**
 * The asker's word on an answer, next to its author: the site's mark ("✓ best answer"), or a
 * link to the asker's reply saying it worked, with that sentence as its tooltip. Page text goes
 * in as text and attributes only.
 */
export function AcceptedTag({ accepted, site, onOpenReply }: AcceptedTagProps) {
  if (accepted.by === 'site') {
    const name = acceptedName(site);
    return (
      <span class="accepted-tag" data-testid="accepted" title={`The asker marked this answer: ${name}`}>
        ✓ {name}
      </span>
    );
  }
  const { reply } = accepted;
  return (
    <a
      class="accepted-tag"
      data-testid="asker-confirmed"
      href={safeHttpUrl(reply.permalink) ?? undefined}
      target={onOpenReply ? undefined : '_blank'}
      rel="noopener noreferrer"
      title={`The asker replied: “${reply.quote}”`}
      onClick={
        onOpenReply &&
        ((e) => {
          e.preventDefault();
          onOpenReply(reply);
        })
      }
    >
      ✓ worked for the asker
    </a>
  );
}
