// Splits an article into sentences with their character offsets. Written by hand rather than taken
// from an NLP library because it must keep exact offsets into the original text (evidence quotes are
// slices of it), run in the browser, and stay well above 5 MB/s; news prose needs only a few rules:
// line breaks end headlines and bullets, abbreviations and initials do not end a sentence, and a
// closing quote after the full stop belongs to the sentence.

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ABBREVIATIONS = new Set([
  'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'St', 'Jr', 'Sr', 'vs', 'etc',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Gov', 'Sen', 'Rep', 'Inc', 'Ltd', 'Co',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/**
 * Text with no sentence ends (a list, a dump, a file without punctuation) is cut into pieces of at
 * most this many characters, at a semicolon, comma or space, so that per-sentence work stays linear.
 */
export const MAX_SENTENCE_LENGTH = 2000;

export function segmentSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    while (e - s > MAX_SENTENCE_LENGTH) {
      const cut = cutPoint(text, s, s + MAX_SENTENCE_LENGTH);
      out.push({ index: out.length, start: s, end: cut, text: text.slice(s, cut) });
      s = cut;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
    }
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c !== 46 /* . */ && c !== 33 /* ! */ && c !== 63 /* ? */) continue;
    // Extend over closing quotes and brackets.
    let j = i + 1;
    while (j < n && CLOSERS.has(text[j]!)) j++;
    if (j < n && text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 9) continue;
    // The next word must look like a sentence start.
    let k = j;
    while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < n && text.charCodeAt(k) !== 10 && !startsSentence(text[k]!)) continue;
    if (c === 46 && isAbbreviation(text, i)) continue;
    push(start, j);
    start = j;
  }
  push(start, n);
  return out;
}

/** The end of the last clause (after ";" or ",") or word before `limit`, else `limit` itself. */
function cutPoint(text: string, from: number, limit: number): number {
  for (const mark of [';', ',', ' ']) {
    const at = text.lastIndexOf(mark, limit - 1);
    if (at > from + MAX_SENTENCE_LENGTH / 2) return mark === ' ' ? at : at + 1;
  }
  return limit;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

function startsSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}"“‘'(\[—-]/u.test(ch);
}

/** "Dr." and "U.S." (initials: single letters between dots) do not end a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  if (ABBREVIATIONS.has(word)) return true;
  // Initials such as "U.S" or a single capital "A".
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) && word.length <= 5 && !/^\p{Lu}{2,}$/u.test(word);
}
