// Paths between two actors: how is X connected to Y, through whom, and on what evidence.

import type { ActorGraph } from '../graph/actorGraph.ts';
import type { Csr } from '../metrics/csrAdjacency.ts';
import type { RelationType } from '../model/relationTypes.ts';
import { pathSearchGraphs } from './pathSearchGraphs.ts';
import type { PathSearchGraphs } from './pathSearchGraphs.ts';
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

  // Memoised per graph (see pathSearchGraphs): a batch of queries builds the view and its
  // collapsed simple graph once. Searches run on its typed-array adjacency, whose rows keep
  // graphology's neighbour order, so paths (and which ones a truncated search keeps) are the same
  // as graphology-shortest-path's brandes and a DFS over simple.neighbors would give.
  const graphs = pathSearchGraphs(graph, { directed, relationTypes, dateFrom, dateTo });
  const { view, simple, out, index } = graphs;
  const s = index.get(source)!;
  const t = index.get(target)!;
  const nodes = out.nodes;

  const found: number[][] = [];
  let truncated = false;

  if (mode === 'shortest') {
    // Brandes' BFS gives, for each node, its predecessors on shortest paths from the source:
    // walking them back from the target enumerates exactly the shortest paths.
    const predecessors = shortestPathPredecessors(graphs, s, t);
    const walk = (node: number, suffix: number[]): void => {
      if (found.length >= maxPaths) {
        truncated = true;
        return;
      }
      if (node === s) {
        found.push([s, ...suffix]);
        return;
      }
      for (const p of predecessors(node)) walk(p, [node, ...suffix]);
    };
    if (predecessors(t).length > 0) walk(t, []);
    if (found.length > 0 && found[0]!.length - 1 > maxLength) found.length = 0;
  } else {
    // graphology-simple-path enumerates every path before returning, with no way to stop at
    // maxPaths, so a bounded DFS is used instead, pruned by the hop distance to the target.
    const toTarget = hopsFrom(graphs.in, t);
    const onPath = new Uint8Array(nodes.length);
    onPath[s] = 1;
    const path = [s];
    let steps = 0;
    const dfs = (node: number): void => {
      if (truncated) return;
      if (++steps > MAX_STEPS || found.length >= maxPaths) {
        truncated = true;
        return;
      }
      const remaining = maxLength - (path.length - 1);
      for (let j = out.offsets[node]!, end = out.offsets[node + 1]!; j < end; j++) {
        const next = out.targets[j]!;
        if (truncated) return;
        if (onPath[next]) continue;
        const distance = toTarget[next]!;
        if (distance < 0 || distance + 1 > remaining) continue;
        if (next === t) {
          if (found.length >= maxPaths) {
            truncated = true;
            return;
          }
          found.push([...path, t]);
          continue;
        }
        onPath[next] = 1;
        path.push(next);
        dfs(next);
        path.pop();
        onPath[next] = 0;
      }
    };
    if (toTarget[s]! >= 0) dfs(s);
  }

  const named = found.map((p) => p.map((i) => nodes[i]!));
  named.sort((a, b) => a.length - b.length || a.join('\u0000').localeCompare(b.join('\u0000')));
  const paths = named.map((nodes) => ({ nodes, length: nodes.length - 1, hops: hopsOf(view, simple, nodes) }));
  return { from: source, to: target, mode, paths, truncated };
}

/** BFS hop counts from `start` along the rows of `adjacency`; -1 where it does not reach. */
function hopsFrom(adjacency: Csr, start: number): Int32Array {
  const { offsets, targets } = adjacency;
  const dist = new Int32Array(offsets.length - 1).fill(-1);
  const queue = new Int32Array(offsets.length - 1);
  dist[start] = 0;
  queue[0] = start;
  for (let head = 0, tail = 1; head < tail; head++) {
    const v = queue[head]!;
    for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
      const w = targets[j]!;
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        queue[tail++] = w;
      }
    }
  }
  return dist;
}

/**
 * Predecessors of a node on shortest paths from `s`, in the order graphology-shortest-path's
 * brandes lists them (by BFS visit order). The BFS stops once every node as close as `t` is
 * settled; the lists are derived from in-neighbours on demand, for the few nodes the walk visits.
 */
function shortestPathPredecessors(graphs: PathSearchGraphs, s: number, t: number): (node: number) => number[] {
  const { offsets, targets } = graphs.out;
  const n = offsets.length - 1;
  const dist = new Int32Array(n).fill(-1);
  const visit = new Int32Array(n); // position in BFS order
  const queue = new Int32Array(n);
  dist[s] = 0;
  queue[0] = s;
  for (let head = 0, tail = 1; head < tail; head++) {
    const v = queue[head]!;
    // Nodes at t's distance have no successors t's predecessors need.
    if (dist[t] !== -1 && dist[v]! >= dist[t]!) break;
    visit[v] = head;
    for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
      const w = targets[j]!;
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        queue[tail++] = w;
      }
    }
  }
  const lists = new Map<number, number[]>();
  const inn = graphs.in;
  return (node) => {
    let list = lists.get(node);
    if (!list) {
      list = [];
      const d = dist[node]! - 1;
      if (dist[node]! > 0) {
        for (let j = inn.offsets[node]!, end = inn.offsets[node + 1]!; j < end; j++) {
          const v = inn.targets[j]!;
          if (dist[v] === d) list.push(v);
        }
      }
      list.sort((a, b) => visit[a]! - visit[b]!);
      lists.set(node, list);
    }
    return list;
  };
}

function hopsOf(view: ActorGraph, simple: PathSearchGraphs['simple'], nodes: string[]): PathHop[] {
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
