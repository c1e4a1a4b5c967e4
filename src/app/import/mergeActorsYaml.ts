// The actor dictionary's text plus the user's additions appended under its "actors:" list (the
// last key of graph-data/actors.yaml), so the extractor validates them as it does the rest: an
// alias claimed twice or a bad id comes back with this text's line numbers.

import type { ActorAddition } from './ActorAddition.ts';
import { actorEntriesYaml } from './actorEntriesYaml.ts';

export function mergeActorsYaml(dictionary: string, additions: readonly ActorAddition[]): string {
  if (additions.length === 0) return dictionary;
  const base = dictionary.endsWith('\n') ? dictionary : `${dictionary}\n`;
  return base + actorEntriesYaml(additions);
}
