// Pure: what the legend lists for the elements on the canvas. Only the actor types and relation
// types actually shown appear (in ontology order, with counts), so the legend stays as small as
// the view; grid column counts keep each block short and wide rather than one tall list.

import { ACTOR_TYPES, RELATION_TYPES } from '../../core/model/index.ts';
import type { ActorType, RelationType } from '../../core/model/index.ts';
import type { GraphElement } from './elementData.ts';

export interface LegendEntry<T extends string> {
  readonly type: T;
  /** How many shown nodes (or edges) have this type. */
  readonly count: number;
}

export interface LegendEntries {
  readonly actors: readonly LegendEntry<ActorType>[];
  readonly relations: readonly LegendEntry<RelationType>[];
}

export function legendEntries(elements: readonly GraphElement[]): LegendEntries {
  const actorCounts = new Map<ActorType, number>();
  const relationCounts = new Map<RelationType, number>();
  for (const el of elements) {
    if (el.group === 'nodes') actorCounts.set(el.data.type, (actorCounts.get(el.data.type) ?? 0) + 1);
    else relationCounts.set(el.data.type, (relationCounts.get(el.data.type) ?? 0) + 1);
  }
  return {
    actors: ACTOR_TYPES.flatMap((type) => (actorCounts.has(type) ? [{ type, count: actorCounts.get(type)! }] : [])),
    relations: RELATION_TYPES.flatMap((type) => (relationCounts.has(type) ? [{ type, count: relationCounts.get(type)! }] : [])),
  };
}

/**
 * Columns for a legend block of `count` entries: two rows per column until `maxColumns`, then the
 * rows grow. 8 actor types → 4 × 2; 21 relation types → 4 × 6; 3 types → 2 × 2.
 */
export function legendColumns(count: number, maxColumns = 4): number {
  if (!Number.isInteger(count) || count < 0) throw new Error(`legendColumns: count must be a non-negative integer, got ${count}`);
  if (!Number.isInteger(maxColumns) || maxColumns < 1) throw new Error(`legendColumns: maxColumns must be a positive integer, got ${maxColumns}`);
  return Math.max(1, Math.min(maxColumns, Math.ceil(count / 2)));
}
