// GraphML for yEd, Cytoscape desktop, igraph and networkx. graphology-graphml 0.5 only parses,
// so the writer is here; its parser reads the output back in the round-trip tests.

import type { ActorGraph } from '../graph/actorGraph.ts';
import { escapeXml } from './escapeXml.ts';
import { flatEdgeAttributes, flatNodeAttributes } from './flatAttributes.ts';
import type { FlatValue } from './flatAttributes.ts';

type Key = { id: string; for: 'node' | 'edge'; name: string; type: 'string' | 'int' | 'double' | 'boolean' };

function typeOf(value: FlatValue): Key['type'] {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

export function toGraphml(graph: ActorGraph): string {
  const nodes = graph.mapNodes((key, a) => ({ key, data: flatNodeAttributes(a) }));
  const edges = graph.mapEdges((key, a, source, target) => ({ key, source, target, data: flatEdgeAttributes(a) }));

  // Declare each attribute once, with the type of its values (string if they disagree).
  const keys = new Map<string, Key>();
  const declare = (kind: Key['for'], data: Record<string, FlatValue>) => {
    for (const [name, value] of Object.entries(data)) {
      const id = `${kind === 'node' ? 'n' : 'e'}_${name}`;
      const existing = keys.get(id);
      const type = typeOf(value);
      if (!existing) keys.set(id, { id, for: kind, name, type });
      else if (existing.type !== type) existing.type = existing.type === 'int' && type === 'double' ? 'double' : 'string';
    }
  };
  nodes.forEach((n) => declare('node', n.data));
  edges.forEach((e) => declare('edge', e.data));

  const dataLines = (kind: 'n' | 'e', data: Record<string, FlatValue>) =>
    Object.entries(data).map(([name, value]) => `      <data key="${escapeXml(`${kind}_${name}`)}">${escapeXml(String(value))}</data>`);

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...keys.values()].map(
      (k) => `  <key id="${escapeXml(k.id)}" for="${k.for}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="actors" edgedefault="directed">',
  ];
  for (const n of nodes) {
    lines.push(`    <node id="${escapeXml(n.key)}">`, ...dataLines('n', n.data), '    </node>');
  }
  for (const e of edges) {
    lines.push(
      `    <edge id="${escapeXml(e.key)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
      ...dataLines('e', e.data),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
