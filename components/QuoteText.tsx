import { focusQuote } from '@/lib/quote-focus';

/**
 * A supporter's quote with the words it shares with its suggestion's label in bold; with
 * `visible`, taken up a little before them when they would fall past that many characters
 * (a one-line list). The whole sentence is its tooltip. Built as elements: page text never
 * becomes markup.
 */
export function QuoteText({ quote, label, visible }: { quote: string; label: string; visible?: number }) {
  return (
    <span class="quote" title={quote}>
      {focusQuote(quote, label, visible ?? Infinity).map((part, i) =>
        part.match ? <b key={i}>{part.text}</b> : <span key={i}>{part.text}</span>,
      )}
    </span>
  );
}
