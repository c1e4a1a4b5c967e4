// The data each Cytoscape element carries: only what the stylesheet and the tap handler need.
// Facts stay in the model (the graphology view); the canvas gets ids, labels and numbers.

import type { ActorType, RelationType } from '../../core/model/index.ts';

export interface NodeData {
  readonly id: string;
  readonly label: string;
  readonly type: ActorType;
  /** Fill colour: the actor type's colour, or the community's when colouring by community. */
  readonly color: string;
  /** Diameter in px, from the chosen centrality score. */
  readonly size: number;
  /** Raw centrality score: concentric layout rings follow it. */
  readonly score: number;
}

export interface EdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: RelationType;
  readonly directed: boolean;
  /** Number of distinct articles: drives edge width. */
  readonly articles: number;
}

export interface NodeElement {
  readonly group: 'nodes';
  readonly data: NodeData;
}

export interface EdgeElement {
  readonly group: 'edges';
  readonly data: EdgeData;
}

export type GraphElement = NodeElement | EdgeElement;
