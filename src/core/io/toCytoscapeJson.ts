// Cytoscape JSON (the `elements` shape cy.json() and Cytoscape desktop read). Data is copied,
// never shared, so a renderer editing it cannot change the graph.

import type { ActorGraph } from '../graph/actorGraph.ts';

type ElementData = Record<string, unknown> & { id: string };

export type CytoscapeElements = {
  elements: {
    nodes: { data: ElementData }[];
    edges: { data: ElementData & { source: string; target: string } }[];
  };
};

export function toCytoscapeJson(graph: ActorGraph): CytoscapeElements {
  const nodes = graph.mapNodes((id, a) => ({
    data: { id, label: a.name, name: a.name, type: a.type, aliases: [...a.aliases], affiliation: a.affiliation, role: a.role },
  }));
  const edges = graph.mapEdges((id, a, source, target) => ({
    data: {
      ...structuredClone(a),
      id,
      source,
      target,
      label: a.type,
    },
  }));
  return { elements: { nodes, edges } };
}
