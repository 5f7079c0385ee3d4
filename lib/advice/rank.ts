/**
 * Ranking: distinct people first, then the site's votes / favourites and accepted answers.
 * The score is `people + tiebreak`, the tiebreak in [0, 1), so it can never reorder two
 * suggestions given by different numbers of people, and sorting by score IS the rank order.
 */
import type { Stance, Suggestion, Supporter } from '../model';

/** What ranking needs to know of each supporting post. */
export interface RankInput {
  supporters: Supporter[];
  /** Site score of each supporter's post, parallel to `supporters` (null: the site shows none). */
  postScores: (number | null)[];
  accepted: boolean[];
  /** Distinct people behind the `for` supporters. */
  people: number;
}

/** A suggestion's stance from its supporters': mixed when some argue against, against when all do. */
export function stanceOf(supporters: readonly Supporter[]): Stance {
  const against = supporters.filter((s) => s.stance === 'against').length;
  if (against === 0) return 'for';
  return against === supporters.length ? 'against' : 'mixed';
}

/** Sum of the votes of distinct supporting posts (negative scores count as zero: a downvote is not a vote for). */
export function votesOf(input: RankInput): number {
  let votes = 0;
  const seen = new Set<string>();
  input.supporters.forEach((s, i) => {
    if (seen.has(s.postId)) return;
    seen.add(s.postId);
    votes += Math.max(0, input.postScores[i] ?? 0);
  });
  return votes;
}

/**
 * people + a tiebreak below 1: votes saturate (10 votes ≈ half of the votes' share) and an
 * accepted answer adds a fixed part, so that among equals the better-received advice leads;
 * `plainness` in [0, 1] (how plainly it is advised) orders what votes leave tied.
 */
export function scoreOf(people: number, votes: number, accepted: boolean, plainness = 0): number {
  const fromVotes = 0.68 * (votes / (votes + 10));
  return people + fromVotes + (accepted ? 0.3 : 0) + 0.0099 * Math.max(0, Math.min(1, plainness));
}

/** Sorts suggestions by score, then by more supporters, then by label for a stable order. */
export function rankSuggestions(list: Suggestion[]): Suggestion[] {
  return list.sort(
    (a, b) =>
      b.score - a.score ||
      b.supporters.length - a.supporters.length ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}
