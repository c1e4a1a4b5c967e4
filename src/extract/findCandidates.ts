// Reports capitalised names the dictionary does not know, with the sentences they stand in, so a
// user can add them to the actor dictionary: nothing unknown is silently dropped.

import type { Sentence } from './segmentSentences.ts';
import type { Mention } from './Mention.ts';

export interface Candidate {
  readonly name: string;
  readonly count: number;
  readonly examples: readonly { readonly doc: string; readonly sentence: string }[];
}

// Latin capitals as a plain class: V8 scans a character class far faster than \p{Lu}.
const NAME = /[A-ZÀ-ÖØ-Þ][\p{L}’'.-]*(?:\s+(?:of\s+|the\s+|al-|bin\s+)?[A-ZÀ-ÖØ-Þ][\p{L}’'.-]*)*/gu;

export function findCandidates(
  docs: readonly { readonly id: string; readonly text: string; readonly sentences: readonly Sentence[]; readonly mentions: readonly Mention[]; readonly venues: RegExp | null }[],
  commonWords: ReadonlySet<string>,
): Candidate[] {
  const found = new Map<string, { count: number; examples: { doc: string; sentence: string }[] }>();
  for (const d of docs) {
    let mi = 0;
    for (const s of d.sentences) {
      const covered: [number, number][] = [];
      while (mi < d.mentions.length && d.mentions[mi]!.start < s.end) {
        const m = d.mentions[mi]!;
        covered.push([m.start, m.end]);
        mi++;
      }
      if (d.venues) {
        d.venues.lastIndex = 0;
        for (let v = d.venues.exec(s.text); v !== null; v = d.venues.exec(s.text)) covered.push([s.start + v.index, s.start + v.index + v[0].length]);
      }
      covered.sort((x, y) => x[0] - y[0]);
      let ci = 0;
      NAME.lastIndex = 0;
      for (let m = NAME.exec(s.text); m !== null; m = NAME.exec(s.text)) {
        const start = s.start + m.index;
        // Known names are most matches: skip them before any string work.
        while (ci < covered.length && covered[ci]![1] <= start) ci++;
        const next = covered[ci];
        if (next && next[0] <= start) continue;
        let name = m[0].replace(/['’]s$|[’'.-]+$/u, '');
        // "Sheikh Tamim of Qatar": keep the unknown part before a known name.
        if (next && next[0] < start + name.length) name = name.slice(0, next[0] - start).replace(/\s+(?:of|the|al-|bin)?\s*$/u, '').trim();
        if (name === '') continue;
        // Drop leading sentence-initial common words ("The", "However").
        const words = name.split(/\s+/).filter((w) => !commonWords.has(w));
        if (words.length === 0) continue;
        // A single capitalised word opening a sentence or a quote is usually an ordinary word.
        if (words.length === 1 && m.index < 4 && /^[\s“"‘'(\-–—]*$/u.test(s.text.slice(0, m.index))) continue;
        name = words.join(' ');
        if (name.length < 3 || /^\p{Lu}+$/u.test(name) === false && commonWords.has(name)) continue;
        const entry = found.get(name) ?? { count: 0, examples: [] };
        entry.count++;
        if (entry.examples.length < 3) entry.examples.push({ doc: d.id, sentence: s.text });
        found.set(name, entry);
      }
    }
  }
  return [...found.entries()]
    .map(([name, v]) => ({ name, count: v.count, examples: v.examples }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
}
