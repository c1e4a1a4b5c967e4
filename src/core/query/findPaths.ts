// Paths between two actors: how is X connected to Y, through whom, and on what evidence.

import reverse from 'graphology-operators/reverse.js';
import { brandes, singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import type { ActorGraph } from '../graph/actorGraph.ts';
import { collapseToSimple } from '../graph/collapseToSimple.ts';
import { filterView } from '../graph/filterView.ts';
import type { RelationType } from '../model/relationTypes.ts';
import { resolveActor } from './resolveActor.ts';
import { withDefaults } from '../withDefaults.ts';

export type FindPathsOptions = {
  /** 'shortest': every shortest path; 'all': every simple path up to maxLength hops. Default 'shortest'. */
  mode?: 'shortest' | 'all';
  /** Follow relation direction. Default false: a relation links its two actors both ways. */
  directed?: boolean;
  /** Only relations of these types (all when absent). */
  relationTypes?: readonly RelationType[];
  /** Only relations with evidence dated in this window; hops list only that evidence. */
  dateFrom?: string;
  dateTo?: string;
  /** Maximum hops, 1..8. Default 4. Shortest paths longer than this are not returned. */
  maxLength?: number;
  /** Stop after this many paths and set `truncated`. Default 500. */
  maxPaths?: number;
};

export type PathHop = {
  from: string;
  to: string;
  /** Every relation linking the pair in this view (both directions unless `directed`). */
  relations: {
    id: string;
    type: RelationType;
    source: string;
    target: string;
    date: string;
    evidence: { doc: string; quote: string; date: string }[];
  }[];
};

export type ActorPath = { nodes: string[]; length: number; hops: PathHop[] };

export type PathResult = {
  from: string;
  to: string;
  mode: 'shortest' | 'all';
  paths: ActorPath[];
  /** True when maxPaths (or the search step budget) cut the enumeration short. */
  truncated: boolean;
};

const DEFAULTS = { mode: 'shortest', directed: false, maxLength: 4, maxPaths: 500 } as const;
export const MAX_PATH_LENGTH = 8;
// Bounds the DFS work even when few paths are found, so a dense graph cannot hang the caller.
const MAX_STEPS = 2_000_000;

export function findPaths(graph: ActorGraph, from: string, to: string, options: FindPathsOptions = {}): PathResult {
  const { mode, directed, maxLength, maxPaths, relationTypes, dateFrom, dateTo } = withDefaults(DEFAULTS, options);
  if (mode !== 'shortest' && mode !== 'all') throw new Error(`findPaths: mode must be "shortest" or "all", got "${String(mode)}"`);
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
    throw new Error(`findPaths: maxLength must be an integer from 1 to ${MAX_PATH_LENGTH}, got ${maxLength}`);
  }
  if (!Number.isInteger(maxPaths) || maxPaths < 1) throw new Error(`findPaths: maxPaths must be a positive integer, got ${maxPaths}`);
  const source = resolveActor(graph, from).id;
  const target = resolveActor(graph, to).id;
  if (source === target) throw new Error(`findPaths: from and to are the same actor "${source}"`);

  // Copying the graph costs more than the search on large graphs: filter only when asked to.
  const view = relationTypes || dateFrom || dateTo ? filterView(graph, { relationTypes, dateFrom, dateTo }) : graph;
  const simple = collapseToSimple(view, { directed });

  const found: string[][] = [];
  let truncated = false;

  if (mode === 'shortest') {
    // Brandes' BFS gives, for each node, its predecessors on shortest paths from the source:
    // walking them back from the target enumerates exactly the shortest paths.
    const [, predecessors] = brandes(simple, source);
    const walk = (node: string, suffix: string[]): void => {
      if (found.length >= maxPaths) {
        truncated = true;
        return;
      }
      if (node === source) {
        found.push([source, ...suffix]);
        return;
      }
      for (const p of predecessors[node] ?? []) walk(p, [node, ...suffix]);
    };
    if ((predecessors[target] ?? []).length > 0) walk(target, []);
    if (found.length > 0 && found[0]!.length - 1 > maxLength) found.length = 0;
  } else {
    // graphology-simple-path enumerates every path before returning, with no way to stop at
    // maxPaths, so a bounded DFS is used instead, pruned by the hop distance to the target.
    const toTarget = singleSourceLength(directed ? reverse(simple) : simple, target);
    const onPath = new Set<string>([source]);
    const path = [source];
    let steps = 0;
    const dfs = (node: string): void => {
      if (truncated) return;
      if (++steps > MAX_STEPS || found.length >= maxPaths) {
        truncated = true;
        return;
      }
      const remaining = maxLength - (path.length - 1);
      for (const next of directed ? simple.outNeighbors(node) : simple.neighbors(node)) {
        if (truncated) return;
        if (onPath.has(next)) continue;
        const distance = toTarget[next];
        if (distance === undefined || distance + 1 > remaining) continue;
        if (next === target) {
          if (found.length >= maxPaths) {
            truncated = true;
            return;
          }
          found.push([...path, target]);
          continue;
        }
        onPath.add(next);
        path.push(next);
        dfs(next);
        path.pop();
        onPath.delete(next);
      }
    };
    if (toTarget[source] !== undefined) dfs(source);
  }

  found.sort((a, b) => a.length - b.length || a.join('\u0000').localeCompare(b.join('\u0000')));
  const paths = found.map((nodes) => ({ nodes, length: nodes.length - 1, hops: hopsOf(view, simple, nodes) }));
  return { from: source, to: target, mode, paths, truncated };
}

function hopsOf(view: ActorGraph, simple: ReturnType<typeof collapseToSimple>, nodes: string[]): PathHop[] {
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = nodes[i]!;
    const b = nodes[i + 1]!;
    const edge = simple.edge(a, b);
    const ids = edge === undefined ? [] : simple.getEdgeAttribute(edge, 'relations');
    const relations = ids.map((id) => {
      const r = view.getEdgeAttributes(id);
      return {
        id,
        type: r.type,
        source: r.source,
        target: r.target,
        date: r.date,
        evidence: r.evidence.map((e) => ({ doc: e.doc, quote: e.quote, date: e.date })),
      };
    });
    relations.sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
    hops.push({ from: a, to: b, relations });
  }
  return hops;
}
