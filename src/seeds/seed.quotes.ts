/**
 * Where a quote sits in its article. Offsets are JavaScript string indices (UTF-16 code units)
 * into the article read as UTF-8, end exclusive, so that `text.slice(start, end) === quote`.
 * Shared by the validator (which checks offsets) and the locate-quotes CLI (which fills them in).
 */

/** Every start offset at which `quote` occurs in `text`, overlapping occurrences included. */
export function occurrencesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  if (!quote) return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

export type QuoteLocation =
  | { kind: 'found'; start: number; end: number }
  | { kind: 'missing' }
  | { kind: 'ambiguous'; starts: number[] };

/**
 * Where to anchor `quote`: its only occurrence; or, when it occurs several times, the occurrence
 * at (or nearest to) `hintStart`, the offset the curator already wrote. Without a hint an
 * ambiguous quote stays ambiguous: guessing would silently tie a fact to the wrong sentence.
 */
export function locateQuote(text: string, quote: string, hintStart?: number): QuoteLocation {
  const starts = occurrencesOf(text, quote);
  if (starts.length === 0) return { kind: 'missing' };
  if (starts.length === 1) {
    const start = starts[0] as number;
    return { kind: 'found', start, end: start + quote.length };
  }
  if (hintStart === undefined) return { kind: 'ambiguous', starts };
  const nearest = starts.reduce((best, at) => (Math.abs(at - hintStart) < Math.abs(best - hintStart) ? at : best));
  return { kind: 'found', start: nearest, end: nearest + quote.length };
}

/** A short, one-line rendering of article text for messages. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max)}…`;
}
