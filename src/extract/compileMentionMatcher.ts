// Compiles the dictionary's surface forms, role titles, pronouns and group phrases into one regular
// expression plus a lookup table. One alternation scanned once per text is what keeps extraction
// fast (several MB/s): alternatives are sorted longest first so "Afghan Voice Agency" wins over
// "Afghan", and "Tehrik-e-Taliban Pakistan" over "Pakistan".

import type { ActorDictionary } from './loadActorDictionary.ts';
import type { MentionKind } from './Mention.ts';
import { stripDiacritics } from './foldText.ts';

export interface FormInfo {
  readonly kind: MentionKind;
  readonly actors: readonly string[];
}

export interface MentionMatcher {
  readonly regex: RegExp;
  readonly forms: ReadonlyMap<string, FormInfo>;
  readonly venues: RegExp | null;
}

const PRONOUNS = ['He', 'he', 'His', 'his', 'She', 'she', 'Her', 'her'];

export function compileMentionMatcher(dict: ActorDictionary, groups: readonly string[], venues: readonly string[], pairs: readonly string[] = []): MentionMatcher {
  const forms = new Map<string, FormInfo>();
  const add = (text: string, kind: MentionKind, actor: string | null): void => {
    const prior = forms.get(text);
    if (prior) {
      // Roles and references may be shared (several Foreign Ministers); names never are (checked at load).
      if (actor !== null && !prior.actors.includes(actor)) forms.set(text, { kind: prior.kind, actors: [...prior.actors, actor].sort() });
      return;
    }
    forms.set(text, { kind, actors: actor === null ? [] : [actor] });
  };
  const withVariants = (text: string): string[] => {
    const out = new Set([text, stripDiacritics(text)]);
    for (const t of [...out]) {
      if (/^[a-z]/.test(t)) out.add(t[0]!.toUpperCase() + t.slice(1));
      out.add(t.replace(/’/g, "'"));
      out.add(t.replace(/'/g, '’'));
    }
    return [...out];
  };
  for (const f of dict.forms) {
    for (const v of withVariants(f.text)) add(v, f.kind === 'reference' ? 'reference' : f.kind, f.actor);
  }
  for (const a of dict.actors) {
    // Only officials are referred to by bare titles ("the Defence Minister"); "analyst" or "expert"
    // alone is a generic word, not a reference to a particular analyst.
    if (!a.role || a.type !== 'official') continue;
    for (const role of roleVariants(a.role)) {
      for (const v of withVariants(role)) if (!forms.has(v) || forms.get(v)!.kind === 'role') add(v, 'role', a.id);
    }
  }
  for (const p of PRONOUNS) add(p, 'pronoun', null);
  for (const g of groups) for (const v of withVariants(g)) add(v, 'group', null);
  for (const g of pairs) for (const v of withVariants(g)) add(v, 'pair', null);

  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegex);
  // "Kabul-based source" and "Islamabad-based analyst" do not name the state.
  // The word boundary before a match is checked by findMentions: a leading look-behind would stop V8
  // from scanning ahead for the alternatives' first characters, several times slower on large texts.
  const regex = new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_]|-based)`, 'gu');
  const venueAlts = venues.flatMap(withVariants).sort((a, b) => b.length - a.length).map(escapeRegex);
  // Venue names start with a capital and are matched whole by their own look-ahead; the boundary
  // before them is a capital letter's, which the alternation cannot match mid-word in practice.
  const venueRegex = venueAlts.length ? new RegExp(`\\b(?:${venueAlts.join('|')})(?![\\p{L}\\p{N}_])`, 'gu') : null;
  return { regex, forms, venues: venueRegex };
}

/** "Defence Minister" is also written "Defense Minister", and roles appear lower-case mid-sentence. */
function roleVariants(role: string): string[] {
  const out = new Set<string>([role]);
  for (const r of [...out]) {
    out.add(r.replace(/Defence/g, 'Defense'));
    out.add(r.replace(/Defense/g, 'Defence'));
  }
  return [...out];
}

function escapeRegex(s: string): string {
  // Only syntax characters may be escaped under the `u` flag ("\-" is an error there).
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
