/** Types shared by the parts of the advice engine: sentence splitting, detection, grouping, ranking. */

/** One sentence of a post's own words. Offsets are into `Post.text`, for highlighting. */
export interface Sentence {
  postId: string;
  /** Position of the sentence in its post. */
  index: number;
  text: string;
  start: number;
  end: number;
}

/** The detector's verdict on one sentence. */
export interface AdviceVerdict {
  /** Probability-like score in [0, 1]. */
  score: number;
  /** score ≥ the tuned threshold. */
  advice: boolean;
  /** "don't", "avoid", "X made it worse" → against. */
  stance: 'for' | 'against';
  /** "seconding", "Nthing", "+1 to", "also agree with": joins another answer's advice. */
  agreement: boolean;
}

/** A sentence that the detector judged to be advice. */
export interface AdviceSentence extends Sentence, AdviceVerdict {}
