import { DISCUSSION_NOTE } from '@/lib/advice/thread-kind';

/** Said wherever a thread's list is shown and its opening post asks nothing (lib/advice/thread-kind.ts). */
export function DiscussionNote() {
  return (
    <p class="kind-note" data-testid="discussion-note">
      {DISCUSSION_NOTE}
    </p>
  );
}
