import type { SnippetPart } from '@/lib/search/types';

/** Text with its matched words in <mark>: built as elements, so page text never becomes markup. */
export function Marked({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>{parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>
  );
}
