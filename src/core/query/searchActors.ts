// Autocomplete over actor names and aliases: exact, prefix, word-prefix, then substring matches.

import type { Actor } from '../model/graphDocument.ts';
import { actorsOf } from './actorsOf.ts';
import type { ActorSource } from './actorsOf.ts';
import { normalizeName } from './normalizeName.ts';
import { withDefaults } from '../withDefaults.ts';

export type ActorMatch = {
  actor: Actor;
  /** The name or alias that matched, as written. */
  matched: string;
  field: 'id' | 'name' | 'alias';
  /** 0 exact, 1 prefix, 2 a later word starts with the query, 3 substring. Lower is better. */
  score: number;
};

export type SearchOptions = {
  /** Maximum matches returned. Default 10. */
  limit?: number;
};

const DEFAULTS = { limit: 10 } as const;
const FIELD_ORDER = { name: 0, id: 1, alias: 2 } as const;

function matchScore(candidate: string, query: string): number | null {
  if (candidate === query) return 0;
  if (candidate.startsWith(query)) return 1;
  if (candidate.includes(` ${query}`)) return 2;
  if (candidate.includes(query)) return 3;
  return null;
}

export function searchActors(source: ActorSource, query: string, options: SearchOptions = {}): ActorMatch[] {
  const { limit } = withDefaults(DEFAULTS, options);
  const q = normalizeName(query);
  if (q === '') return [];
  const matches: ActorMatch[] = [];
  for (const actor of actorsOf(source)) {
    let best: ActorMatch | null = null;
    const candidates: [string, ActorMatch['field']][] = [
      [actor.name, 'name'],
      [actor.id, 'id'],
      ...actor.aliases.map((a): [string, ActorMatch['field']] => [a, 'alias']),
    ];
    for (const [text, field] of candidates) {
      const score = matchScore(normalizeName(text), q);
      if (score === null) continue;
      if (!best || score < best.score || (score === best.score && FIELD_ORDER[field] < FIELD_ORDER[best.field])) {
        best = { actor, matched: text, field, score };
      }
    }
    if (best) matches.push(best);
  }
  matches.sort(
    (a, b) =>
      a.score - b.score ||
      FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
      a.actor.name.length - b.actor.name.length ||
      a.actor.name.localeCompare(b.actor.name),
  );
  return matches.slice(0, limit);
}
