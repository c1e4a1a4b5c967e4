// GEXF 1.3 for Gephi. Relations become directed edges keyed by relation id; evidence, aliases and
// parties are JSON strings (see flatAttributes). Source documents are not embedded: the quotes are.

import { write } from 'graphology-gexf';
import type { ActorGraph } from '../graph/actorGraph.ts';
import { flatEdgeAttributes, flatNodeAttributes } from './flatAttributes.ts';

export function toGexf(graph: ActorGraph): string {
  return write(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { label, ...rest } = flatNodeAttributes(attributes);
      return { label: String(label), attributes: rest };
    },
    formatEdge: (_key, attributes) => {
      const { label, ...rest } = flatEdgeAttributes(attributes);
      // Gephi reads `weight` as edge thickness: the number of mentions is the natural one.
      return { label: String(label), weight: attributes.corroboration.mentions, attributes: rest };
    },
  });
}
