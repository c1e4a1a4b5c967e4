// Pure: a (filtered) actor graph plus display choices → Cytoscape element definitions.
// Runs in Node too, so element building is unit-tested without a browser.

import type { ActorGraph } from '../../core/index.ts';
import { RELATION_TYPE_INFO } from '../../core/model/index.ts';
import { ACTOR_STYLE, COMMUNITY_COLORS } from './actorStyle.ts';
import type { EdgeElement, GraphElement, NodeElement } from './elementData.ts';

export interface BuildElementsOptions {
  /** Centrality score per actor id; missing ids count as 0. */
  readonly scores?: Readonly<Record<string, number>>;
  /** Community index per actor id; when given, nodes take the community colour. */
  readonly communities?: Readonly<Record<string, number>> | null;
  /** Node diameter range in px (smallest score → min, largest → max). */
  readonly minSize?: number;
  readonly maxSize?: number;
}

const DEFAULTS = { minSize: 26, maxSize: 72 } as const;

export function buildElements(graph: ActorGraph, options: BuildElementsOptions = {}): GraphElement[] {
  const minSize = options.minSize ?? DEFAULTS.minSize;
  const maxSize = options.maxSize ?? DEFAULTS.maxSize;
  const scores = options.scores ?? {};
  const communities = options.communities ?? null;

  let max = 0;
  graph.forEachNode((id) => {
    const s = scores[id] ?? 0;
    if (Number.isFinite(s) && s > max) max = s;
  });

  const nodes: NodeElement[] = [];
  graph.forEachNode((id, attrs) => {
    const raw = scores[id] ?? 0;
    const score = Number.isFinite(raw) ? raw : 0;
    // sqrt so area, not diameter, follows the score: a hub twice as central is not twice as wide
    const t = max > 0 ? Math.sqrt(score / max) : 0;
    const community = communities?.[id];
    const color =
      community !== undefined
        ? (COMMUNITY_COLORS[community % COMMUNITY_COLORS.length] ?? '#888888')
        : ACTOR_STYLE[attrs.type].color;
    nodes.push({
      group: 'nodes',
      data: { id, label: attrs.name, type: attrs.type, color, size: Math.round(minSize + t * (maxSize - minSize)), score },
    });
  });

  const edges: EdgeElement[] = [];
  graph.forEachEdge((id, attrs, source, target) => {
    edges.push({
      group: 'edges',
      data: {
        id,
        source,
        target,
        type: attrs.type,
        directed: RELATION_TYPE_INFO[attrs.type].directed,
        articles: attrs.corroboration.documents,
      },
    });
  });

  return [...nodes, ...edges];
}
