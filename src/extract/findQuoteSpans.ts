// Finds the spans of a sentence that are inside quotation marks (curly or straight). Speech content
// is the speaker's claim, not the narrator's: mentions and trigger words inside quotes are not
// taken as arguments of relations. A quote left open runs to the sentence end; a closing mark with
// no opening one (a quote continued from the previous sentence) covers the sentence up to it.

export type Span = readonly [start: number, end: number];

export function findQuoteSpans(text: string, from: number, to: number): Span[] {
  // A partial quote woven into the narrator's clause ("the TTP “receive … support from the de facto
  // authorities”", "Pakistan’s “unreasonable demands”") reports what the narrator asserts: only
  // quotes that stand as speech (after punctuation, a colon, or at the start) hide their content.
  return findAllQuoteSpans(text, from, to).filter(([s]) => !isPartialQuote(text, from, s));
}

function isPartialQuote(text: string, from: number, open: number): boolean {
  if (open <= from + 1) return false;
  return /[\p{L}\p{N}] $/u.test(text.slice(Math.max(from, open - 2), open));
}

function findAllQuoteSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '“') {
      if (open < 0) open = i;
    } else if (c === '”') {
      if (open >= 0) {
        spans.push([open, i + 1]);
        open = -1;
      } else if (spans.length === 0 && straightOpen < 0) {
        spans.push([from, i + 1]);
      }
    } else if (c === '"') {
      if (straightOpen >= 0) {
        spans.push([straightOpen, i + 1]);
        straightOpen = -1;
      } else straightOpen = i;
    }
  }
  if (open >= 0) spans.push([open, to]);
  if (straightOpen >= 0) spans.push([straightOpen, to]);
  return spans.sort((a, b) => a[0] - b[0]);
}

export function inSpans(spans: readonly Span[], start: number, end: number): boolean {
  for (const [s, e] of spans) if (start >= s && end <= e) return true;
  return false;
}
