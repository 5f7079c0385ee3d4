/** Said wherever a thread's list is shown and its opening post asks nothing (lib/advice/thread-kind.ts). */
export function DiscussionNote() {
  return (
    <p class="kind-note" data-testid="discussion-note">
      This post asks no question: the list is what its replies bring up most, advice or not.
    </p>
  );
}
