// Finds every mention of a known actor, role, pronoun or group phrase in an article, with the
// sentence it stands in, whether it is possessive, quoted, or only cited as a report's source.
// One scan of the whole text (no per-sentence slicing) keeps this linear in the text's size.

import type { Sentence } from './segmentSentences.ts';
import type { MentionMatcher } from './compileMentionMatcher.ts';
import type { Mention } from './Mention.ts';
import { findQuoteSpans, inSpans, type Span } from './findQuoteSpans.ts';

const POSSESSIVE = /^['’]s?(?![\p{L}\p{N}])/u;

export function findMentions(text: string, sentences: readonly Sentence[], matcher: MentionMatcher, attributions: RegExp): Mention[] {
  const out: Mention[] = [];
  if (sentences.length === 0) return out;
  const regex = new RegExp(matcher.regex.source, matcher.regex.flags);
  let si = 0;
  let quotes: Span[] | null = null;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    while (si < sentences.length && sentences[si]!.end <= m.index) {
      si++;
      quotes = null;
    }
    const s = sentences[si];
    if (!s) break;
    if (m.index < s.start) continue; // between sentences (white space only): cannot happen for a real match
    if (m.index > 0 && /[\p{L}\p{N}_]/u.test(text[m.index - 1]!)) {
      regex.lastIndex = m.index + 1;
      continue;
    }
    const surface = m[0];
    const info = matcher.forms.get(surface);
    if (!info) continue;
    quotes ??= findQuoteSpans(text, s.start, s.end);
    let end = m.index + surface.length;
    // Possessive ’s / 's, checked by character code first to avoid an allocation per mention;
    // "his"/"her" are possessive by themselves.
    let possessive = info.kind === 'pronoun' && (surface === 'his' || surface === 'His' || surface === 'her' || surface === 'Her');
    const c0 = text.charCodeAt(end);
    if (c0 === 0x2019 || c0 === 0x27) {
      const poss = POSSESSIVE.exec(text.slice(end, end + 3));
      if (poss) {
        possessive = true;
        end += poss[0].length;
      }
    }
    const before = text.slice(Math.max(s.start, m.index - 40), m.index);
    out.push({
      start: m.index,
      end,
      kind: info.kind,
      surface,
      actors: info.kind === 'name' || info.kind === 'demonym' ? [...info.actors] : [],
      candidates: info.actors,
      possessive,
      attribution: attributions.test(before) || (/\bas\s+(?:the\s+)?$/i.test(before) && /^\s+report/i.test(text.slice(end, Math.min(s.end, end + 20)))),
      inQuote: inSpans(quotes, m.index, end),
      absorbed: false,
      sentence: s.index,
    });
  }
  return out;
}
