// A generated graph document of n actors and about edgesPerNode·n relations, for the UI
// benchmark. Seeded, so every run draws the same graph; preferential attachment gives hubs,
// as real actor graphs have.

import { ACTOR_TYPES, RELATION_TYPES } from '../../core/model/index.ts';
import type { Actor, GraphDocument, Relation } from '../../core/model/index.ts';
import { seededRandom } from '../../core/query/seededRandom.ts';

export function syntheticGraph(n: number, edgesPerNode: number, seed = 42): GraphDocument {
  const random = seededRandom(seed);
  const quote = 'Synthetic relation.';
  const text = quote;
  const documents = [{ id: 'synthetic', title: 'Synthetic graph', date: '2025-10-01', outlet: null, file: 'synthetic.txt', text }];
  const actors: Actor[] = [];
  for (let i = 0; i < n; i++) {
    actors.push({
      id: `a${i}`,
      name: `Actor ${i}`,
      type: ACTOR_TYPES[i % ACTOR_TYPES.length]!,
      aliases: [],
      affiliation: null,
      role: null,
    });
  }
  const relations: Relation[] = [];
  const ends: number[] = [0];
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < edgesPerNode; k++) {
      const j = ends[Math.floor(random() * ends.length)]!;
      const day = 1 + Math.floor(random() * 30);
      const date = `2025-10-${String(day).padStart(2, '0')}`;
      relations.push({
        id: `r${relations.length}`,
        type: RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!,
        source: `a${i}`,
        target: `a${j}`,
        date,
        dateSource: 'article',
        evidence: [{ doc: 'synthetic', quote, start: 0, end: quote.length, date, dateSource: 'article' }],
      });
      ends.push(j);
    }
    ends.push(i);
  }
  return { documents, actors, relations };
}
