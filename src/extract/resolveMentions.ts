// Resolves what each mention refers to, in document order:
// - a state or organ before an official of it is folded into that official ("Russia's Foreign
//   Minister Sergey Lavrov" is Lavrov, not Russia);
// - a role title becomes the official holding it ("the Defence Minister" → Khawaja Asif), narrowed
//   by a qualifying state ("Pakistan's", "Pakistani", "the country's") and by who was named last;
// - he/his/she/her become the last person named; definite descriptions ("the Turkish leader") the
//   last-named actor they can describe; group phrases ("both sides") the document's two main parties.
// Returns the document's main dyad: the two states it names most.

import type { Actor } from '../core/model/graphDocument.ts';
import type { Mention } from './Mention.ts';

const TITLE_GAP = /^['’]?s?\s+(?:(?:\p{Lu}[\p{L}.’'-]*|his|her|its|the|of|and|state|broadcaster|foreign|defen[cs]e|minister|ministry|office|spokes(?:person|man|woman)|counterpart|security|analyst|columnist|officials?|chief|intelligence|army|military|information|prime|president|leader|director|general|senior|political|expert|head)\s+){0,6}$/u;
const ROLE_TO_NAME_GAP = /^\s*,?\s*$/;
const PERSON_TYPES = new Set(['official', 'analyst']);

