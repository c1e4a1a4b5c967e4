// Options every measure shares: how the relation multigraph is read before measuring.

import type { RelationType } from '../model/relationTypes.ts';

export type MeasureOptions = {
  /** Follow relation direction (source → target). Default false: a relation is a tie both ways. */
  directed?: boolean;
  /** Only relations of these types count (all when absent). */
  relationTypes?: readonly RelationType[];
};
