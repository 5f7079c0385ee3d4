/**
 * Highlight colours: translucent backgrounds that tint whatever the page's background is,
 * so the page's own text colour stays readable on light and dark pages alike. Neighbouring
 * ranks get clearly different hues.
 */
export const PALETTE: readonly string[] = [
  'rgba(250, 204, 21, 0.42)', // yellow
  'rgba(34, 197, 94, 0.34)', // green
  'rgba(59, 130, 246, 0.32)', // blue
  'rgba(236, 72, 153, 0.30)', // pink
  'rgba(249, 115, 22, 0.36)', // orange
  'rgba(168, 85, 247, 0.32)', // purple
  'rgba(20, 184, 166, 0.36)', // teal
  'rgba(239, 68, 68, 0.30)', // red
];

/** The reader's own highlights: stronger yellow with an underline, unlike any advice colour. */
export const SAVED_BACKGROUND = 'rgba(253, 224, 71, 0.55)';
export const SAVED_DECORATION = 'underline 2px rgb(202, 138, 4)';
/** The highlight the keyboard or the card is on. */
export const ACTIVE_DECORATION = 'underline 3px rgb(37, 99, 235)';
export const ACTIVE_OUTLINE = '2px solid rgb(37, 99, 235)';

export function colourOf(index: number): string {
  return PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length]!;
}
