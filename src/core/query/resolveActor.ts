// Turns what a user typed (id, name or alias, any case, with or without diacritics) into one actor.

import type { Actor } from '../model/graphDocument.ts';
import { actorsOf } from './actorsOf.ts';
import type { ActorSource } from './actorsOf.ts';
import { editDistance } from './editDistance.ts';
import { normalizeName } from './normalizeName.ts';
import { UnknownActorError } from './unknownActorError.ts';

const MAX_SUGGESTIONS = 5;

/**
 * Exact id first, then a normalised match on id, name, then aliases (in that order, so a name
 * wins over another actor's alias). Throws UnknownActorError with up to five suggestions.
 */
export function resolveActor(source: ActorSource, name: string): Actor {
  const actors = actorsOf(source);
  const exact = actors.find((a) => a.id === name);
  if (exact) return exact;

  const q = normalizeName(name);
  if (q !== '') {
    const byField =
      actors.find((a) => normalizeName(a.id) === q) ??
      actors.find((a) => normalizeName(a.name) === q) ??
      actors.find((a) => a.aliases.some((alias) => normalizeName(alias) === q));
    if (byField) return byField;
  }
  throw new UnknownActorError(name, suggestActors(actors, q));
}

function suggestActors(actors: readonly Actor[], q: string): string[] {
  if (q === '') return [];
  const scored: { actor: Actor; cost: number }[] = [];
  for (const actor of actors) {
    let cost = Infinity;
    for (const text of [actor.id, actor.name, ...actor.aliases]) {
      const n = normalizeName(text);
      // A substring hit is a strong suggestion whatever the length difference ("pak" → Pakistan).
      if (n.includes(q) || (q.length >= 4 && q.includes(n))) cost = Math.min(cost, 0.5);
      const d = editDistance(q, n);
      if (d <= Math.max(2, Math.floor(Math.max(q.length, n.length) / 3))) cost = Math.min(cost, d);
    }
    if (cost < Infinity) scored.push({ actor, cost });
  }
  scored.sort((a, b) => a.cost - b.cost || a.actor.name.localeCompare(b.actor.name));
  return scored.slice(0, MAX_SUGGESTIONS).map(({ actor }) => `${actor.name} (${actor.id})`);
}