export function resolveMentions(text: string, mentions: Mention[], actors: ReadonlyMap<string, Actor>): [string, string] | null {
  const ancestors = (id: string): Set<string> => {
    const out = new Set<string>();
    let cur = actors.get(id)?.affiliation ?? null;
    while (cur !== null && !out.has(cur)) {
      out.add(cur);
      cur = actors.get(cur)?.affiliation ?? null;
    }
    return out;
  };
  const isState = (id: string): boolean => actors.get(id)?.type === 'state';
  const isPerson = (id: string): boolean => PERSON_TYPES.has(actors.get(id)?.type ?? '');
  const dyad = mainDyad(mentions, isState);

  const lastSeen = new Map<string, number>(); // actor id → index of its latest resolved mention
  let subjectState: string | null = null;
  let subjectSentence = -1;
  const people: { actor: string; sentence: number }[] = [];
  const recentStates: string[] = [];

  mentions.forEach((m, i) => {
    const prev = i > 0 ? mentions[i - 1]! : null;
    const gap = prev ? text.slice(prev.end, m.start) : '';
    const prevSameSentence = prev !== null && prev.sentence === m.sentence;

    if (m.kind === 'role') {
      let cands = [...m.candidates];
      if (prevSameSentence && prev!.actors.length === 1 && TITLE_GAP.test(gap)) {
        const q = prev!.actors[0]!;
        const narrowed = cands.filter((c) => ancestors(c).has(q));
        if (narrowed.length) {
          cands = narrowed;
          prev!.absorbed = true;
        }
      } else if (/\bthe country['’]s\s+$/i.test(text.slice(Math.max(0, m.start - 20), m.start)) && subjectState) {
        // "The country's Defense Minister": the country the previous sentences were about (their subject).
        const narrowed = cands.filter((c) => ancestors(c).has(subjectState!));
        if (narrowed.length) cands = narrowed;
      }
      m.actors = pickRecent(cands, lastSeen);
    } else if (m.kind === 'pronoun') {
      const p = people[people.length - 1];
      m.actors = p && m.sentence - p.sentence <= 3 ? [p.actor] : [];
    } else if (m.kind === 'reference') {
      // A plural description claimed by several actors ("the host countries") means all of them.
      m.actors = m.candidates.length > 1 && /(?:ies|[^s]s)$/.test(m.surface) ? [...m.candidates] : pickRecent([...m.candidates], lastSeen);
    } else if (m.kind === 'group') {
      m.actors = dyad ? [...dyad] : [];
    } else if (m.kind === 'pair') {
      // "both nations" / "the two countries": the last two states named before it.
      m.actors = recentStates.slice(-2).sort();
    }
    // "his Pakistani and Afghan counterparts": the officials of those states holding the role of
    // the person "his" refers to (the Iranian Foreign Minister's counterparts are Foreign Ministers).
    if ((m.kind === 'name' || m.kind === 'demonym') && m.actors.length === 1 && isState(m.actors[0]!)) {
      const after = text.slice(m.end, m.end + 40);
      const speaker = people[people.length - 1];
      const role = speaker ? actors.get(speaker.actor)?.role : null;
      if (role && /^(?:\s+and\s+\p{L}+)?\s+counterparts?\b/u.test(after)) {
        const match = [...actors.values()].find((a) => a.role === role && a.affiliation === m.actors[0]);
        if (match) m.actors = [match.id];
      }
    }

    // Fold a qualifier into the actor it qualifies: "Pakistan's Defence Minister Khawaja Asif".
    if (prev && prevSameSentence && m.actors.length === 1 && prev.actors.length === 1 && !prev.absorbed) {
      const a = m.actors[0]!;
      const q = prev.actors[0]!;
      if (prev.kind === 'role' && q === a && ROLE_TO_NAME_GAP.test(gap)) prev.absorbed = true;
      // "his Iranian counterpart Abbas Araghchi": the pronoun is a determiner, not a reference.
      else if (prev.kind === 'pronoun' && prev.possessive && isPerson(a) && TITLE_GAP.test(gap) && /^\s/.test(gap)) prev.absorbed = true;
      else if (q !== a && ancestors(a).has(q) && TITLE_GAP.test(gap) && m.kind !== 'pronoun') prev.absorbed = true;
    }
    // Adjacent repeats count once: "Tehrik-e-Taliban Pakistan (TTP)" keeps the name,
    // "his Iranian counterpart Abbas Araghchi" keeps the name and drops the description.
    if (prev && prevSameSentence && m.actors.length === 1 && prev.actors.length === 1 && prev.actors[0] === m.actors[0]) {
      if (/^\s*\(\s*$/.test(gap)) m.absorbed = true;
      else if (/^\s*,?\s*$/.test(gap)) prev.absorbed = true;
    }

    for (const a of m.actors) {
      lastSeen.set(a, i);
      if (isState(a) && m.kind !== 'group' && m.kind !== 'pair') {
        if (subjectSentence !== m.sentence) {
          subjectState = a;
          subjectSentence = m.sentence;
        }
        const at = recentStates.indexOf(a);
        if (at >= 0) recentStates.splice(at, 1);
        recentStates.push(a);
      }
      if (isPerson(a) && m.kind !== 'pronoun') people.push({ actor: a, sentence: m.sentence });
    }
  });
  return dyad;
}

function pickRecent(cands: readonly string[], lastSeen: ReadonlyMap<string, number>): string[] {
  if (cands.length === 0) return [];
  if (cands.length === 1) return [cands[0]!];
  let best: string | null = null;
  let bestAt = -1;
  for (const c of cands) {
    const at = lastSeen.get(c);
    if (at !== undefined && at > bestAt) {
      best = c;
      bestAt = at;
    }
  }
  return best === null ? [] : [best];
}

function mainDyad(mentions: readonly Mention[], isState: (id: string) => boolean): [string, string] | null {
  const counts = new Map<string, { n: number; first: number }>();
  mentions.forEach((m, i) => {
    if (m.kind !== 'name' && m.kind !== 'demonym') return;
    for (const a of m.actors) {
      if (!isState(a)) continue;
      const c = counts.get(a);
      if (c) c.n++;
      else counts.set(a, { n: 1, first: i });
    }
  });
  const ranked = [...counts.entries()].sort((x, y) => y[1].n - x[1].n || x[1].first - y[1].first);
  if (ranked.length < 2) return null;
  return [ranked[0]![0], ranked[1]![0]].sort() as [string, string];
}
