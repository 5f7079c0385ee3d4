/** One measured figure of a benchmark, printed by `npm run bench`. */
export interface Figure {
  /** What was measured, e.g. "extract 1,000 posts". */
  name: string;
  value: number;
  unit: 'ms' | 'µs' | 'MB' | 'KB' | 'ops/s' | 'x';
  /** The target from the issue, in the same unit, when there is one (lower is better). */
  target?: number;
  /** Ratio to a baseline pass, e.g. "x bare text read". */
  ratio?: { to: string; value: number };
}

/** What a bench core may use: identical in Node (linkedom) and in Chromium (the real DOM). */
export interface BenchEnv {
  runtime: 'node' | 'chromium';
  parseHtml(html: string): Document;
  /**
   * Saved real pages from ../shared/fixtures (tests/bench/real-pages.ts), read by the runner:
   * empty when ../shared is not there. Generated inputs say how cost grows; these say what a
   * reader's thread costs.
   */
  realPages: readonly RealPage[];
}

/** A saved real page and the address it was saved from. */
export interface RealPage {
  /** Short name for the figure, e.g. "MetaFilter 128901 (1,038 comments)". */
  name: string;
  url: string;
  html: string;
}

/** A benchmark written once and run both in Node and in Chromium. Standard APIs only (no fs). */
export type BenchCore = (env: BenchEnv) => Promise<Figure[]>;
